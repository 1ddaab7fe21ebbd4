/**
 * A program's match proposal, computed on the durable queue rather than inside the request that
 * asks for it: at organisation scale (thousands of participants × thousands of coaches) scoring and
 * the auction take seconds, which inside a request would hold the event loop, and every other
 * request of the process with it.
 *
 * `proposeProgramMatch` stores the proposal PENDING and queues this job in the same transaction.
 * The job has the queue's outside shape, so no transaction is open while it computes:
 * - `prepare` locks the proposal, reads the program, its pool and its cohort, and marks the
 *   proposal RUNNING with the cohort's size (or FAILED when the program is no longer ACTIVE);
 * - `callOut` computes the proposal in slices of a few milliseconds, letting the event loop turn
 *   between them (`proposalSteps`); it touches no database;
 * - `record`, exactly once per job, takes the coaches' locks as approval does, drops pairs whose
 *   participant left the cohort meanwhile, supersedes the program's OPEN proposal, stores the pairs
 *   and makes the proposal OPEN (or FAILED with why), with its audit entry.
 *
 * pg-boss hands a job to one worker, so two gateways never compute one proposal at once; a worker
 * that dies mid-computation leaves the job to be prepared and computed again after its lease. When
 * the queue gives the job up (every attempt threw, or the last one's worker died), `giveUp` makes
 * the proposal FAILED with why, so it never stays PENDING or RUNNING behind a job that is gone, and
 * proposing again queues a new computation.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Queryable } from '../../db/types.js';
import type { MatchProposalFailure } from '../../generated/resolvers.js';
import { defineJob, enqueueJob, type JobFailure, type QueueJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/sql.js';
import { drainInSlices } from '../coaching/assignment.js';
import type { MatchProgram } from '../coaching/score.js';
import { lockAllCoaches } from '../coaching/sql.js';
import { programsByIds } from '../programs/sql.js';
import {
  cohortOf,
  poolOf,
  proposalSteps,
  storePairs,
  type ComputedProposal,
  type Member,
  type PoolCoach,
} from './engine.js';

export const MATCH_PROPOSAL_QUEUE = 'match-proposal';

/** A computation still PENDING or RUNNING after this long is taken to have died: proposing again replaces it. */
export const PROPOSAL_STALE_AFTER_SECONDS = 30 * 60;

/** Longer than the largest computation takes on a busy machine; the queue hands the job out again after it. */
const LEASE_SECONDS = 600;

interface ProposalJobPayload {
  proposalId: string;
}

interface Plan {
  proposalId: string;
  programId: string;
  createdBy: string | null;
  program: MatchProgram;
  cohort: Member[];
  pool: PoolCoach[];
  now: string;
}

type Outcome = { computed: ComputedProposal } | { failed: MatchProposalFailure; detail: string };

/** Queues the computation of a stored PENDING proposal, in the transaction that stored it. */
export async function enqueueProposal(tx: Queryable, orgId: string, proposalId: string): Promise<void> {
  await enqueueJob<ProposalJobPayload>(tx, { orgId, queue: MATCH_PROPOSAL_QUEUE, payload: { proposalId } });
}

async function fail(tx: Queryable, orgId: string, proposalId: string, failure: MatchProposalFailure) {
  await tx.query(`update match_proposals set status = 'FAILED', failure = $3 where org_id = $1 and id = $2`, [
    orgId,
    proposalId,
    failure,
  ]);
}

/** Reads what the computation needs and marks the proposal RUNNING; null when there is nothing to compute. */
export async function prepareProposal(
  tx: Queryable,
  orgId: string,
  proposalId: string,
): Promise<Plan | null> {
  const [row] = await tx.query<{ status: string; program_id: string; created_by: string | null }>(
    // The audit entry names who asked: a person, or a service account (recordAudit tells them apart).
    `select status, program_id, coalesce(created_by, created_by_service_account_id) as created_by from match_proposals
     where org_id = $1 and id = $2 and kind = 'PROGRAM' for update`,
    [orgId, proposalId],
  );
  // Computed already, replaced, or gone with its program.
  if (row?.status !== 'PENDING' && row?.status !== 'RUNNING') return null;
  const [program] = await programsByIds(tx, orgId, [row.program_id]);
  if (program?.status !== 'ACTIVE') {
    await fail(tx, orgId, proposalId, 'PROGRAM_NOT_ACTIVE');
    return null;
  }
  const pool = await poolOf(tx, orgId, program.id);
  const cohort = await cohortOf(tx, orgId, program.id, 'PROGRAM', null);
  await tx.query(
    `update match_proposals set status = 'RUNNING', cohort_size = $3, started_at = now()
     where org_id = $1 and id = $2`,
    [orgId, proposalId, cohort.length],
  );
  return {
    proposalId,
    programId: program.id,
    createdBy: row.created_by,
    program: { focusCapabilities: program.focusCapabilityCodes, languages: program.languages },
    cohort,
    pool,
    now: new Date().toISOString(),
  };
}

