/** Goals, milestones and check-ins. Every statement is tenant-filtered; RLS is the second wall. */
import { xapiGoalCheckIn } from '../xapi/emit.js';
import { queueScores } from '../lti/ags.js';
import type { Queryable } from '../../db/types.js';
import type { GoalStatus, GoalVisibility } from '../../generated/resolvers.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { announceGoalCompleted } from '../webhooks/events.js';
import { groupBy } from '../core/group-by.js';
import { byKeys } from '../core/sql.js';

export interface GoalRow {
  readonly __typename: 'Goal';
  id: string;
  orgId: string;
  ownerId: string;
  capabilityCode: string;
  title: string;
  description: string | null;
  /** YYYY-MM-DD */
  targetDate: string | null;
  status: GoalStatus;
  progress: number;
  visibility: GoalVisibility;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  archivedAt: Date | null;
}

export interface GoalMilestoneRow {
  readonly __typename: 'GoalMilestone';
  id: string;
  goalId: string;
  position: number;
  title: string;
  done: boolean;
  doneAt: Date | null;
}

/** What a person writes in a check-in; the row adds its id and when it was written. */
export interface NewCheckIn {
  goalId: string;
  authorId: string;
  progress: number;
  note: string | null;
  mood: number | null;
  confidence: number | null;
}

export interface GoalCheckInRow extends NewCheckIn {
  readonly __typename: 'GoalCheckIn';
  id: string;
  checkedInAt: Date;
}

export type GoalConnectionPage = ConnectionPage<GoalRow>;
export type GoalCheckInConnectionPage = ConnectionPage<GoalCheckInRow>;

/** Goals without a target date sort after every dated goal. */
export const undatedSortKey = '9999-12-31';

interface RawGoal {
  id: string;
  org_id: string;
  owner_id: string;
  capability_code: string;
  title: string;
  description: string | null;
  target_date: string | null;
  status: GoalStatus;
  progress: number;
  visibility: GoalVisibility;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  archived_at: Date | null;
}

const goalColumns = `g.id, g.org_id, g.owner_id, g.capability_code, g.title, g.description,
  g.target_date::text as target_date, g.status, g.progress, g.visibility, g.created_at, g.updated_at,
  g.completed_at, g.archived_at`;

function toGoal(raw: RawGoal): GoalRow {
  return {
    __typename: 'Goal',
    id: raw.id,
    orgId: raw.org_id,
    ownerId: raw.owner_id,
    capabilityCode: raw.capability_code,
    title: raw.title,
    description: raw.description,
    targetDate: raw.target_date,
    status: raw.status,
    progress: raw.progress,
    visibility: raw.visibility,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    completedAt: raw.completed_at,
    archivedAt: raw.archived_at,
  };
}

interface RawMilestone {
  id: string;
  goal_id: string;
  position: number;
  title: string;
  done: boolean;
  done_at: Date | null;
}

const milestoneColumns = 'm.id, m.goal_id, m.position, m.title, m.done, m.done_at';

function toMilestone(raw: RawMilestone): GoalMilestoneRow {
  return {
    __typename: 'GoalMilestone',
    id: raw.id,
    goalId: raw.goal_id,
    position: raw.position,
    title: raw.title,
    done: raw.done,
    doneAt: raw.done_at,
  };
}

interface RawCheckIn {
  id: string;
  goal_id: string;
  author_id: string;
  progress: number;
  note: string | null;
  mood: number | null;
  confidence: number | null;
  checked_in_at: Date;
}

const checkInColumns =
  'c.id, c.goal_id, c.author_id, c.progress, c.note, c.mood, c.confidence, c.checked_in_at';

function toCheckIn(raw: RawCheckIn): GoalCheckInRow {
  return {
    __typename: 'GoalCheckIn',
    id: raw.id,
    goalId: raw.goal_id,
    authorId: raw.author_id,
    progress: raw.progress,
    note: raw.note,
    mood: raw.mood,
    confidence: raw.confidence,
    checkedInAt: raw.checked_in_at,
  };
}

export const goalsByIds = byKeys<RawGoal, GoalRow>({
  columns: goalColumns,
  from: 'goals g',
  alias: 'g',
  to: toGoal,
});

export interface GoalQuery {
  ownerId: string;
  /** What the viewer may see of this owner's goals. */
  visibilities: readonly GoalVisibility[];
  statuses: readonly GoalStatus[] | null;
  capabilityCode: string | null;
  archived: boolean;
}

function goalWhere(orgId: string, query: GoalQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [
    orgId,
    query.ownerId,
    query.visibilities,
    query.statuses,
    query.capabilityCode,
    query.archived,
  ];
  const where = `g.org_id = $1 and g.owner_id = $2 and g.visibility = any($3::text[])
    and ($4::text[] is null or g.status = any($4::text[]))
    and ($5::text is null or g.capability_code = $5::text)
    and (g.archived_at is not null) = $6::boolean`;
  return { where, params };
}

