import { requireRead } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues } from '../../i18n/translate.js';
import { queuePulsePhaseReminder } from '../../notifications/pulse-reminders.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { idOf, userError } from '../core/resolving.js';
import { managedProgram } from '../programs/managed.js';
import { lockProgram } from '../programs/lifecycle.js';
import type { Phase } from '../progress/sql.js';
import {
  closePhase,
  draftsOf,
  eligibleRaters,
  openPhase,
  phaseOf,
  phaseTaken,
  replaceRaters,
  requestOfRater,
  saveDrafts,
  SCALE,
  submitRequest,
  type PulseAnswerValue,
  type PulsePhaseRow,
  type PulseRequestRow,
  type RaterLimits,
} from './sql.js';

const DAY = 86_400_000;
/** A phase's window: at most this long. */
export const MAX_WINDOW_DAYS = 366;
/** A phase may be opened to start this far back (a clock a little behind the gateway's). */
const OPEN_SLACK_MS = 60_000;
const MAX_RATERS_PER_TYPE = 20;
const DEFAULT_LIMITS: RaterLimits = { minReports: 0, maxReports: 3, minPeers: 0, maxPeers: 3 };

interface PhaseOutcome {
  phase: PulsePhaseRow | null;
  userErrors: UserError[];
}

interface AnswerOutcome {
  request: PulseRequestRow | null;
  submitted: boolean;
  userErrors: UserError[];
}

interface RatersOutcome {
  request: PulseRequestRow | null;
  userErrors: UserError[];
}

function refusal(
  caller: Caller,
  field: string[],
  code: UserError['code'],
  key: MessageKey,
  values?: MessageValues,
): UserError[] {
  return [userError(caller, ['input', ...field], code, key, values)];
}

/** Whether answers are taken now: the phase has opened and not closed. */
const isOpen = (window: { opensAt: Date; closesAt: Date }, now: Date) =>
  window.opensAt <= now && now < window.closesAt;

async function focusCodes(caller: Caller, programId: string): Promise<string[]> {
  return (await caller.loaders.programs.byId.load(programId))?.focusCapabilityCodes ?? [];
}

/** The focus capabilities of the program an input names (none for an ID that names none). */
async function focusCodesOf(caller: Caller, programGlobalId: string): Promise<string[]> {
  const uuid = idOf(programGlobalId, 'Program');
  return uuid ? focusCodes(caller, uuid) : [];
}

/**
 * The answers of an input as capability codes and scores, or what is wrong with them: a capability
 * outside the program's focus, a score off the scale, one capability twice.
 */
async function answersOf(
  caller: Caller,
  programCodes: readonly string[],
  answers: ReadonlyArray<{ capabilityId: string; score: number }>,
): Promise<{ answers: PulseAnswerValue[]; errors: UserError[] }> {
  const out: PulseAnswerValue[] = [];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    const at = ['input', 'answers', String(index)];
    const uuid = idOf(answer.capabilityId, 'Capability');
    const row = uuid ? await caller.loaders.capabilities.byId.load(uuid) : null;
    if (!row || !programCodes.includes(row.code)) {
      errors.push(userError(caller, [...at, 'capabilityId'], 'NOT_FOUND', 'pulses.capabilityNotRated'));
      continue;
    }
    if (!Number.isInteger(answer.score) || answer.score < SCALE.min || answer.score > SCALE.max) {
      errors.push(userError(caller, [...at, 'score'], 'INVALID', 'pulses.scoreOffScale', SCALE));
      continue;
    }
    if (seen.has(row.code)) {
      errors.push(userError(caller, [...at, 'capabilityId'], 'INVALID', 'pulses.capabilityTwice'));
      continue;
    }
    seen.add(row.code);
    out.push({ capabilityCode: row.code, score: answer.score });
  }
  return { answers: out, errors };
}

interface RequestKeyInput {
  programId: string;
  subjectId: string;
  phase: Phase;
}

