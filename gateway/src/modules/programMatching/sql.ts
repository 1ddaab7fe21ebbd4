/** Match proposals, program coach pools and coach status changes. */
import type {
  CoachQualityStatus,
  MatchProposalFailure,
  MatchProposalKind,
  MatchProposalStatus,
  UnmatchedReason,
} from '../../generated/resolvers.js';
import type { MatchReasonValue } from '../coaching/score.js';
import type { ConnectionPage } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import type { Queryable } from '../../db/types.js';
import { byKeys } from '../core/sql.js';

export interface ProposalRow {
  readonly __typename: 'MatchProposal';
  id: string;
  orgId: string;
  programId: string;
  kind: MatchProposalKind;
  status: MatchProposalStatus;
  fromCoachId: string | null;
  optimalityGap: number;
  createdBy: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** Participants the computation covers, once it has read them (RUNNING and after). */
  cohortSize: number | null;
  startedAt: Date | null;
  computedAt: Date | null;
  failure: MatchProposalFailure | null;
}

/** One participant of a proposal: matched (coachId set) or unmatched (unmatchedReason set). */
export interface ProposalPairRow {
  proposalId: string;
  enrolmentId: string;
  coachId: string | null;
  score: number | null;
  reasons: MatchReasonValue[];
  unmatchedReason: UnmatchedReason | null;
  adjusted: boolean;
}

export type ProposalPairConnectionPage = ConnectionPage<ProposalPairRow>;

export interface CoachLoadRow {
  coachId: string;
  proposed: number;
  current: number;
  capacity: number;
}

export interface ProgramCoachRow {
  programId: string;
  coachId: string;
  capacity: number | null;
  activeClients: number;
  addedAt: Date;
}

export interface CoachStatusChangeRow {
  coachId: string;
  from: CoachQualityStatus;
  to: CoachQualityStatus;
  reason: string | null;
  actorId: string | null;
  at: Date;
}

const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

interface RawProposal {
  id: string;
  org_id: string;
  program_id: string;
  kind: MatchProposalKind;
  status: MatchProposalStatus;
  from_coach_id: string | null;
  optimality_gap: number;
  created_by: string | null;
  created_at: Date | string;
  decided_by: string | null;
  decided_at: Date | string | null;
  cohort_size: number | null;
  started_at: Date | string | null;
  computed_at: Date | string | null;
  failure: MatchProposalFailure | null;
}

const toProposal = (raw: RawProposal): ProposalRow => ({
  __typename: 'MatchProposal',
  id: raw.id,
  orgId: raw.org_id,
  programId: raw.program_id,
  kind: raw.kind,
  status: raw.status,
  fromCoachId: raw.from_coach_id,
  optimalityGap: Number(raw.optimality_gap),
  createdBy: raw.created_by,
  createdAt: instant(raw.created_at),
  decidedBy: raw.decided_by,
  decidedAt: raw.decided_at === null ? null : instant(raw.decided_at),
  cohortSize: raw.cohort_size,
  startedAt: raw.started_at === null ? null : instant(raw.started_at),
  computedAt: raw.computed_at === null ? null : instant(raw.computed_at),
  failure: raw.failure,
});

const proposalColumns = `id, org_id, program_id, kind, status, from_coach_id, optimality_gap, created_by, created_at,
  decided_by, decided_at, cohort_size, started_at, computed_at, failure`;

export const proposalsByIds = byKeys<RawProposal, ProposalRow>({
  columns: proposalColumns,
  from: 'match_proposals',
  to: toProposal,
});