const goalSortKey = `coalesce(g.target_date, '${undatedSortKey}'::date)`;

export function goalCursorKey(goal: GoalRow): { sort: string; id: string } {
  return { sort: goal.targetDate ?? undatedSortKey, id: goal.id };
}

/** One page of an owner's goals by target date; `limit + 1` rows. */
export async function listGoals(
  tx: Queryable,
  orgId: string,
  query: GoalQuery,
  page: PageRequest,
): Promise<GoalRow[]> {
  const { where, params } = goalWhere(orgId, query);
  params.push(page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1);
  const rows = await tx.query<RawGoal>(
    `select ${goalColumns} from goals g
     where ${where} and ($7::date is null or (${goalSortKey}, g.id) > ($7::date, $8::uuid))
     order by ${goalSortKey}, g.id limit $9`,
    params,
  );
  return rows.map(toGoal);
}

export async function countGoals(tx: Queryable, orgId: string, query: GoalQuery): Promise<number> {
  const { where, params } = goalWhere(orgId, query);
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from goals g where ${where}`,
    params,
  );
  return row?.count ?? 0;
}

export async function milestonesOfGoals(
  tx: Queryable,
  orgId: string,
  goalIds: readonly string[],
): Promise<Map<string, GoalMilestoneRow[]>> {
  const rows = await tx.query<RawMilestone>(
    `select ${milestoneColumns} from goal_milestones m
     where m.org_id = $1 and m.goal_id = any($2::uuid[]) order by m.goal_id, m.position`,
    [orgId, goalIds],
  );
  return groupBy(rows.map(toMilestone), (milestone) => milestone.goalId);
}

export const milestonesByIds = byKeys<RawMilestone, GoalMilestoneRow>({
  columns: milestoneColumns,
  from: 'goal_milestones m',
  alias: 'm',
  to: toMilestone,
});

export async function latestCheckIns(
  tx: Queryable,
  orgId: string,
  goalIds: readonly string[],
): Promise<Map<string, GoalCheckInRow>> {
  const rows = await tx.query<RawCheckIn>(
    `select distinct on (c.goal_id) ${checkInColumns} from goal_check_ins c
     where c.org_id = $1 and c.goal_id = any($2::uuid[])
     order by c.goal_id, c.checked_in_at desc, c.id desc`,
    [orgId, goalIds],
  );
  return new Map(rows.map((raw) => [raw.goal_id, toCheckIn(raw)]));
}

export const checkInsByIds = byKeys<RawCheckIn, GoalCheckInRow>({
  columns: checkInColumns,
  from: 'goal_check_ins c',
  alias: 'c',
  to: toCheckIn,
});

/** Newest-first check-in pages of several goals in one statement. */
export async function checkInsOfGoals(
  tx: Queryable,
  orgId: string,
  goalIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, GoalCheckInRow[]>> {
  const rows = await tx.query<RawCheckIn & { rn: number }>(
    `select * from (
       select ${checkInColumns},
         row_number() over (partition by c.goal_id order by c.checked_in_at desc, c.id desc)::int as rn
       from goal_check_ins c
       where c.org_id = $1 and c.goal_id = any($2::uuid[])
         and ($3::timestamptz is null or (c.checked_in_at, c.id) < ($3::timestamptz, $4::uuid))
     ) ranked where rn <= $5 order by goal_id, rn`,
    [orgId, goalIds, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return groupBy(rows.map(toCheckIn), (checkIn) => checkIn.goalId);
}

export async function countCheckIns(
  tx: Queryable,
  orgId: string,
  goalIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ goal_id: string; count: number }>(
    `select c.goal_id, count(*)::int as count from goal_check_ins c
     where c.org_id = $1 and c.goal_id = any($2::uuid[]) group by c.goal_id`,
    [orgId, goalIds],
  );
  return new Map(rows.map((row) => [row.goal_id, row.count]));
}

// --- writes (each runs inside the mutation's one tenant transaction) ---

export interface NewGoal {
  ownerId: string;
  capabilityCode: string;
  title: string;
  description: string | null;
  targetDate: string | null;
  visibility: GoalVisibility;
}

export async function insertGoal(tx: Queryable, orgId: string, goal: NewGoal): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    // A goal set while enrolled belongs to the current enrolment (active, else invited), so the
    // progress card counts it; outside any program it stands alone.
    `insert into goals (org_id, owner_id, capability_code, title, description, target_date, visibility, enrolment_id)
     values ($1, $2, $3, $4, $5, $6::date, $7, (
       select e.id from enrolments e
       where e.org_id = $1 and e.person_id = $2 and e.status in ('ACTIVE', 'INVITED')
       order by e.status = 'ACTIVE' desc, e.enrolled_at desc, e.id desc limit 1))
     returning id`,
    [
      orgId,
      goal.ownerId,
      goal.capabilityCode,
      goal.title,
      goal.description,
      goal.targetDate,
      goal.visibility,
    ],
  );
  if (!row) throw new Error('insert into goals returned no row');
  await queueScores(tx, orgId, goal.ownerId, goal.capabilityCode);
  return row.id;
}

export async function insertMilestones(
  tx: Queryable,
  orgId: string,
  goalId: string,
  titles: readonly string[],
  firstPosition: number,
): Promise<string[]> {
  if (titles.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `insert into goal_milestones (org_id, goal_id, position, title)
     select $1, $2, $3 + t.n - 1, t.title from unnest($4::text[]) with ordinality as t(title, n)
     order by t.n returning id`,
    [orgId, goalId, firstPosition, titles],
  );
  return rows.map((row) => row.id);
}

/** The fields of a goal a mutation changes; status and completion follow progress (see resolvers). */
export interface GoalChanges {
  capabilityCode?: string;
  title?: string;
  description?: string | null;
  targetDate?: string | null;
  progress?: number;
  status?: GoalStatus;
  visibility?: GoalVisibility;
  archived?: boolean;
}

const changeColumns: Record<Exclude<keyof GoalChanges, 'archived'>, string> = {
  capabilityCode: 'capability_code',
  title: 'title',
  description: 'description',
  targetDate: 'target_date',
  progress: 'progress',
  status: 'status',
  visibility: 'visibility',
};

export async function updateGoal(
  tx: Queryable,
  orgId: string,
  goalId: string,
  changes: GoalChanges,
): Promise<void> {
  const params: unknown[] = [orgId, goalId];
  const sets: string[] = [];
  for (const [key, column] of Object.entries(changeColumns) as Array<[keyof typeof changeColumns, string]>) {
    if (changes[key] === undefined) continue;
    params.push(changes[key]);
    sets.push(`${column} = $${params.length}${column === 'target_date' ? '::date' : ''}`);
    if (key === 'status') {
      // The right-hand side sees the old row: a goal that stays complete keeps its completion time.
      sets.push(
        `completed_at = case when $${params.length}::text = 'COMPLETED' then coalesce(completed_at, now()) end`,
      );
    }
  }
  if (changes.archived !== undefined) sets.push(`archived_at = ${changes.archived ? 'now()' : 'null'}`);
  if (sets.length === 0) return;
  // The old status comes from the same statement, so a concurrent completion cannot be announced twice.
  const [row] = await tx.query<{
    was_completed: boolean;
    status: string;
    owner_id: string;
    visibility: string;
    capability_code: string;
  }>(
    `with old as (select status from goals where org_id = $1 and id = $2 for update)
     update goals set ${sets.join(', ')} where org_id = $1 and id = $2
     returning (select status from old) = 'COMPLETED' as was_completed, status, owner_id, visibility, capability_code`,
    params,
  );
  if (row && !row.was_completed && row.status === 'COMPLETED') {
    await announceGoalCompleted(tx, orgId, { id: goalId, ownerId: row.owner_id, visibility: row.visibility });
  }
  // A change that moves the owner's share of completed goals reaches the LMS gradebooks they launched from.
  if (row && (changes.status !== undefined || changes.archived !== undefined)) {
    await queueScores(tx, orgId, row.owner_id, row.capability_code);
  }
}

export async function setMilestoneDone(
  tx: Queryable,
  orgId: string,
  milestoneId: string,
  done: boolean,
): Promise<void> {
  await tx.query(
    `update goal_milestones set done = $3, done_at = case when $3 then coalesce(done_at, now()) else null end
     where org_id = $1 and id = $2`,
    [orgId, milestoneId, done],
  );
}

/** Positions follow the given order; the unique (goal, position) constraint is deferred to commit. */
export async function reorderMilestones(
  tx: Queryable,
  orgId: string,
  goalId: string,
  orderedIds: readonly string[],
): Promise<void> {
  await tx.query(
    `update goal_milestones m set position = o.n - 1
     from unnest($3::uuid[]) with ordinality as o(id, n)
     where m.org_id = $1 and m.goal_id = $2 and m.id = o.id`,
    [orgId, goalId, orderedIds],
  );
}

export async function insertCheckIn(tx: Queryable, orgId: string, checkIn: NewCheckIn): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into goal_check_ins (org_id, goal_id, author_id, progress, note, mood, confidence)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      orgId,
      checkIn.goalId,
      checkIn.authorId,
      checkIn.progress,
      checkIn.note,
      checkIn.mood,
      checkIn.confidence,
    ],
  );
  if (!row) throw new Error('insert into goal_check_ins returned no row');
  await xapiGoalCheckIn(tx, orgId, row.id);
  return row.id;
}
