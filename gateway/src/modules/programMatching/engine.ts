/**
 * Matching at program scale, on the coaching module's scores and solver: a proposal is computed
 * (bulkScores + the auction), kept with every pair's reasons and every unmatched person's reason,
 * adjusted by hand, and approved under the coaches' locks with capacity checked again.
 *
 * At organisation scale (thousands of participants × thousands of coaches) the computation takes
 * seconds, so it runs between two short transactions rather than inside one: the cohort and the pool
 * are read, the proposal computed with no transaction open, and stored. A proposal is only a
 * proposal: what changed meanwhile (an answer, a coach filling up) is caught by approval, which
 * checks cohort and capacity again under the locks; storing only drops pairs whose participant has
 * left the cohort.
 */
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/types.js';
import type { MatchProposalKind, UnmatchedReason } from '../../generated/resolvers.js';
import { assignmentSteps, drain } from '../coaching/assignment.js';
import { bulkScores } from '../coaching/matching.js';
import {
  languageOf,
  OverlapCache,
  scoreMatch,
  sharedLanguage,
  type MatchCoach,
  type MatchProgram,
} from '../coaching/score.js';
import {
  allCoaches,
  lockAllCoaches,
  lockCohort,
  rulesOfCoaches,
  toMatchCoach,
  type CoachRow,
  type CohortMember,
} from '../coaching/sql.js';

export interface PoolCoach {
  row: CoachRow;
  match: MatchCoach;
  /** Places left: the coach's overall room, and the program's own limit when the pool sets one. */
  room: number;
  /** The coach's program capacity when set, else their overall capacity (for display). */
  capacity: number;
}

export type Member = CohortMember;

/** The coaches a program's matching draws from: its pool, or every coach when the pool is empty. */
export async function poolOf(tx: Queryable, orgId: string, programId: string): Promise<PoolCoach[]> {
  const coaches = await allCoaches(tx, orgId);
  const pool = await tx.query<{ coach_id: string; capacity: number | null; in_program: number }>(
    `select pc.coach_id, pc.capacity,
       (select count(*)::int from enrolments e where e.org_id = pc.org_id and e.program_id = pc.program_id
          and e.coach_id = pc.coach_id and e.status in ('INVITED', 'ACCEPTED', 'ACTIVE')) as in_program
     from program_coaches pc where pc.org_id = $1 and pc.program_id = $2`,
    [orgId, programId],
  );
  const byCoach = new Map(pool.map((row) => [row.coach_id, row]));
  const chosen = pool.length ? coaches.filter((coach) => byCoach.has(coach.id)) : coaches;
  const rules = await rulesOfCoaches(
    tx,
    orgId,
    chosen.map((coach) => coach.id),
  );
  return chosen.map((row) => {
    const entry = byCoach.get(row.id);
    const overall = Math.max(0, row.capacity - row.activeClients);
    const programRoom =
      entry?.capacity === null || entry?.capacity === undefined
        ? overall
        : Math.max(0, entry.capacity - entry.in_program);
    return {
      row,
      match: toMatchCoach(row, rules),
      room: Math.min(overall, programRoom),
      capacity: entry?.capacity ?? row.capacity,
    };
  });
}

/**
 * Who a proposal covers: a PROGRAM proposal every ACCEPTED participant without a coach; a HANDOVER the
 * live clients of one coach in the program. Rows are locked so an answer or a choice cannot slip in.
 */
export async function cohortOf(
  tx: Queryable,
  orgId: string,
  programId: string,
  kind: MatchProposalKind,
  fromCoachId: string | null,
): Promise<Member[]> {
  return lockCohort(
    tx,
    orgId,
    programId,
    `(($3 = 'PROGRAM' and e.status = 'ACCEPTED' and e.coach_id is null)
       or ($3 = 'HANDOVER' and e.coach_id = $4::uuid and e.status in ('INVITED', 'ACCEPTED', 'ACTIVE')))`,
    [kind, fromCoachId],
  );
}

export interface ProposedPair {
  enrolmentId: string;
  coachId: string | null;
  score: number | null;
  reasons: unknown[];
  unmatchedReason: UnmatchedReason | null;
}

/**
 * Why nobody could take a participant, from the most basic cause to the least. Counted once per
 * language rather than per person (a cohort of thousands speaks a handful of languages); the person
 * themself, when they coach in the pool, is taken out of the counts.
 */
