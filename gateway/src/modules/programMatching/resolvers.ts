import { actorOf } from '../../auth/actor.js';
import { hasRole, isAdmin, mayRead, requireManagesProgram } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { recordAudit } from '../audit/sql.js';
import { OverlapCache, scoreMatch } from '../coaching/score.js';
import { lockAllCoaches, type CoachRow } from '../coaching/sql.js';
import { encodeCursor, pageRequest, type PageRequest } from '../core/connection.js';
import { idOf, present, required, userError } from '../core/resolving.js';
import { enrolmentOrError, managedProgram, recordEnrolmentChange } from '../programs/index.js';
import { actAs, lockProgram } from '../programs/lifecycle.js';
import type { EnrolmentRow, ProgramRow } from '../programs/sql.js';
import { cohortOf, poolOf, proposedPerCoach, proposeMatch, type Member } from './engine.js';
import { announceCoachStatusChanged, announceEnrolmentChanges } from '../webhooks/events.js';
import { enqueueProposal, PROPOSAL_STALE_AFTER_SECONDS } from './proposal-job.js';
import { ratingTrend, type ProposalPairRow, type ProposalRow } from './sql.js';
import { coachCommentsInProgram } from './feedback-comments.js';
import { qualitySettingsErrors, writeQualitySettings } from './quality-settings.js';
import { qualitySettings } from '../coaching/sql.js';

async function requireQualitySettings(caller: Caller): Promise<void> {
  if (!(await mayRead(caller, 'coachQualitySettings', { kind: 'organisation' }))) {
    throw forbidden('coachQuality.orgAdminsOnly');
  }
}

/** Pairs sort best score first; the cursor's sort key keeps that order as text. */
const pairKey = (pair: ProposalPairRow) => ({
  sort: (pair.score === null ? 'z' : (1000 - pair.score).toFixed(4).padStart(10, '0')) as string,
  id: pair.enrolmentId,
});

function pageOf(rows: readonly ProposalPairRow[], page: PageRequest) {
  const keyed = rows.map((row) => ({ row, key: pairKey(row) }));
  const after = page.after;
  const start = after
    ? keyed.filter(({ key }) => key.sort > after.sort || (key.sort === after.sort && key.id > after.id))
    : keyed;
  const slice = start.slice(0, page.limit);
  return {
    edges: slice.map(({ row, key }) => ({ cursor: encodeCursor(key), node: row })),
    pageInfo: {
      hasNextPage: start.length > page.limit,
      hasPreviousPage: after !== null,
      startCursor: slice.length ? encodeCursor(slice[0]!.key) : null,
      endCursor: slice.length ? encodeCursor(slice[slice.length - 1]!.key) : null,
    },
    totalCount: () => Promise.resolve(rows.length),
  };
}

/** An OPEN proposal the caller manages the program of. */
async function openProposal(caller: Caller, proposalId: string): Promise<ProposalRow | UserError> {
  const uuid = idOf(proposalId, 'MatchProposal');
  if (!uuid) return userError(caller, ['proposalId'], 'INVALID', 'programMatching.notProposalId');
  if (!isAdmin(caller)) throw forbidden('programs.notYourProgram');
  const proposal = await caller.loaders.programMatching.proposalById.load(uuid);
  if (!proposal) return userError(caller, ['proposalId'], 'NOT_FOUND', 'programMatching.proposalNotFound');
  await requireManagesProgram(caller, proposal.programId);
  if (proposal.status !== 'OPEN') {
    return userError(caller, ['proposalId'], 'CONFLICT', 'programMatching.proposalNotOpen', {
      status: proposal.status,
    });
  }
  return proposal;
}

function reloadProposal(caller: Caller, id: string) {
  caller.loaders.programMatching.proposalById.clear(id);
  caller.loaders.programMatching.pairsOf.clear(id);
  return caller.loaders.programMatching.proposalById.load(id);
}

const matchProgram = (program: ProgramRow) => ({
  focusCapabilities: program.focusCapabilityCodes,
  languages: program.languages,
});

async function propose(caller: Caller, programId: string, fromCoachId: string | null) {
  const { program, errors } = await managedProgram(caller, programId);
  if (!program) return { proposal: null, userErrors: errors };
  if (program.status !== 'ACTIVE') {
    return {
      proposal: null,
      userErrors: [
        userError(caller, ['programId'], 'CONFLICT', 'programs.notActive', { status: program.status }),
      ],
    };
  }
  if (!fromCoachId) return queueProgramProposal(caller, program);
  const { orgId, personId } = caller.viewer;
  const kind = 'HANDOVER' as const;
  // A handover covers one coach's clients (a few dozen at most), computed in the request.
  // Two transactions of their own, each committed before the next step: no transaction of the
  // request stays open while the proposal is computed (seconds at organisation scale).
  const stored = await proposeMatch(
    (work) => caller.tenant(work, { commitBeforeReturning: true }),
    orgId,
    {
      programId: program.id,
      kind,
      fromCoachId,
      program: matchProgram(program),
      actor: actorOf(caller.viewer),
      now: new Date(),
    },
    (tx, result) =>
      recordAudit(tx, orgId, {
        action: 'MATCH_PROPOSED',
        actorId: personId,
        programId: program.id,
        subjectType: 'MatchProposal',
        subjectId: result.id,
        after: { kind, fromCoachId, matched: result.matched, unmatched: result.unmatched },
      }),
  );
  caller.loaders.programMatching.openProposalOf.clear(program.id);
  return { proposal: await reloadProposal(caller, stored.id), userErrors: [] };
}

