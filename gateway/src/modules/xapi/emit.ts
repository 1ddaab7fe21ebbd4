/**
 * Recording the learning moments as xAPI statements, in the transaction of the change that is the
 * moment (an enrolment accepted, a session booked or held, a check-in, a goal or program completed,
 * a pulse answered): the statement row and its first delivery job commit with the change or not at
 * all. An organisation without an LRS pays one indexed lookup.
 *
 * Each statement is validated before it is queued. One the validator refuses is kept FAILED with the
 * reason, so it shows in the org admins' failed-deliveries view instead of breaking the change.
 *
 * Goals follow the webhooks' rule: only goals their owner shares with their managers produce
 * statements (a private or coach-only goal stays between its owner and their coach). A pulse response
 * names the rater, the program and the phase, never the person rated nor any answer.
 */
import type { Queryable } from '../../db/types.js';
import { credentialKey, openPassword } from './credentials.js';
import { queueStatement } from './delivery.js';
import {
  buildStatement,
  validateStatement,
  type LearningMoment,
  type StatementSettings,
} from './statements.js';

async function settingsOf(tx: Queryable, orgId: string): Promise<StatementSettings | null> {
  const [row] = await tx.query<{
    home_page: string;
    mbox_agents: boolean;
    keyed_agent_names: boolean;
    agent_name_key_sealed: Uint8Array | null;
  }>(
    `select home_page, mbox_agents, keyed_agent_names, agent_name_key_sealed
     from xapi_lrs_configs where org_id = $1 and enabled`,
    [orgId],
  );
  if (!row) return null;
  // The key is opened only for organisations that chose keyed names: the others pay no decryption.
  const agentNameKey =
    row.keyed_agent_names && row.agent_name_key_sealed
      ? Buffer.from(
          openPassword(await credentialKey(tx), orgId, row.agent_name_key_sealed, 'xapi-agent-name-key'),
          'base64',
        )
      : null;
  return {
    orgId,
    homePage: row.home_page.replace(/\/+$/, ''),
    mboxAgents: row.mbox_agents,
    agentNameKey,
  };
}

type Moment = Omit<LearningMoment, 'learner'> & { personId: string };

/** Records and queues the statements of `moments` (one organisation), each once whatever the retries. */
export async function recordLearningMoments(
  tx: Queryable,
  orgId: string,
  moments: readonly Moment[],
): Promise<void> {
  if (moments.length === 0) return;
  const settings = await settingsOf(tx, orgId);
  if (!settings) return;
  const emails = new Map<string, string>();
  if (settings.mboxAgents) {
    const rows = await tx.query<{ id: string; email: string }>(
      `select id, email from people where org_id = $1 and id = any($2::uuid[])`,
      [orgId, [...new Set(moments.map((moment) => moment.personId))]],
    );
    for (const row of rows) emails.set(row.id, row.email);
  }
  for (const { personId, ...moment } of moments) {
    const statement = buildStatement(settings, {
      ...moment,
      learner: { personId, email: emails.get(personId) ?? null },
    });
    const problems = validateStatement(statement);
    const invalid = problems.length
      ? `Not queued, invalid xAPI: ${problems.map((p) => `${p.path} (${p.problem})`).join('; ')}`.slice(
          0,
          500,
        )
      : null;
    const inserted = await tx.query<{ id: string }>(
      `insert into xapi_statements (org_id, id, verb, body, status, last_error, finished_at)
       values ($1, $2, $3, $4::jsonb, $5, $6, case when $5 = 'FAILED' then now() end)
       on conflict (org_id, id) do nothing returning id`,
      [orgId, statement.id, moment.verb, JSON.stringify(statement), invalid ? 'FAILED' : 'PENDING', invalid],
    );
    if (inserted.length > 0 && !invalid) await queueStatement(tx, orgId, statement.id);
  }
}

/**
 * Enrolments that changed: an accepted or active one was `registered` (once per enrolment), a
 * completed one `completed` its program.
 */
export async function xapiEnrolmentsChanged(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
): Promise<void> {
  if (enrolmentIds.length === 0) return;
  const rows = await tx.query<{
    id: string;
    program_id: string;
    person_id: string;
    status: string;
    completed_at: Date | null;
    now: Date;
  }>(
    `select id, program_id, person_id, status, completed_at, clock_timestamp() as now
     from enrolments where org_id = $1 and id = any($2::uuid[])`,
    [orgId, enrolmentIds],
  );
  const moments: Moment[] = [];
  for (const row of rows) {
    const common = {
      personId: row.person_id,
      eventKey: `enrolment:${row.id}`,
      object: { kind: 'program' as const, id: row.program_id },
      programId: row.program_id,
      enrolmentId: row.id,
    };
    if (row.status === 'ACCEPTED' || row.status === 'ACTIVE')
      moments.push({ ...common, verb: 'registered', timestamp: row.now });
    if (row.status === 'COMPLETED') {
      moments.push({
        ...common,
        verb: 'completed',
        timestamp: row.completed_at ?? row.now,
        result: { completion: true },
      });
    }
  }
  await recordLearningMoments(tx, orgId, moments);
}

interface SessionMoment {
  id: string;
  orgId: string;
  enrolmentId: string;
  participantId: string;
}

async function sessionMoment(
  tx: Queryable,
  session: SessionMoment,
): Promise<{ programId: string; startsAt: Date; now: Date } | null> {
  const [row] = await tx.query<{ program_id: string; starts_at: Date; now: Date }>(
    `select e.program_id, s.starts_at, clock_timestamp() as now
     from sessions s join enrolments e on e.org_id = s.org_id and e.id = s.enrolment_id
     where s.org_id = $1 and s.id = $2`,
    [session.orgId, session.id],
  );
  return row ? { programId: row.program_id, startsAt: row.starts_at, now: row.now } : null;
}