function unmatchedReasons(pool: readonly PoolCoach[]): (member: Member) => UnmatchedReason {
  const active = pool.filter((coach) => coach.match.qualityStatus === 'ACTIVE');
  const byLanguage = new Map<string, { speaking: number; withRoom: number }>();
  const countsFor = (language: string) => {
    let counts = byLanguage.get(language);
    if (!counts) {
      const speaking = active.filter((coach) => sharedLanguage(coach.match, { locale: language }) !== null);
      counts = { speaking: speaking.length, withRoom: speaking.filter((coach) => coach.room > 0).length };
      byLanguage.set(language, counts);
    }
    return counts;
  };
  const byPerson = new Map(pool.map((coach) => [coach.row.personId, coach]));
  return (member) => {
    const own = languageOf(member.locale);
    const self = byPerson.get(member.personId);
    const selfActive = self?.match.qualityStatus === 'ACTIVE';
    const selfSpeaks = selfActive && sharedLanguage(self.match, member) !== null;
    if (pool.length - (self ? 1 : 0) === 0) return 'EMPTY_POOL';
    if (active.length - (selfActive ? 1 : 0) === 0) return 'NO_ACTIVE_COACH';
    const counts = countsFor(own);
    if (counts.speaking - (selfSpeaks ? 1 : 0) === 0) return 'NO_SHARED_LANGUAGE';
    if (counts.withRoom - (selfSpeaks && self.room > 0 ? 1 : 0) === 0) return 'NO_CAPACITY';
    return 'CAPACITY_TAKEN_BY_OTHERS';
  };
}

/**
 * The best assignment of the cohort to the pool within every coach's room, with each pair's reasons.
 */
export function computeProposal(
  cohort: readonly Member[],
  pool: readonly PoolCoach[],
  program: MatchProgram,
  now: Date,
): ComputedProposal {
  return drain(proposalSteps(cohort, pool, program, now));
}

export interface ComputedProposal {
  pairs: ProposedPair[];
  gapBound: number;
}

/** Cohort rows scored between two pauses: about a quarter of a million pairs. */
const SCORED_PAIRS_PER_SLICE = 250_000;

/**
 * `computeProposal` as steps that yield every few milliseconds of work (scoring a slice of the
 * cohort, a slice of the auction, a slice of the pairs' reasons): `drainInSlices` runs it in a
 * server process without holding up the event loop.
 */
export function* proposalSteps(
  cohort: readonly Member[],
  pool: readonly PoolCoach[],
  program: MatchProgram,
  now: Date,
): Generator<void, ComputedProposal> {
  // Only an ACTIVE coach with room can be given anyone: the others are not scored or offered to the
  // solver (in a large organisation, a third of the coaches or more).
  const open = pool.filter((coach) => coach.match.qualityStatus === 'ACTIVE' && coach.room > 0);
  const m = open.length;
  const coaches = open.map((coach) => ({ ...coach.match, personId: coach.row.personId }));
  const scores = new Float64Array(cohort.length * m);
  const rowsPerSlice = Math.max(1, Math.floor(SCORED_PAIRS_PER_SLICE / Math.max(1, m)));
  for (let start = 0; start < cohort.length; start += rowsPerSlice) {
    if (start > 0) yield;
    scores.set(bulkScores(cohort.slice(start, start + rowsPerSlice), coaches, program, now), start * m);
  }
  // Nor is a participant no open coach can take (no shared language): the auction would only
  // carry their row around.
  const rows: number[] = [];
  for (let i = 0; i < cohort.length; i++) {
    for (let j = 0; j < m; j++) {
      if (scores[i * m + j]! > -Infinity) {
        rows.push(i);
        break;
      }
    }
  }
  let solverScores = scores;
  if (rows.length < cohort.length) {
    solverScores = new Float64Array(rows.length * m);
    rows.forEach((i, r) => solverScores.set(scores.subarray(i * m, i * m + m), r * m));
  }
  const solved =
    rows.length && m
      ? yield* assignmentSteps({
          participants: rows.length,
          coaches: m,
          capacity: open.map((coach) => coach.room),
          scores: solverScores,
        })
      : { coachOf: new Int32Array(0), gapBound: 0 };
  const coachOf = new Int32Array(cohort.length).fill(-1);
  rows.forEach((i, r) => (coachOf[i] = solved.coachOf[r] ?? -1));
  const overlap = new OverlapCache(now);
  const whyUnmatched = unmatchedReasons(pool);
  const pairs: ProposedPair[] = [];
  for (let i = 0; i < cohort.length; i++) {
    if (i > 0 && i % 2000 === 0) yield;
    const member = cohort[i]!;
    const j = coachOf[i] ?? -1;
    if (j < 0) {
      pairs.push({
        enrolmentId: member.enrolmentId,
        coachId: null,
        score: null,
        reasons: [],
        unmatchedReason: whyUnmatched(member),
      });
      continue;
    }
    const coach = open[j]!;
    const outcome = scoreMatch(coach.match, member, program, overlap, { ignoreCapacity: true });
    pairs.push({
      enrolmentId: member.enrolmentId,
      coachId: coach.row.id,
      score: outcome.eligible ? outcome.score : (scores[i * m + j] ?? 0),
      reasons: outcome.eligible ? outcome.reasons : [],
      unmatchedReason: null,
    });
  }
  return { pairs, gapBound: solved.gapBound };
}

export interface ProposalArgs {
  programId: string;
  kind: MatchProposalKind;
  fromCoachId: string | null;
  program: MatchProgram;
  actor: Actor;
  now: Date;
}