/**
 * Stores a PENDING PROGRAM proposal and queues its computation (proposal-job.ts), or answers with
 * the one already PENDING or RUNNING; one that has been under way too long is marked TIMED_OUT and
 * replaced. The program's row lock keeps two requests from queueing two computations.
 */
async function queueProgramProposal(caller: Caller, program: ProgramRow) {
  const { orgId } = caller.viewer;
  const actor = actorOf(caller.viewer);
  const outcome = await caller.tenant(async (tx) => {
    const locked = await lockProgram(tx, orgId, program.id);
    if (locked?.status !== 'ACTIVE') return { status: locked?.status ?? program.status };
    const [inFlight] = await tx.query<{ id: string; stale: boolean }>(
      `select id, coalesce(started_at, created_at) < now() - make_interval(secs => $3) as stale
       from match_proposals where org_id = $1 and program_id = $2 and kind = 'PROGRAM'
         and status in ('PENDING', 'RUNNING')`,
      [orgId, program.id, PROPOSAL_STALE_AFTER_SECONDS],
    );
    if (inFlight && !inFlight.stale) return { id: inFlight.id };
    if (inFlight) {
      await tx.query(
        `update match_proposals set status = 'FAILED', failure = 'TIMED_OUT' where org_id = $1 and id = $2`,
        [orgId, inFlight.id],
      );
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into match_proposals (org_id, program_id, kind, status, created_by, created_by_service_account_id)
       values ($1, $2, 'PROGRAM', 'PENDING', $3, $4) returning id`,
      [orgId, program.id, actor.personId, actor.serviceAccountId],
    );
    await enqueueProposal(tx, orgId, row!.id);
    return { id: row!.id };
  });
  if (!outcome.id) {
    return {
      proposal: null,
      userErrors: [
        userError(caller, ['programId'], 'CONFLICT', 'programs.notActive', { status: outcome.status ?? '' }),
      ],
    };
  }
  caller.loaders.programMatching.pendingProposalOf.clear(program.id);
  return { proposal: await reloadProposal(caller, outcome.id), userErrors: [] };
}

/** Whether the caller may pause or reinstate a coach: an org admin, or the admin of a program the coach serves. */
async function mayActOnCoach(caller: Caller, coach: CoachRow): Promise<boolean> {
  if (hasRole(caller, 'ORG_ADMIN')) return true;
  return hasRole(caller, 'PROGRAM_ADMIN') && caller.loaders.programs.administersCoach.load(coach.personId);
}

/** The status changes an admin makes to a coach: from which status, to which, and how it is audited. */
const COACH_CHANGES = {
  pause: { to: 'PAUSED', action: 'COACH_PAUSED' },
  reinstate: { to: 'ACTIVE', action: 'COACH_REINSTATED' },
  /** Probation ends with the coach kept: ACTIVE, back in matching. */
  keep: { to: 'ACTIVE', action: 'COACH_PROBATION_ENDED' },
  /** Probation ends with the coach removed from coaching: PAUSED (reinstating stays possible). */
  remove: { to: 'PAUSED', action: 'COACH_PROBATION_ENDED' },
} as const;
type CoachChange = keyof typeof COACH_CHANGES;

/** Why `change` cannot start from `from`, or null when it can. */
function coachChangeRefusal(change: CoachChange, from: CoachRow['qualityStatus']): MessageKey | null {
  if (change === 'pause') return from === 'PAUSED' ? 'programMatching.alreadyPaused' : null;
  if (change === 'reinstate') return from === 'PAUSED' ? null : 'programMatching.notPaused';
  return from === 'PROBATION' ? null : 'programMatching.notOnProbation';
}

async function changeCoachStatus(
  caller: Caller,
  input: { coachId: string; reason: string },
  change: CoachChange,
) {
  const coachId = idOf(input.coachId, 'Coach');
  const none = { coach: null, clientsToMove: 0 };
  if (!coachId)
    return { ...none, userErrors: [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')] };
  const coach = await caller.loaders.coaching.byId.load(coachId);
  if (!coach)
    return { ...none, userErrors: [userError(caller, ['coachId'], 'NOT_FOUND', 'coaching.coachNotFound')] };
  if (!(await mayActOnCoach(caller, coach))) throw forbidden('programMatching.coachNotYours');
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 500) {
    return {
      ...none,
      userErrors: [userError(caller, ['reason'], 'INVALID', 'programs.textLength', { max: 500 })],
    };
  }
  const { orgId, personId } = caller.viewer;
  const result = await caller.tenant(async (tx) => {
    const [locked] = await tx.query<{ quality_status: CoachRow['qualityStatus'] }>(
      `select quality_status from coaches where org_id = $1 and id = $2 for update`,
      [orgId, coachId],
    );
    const from = locked?.quality_status ?? coach.qualityStatus;
    const refusal = coachChangeRefusal(change, from);
    if (refusal) return { error: userError(caller, ['coachId'], 'CONFLICT', refusal) };
    const { to, action } = COACH_CHANGES[change];
    await tx.query(`update coaches set quality_status = $3 where org_id = $1 and id = $2`, [
      orgId,
      coachId,
      to,
    ]);
    await tx.query(
      `insert into coach_status_changes (org_id, coach_id, from_status, to_status, reason, actor_person_id,
         actor_service_account_id)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        orgId,
        coachId,
        from,
        to,
        reason,
        actorOf(caller.viewer).personId,
        actorOf(caller.viewer).serviceAccountId,
      ],
    );
    await announceCoachStatusChanged(tx, orgId, { coachId, status: to, previousStatus: from });
    await recordAudit(tx, orgId, {
      action,
      actorId: personId,
      programId: null,
      subjectType: 'Coach',
      subjectId: coachId,
      before: { qualityStatus: from },
      after: {
        qualityStatus: to,
        reason,
        ...(action === 'COACH_PROBATION_ENDED' ? { outcome: change === 'keep' ? 'KEEP' : 'REMOVE' } : {}),
      },
    });
    const [clients] = await tx.query<{ count: number }>(
      `select count(*)::int as count from enrolments where org_id = $1 and coach_id = $2
         and status in ('INVITED', 'ACCEPTED', 'ACTIVE')`,
      [orgId, coachId],
    );
    return { clients: clients?.count ?? 0 };
  });
  if ('error' in result && result.error) return { ...none, userErrors: [result.error] };
  caller.loaders.coaching.byId.clear(coachId);
  return {
    coach: await caller.loaders.coaching.byId.load(coachId),
    clientsToMove: 'clients' in result ? (result.clients ?? 0) : 0,
    userErrors: [],
  };
}

