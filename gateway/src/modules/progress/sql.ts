/**
 * The progress card's reads. Each takes a batch of enrolments and answers in one
 * statement, so a manager's strip of 50 cards costs the same few statements as one card.
 */
import type { Queryable } from '../../db/types.js';
import type { GoalStatus, GoalVisibility } from '../../generated/resolvers.js';
import { groupBy } from '../core/group-by.js';
import { COUNTS_AGAINST_QUOTA } from '../sessions/index.js';

export interface SessionTallyRow {
  completed: number;
  upcoming: number;
  noShows: number;
  lateCancellations: number;
  /** Booked, held, missed and late-cancelled: what the quota counts. */
  used: number;
  nextSessionId: string | null;
  /** Start instants of the completed sessions, oldest first. */
  completedStarts: Date[];
}

export const emptyTally: SessionTallyRow = {
  completed: 0,
  upcoming: 0,
  noShows: 0,
  lateCancellations: 0,
  used: 0,
  nextSessionId: null,
  completedStarts: [],
};

export async function sessionTallies(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
  now: Date,
): Promise<Map<string, SessionTallyRow>> {
  const rows = await tx.query<{
    enrolment_id: string;
    completed: number;
    upcoming: number;
    no_shows: number;
    late_cancellations: number;
    used: number;
    next_session_id: string | null;
    completed_starts: Array<Date | string> | null;
  }>(
    `select s.enrolment_id,
       count(*) filter (where s.status = 'COMPLETED')::int as completed,
       count(*) filter (where s.status = 'BOOKED' and s.ends_at > $3)::int as upcoming,
       count(*) filter (where s.status = 'NO_SHOW')::int as no_shows,
       count(*) filter (where s.status = 'CANCELLED' and s.late_cancellation)::int as late_cancellations,
       count(*) filter (where ${COUNTS_AGAINST_QUOTA})::int as used,
       (array_agg(s.id order by s.starts_at, s.id) filter (where s.status = 'BOOKED' and s.ends_at > $3))[1]
         as next_session_id,
       array_agg(s.starts_at order by s.starts_at) filter (where s.status = 'COMPLETED') as completed_starts
     from sessions s
     where s.org_id = $1 and s.enrolment_id = any($2::uuid[])
     group by s.enrolment_id`,
    [orgId, enrolmentIds, now],
  );
  return new Map(
    rows.map((row) => [
      row.enrolment_id,
      {
        completed: row.completed,
        upcoming: row.upcoming,
        noShows: row.no_shows,
        lateCancellations: row.late_cancellations,
        used: row.used,
        nextSessionId: row.next_session_id,
        completedStarts: (row.completed_starts ?? []).map((at) => (at instanceof Date ? at : new Date(at))),
      },
    ]),
  );
}

/** Goals of one enrolment with one visibility and status: how many, how many on track, progress summed. */
export interface GoalTallyRow {
  visibility: GoalVisibility;
  status: GoalStatus;
  count: number;
  onTrack: number;
  progressSum: number;
}

export async function goalTallies(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
  today: string,
): Promise<Map<string, GoalTallyRow[]>> {
  // On track: completed, or open and within 10 points of a straight line from the
  // day it was created to its target date; an undated open goal while in progress.
  const rows = await tx.query<{
    enrolment_id: string;
    visibility: GoalVisibility;
    status: GoalStatus;
    count: number;
    on_track: number;
    progress_sum: number;
  }>(
    `select g.enrolment_id, g.visibility, g.status, count(*)::int as count,
       count(*) filter (where g.status = 'COMPLETED'
         or (g.status in ('NOT_STARTED', 'IN_PROGRESS') and (
           case when g.target_date is null then g.status = 'IN_PROGRESS'
                else g.progress + 10 >= least(100, 100.0 * greatest(0, $3::date - g.created_at::date)
                       / greatest(1, g.target_date - g.created_at::date))
           end)))::int as on_track,
       coalesce(sum(g.progress), 0)::int as progress_sum
     from goals g
     where g.org_id = $1 and g.enrolment_id = any($2::uuid[]) and g.archived_at is null
     group by g.enrolment_id, g.visibility, g.status`,
    [orgId, enrolmentIds, today],
  );
  const grouped = groupBy(rows, (row) => row.enrolment_id);
  return new Map(
    [...grouped].map(([id, list]) => [
      id,
      list.map((row) => ({
        visibility: row.visibility,
        status: row.status,
        count: row.count,
        onTrack: row.on_track,
        progressSum: row.progress_sum,
      })),
    ]),
  );
}

export type Phase = 'PRE' | 'MID' | 'POST';

export interface PhaseFigureRow {
  capabilityCode: string;
  phase: Phase;
  /** The mean of the others' ratings: manager, reports and peers, never the subject's own. */
  mean: number;
  /** Raters the mean rests on. */
  raters: number;
  /** Reports and peers among them: the raters whose anonymity is promised. */
  anonymousRaters: number;
}

/**
 * Ratings of each enrolment's person in its program, per capability and phase,
 * from closed pulses only and only those given before the close: a figure
 * appears once, when its pulse closes, and never moves with a single rating.
 */
export async function assessmentFigures(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
  now: Date,
): Promise<Map<string, PhaseFigureRow[]>> {
  const rows = await tx.query<{
    enrolment_id: string;
    capability_code: string;
    phase: Phase;
    mean: number;
    raters: number;
    anonymous_raters: number;
  }>(
    `select e.id as enrolment_id, a.capability_code, a.phase,
       avg(a.score)::float8 as mean, count(distinct a.rater_id)::int as raters,
       count(distinct a.rater_id) filter (where a.rater_type in ('REPORT', 'PEER'))::int as anonymous_raters
     from enrolments e
     join assessment_windows w on w.org_id = e.org_id and w.subject_id = e.person_id
       and w.program_id = e.program_id and w.closes_at <= $3
     join assessments a on a.org_id = e.org_id and a.subject_id = e.person_id and a.program_id = e.program_id
       and a.phase = w.phase and a.submitted_at <= w.closes_at and a.rater_type <> 'SELF'
     where e.org_id = $1 and e.id = any($2::uuid[])
     group by e.id, a.capability_code, a.phase`,
    [orgId, enrolmentIds, now],
  );
  const grouped = groupBy(rows, (row) => row.enrolment_id);
  return new Map(
    [...grouped].map(([id, list]) => [
      id,
      list.map((row) => ({
        capabilityCode: row.capability_code,
        phase: row.phase,
        mean: row.mean,
        raters: row.raters,
        anonymousRaters: row.anonymous_raters,
      })),
    ]),
  );
}

/**
 * Each person's current enrolment: the latest active one, else invited, else
 * completed, else withdrawn.
 */
export async function currentEnrolmentIds(
  tx: Queryable,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await tx.query<{ person_id: string; id: string }>(
    `select distinct on (e.person_id) e.person_id, e.id
     from enrolments e
     where e.org_id = $1 and e.person_id = any($2::uuid[])
     order by e.person_id,
       array_position(array['ACTIVE', 'INVITED', 'COMPLETED', 'WITHDRAWN'], e.status),
       e.enrolled_at desc, e.id desc`,
    [orgId, personIds],
  );
  return new Map(rows.map((row) => [row.person_id, row.id]));
}

export async function setSharedWithManager(
  tx: Queryable,
  orgId: string,
  enrolmentId: string,
  shared: boolean,
): Promise<void> {
  await tx.query(`update enrolments set shared_with_manager = $3 where org_id = $1 and id = $2`, [
    orgId,
    enrolmentId,
    shared,
  ]);
}