/**
 * The viewer's own request named by the input, locked, inside `tx`; anyone who is not asked to rate
 * this person (another rater, the person's coach, an admin, a service account) is told it does not
 * exist, which is what they would be told of a request that does not.
 */
async function ownRequest(
  caller: Caller,
  tx: Parameters<Parameters<Caller['tenant']>[0]>[0],
  input: RequestKeyInput,
  now: Date,
): Promise<{ request: PulseRequestRow; errors: [] } | { request: null; errors: UserError[] }> {
  const programId = idOf(input.programId, 'Program');
  if (!programId)
    return { request: null, errors: refusal(caller, ['programId'], 'INVALID', 'programs.notProgramId') };
  const subjectId = idOf(input.subjectId, 'Person');
  if (!subjectId)
    return { request: null, errors: refusal(caller, ['subjectId'], 'INVALID', 'pulses.notPersonId') };
  const request = caller.viewer.serviceAccount
    ? null
    : await requestOfRater(
        tx,
        caller.viewer.orgId,
        { programId, subjectId, phase: input.phase, raterId: caller.viewer.personId },
        true,
      );
  if (!request)
    return { request: null, errors: refusal(caller, ['subjectId'], 'NOT_FOUND', 'pulses.requestNotFound') };
  if (now < request.opensAt)
    return { request: null, errors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.phaseNotOpen') };
  if (now >= request.closesAt)
    return { request: null, errors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.phaseClosed') };
  if (request.submittedAt)
    return { request: null, errors: refusal(caller, ['subjectId'], 'CONFLICT', 'pulses.alreadySubmitted') };
  return { request, errors: [] };
}

function limitsOfInput(
  caller: Caller,
  input: {
    minReports?: number | null;
    maxReports?: number | null;
    minPeers?: number | null;
    maxPeers?: number | null;
  },
): { limits: RaterLimits; errors: UserError[] } {
  const limits: RaterLimits = {
    minReports: input.minReports ?? DEFAULT_LIMITS.minReports,
    maxReports: input.maxReports ?? DEFAULT_LIMITS.maxReports,
    minPeers: input.minPeers ?? DEFAULT_LIMITS.minPeers,
    maxPeers: input.maxPeers ?? DEFAULT_LIMITS.maxPeers,
  };
  const errors: UserError[] = [];
  for (const [kind, min, max] of [
    ['Reports', limits.minReports, limits.maxReports],
    ['Peers', limits.minPeers, limits.maxPeers],
  ] as const) {
    if (min < 0 || max > MAX_RATERS_PER_TYPE || min > max) {
      errors.push(
        userError(caller, ['input', `max${kind}`], 'INVALID', 'pulses.limitsInvalid', {
          max: MAX_RATERS_PER_TYPE,
        }),
      );
    }
  }
  return { limits, errors };
}

export const pulsesResolvers: Resolvers = {
  Query: {
    async pulseRequests(_parent, _args, context) {
      const caller = callerOf(context);
      // A service account owes nothing: it is no person anyone rates with.
      if (caller.viewer.serviceAccount) return [];
      return caller.loaders.pulses.owed();
    },
    async pulseRaterChoices(_parent, _args, context) {
      const caller = callerOf(context);
      if (caller.viewer.serviceAccount) return [];
      return caller.loaders.pulses.own();
    },
  },
  Program: {
    async pulsePhases(program, _args, context) {
      const caller = callerOf(context);
      await requireRead(
        caller,
        'programManagement',
        { kind: 'program', programId: program.id },
        'pulsePhases',
      );
      return caller.loaders.pulses.phasesOfProgram.load(program.id);
    },
  },
  PulsePhaseWindow: {
    phase: (row) => row.phase,
    opensAt: (row) => row.opensAt,
    closesAt: (row) => row.closesAt,
    ratersCutoffAt: (row) => row.ratersCutoffAt,
    raterLimits: (row) => row.raterLimits,
    requested: (row) => row.requested,
    submitted: (row) => row.submitted,
  },
  PulseRequest: {
    async subject(request, _args, context) {
      const person = await callerOf(context).loaders.people.byId.load(request.subjectId);
      if (!person) throw new Error('a pulse request names a person who does not exist');
      return person;
    },
    async program(request, _args, context) {
      const program = await callerOf(context).loaders.programs.byId.load(request.programId);
      if (!program) throw new Error('a pulse request names a program that does not exist');
      return program;
    },
    phase: (request) => request.phase,
    raterType: (request) => request.raterType,
    async capabilities(request, _args, context) {
      const caller = callerOf(context);
      const rows = await caller.loaders.capabilities.byCode.loadMany(
        await focusCodes(caller, request.programId),
      );
      return rows.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
    scale: () => SCALE,
    dueAt: (request) => request.closesAt,
    async draft(request, _args, context) {
      const caller = callerOf(context);
      // Only the rater's own requests are ever returned; the check keeps it so if that changes.
      if (request.raterId !== caller.viewer.personId) return [];
      return caller.loaders.pulses.draftOf.load(request.id);
    },
    async raters(request, _args, context) {
      const caller = callerOf(context);
      if (request.raterType !== 'SELF' || request.subjectId !== caller.viewer.personId) return [];
      const raters = await caller.loaders.pulses.ratersOf.load(`${request.phaseId}:${request.subjectId}`);
      // Whether a rater has answered is theirs to know, not the person's they rate.
      return raters.map(({ personId, raterType }) => ({ personId, raterType }));
    },
    raterLimits: (request, _args, context) =>
      request.raterType === 'SELF' && request.subjectId === callerOf(context).viewer.personId
        ? request.raterLimits
        : null,
    ratersCutoffAt: (request, _args, context) =>
      request.raterType === 'SELF' && request.subjectId === callerOf(context).viewer.personId
        ? request.ratersCutoffAt
        : null,
    async raterCandidates(request, _args, context) {
      const caller = callerOf(context);
      if (request.raterType !== 'SELF' || request.subjectId !== caller.viewer.personId) return [];
      return caller.loaders.pulses.raterCandidatesOf.load(request.subjectId);
    },
  },
  PulseAnswer: {
    async capability(answer, _args, context) {
      const row = await callerOf(context).loaders.capabilities.byCode.load(answer.capabilityCode);
      if (!row) throw new Error('a pulse answer names a capability that does not exist');
      return row;
    },
    score: (answer) => answer.score,
  },
  PulseRater: {
    async person(rater, _args, context) {
      const person = await callerOf(context).loaders.people.byId.load(rater.personId);
      if (!person) throw new Error('a pulse rater who does not exist');
      return person;
    },
    raterType: (rater) => rater.raterType,
  },
  Mutation: {
    async openPulsePhase(_parent, { input }, context): Promise<PhaseOutcome> {
      const caller = callerOf(context);
      const managed = await managedProgram(caller, input.programId);
      if (!managed.program) return { phase: null, userErrors: managed.errors.map(inInput) };
      const program = managed.program;
      const now = new Date();
      const opensAt = input.opensAt ?? now;
      const closesAt = input.closesAt;
      const ratersCutoffAt = input.ratersCutoffAt ?? closesAt;
      const errors: UserError[] = [];
      if (program.status !== 'ACTIVE')
        errors.push(...refusal(caller, ['programId'], 'CONFLICT', 'pulses.programNotActive'));
      if (opensAt.getTime() < now.getTime() - OPEN_SLACK_MS)
        errors.push(...refusal(caller, ['opensAt'], 'INVALID', 'pulses.opensInPast'));
      if (!(closesAt > opensAt))
        errors.push(...refusal(caller, ['closesAt'], 'INVALID', 'pulses.closesBeforeOpen'));
      else if (closesAt.getTime() - opensAt.getTime() > MAX_WINDOW_DAYS * DAY)
        errors.push(
          ...refusal(caller, ['closesAt'], 'INVALID', 'pulses.windowTooLong', { days: MAX_WINDOW_DAYS }),
        );
      if (ratersCutoffAt < opensAt || ratersCutoffAt > closesAt)
        errors.push(...refusal(caller, ['ratersCutoffAt'], 'INVALID', 'pulses.cutoffOutsideWindow'));
      const { limits, errors: limitErrors } = limitsOfInput(caller, input);
      errors.push(...limitErrors);
      if (errors.length) return { phase: null, userErrors: errors };
      const orgId = caller.viewer.orgId;
      return caller.tenant(async (tx) => {
        // The program's lock orders two admins opening the same phase at once.
        await lockProgram(tx, orgId, program.id);
        if (await phaseTaken(tx, orgId, program.id, input.phase)) {
          return { phase: null, userErrors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.phaseTaken') };
        }
        const phaseId = await openPhase(tx, {
          orgId,
          programId: program.id,
          phase: input.phase,
          opensAt,
          closesAt,
          ratersCutoffAt,
          limits,
          openedBy: caller.viewer.serviceAccount ? null : caller.viewer.personId,
        });
        await queuePulsePhaseReminder(tx, orgId, { id: phaseId, opensAt, closesAt });
        return { phase: await phaseOf(tx, orgId, program.id, input.phase), userErrors: [] };
      });
    },
    async closePulsePhase(_parent, { input }, context): Promise<PhaseOutcome> {
      const caller = callerOf(context);
      const managed = await managedProgram(caller, input.programId);
      if (!managed.program) return { phase: null, userErrors: managed.errors.map(inInput) };
      const orgId = caller.viewer.orgId;
      const programId = managed.program.id;
      return caller.tenant(async (tx) => {
        await lockProgram(tx, orgId, programId);
        const phase = await phaseOf(tx, orgId, programId, input.phase);
        if (!phase)
          return { phase: null, userErrors: refusal(caller, ['phase'], 'NOT_FOUND', 'pulses.phaseNotFound') };
        if (!isOpen(phase, new Date()))
          return {
            phase: null,
            userErrors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.phaseNotOpenToClose'),
          };
        await closePhase(tx, orgId, phase);
        return { phase: await phaseOf(tx, orgId, programId, input.phase), userErrors: [] };
      });
    },
    async savePulseDraft(_parent, { input }, context): Promise<AnswerOutcome> {
      const caller = callerOf(context);
      const orgId = caller.viewer.orgId;
      const parsed = await answersOf(caller, await focusCodesOf(caller, input.programId), input.answers);
      return caller.tenant(async (tx) => {
        const own = await ownRequest(caller, tx, input, new Date());
        if (!own.request) return { request: null, submitted: false, userErrors: own.errors };
        if (parsed.errors.length) return { request: null, submitted: false, userErrors: parsed.errors };
        await saveDrafts(tx, orgId, own.request.id, parsed.answers);
        caller.loaders.pulses.draftOf.clear(own.request.id);
        return { request: own.request, submitted: false, userErrors: [] };
      });
    },
    async submitPulse(_parent, { input }, context): Promise<AnswerOutcome> {
      const caller = callerOf(context);
      const orgId = caller.viewer.orgId;
      const codes = await focusCodesOf(caller, input.programId);
      const parsed = await answersOf(caller, codes, input.answers ?? []);
      return caller.tenant(async (tx) => {
        const own = await ownRequest(caller, tx, input, new Date());
        if (!own.request) return { request: null, submitted: false, userErrors: own.errors };
        if (parsed.errors.length) return { request: null, submitted: false, userErrors: parsed.errors };
        const merged = new Map<string, number>();
        const draft = (await draftsOf(tx, orgId, [own.request.id])).get(own.request.id) ?? [];
        for (const answer of [...draft, ...parsed.answers]) merged.set(answer.capabilityCode, answer.score);
        const missing = codes.filter((code) => !merged.has(code));
        if (missing.length) {
          return {
            request: null,
            submitted: false,
            userErrors: refusal(caller, ['answers'], 'REQUIRED', 'pulses.answerMissing', {
              count: missing.length,
            }),
          };
        }
        await submitRequest(
          tx,
          orgId,
          own.request,
          codes.map((code) => ({ capabilityCode: code, score: merged.get(code)! })),
        );
        caller.loaders.pulses.draftOf.clear(own.request.id);
        return { request: null, submitted: true, userErrors: [] };
      });
    },
    async setPulseRaters(_parent, { input }, context): Promise<RatersOutcome> {
      const caller = callerOf(context);
      const orgId = caller.viewer.orgId;
      const programId = idOf(input.programId, 'Program');
      if (!programId)
        return {
          request: null,
          userErrors: refusal(caller, ['programId'], 'INVALID', 'programs.notProgramId'),
        };
      return caller.tenant(async (tx) => {
        const self = caller.viewer.personId;
        const request = caller.viewer.serviceAccount
          ? null
          : await requestOfRater(
              tx,
              orgId,
              { programId, subjectId: self, phase: input.phase, raterId: self },
              true,
            );
        if (!request)
          return {
            request: null,
            userErrors: refusal(caller, ['phase'], 'NOT_FOUND', 'pulses.requestNotFound'),
          };
        const now = new Date();
        if (now < request.opensAt) {
          return { request: null, userErrors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.phaseNotOpen') };
        }
        if (now >= request.ratersCutoffAt || now >= request.closesAt) {
          return { request: null, userErrors: refusal(caller, ['phase'], 'CONFLICT', 'pulses.cutoffPassed') };
        }
        const errors: UserError[] = [];
        const chosen: Array<{ personId: string; raterType: 'REPORT' | 'PEER' }> = [];
        const ids = new Map<string, string>();
        for (const [field, kind] of [
          ['reports', 'REPORT'],
          ['peers', 'PEER'],
        ] as const) {
          for (const [index, id] of input[field].entries()) {
            const uuid = idOf(id, 'Person');
            if (!uuid) {
              errors.push(
                userError(caller, ['input', field, String(index)], 'INVALID', 'pulses.notPersonId'),
              );
            } else if (ids.has(uuid)) {
              errors.push(userError(caller, ['input', field, String(index)], 'INVALID', 'pulses.raterTwice'));
            } else {
              ids.set(uuid, field);
              chosen.push({ personId: uuid, raterType: kind });
            }
          }
        }
        const eligible = await eligibleRaters(tx, orgId, self, [...ids.keys()]);
        for (const [field, kind] of [
          ['reports', 'REPORT'],
          ['peers', 'PEER'],
        ] as const) {
          input[field].forEach((id, index) => {
            const uuid = idOf(id, 'Person');
            if (uuid && ids.get(uuid) === field && eligible.get(uuid) !== kind) {
              errors.push(
                userError(
                  caller,
                  ['input', field, String(index)],
                  'INVALID',
                  kind === 'REPORT' ? 'pulses.notAReport' : 'pulses.notAPeer',
                ),
              );
            }
          });
        }
        const limits = request.raterLimits;
        const count = (kind: 'REPORT' | 'PEER') => chosen.filter((c) => c.raterType === kind).length;
        if (count('REPORT') < limits.minReports || count('REPORT') > limits.maxReports) {
          errors.push(
            userError(caller, ['input', 'reports'], 'INVALID', 'pulses.raterCount', {
              min: limits.minReports,
              max: limits.maxReports,
            }),
          );
        }
        if (count('PEER') < limits.minPeers || count('PEER') > limits.maxPeers) {
          errors.push(
            userError(caller, ['input', 'peers'], 'INVALID', 'pulses.raterCount', {
              min: limits.minPeers,
              max: limits.maxPeers,
            }),
          );
        }
        if (errors.length) return { request: null, userErrors: errors };
        await replaceRaters(tx, orgId, request.phaseId, self, chosen);
        caller.loaders.pulses.ratersOf.clear(`${request.phaseId}:${self}`);
        return { request, userErrors: [] };
      });
    },
  },
};

/** A refusal of `managedProgram` names the input's field. */
function inInput(error: UserError): UserError {
  return { ...error, field: ['input', ...(error.field ?? [])] };
}