async function changePool(
  caller: Caller,
  programId: string,
  action: 'COACHES_ADDED' | 'COACH_REMOVED' | 'COACH_CAPACITY_CHANGED',
  work: (
    program: ProgramRow,
  ) => Promise<UserError[] | { before?: unknown; after?: unknown; subjectId: string }>,
) {
  const { program: found, errors } = await managedProgram(caller, programId);
  if (!found) return { program: null, userErrors: errors };
  if (found.status === 'CLOSED' || found.status === 'ARCHIVED') {
    return {
      program: null,
      userErrors: [
        userError(caller, ['programId'], 'CONFLICT', 'programs.readOnlyInStatus', { status: found.status }),
      ],
    };
  }
  const outcome = await work(found);
  if (Array.isArray(outcome)) return { program: null, userErrors: outcome };
  caller.loaders.programMatching.poolOf.clear(found.id);
  const { orgId, personId } = caller.viewer;
  await caller.tenant((tx) =>
    recordAudit(tx, orgId, {
      action,
      actorId: personId,
      programId: found.id,
      subjectType: action === 'COACHES_ADDED' ? 'Program' : 'Coach',
      subjectId: outcome.subjectId,
      before: outcome.before,
      after: outcome.after,
    }),
  );
  return { program: found, userErrors: [] };
}