/** The newest OPEN proposal of each program. */
export async function openProposalsOf(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, ProposalRow>> {
  const rows = await tx.query<RawProposal>(
    `select distinct on (program_id) ${proposalColumns} from match_proposals
     where org_id = $1 and program_id = any($2::uuid[]) and status = 'OPEN'
     order by program_id, created_at desc, id desc`,
    [orgId, programIds],
  );
  return new Map(rows.map((raw) => [raw.program_id, toProposal(raw)]));
}

/**
 * Each program's newest PROGRAM proposal when it is still being computed (PENDING, RUNNING) or
 * failed: what the console shows instead of, or above, the open one.
 */
export async function pendingProposalsOf(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, ProposalRow>> {
  const rows = await tx.query<RawProposal>(
    `select * from (select distinct on (program_id) ${proposalColumns} from match_proposals
       where org_id = $1 and program_id = any($2::uuid[]) and kind = 'PROGRAM'
       order by program_id, created_at desc, id desc) newest
     where status in ('PENDING', 'RUNNING', 'FAILED')`,
    [orgId, programIds],
  );
  return new Map(rows.map((raw) => [raw.program_id, toProposal(raw)]));
}

/** Every pair of each proposal, best score first, unmatched last. */
export async function pairsOf(
  tx: Queryable,
  orgId: string,
  proposalIds: readonly string[],
): Promise<Map<string, ProposalPairRow[]>> {
  const rows = await tx.query<{
    proposal_id: string;
    enrolment_id: string;
    coach_id: string | null;
    score: number | null;
    reasons: MatchReasonValue[] | string;
    unmatched_reason: UnmatchedReason | null;
    adjusted: boolean;
  }>(
    `select proposal_id, enrolment_id, coach_id, score, reasons, unmatched_reason, adjusted from match_proposal_pairs
     where org_id = $1 and proposal_id = any($2::uuid[])
     order by proposal_id, score desc nulls last, enrolment_id`,
    [orgId, proposalIds],
  );
  const pairs = rows.map((raw): ProposalPairRow => ({
    proposalId: raw.proposal_id,
    enrolmentId: raw.enrolment_id,
    coachId: raw.coach_id,
    score: raw.score === null ? null : Number(raw.score),
    reasons: typeof raw.reasons === 'string' ? (JSON.parse(raw.reasons) as MatchReasonValue[]) : raw.reasons,
    unmatchedReason: raw.unmatched_reason,
    adjusted: raw.adjusted,
  }));
  return groupBy(pairs, (pair) => pair.proposalId);
}

/** The coach pool of each program, by coach name. */
export async function poolsOf(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, ProgramCoachRow[]>> {
  const rows = await tx.query<{
    program_id: string;
    coach_id: string;
    capacity: number | null;
    active_clients: number;
    added_at: Date | string;
  }>(
    `select pc.program_id, pc.coach_id, pc.capacity, pc.added_at,
       (select count(*)::int from enrolments e where e.org_id = pc.org_id and e.program_id = pc.program_id
          and e.coach_id = pc.coach_id and e.status in ('INVITED', 'ACCEPTED', 'ACTIVE')) as active_clients
     from program_coaches pc
     join coaches c on c.org_id = pc.org_id and c.id = pc.coach_id
     join people p on p.org_id = c.org_id and p.id = c.person_id
     where pc.org_id = $1 and pc.program_id = any($2::uuid[]) order by pc.program_id, p.name, pc.coach_id`,
    [orgId, programIds],
  );
  const pool = rows.map((raw): ProgramCoachRow => ({
    programId: raw.program_id,
    coachId: raw.coach_id,
    capacity: raw.capacity,
    activeClients: raw.active_clients,
    addedAt: instant(raw.added_at),
  }));
  return groupBy(pool, (coach) => coach.programId);
}

/** Pauses and reinstatements of each coach, newest first, at most 50. */
export async function statusChangesOf(
  tx: Queryable,
  orgId: string,
  coachIds: readonly string[],
): Promise<Map<string, CoachStatusChangeRow[]>> {
  const rows = await tx.query<{
    coach_id: string;
    from_status: CoachQualityStatus;
    to_status: CoachQualityStatus;
    reason: string | null;
    actor_person_id: string | null;
    at: Date | string;
  }>(
    `select * from (select coach_id, from_status, to_status, reason, actor_person_id, at,
        row_number() over (partition by coach_id order by at desc, id desc) as rn
      from coach_status_changes where org_id = $1 and coach_id = any($2::uuid[])) c
     where rn <= 50 order by coach_id, at desc`,
    [orgId, coachIds],
  );
  const changes = rows.map((raw): CoachStatusChangeRow => ({
    coachId: raw.coach_id,
    from: raw.from_status,
    to: raw.to_status,
    reason: raw.reason,
    actorId: raw.actor_person_id,
    at: instant(raw.at),
  }));
  return groupBy(changes, (change) => change.coachId);
}

/**
 * A coach's mean rating per month in one program over the last 12 months. A month rated by fewer
 * distinct participants than `minGroupSize` is withheld, so a rating cannot be traced to a person.
 * A month's figure appears once the month has ended and counts only the ratings submitted by then,
 * so it never moves afterwards: a figure that moved with each new rating would give that rating
 * away to whoever read it before and after.
 */
export async function ratingTrend(
  tx: Queryable,
  orgId: string,
  programId: string,
  coachId: string,
): Promise<Array<{ month: string; average: number | null; withheld: boolean }>> {
  const rows = await tx.query<{
    month: string;
    average: number | null;
    raters: number;
    k: number;
    open: boolean;
  }>(
    `select m.month::date::text as month, avg(f.rating)::float8 as average,
       count(distinct f.author_id)::int as raters,
       (select min_group_size from organisations where id = $1) as k,
       m.month + interval '1 month' > now() as open
     from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()),
                          interval '1 month') as m(month)
     left join sessions s on s.org_id = $1 and s.coach_id = $3 and s.starts_at >= m.month
       and s.starts_at < m.month + interval '1 month'
       and s.enrolment_id in (select id from enrolments where org_id = $1 and program_id = $2)
     left join session_feedback f on f.org_id = s.org_id and f.session_id = s.id
       and f.submitted_at < m.month + interval '1 month'
     group by m.month order by m.month`,
    [orgId, programId, coachId],
  );
  return rows.map((row) => {
    const withheld = row.raters > 0 && (row.open || row.raters < row.k);
    return {
      month: row.month,
      average: withheld || row.average === null ? null : Math.round(row.average * 10) / 10,
      withheld,
    };
  });
}