export interface StoredProposal {
  id: string;
  matched: number;
  unmatched: number;
}

/** Runs `work` in a transaction of its own, bound to the organisation, committed when it returns. */
export type TenantTransaction = <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;

/**
 * Computes and stores a proposal in two short transactions with the computation between them (see
 * the module's comment); `stored` runs in the storing transaction (the audit entry).
 */
export async function proposeMatch(
  transaction: TenantTransaction,
  orgId: string,
  args: ProposalArgs,
  stored: (tx: Queryable, result: StoredProposal) => Promise<void> = async () => {},
): Promise<StoredProposal> {
  const { pool, cohort } = await transaction(async (tx) => ({
    pool: (await poolOf(tx, orgId, args.programId)).filter((coach) => coach.row.id !== args.fromCoachId),
    cohort: await cohortOf(tx, orgId, args.programId, args.kind, args.fromCoachId),
  }));
  const computed = computeProposal(cohort, pool, args.program, args.now);
  return transaction(async (tx) => {
    // Serialises proposals of the program with each other and with approvals, as before.
    await lockAllCoaches(tx, orgId);
    const still = new Set(
      (await cohortOf(tx, orgId, args.programId, args.kind, args.fromCoachId)).map((m) => m.enrolmentId),
    );
    const pairs = computed.pairs.filter((pair) => still.has(pair.enrolmentId));
    const result = await writeProposal(tx, orgId, args, { pairs, gapBound: computed.gapBound });
    await stored(tx, result);
    return result;
  });
}

/**
 * Computes and stores a proposal in the caller's transaction (small cohorts, tests); at scale use
 * `proposeMatch`, which holds no transaction while it computes.
 */
export async function storeProposal(
  tx: Queryable,
  orgId: string,
  args: ProposalArgs,
): Promise<StoredProposal> {
  await lockAllCoaches(tx, orgId);
  const pool = (await poolOf(tx, orgId, args.programId)).filter((coach) => coach.row.id !== args.fromCoachId);
  const cohort = await cohortOf(tx, orgId, args.programId, args.kind, args.fromCoachId);
  return writeProposal(tx, orgId, args, computeProposal(cohort, pool, args.program, args.now));
}

/** Stores a computed proposal, superseding the program's OPEN proposal of the same kind (and coach). */
async function writeProposal(
  tx: Queryable,
  orgId: string,
  args: ProposalArgs,
  { pairs, gapBound }: { pairs: ProposedPair[]; gapBound: number },
): Promise<StoredProposal> {
  await tx.query(
    `update match_proposals set status = 'SUPERSEDED'
     where org_id = $1 and program_id = $2 and kind = $3 and status = 'OPEN'
       and from_coach_id is not distinct from $4::uuid`,
    [orgId, args.programId, args.kind, args.fromCoachId],
  );
  const [row] = await tx.query<{ id: string }>(
    `insert into match_proposals (org_id, program_id, kind, from_coach_id, optimality_gap, created_by,
       created_by_service_account_id)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      orgId,
      args.programId,
      args.kind,
      args.fromCoachId,
      gapBound,
      args.actor.personId,
      args.actor.serviceAccountId,
    ],
  );
  const stored = await storePairs(tx, orgId, row!.id, pairs);
  return { id: row!.id, ...stored };
}

/** Stores a proposal's pairs (matched and unmatched); answers how many of each. */
export async function storePairs(
  tx: Queryable,
  orgId: string,
  proposalId: string,
  pairs: readonly ProposedPair[],
): Promise<{ matched: number; unmatched: number }> {
  if (pairs.length) {
    await tx.query(
      `insert into match_proposal_pairs (org_id, proposal_id, enrolment_id, coach_id, score, reasons, unmatched_reason)
       select $1, $2, v.enrolment_id, v.coach_id, v.score, v.reasons::jsonb, v.why
       from unnest($3::uuid[], $4::uuid[], $5::float8[], $6::text[], $7::text[])
         as v(enrolment_id, coach_id, score, reasons, why)`,
      [
        orgId,
        proposalId,
        pairs.map((pair) => pair.enrolmentId),
        pairs.map((pair) => pair.coachId),
        pairs.map((pair) => pair.score),
        pairs.map((pair) => JSON.stringify(pair.reasons)),
        pairs.map((pair) => pair.unmatchedReason),
      ],
    );
  }
  const matched = pairs.filter((pair) => pair.coachId).length;
  return { matched, unmatched: pairs.length - matched };
}

/** Proposed participants per coach in a proposal (to check room on adjust and approve). */
export async function proposedPerCoach(
  tx: Queryable,
  orgId: string,
  proposalId: string,
): Promise<Map<string, number>> {
  const rows = await tx.query<{ coach_id: string; count: number }>(
    `select coach_id, count(*)::int as count from match_proposal_pairs
     where org_id = $1 and proposal_id = $2 and coach_id is not null group by coach_id`,
    [orgId, proposalId],
  );
  return new Map(rows.map((row) => [row.coach_id, row.count]));
}