/** Computes the proposal a slice at a time; a failure of the computation itself is an outcome, not a retry. */
export async function computeInSlices(plan: Plan, signal: AbortSignal): Promise<Outcome> {
  const pause = async () => {
    await nextTurn();
    // The lease is running out: stop, so the worker the job is handed to next computes alone.
    signal.throwIfAborted();
  };
  try {
    const steps = proposalSteps(plan.cohort, plan.pool, plan.program, new Date(plan.now));
    return { computed: await drainInSlices(steps, pause) };
  } catch (error) {
    if (signal.aborted) throw error;
    // The same input would fail the same way again: record why rather than retry.
    return { failed: 'COMPUTATION_FAILED', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Stores the outcome, once, if the proposal is still the one being computed. */
export async function recordProposal(
  tx: Queryable,
  orgId: string,
  plan: Plan,
  outcome: Outcome,
): Promise<void> {
  // Serialises storing with approvals and choices, as computing in the request did.
  await lockAllCoaches(tx, orgId);
  const [row] = await tx.query<{ status: string }>(
    `select status from match_proposals where org_id = $1 and id = $2 for update`,
    [orgId, plan.proposalId],
  );
  if (row?.status !== 'RUNNING') return;
  if ('failed' in outcome) {
    await fail(tx, orgId, plan.proposalId, outcome.failed);
    return;
  }
  const still = new Set(
    (await cohortOf(tx, orgId, plan.programId, 'PROGRAM', null)).map((m) => m.enrolmentId),
  );
  const pairs = outcome.computed.pairs.filter((pair) => still.has(pair.enrolmentId));
  await tx.query(
    `update match_proposals set status = 'SUPERSEDED'
     where org_id = $1 and program_id = $2 and kind = 'PROGRAM' and status = 'OPEN'`,
    [orgId, plan.programId],
  );
  const stored = await storePairs(tx, orgId, plan.proposalId, pairs);
  await tx.query(
    `update match_proposals set status = 'OPEN', optimality_gap = $3, computed_at = now()
     where org_id = $1 and id = $2`,
    [orgId, plan.proposalId, outcome.computed.gapBound],
  );
  await recordAudit(tx, orgId, {
    action: 'MATCH_PROPOSED',
    actorId: plan.createdBy,
    programId: plan.programId,
    subjectType: 'MatchProposal',
    subjectId: plan.proposalId,
    after: { kind: 'PROGRAM', fromCoachId: null, matched: stored.matched, unmatched: stored.unmatched },
  });
}

/**
 * The queue gave the proposal's job up: the proposal, if still waiting for this job, becomes FAILED,
 * TIMED_OUT when the last attempt's worker died (its lease ran out), else COMPUTATION_FAILED.
 */
export async function giveUpProposal(
  tx: Queryable,
  orgId: string,
  proposalId: string,
  failure: JobFailure,
): Promise<void> {
  await tx.query(
    `update match_proposals set status = 'FAILED', failure = $3
     where org_id = $1 and id = $2 and status in ('PENDING', 'RUNNING')`,
    [orgId, proposalId, failure.expired ? 'TIMED_OUT' : 'COMPUTATION_FAILED'],
  );
}

export function matchProposalJob(): QueueJob {
  return defineJob<ProposalJobPayload, Plan, Outcome>({
    queue: MATCH_PROPOSAL_QUEUE,
    retryLimit: 3,
    retryDelaySeconds: 10,
    expireInSeconds: LEASE_SECONDS,
    parse(payload) {
      const proposalId = (payload as Partial<ProposalJobPayload> | null)?.proposalId;
      if (typeof proposalId !== 'string') throw new Error('not a match proposal payload');
      return { proposalId };
    },
    prepare: (job, tx) => prepareProposal(tx, job.orgId, job.payload.proposalId),
    callOut: (plan, _job, { signal }) => computeInSlices(plan, signal),
    record: (job, plan, outcome, tx) => recordProposal(tx, job.orgId, plan, outcome),
    giveUp: (job, failure, tx) => giveUpProposal(tx, job.orgId, job.payload.proposalId, failure),
  });
}