export const programMatchingResolvers: Resolvers = {
  Program: {
    async coachPool(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      return caller.loaders.programMatching.poolOf.load(program.id);
    },
    async openMatchProposal(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      return caller.loaders.programMatching.openProposalOf.load(program.id);
    },
    async pendingMatchProposal(program, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programManagement', { kind: 'program', programId: program.id })))
        return null;
      return caller.loaders.programMatching.pendingProposalOf.load(program.id);
    },
  },
  Coach: {
    async statusHistory(coach, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'coachOperations', { kind: 'coach', coach }))) return null;
      return caller.loaders.programMatching.statusChangesOf.load(coach.id);
    },
  },
  CoachStatusChange: {
    actor: (change, _args, context) =>
      change.actorId ? callerOf(context).loaders.people.byId.load(change.actorId) : null,
  },
  ProgramCoach: {
    coach: (entry, _args, context) =>
      required(callerOf(context).loaders.coaching.byId.load(entry.coachId), 'coaching.coachNotFound'),
    ratingTrend: (entry, _args, context) => {
      const caller = callerOf(context);
      return caller.tenant((tx) => ratingTrend(tx, caller.viewer.orgId, entry.programId, entry.coachId));
    },
    feedbackComments: (entry, _args, context) => {
      const caller = callerOf(context);
      return caller.tenant((tx) =>
        coachCommentsInProgram(tx, caller.viewer.orgId, entry.programId, entry.coachId),
      );
    },
  },
  MatchProposal: {
    id: (proposal) => toGlobalId('MatchProposal', proposal.id),
    program: (proposal, _args, context) =>
      required(callerOf(context).loaders.programs.byId.load(proposal.programId), 'programs.programNotFound'),
    fromCoach: (proposal, _args, context) =>
      proposal.fromCoachId ? callerOf(context).loaders.coaching.byId.load(proposal.fromCoachId) : null,
    createdBy: (proposal, _args, context) =>
      proposal.createdBy ? callerOf(context).loaders.people.byId.load(proposal.createdBy) : null,
    decidedBy: (proposal, _args, context) =>
      proposal.decidedBy ? callerOf(context).loaders.people.byId.load(proposal.decidedBy) : null,
    failureMessage: (proposal, _args, context) =>
      proposal.failure
        ? callerOf(context).t('programMatching.proposalFailed', { failure: proposal.failure })
        : null,
    async matchedCount(proposal, _args, context) {
      return (await callerOf(context).loaders.programMatching.pairsOf.load(proposal.id)).filter(
        (p) => p.coachId,
      ).length;
    },
    async unmatchedCount(proposal, _args, context) {
      return (await callerOf(context).loaders.programMatching.pairsOf.load(proposal.id)).filter(
        (p) => !p.coachId,
      ).length;
    },
    async totalScore(proposal, _args, context) {
      const pairs = await callerOf(context).loaders.programMatching.pairsOf.load(proposal.id);
      return Math.round(pairs.reduce((sum, pair) => sum + (pair.score ?? 0), 0) * 100) / 100;
    },
    async pairs(proposal, args, context) {
      const pairs = await callerOf(context).loaders.programMatching.pairsOf.load(proposal.id);
      return pageOf(
        pairs.filter((pair) => pair.coachId),
        pageRequest(args),
      );
    },
    async unmatched(proposal, args, context) {
      const pairs = await callerOf(context).loaders.programMatching.pairsOf.load(proposal.id);
      return pageOf(
        pairs.filter((pair) => !pair.coachId),
        pageRequest(args),
      );
    },
    async coachLoads(proposal, _args, context) {
      const caller = callerOf(context);
      const pairs = await caller.loaders.programMatching.pairsOf.load(proposal.id);
      const counts = new Map<string, number>();
      for (const pair of pairs)
        if (pair.coachId) counts.set(pair.coachId, (counts.get(pair.coachId) ?? 0) + 1);
      const pool = await caller.loaders.programMatching.poolOf.load(proposal.programId);
      const poolCapacity = new Map(pool.map((entry) => [entry.coachId, entry.capacity]));
      const coaches = (await caller.loaders.coaching.byId.loadMany([...counts.keys()])).filter(present);
      return coaches
        .map((coach) => ({
          coachId: coach.id,
          proposed: counts.get(coach.id) ?? 0,
          current: coach.activeClients,
          capacity: poolCapacity.get(coach.id) ?? coach.capacity,
        }))
        .sort(
          (a, b) => b.proposed + b.current - (a.proposed + a.current) || a.coachId.localeCompare(b.coachId),
        );
    },
  },
  ProposedMatch: {
    enrolment: (pair, _args, context) =>
      required(
        callerOf(context).loaders.programs.enrolmentById.load(pair.enrolmentId),
        'programs.enrolmentNotFound',
      ),
    coach: (pair, _args, context) =>
      required(callerOf(context).loaders.coaching.byId.load(pair.coachId!), 'coaching.coachNotFound'),
    score: (pair) => Math.round((pair.score ?? 0) * 10) / 10,
  },
  UnmatchedParticipant: {
    enrolment: (pair, _args, context) =>
      required(
        callerOf(context).loaders.programs.enrolmentById.load(pair.enrolmentId),
        'programs.enrolmentNotFound',
      ),
    reason: (pair) => pair.unmatchedReason ?? 'REMOVED_BY_ADMIN',
    message: (pair, _args, context) =>
      callerOf(context).t('programMatching.unmatched', {
        reason: pair.unmatchedReason ?? 'REMOVED_BY_ADMIN',
      }),
  },
  ProposalCoachLoad: {
    coach: (load, _args, context) =>
      required(callerOf(context).loaders.coaching.byId.load(load.coachId), 'coaching.coachNotFound'),
  },
  ProposedMatchConnection: { totalCount: (connection) => connection.totalCount() },
  UnmatchedParticipantConnection: { totalCount: (connection) => connection.totalCount() },
  Query: {
    async coachQualitySettings(_parent, _args, context) {
      const caller = callerOf(context);
      await requireQualitySettings(caller);
      return caller.tenant((tx) => qualitySettings(tx, caller.viewer.orgId));
    },
  },
  Mutation: {
    async setCoachQualitySettings(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireQualitySettings(caller);
      const userErrors = qualitySettingsErrors(input, caller.t);
      if (userErrors.length) return { settings: null, userErrors };
      const { orgId, personId } = caller.viewer;
      const settings = await caller.tenant((tx) => writeQualitySettings(tx, orgId, personId, input));
      return { settings, userErrors: [] };
    },
    proposeProgramMatch: (_parent, { input }, context) => propose(callerOf(context), input.programId, null),
    async proposeCoachHandover(_parent, { input }, context) {
      const caller = callerOf(context);
      const coachId = idOf(input.coachId, 'Coach');
      if (!coachId)
        return {
          proposal: null,
          userErrors: [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')],
        };
      const coach = await caller.loaders.coaching.byId.load(coachId);
      if (!coach)
        return {
          proposal: null,
          userErrors: [userError(caller, ['coachId'], 'NOT_FOUND', 'coaching.coachNotFound')],
        };
      return propose(caller, input.programId, coachId);
    },
    async adjustMatchProposal(_parent, { input }, context) {
      const caller = callerOf(context);
      const proposal = await openProposal(caller, input.proposalId);
      if (!('id' in proposal)) return { proposal: null, userErrors: [proposal] };
      const enrolmentId = idOf(input.enrolmentId, 'Enrolment');
      const pairs = await caller.loaders.programMatching.pairsOf.load(proposal.id);
      const pair = pairs.find((candidate) => candidate.enrolmentId === enrolmentId);
      if (!enrolmentId || !pair) {
        return {
          proposal: null,
          userErrors: [userError(caller, ['enrolmentId'], 'NOT_FOUND', 'programMatching.notInProposal')],
        };
      }
      const { orgId, personId } = caller.viewer;
      let coachId: string | null = null;
      if (input.coachId) {
        coachId = idOf(input.coachId, 'Coach');
        if (!coachId)
          return {
            proposal: null,
            userErrors: [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')],
          };
      }
      const program = await caller.loaders.programs.byId.load(proposal.programId);
      const refusal = await caller.tenant(async (tx) => {
        if (!coachId) {
          await tx.query(
            `update match_proposal_pairs set coach_id = null, score = null, reasons = '[]', unmatched_reason = 'REMOVED_BY_ADMIN',
               adjusted = true where org_id = $1 and proposal_id = $2 and enrolment_id = $3`,
            [orgId, proposal.id, enrolmentId],
          );
        } else {
          await lockAllCoaches(tx, orgId);
          const pool = await poolOf(tx, orgId, proposal.programId);
          const coach = pool.find((entry) => entry.row.id === coachId);
          if (!coach || coach.row.id === proposal.fromCoachId) {
            return userError(caller, ['coachId'], 'NOT_FOUND', 'programMatching.coachNotInPool');
          }
          const [member] = (
            await cohortOf(tx, orgId, proposal.programId, proposal.kind, proposal.fromCoachId)
          ).filter((candidate: Member) => candidate.enrolmentId === enrolmentId);
          if (!member)
            return userError(caller, ['enrolmentId'], 'CONFLICT', 'programMatching.enrolmentMoved');
          if (coach.row.personId === member.personId)
            return userError(caller, ['coachId'], 'INVALID', 'coaching.ownCoach');
          const outcome = scoreMatch(
            coach.match,
            member,
            matchProgram(program!),
            new OverlapCache(new Date()),
            {
              ignoreCapacity: true,
            },
          );
          if (!outcome.eligible) {
            return userError(
              caller,
              ['coachId'],
              'INVALID',
              outcome.exclusion === 'NOT_ACTIVE'
                ? 'coaching.coachNotActive'
                : 'programMatching.noSharedLanguage',
            );
          }
          const proposed = (await proposedPerCoach(tx, orgId, proposal.id)).get(coachId) ?? 0;
          const already = pair.coachId === coachId ? 1 : 0;
          if (proposed - already + 1 > coach.room) {
            return userError(caller, ['coachId'], 'CONFLICT', 'programMatching.coachFull');
          }
          await tx.query(
            `update match_proposal_pairs set coach_id = $4, score = $5, reasons = $6::jsonb, unmatched_reason = null,
               adjusted = true where org_id = $1 and proposal_id = $2 and enrolment_id = $3`,
            [orgId, proposal.id, enrolmentId, coachId, outcome.score, JSON.stringify(outcome.reasons)],
          );
        }
        await recordAudit(tx, orgId, {
          action: 'MATCH_ADJUSTED',
          actorId: personId,
          programId: proposal.programId,
          subjectType: 'MatchProposal',
          subjectId: proposal.id,
          before: { enrolmentId, coachId: pair.coachId },
          after: { enrolmentId, coachId },
        });
        return null;
      });
      if (refusal) return { proposal: null, userErrors: [refusal] };
      return { proposal: await reloadProposal(caller, proposal.id), userErrors: [] };
    },
    async approveMatchProposal(_parent, { input }, context) {
      const caller = callerOf(context);
      const proposal = await openProposal(caller, input.proposalId);
      if (!('id' in proposal)) return { proposal: null, userErrors: [proposal] };
      const { orgId, personId } = caller.viewer;
      const refusal = await caller.tenant(async (tx) => {
        const [locked] = await tx.query<{ status: string }>(
          `select status from match_proposals where org_id = $1 and id = $2 for update`,
          [orgId, proposal.id],
        );
        if (locked?.status !== 'OPEN') {
          return userError(caller, ['proposalId'], 'CONFLICT', 'programMatching.proposalNotOpen', {
            status: locked?.status ?? '',
          });
        }
        await lockAllCoaches(tx, orgId);
        const pool = new Map(
          (await poolOf(tx, orgId, proposal.programId)).map((coach) => [coach.row.id, coach]),
        );
        const cohort = new Set(
          (await cohortOf(tx, orgId, proposal.programId, proposal.kind, proposal.fromCoachId)).map(
            (m) => m.enrolmentId,
          ),
        );
        const pairs = await tx.query<{ enrolment_id: string; coach_id: string }>(
          `select enrolment_id, coach_id from match_proposal_pairs where org_id = $1 and proposal_id = $2 and coach_id is not null`,
          [orgId, proposal.id],
        );
        // Capacity and eligibility again, under the locks: anything that changed since the proposal refuses it whole.
        const perCoach = new Map<string, number>();
        for (const pair of pairs) perCoach.set(pair.coach_id, (perCoach.get(pair.coach_id) ?? 0) + 1);
        const stale =
          pairs.filter((pair) => !cohort.has(pair.enrolment_id)).length +
          [...perCoach].filter(([coachId, count]) => {
            const coach = pool.get(coachId);
            return !coach || coach.match.qualityStatus !== 'ACTIVE' || count > coach.room;
          }).length;
        if (stale > 0) {
          return userError(caller, ['proposalId'], 'CONFLICT', 'programMatching.proposalStale', {
            count: stale,
          });
        }
        await actAs(tx, actorOf(caller.viewer));
        const before = await tx.query<{ id: string; status: string; coach_id: string | null }>(
          `select id, status, coach_id from enrolments where org_id = $1 and id = any($2::uuid[])`,
          [orgId, pairs.map((pair) => pair.enrolment_id)],
        );
        if (pairs.length) {
          await tx.query(
            `update enrolments e set coach_id = v.coach_id,
               status = case when e.status in ('INVITED', 'ACCEPTED') then 'ACTIVE' else e.status end
             from unnest($2::uuid[], $3::uuid[]) as v(enrolment_id, coach_id)
             where e.org_id = $1 and e.id = v.enrolment_id`,
            [orgId, pairs.map((pair) => pair.enrolment_id), pairs.map((pair) => pair.coach_id)],
          );
        }
        const coachOf = new Map(pairs.map((pair) => [pair.enrolment_id, pair.coach_id]));
        await announceEnrolmentChanges(
          tx,
          orgId,
          before.map((row) => ({
            enrolmentId: row.id,
            previousStatus: row.status,
            coachChanged: row.coach_id !== coachOf.get(row.id),
          })),
        );
        await tx.query(
          `update match_proposals set status = 'APPROVED', decided_by = $3, decided_by_service_account_id = $4,
             decided_at = now() where org_id = $1 and id = $2`,
          [orgId, proposal.id, actorOf(caller.viewer).personId, actorOf(caller.viewer).serviceAccountId],
        );
        await recordAudit(tx, orgId, {
          action: 'MATCH_APPROVED',
          actorId: personId,
          programId: proposal.programId,
          subjectType: 'MatchProposal',
          subjectId: proposal.id,
          before: { status: 'OPEN' },
          after: { status: 'APPROVED', pairs: pairs.map((pair) => [pair.enrolment_id, pair.coach_id]) },
        });
        return null;
      });
      if (refusal) return { proposal: null, userErrors: [refusal] };
      caller.loaders.programMatching.openProposalOf.clear(proposal.programId);
      return { proposal: await reloadProposal(caller, proposal.id), userErrors: [] };
    },
    async discardMatchProposal(_parent, { input }, context) {
      const caller = callerOf(context);
      const proposal = await openProposal(caller, input.proposalId);
      if (!('id' in proposal)) return { proposal: null, userErrors: [proposal] };
      const { orgId, personId } = caller.viewer;
      await caller.tenant(async (tx) => {
        await tx.query(
          `update match_proposals set status = 'DISCARDED', decided_by = $3, decided_by_service_account_id = $4,
             decided_at = now()
           where org_id = $1 and id = $2 and status = 'OPEN'`,
          [orgId, proposal.id, actorOf(caller.viewer).personId, actorOf(caller.viewer).serviceAccountId],
        );
        await recordAudit(tx, orgId, {
          action: 'MATCH_DISCARDED',
          actorId: personId,
          programId: proposal.programId,
          subjectType: 'MatchProposal',
          subjectId: proposal.id,
          before: { status: 'OPEN' },
          after: { status: 'DISCARDED' },
        });
      });
      caller.loaders.programMatching.openProposalOf.clear(proposal.programId);
      return { proposal: await reloadProposal(caller, proposal.id), userErrors: [] };
    },
    async rematchEnrolment(_parent, { input }, context) {
      const caller = callerOf(context);
      const found = await enrolmentOrError(caller, input.enrolmentId);
      if (!found.enrolment) return found;
      const { enrolment } = found;
      const enrolmentId = enrolment.id;
      let wanted: string | null = null;
      if (input.coachId) {
        wanted = idOf(input.coachId, 'Coach');
        if (!wanted)
          return {
            enrolment: null,
            userErrors: [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')],
          };
      }
      if (input.reason && input.reason.length > 500) {
        return {
          enrolment: null,
          userErrors: [userError(caller, ['reason'], 'INVALID', 'programs.textLength', { max: 500 })],
        };
      }
      const program = (await caller.loaders.programs.byId.load(enrolment.programId))!;
      const { orgId, personId } = caller.viewer;
      const refusal = await caller.tenant(async (tx) => {
        await lockAllCoaches(tx, orgId);
        const [row] = await tx.query<{
          status: string;
          coach_id: string | null;
          locale: string;
          time_zone: string;
          person_id: string;
        }>(
          `select e.status, e.coach_id, p.locale, p.time_zone, e.person_id from enrolments e
           join people p on p.org_id = e.org_id and p.id = e.person_id
           where e.org_id = $1 and e.id = $2 for update of e`,
          [orgId, enrolmentId],
        );
        if (!row || !['ACCEPTED', 'ACTIVE'].includes(row.status)) {
          return userError(caller, ['enrolmentId'], 'CONFLICT', 'programMatching.enrolmentNotLive');
        }
        const member = { locale: row.locale, timeZone: row.time_zone, goalCapabilities: [] as string[] };
        const overlap = new OverlapCache(new Date());
        const pool = (await poolOf(tx, orgId, program.id)).filter(
          (coach) => coach.row.id !== row.coach_id && coach.row.personId !== row.person_id,
        );
        const scored = pool
          .filter((coach) => !wanted || coach.row.id === wanted)
          .map((coach) => ({
            coach,
            outcome: scoreMatch(coach.match, member, matchProgram(program), overlap, {
              ignoreCapacity: true,
            }),
          }));
        if (wanted && !scored.length)
          return userError(caller, ['coachId'], 'NOT_FOUND', 'programMatching.coachNotInPool');
        const eligible = scored
          .filter(({ coach, outcome }) => outcome.eligible && coach.room > 0)
          .sort(
            (a, b) => (b.outcome.eligible ? b.outcome.score : 0) - (a.outcome.eligible ? a.outcome.score : 0),
          );
        const best = eligible[0];
        if (!best) {
          const only = scored[0];
          if (wanted && only && !only.outcome.eligible) {
            return userError(
              caller,
              ['coachId'],
              'INVALID',
              only.outcome.exclusion === 'NOT_ACTIVE'
                ? 'coaching.coachNotActive'
                : 'programMatching.noSharedLanguage',
            );
          }
          return userError(
            caller,
            wanted ? ['coachId'] : ['enrolmentId'],
            'CONFLICT',
            wanted ? 'programMatching.coachFull' : 'programMatching.noEligibleCoach',
          );
        }
        await actAs(tx, actorOf(caller.viewer));
        await tx.query(`update enrolments set coach_id = $3 where org_id = $1 and id = $2`, [
          orgId,
          enrolmentId,
          best.coach.row.id,
        ]);
        await recordEnrolmentChange(tx, orgId, {
          enrolmentId,
          programId: program.id,
          previousStatus: row.status,
          coachChanged: true,
          action: 'ENROLMENT_REMATCHED',
          actorId: personId,
          before: { coachId: row.coach_id },
          after: { coachId: best.coach.row.id, reason: input.reason ?? null },
        });
        return null;
      });
      if (refusal) return { enrolment: null, userErrors: [refusal] };
      caller.loaders.programs.enrolmentById.clear(enrolmentId);
      return {
        enrolment: (await caller.loaders.programs.enrolmentById.load(enrolmentId)) as EnrolmentRow,
        userErrors: [],
      };
    },
    addProgramCoaches: (_parent, { input }, context) => {
      const caller = callerOf(context);
      return changePool(caller, input.programId, 'COACHES_ADDED', async (program) => {
        const errors: UserError[] = [];
        if (input.coachIds.length > 200)
          errors.push(
            userError(caller, ['coachIds'], 'INVALID', 'programs.ruleTooManyEntries', { max: 200 }),
          );
        if (
          input.capacity != null &&
          (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 200)
        ) {
          errors.push(
            userError(caller, ['capacity'], 'INVALID', 'programs.numberRange', { min: 1, max: 200 }),
          );
        }
        const ids = input.coachIds.map((id) => idOf(id, 'Coach'));
        const coaches = await caller.loaders.coaching.byId.loadMany(ids.filter((id): id is string => !!id));
        const known = new Set(coaches.filter(present).map((coach) => coach.id));
        ids.forEach((id, index) => {
          if (!id)
            errors.push(userError(caller, ['coachIds', String(index)], 'INVALID', 'coaching.notCoachId'));
          else if (!known.has(id))
            errors.push(
              userError(caller, ['coachIds', String(index)], 'NOT_FOUND', 'coaching.coachNotFound'),
            );
        });
        if (errors.length) return errors;
        const { orgId } = caller.viewer;
        await caller.tenant((tx) =>
          tx.query(
            `insert into program_coaches (org_id, program_id, coach_id, capacity, added_by,
               added_by_service_account_id)
             select $1, $2, c, $4, $5, $6 from unnest($3::uuid[]) as c on conflict do nothing`,
            [
              orgId,
              program.id,
              [...known],
              input.capacity ?? null,
              actorOf(caller.viewer).personId,
              actorOf(caller.viewer).serviceAccountId,
            ],
          ),
        );
        return { subjectId: program.id, after: { coachIds: [...known], capacity: input.capacity ?? null } };
      });
    },
    updateProgramCoach: (_parent, { input }, context) => {
      const caller = callerOf(context);
      return changePool(caller, input.programId, 'COACH_CAPACITY_CHANGED', async (program) => {
        const coachId = idOf(input.coachId, 'Coach');
        if (!coachId) return [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')];
        if (
          input.capacity != null &&
          (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 200)
        ) {
          return [userError(caller, ['capacity'], 'INVALID', 'programs.numberRange', { min: 0, max: 200 })];
        }
        const { orgId } = caller.viewer;
        const rows = await caller.tenant((tx) =>
          tx.query<{ before: number | null }>(
            `update program_coaches pc set capacity = $4 from (select capacity as before from program_coaches
               where org_id = $1 and program_id = $2 and coach_id = $3) old
             where pc.org_id = $1 and pc.program_id = $2 and pc.coach_id = $3 returning old.before`,
            [orgId, program.id, coachId, input.capacity ?? null],
          ),
        );
        if (!rows.length)
          return [userError(caller, ['coachId'], 'NOT_FOUND', 'programMatching.coachNotInPool')];
        return {
          subjectId: coachId,
          before: { capacity: rows[0]!.before },
          after: { capacity: input.capacity ?? null },
        };
      });
    },
    removeProgramCoach: (_parent, { input }, context) => {
      const caller = callerOf(context);
      return changePool(caller, input.programId, 'COACH_REMOVED', async (program) => {
        const coachId = idOf(input.coachId, 'Coach');
        if (!coachId) return [userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId')];
        const { orgId } = caller.viewer;
        const outcome = await caller.tenant(async (tx) => {
          const [clients] = await tx.query<{ count: number }>(
            `select count(*)::int as count from enrolments where org_id = $1 and program_id = $2 and coach_id = $3
               and status in ('INVITED', 'ACCEPTED', 'ACTIVE')`,
            [orgId, program.id, coachId],
          );
          if ((clients?.count ?? 0) > 0) return { clients: clients!.count };
          const deleted = await tx.query(
            `delete from program_coaches where org_id = $1 and program_id = $2 and coach_id = $3 returning coach_id`,
            [orgId, program.id, coachId],
          );
          return { deleted: deleted.length };
        });
        if ('clients' in outcome) {
          return [
            userError(caller, ['coachId'], 'CONFLICT', 'programMatching.coachHasClients', {
              count: outcome.clients ?? 0,
            }),
          ];
        }
        if (!outcome.deleted)
          return [userError(caller, ['coachId'], 'NOT_FOUND', 'programMatching.coachNotInPool')];
        return { subjectId: coachId, before: { inPool: true }, after: { inPool: false } };
      });
    },
    pauseCoach: (_parent, { input }, context) => changeCoachStatus(callerOf(context), input, 'pause'),
    endCoachProbation: (_parent, { input }, context) =>
      changeCoachStatus(callerOf(context), input, input.outcome === 'KEEP' ? 'keep' : 'remove'),
    reinstateCoach: (_parent, { input }, context) => changeCoachStatus(callerOf(context), input, 'reinstate'),
  },
};