/** A session booked, or moved (a new time is a new statement). */
export async function xapiSessionScheduled(tx: Queryable, session: SessionMoment): Promise<void> {
  const facts = await sessionMoment(tx, session);
  if (!facts) return;
  await recordLearningMoments(tx, session.orgId, [
    {
      verb: 'scheduled',
      personId: session.participantId,
      eventKey: `session:${session.id}:${facts.startsAt.toISOString()}`,
      object: { kind: 'session', id: session.id },
      programId: facts.programId,
      enrolmentId: session.enrolmentId,
      timestamp: facts.now,
    },
  ]);
}

/** A session the coach recorded as held: the participant `attended` it. */
export async function xapiSessionAttended(tx: Queryable, session: SessionMoment): Promise<void> {
  const facts = await sessionMoment(tx, session);
  if (!facts) return;
  await recordLearningMoments(tx, session.orgId, [
    {
      verb: 'attended',
      personId: session.participantId,
      eventKey: `session:${session.id}`,
      object: { kind: 'session', id: session.id },
      programId: facts.programId,
      enrolmentId: session.enrolmentId,
      timestamp: facts.now,
      result: { completion: true },
    },
  ]);
}

interface GoalFacts {
  owner_id: string;
  visibility: string;
  enrolment_id: string | null;
  program_id: string | null;
}

async function goalFacts(tx: Queryable, orgId: string, goalId: string): Promise<GoalFacts | null> {
  const [row] = await tx.query<GoalFacts>(
    `select g.owner_id, g.visibility, g.enrolment_id, e.program_id
     from goals g left join enrolments e on e.org_id = g.org_id and e.id = g.enrolment_id
     where g.org_id = $1 and g.id = $2`,
    [orgId, goalId],
  );
  return row ?? null;
}

/** The cmi5 progress extension (0–100), the one LRS reports read for progress. */
const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** A check-in on a goal: its owner `progressed` (how far, never the note, mood or confidence). */
export async function xapiGoalCheckIn(tx: Queryable, orgId: string, checkInId: string): Promise<void> {
  const [checkIn] = await tx.query<{ goal_id: string; progress: number; checked_in_at: Date }>(
    `select goal_id, progress, checked_in_at from goal_check_ins where org_id = $1 and id = $2`,
    [orgId, checkInId],
  );
  if (!checkIn) return;
  const goal = await goalFacts(tx, orgId, checkIn.goal_id);
  if (!goal || goal.visibility !== 'MANAGER') return;
  await recordLearningMoments(tx, orgId, [
    {
      verb: 'progressed',
      personId: goal.owner_id,
      eventKey: `check-in:${checkInId}`,
      object: { kind: 'goal', id: checkIn.goal_id },
      programId: goal.program_id,
      enrolmentId: goal.enrolment_id,
      timestamp: checkIn.checked_in_at,
      result: { extensions: { [PROGRESS_EXTENSION]: checkIn.progress } },
    },
  ]);
}

/** A goal that became complete (a completion after a reopening is a new statement). */
export async function xapiGoalCompleted(tx: Queryable, orgId: string, goalId: string): Promise<void> {
  const goal = await goalFacts(tx, orgId, goalId);
  if (!goal || goal.visibility !== 'MANAGER') return;
  const [row] = await tx.query<{ completed_at: Date | null }>(
    `select completed_at from goals where org_id = $1 and id = $2`,
    [orgId, goalId],
  );
  const completedAt = row?.completed_at ?? new Date();
  await recordLearningMoments(tx, orgId, [
    {
      verb: 'completed',
      personId: goal.owner_id,
      eventKey: `goal:${goalId}:${completedAt.toISOString()}`,
      object: { kind: 'goal', id: goalId },
      programId: goal.program_id,
      enrolmentId: goal.enrolment_id,
      timestamp: completedAt,
      result: { completion: true },
    },
  ]);
}

export interface PulseResponse {
  programId: string;
  phase: 'PRE' | 'MID' | 'POST';
  raterId: string;
  /** Who was rated: part of the event's identity only, never written into the statement. */
  subjectId: string;
}

/**
 * A rater answered a program's 360 pulse phase: `responded`, without the answers or the person rated.
 * No request path writes pulse ratings yet (they are loaded by the seeding tools); the code that will
 * store a rater's answers calls this in the same transaction.
 */
export async function xapiPulseResponded(
  tx: Queryable,
  orgId: string,
  response: PulseResponse,
): Promise<void> {
  const [enrolment] = await tx.query<{ id: string; now: Date }>(
    `select id, clock_timestamp() as now from enrolments
     where org_id = $1 and program_id = $2 and person_id = $3`,
    [orgId, response.programId, response.raterId],
  );
  const [now] = enrolment ? [enrolment.now] : [new Date()];
  await recordLearningMoments(tx, orgId, [
    {
      verb: 'responded',
      personId: response.raterId,
      eventKey: `pulse:${response.programId}:${response.phase}:${response.raterId}:${response.subjectId}`,
      object: { kind: 'pulse', id: `${response.programId}/${response.phase.toLowerCase()}` },
      programId: response.programId,
      // The rater's own enrolment in the program, when they have one (a manager or report may not).
      enrolmentId: enrolment?.id ?? null,
      timestamp: now!,
    },
  ]);
}
