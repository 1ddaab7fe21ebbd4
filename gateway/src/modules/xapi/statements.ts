/**
 * xAPI statements for the learning moments, built from facts the caller read in its transaction.
 *
 * - Verbs are ADL's (http://adlnet.gov/expapi/verbs/…), the ones LRS reports already understand.
 * - Activity IDs live under the organisation's home page (`<homePage>/xapi/<kind>/<id>`), so two
 *   organisations sharing an LRS never collide and an activity keeps its ID for ever.
 * - The actor is an account agent `{homePage, name}` whose name is the person's opaque API ID: stable,
 *   joinable with the GraphQL API by the organisation, and no e-mail. An organisation that wants the
 *   LRS unable to tell its people's IDs has the name be a keyed hash of the person instead. An e-mail
 *   (`mbox`) is used only when the organisation opted in.
 * - The program is the context's parent activity and the enrolment's registration UUID is the
 *   context's registration, so an LRS groups one participant's journey through one program.
 * - A statement's ID is a name-based UUID (RFC 9562 version 5) of the organisation and the event, so
 *   recording the same event again, or retrying its delivery, never makes a second statement.
 *
 * `validateStatement` checks each statement with Learning Locker's xAPI validator (the one its LRS
 * runs on every statement it receives) before anything is queued.
 */
import { createHash, createHmac } from 'node:crypto';
import validationModule from '@learninglocker/xapi-validation';
import { toGlobalId } from '../../ids.js';

/** The namespace of every ID this module derives (a random v4, fixed for ever). */
const NAMESPACE = '6b1f3c2e-9a4d-4f7e-b0c8-3d2a5e7f9c14';

/** A name-based UUID, version 5 (SHA-1), as RFC 9562 §5.5 defines it. */
export function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const VERBS = {
  registered: 'http://adlnet.gov/expapi/verbs/registered',
  scheduled: 'http://adlnet.gov/expapi/verbs/scheduled',
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
} as const;
export type VerbName = keyof typeof VERBS;

const ACTIVITY_TYPES = {
  program: 'http://adlnet.gov/expapi/activities/course',
  session: 'http://adlnet.gov/expapi/activities/meeting',
  goal: 'http://adlnet.gov/expapi/activities/objective',
  pulse: 'http://adlnet.gov/expapi/activities/assessment',
} as const;
type ActivityKind = keyof typeof ACTIVITY_TYPES;

/** What the organisation's LRS configuration says about how statements are written. */
export interface StatementSettings {
  orgId: string;
  /** The organisation's home page, without a trailing slash. */
  homePage: string;
  mboxAgents: boolean;
  /**
   * Set when the organisation names agents by a keyed hash: the organisation's secret key. The
   * account name is then HMAC-SHA-256 of the person's internal ID under it, which nobody without the
   * key can turn back into the person, unlike the API ID (a base64 of the type and ID).
   */
  agentNameKey?: Buffer | null;
}

/** The account name of a person under a keyed-hash naming: stable for as long as the key is. */
export function keyedAgentName(key: Buffer, personId: string): string {
  return createHmac('sha256', key).update(`xapi-agent:${personId}`, 'utf8').digest('hex');
}

export interface Learner {
  personId: string;
  /** Used only when the organisation opted in to mbox agents. */
  email: string | null;
}

export interface LearningMoment {
  verb: VerbName;
  /** What makes this event itself: the same key is the same statement. */
  eventKey: string;
  learner: Learner;
  object: { kind: ActivityKind; id: string; name?: string };
  /** The program the moment belongs to: the parent activity. */
  programId: string | null;
  programName?: string | null;
  /** The enrolment, whose registration UUID ties the journey together. */
  enrolmentId: string | null;
  timestamp: Date;
  result?: { completion?: boolean; success?: boolean; extensions?: Record<string, unknown> };
}

export interface Statement {
  id: string;
  actor: Record<string, unknown>;
  verb: { id: string; display: Record<string, string> };
  object: Record<string, unknown>;
  context?: Record<string, unknown>;
  result?: Record<string, unknown>;
  timestamp: string;
}

export function activityId(settings: StatementSettings, kind: ActivityKind, id: string): string {
  return `${settings.homePage}/xapi/${kind}s/${id}`;
}

/** The registration UUID of an enrolment: derived, so the enrolment's own ID does not leave. */
export function registrationOf(settings: StatementSettings, enrolmentId: string): string {
  return uuidV5(`registration:${settings.orgId}:${enrolmentId}`);
}

export function statementIdOf(settings: StatementSettings, verb: VerbName, eventKey: string): string {
  return uuidV5(`statement:${settings.orgId}:${verb}:${eventKey}`);
}

function actorOf(settings: StatementSettings, learner: Learner): Record<string, unknown> {
  if (settings.mboxAgents && learner.email) {
    return { objectType: 'Agent', mbox: `mailto:${learner.email}` };
  }
  const name = settings.agentNameKey
    ? keyedAgentName(settings.agentNameKey, learner.personId)
    : toGlobalId('Person', learner.personId);
  return { objectType: 'Agent', account: { homePage: settings.homePage, name } };
}

function activity(
  settings: StatementSettings,
  kind: ActivityKind,
  id: string,
  name?: string | null,
): Record<string, unknown> {
  return {
    objectType: 'Activity',
    id: activityId(settings, kind, id),
    definition: { type: ACTIVITY_TYPES[kind], ...(name ? { name: { en: name } } : {}) },
  };
}

export function buildStatement(settings: StatementSettings, moment: LearningMoment): Statement {
  const statement: Statement = {
    id: statementIdOf(settings, moment.verb, moment.eventKey),
    actor: actorOf(settings, moment.learner),
    verb: { id: VERBS[moment.verb], display: { en: moment.verb } },
    object: activity(settings, moment.object.kind, moment.object.id, moment.object.name),
    timestamp: moment.timestamp.toISOString(),
  };
  const context: Record<string, unknown> = { platform: 'Coachwork' };
  if (moment.enrolmentId) context['registration'] = registrationOf(settings, moment.enrolmentId);
  if (moment.programId && !(moment.object.kind === 'program' && moment.object.id === moment.programId)) {
    const program = activity(settings, 'program', moment.programId, moment.programName);
    context['contextActivities'] = { parent: [program], grouping: [program] };
  }
  statement.context = context;
  if (moment.result) statement.result = { ...moment.result };
  return statement;
}

export interface StatementProblem {
  path: string;
  problem: string;
}

type Validator = (data: unknown) => Array<{ path?: string[]; name?: string; typeName?: string }>;

// The package is CommonJS with an ES `default`: Node's loader hands the whole exports object over.
const xapiValidation: Validator =
  typeof validationModule === 'function'
    ? (validationModule as unknown as Validator)
    : (validationModule as unknown as { default: Validator }).default;

/** The validator's warnings as path and kind ("statement.actor.mbox: TypeWarning (Mailto IRI)"). */
export function validateStatement(statement: unknown): StatementProblem[] {
  const warnings = xapiValidation(statement);
  return warnings.map((warning) => ({
    path: (warning.path ?? []).join('.'),
    problem: [warning.name ?? 'Warning', warning.typeName].filter(Boolean).join(': '),
  }));
}

export class InvalidStatement extends Error {
  constructor(readonly problems: StatementProblem[]) {
    super(`invalid xAPI statement: ${problems.map((p) => `${p.path} (${p.problem})`).join(', ')}`);
  }
}
