/** Programs and enrolments (read side). */
import type { Queryable } from '../../db/types.js';
import type { EnrolmentStatus, ProgramStatus, UserError } from '../../generated/resolvers.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import { byKeys } from '../core/sql.js';

/** One translation of a name, an objective or a summary. */
export interface LocalisedTextRow {
  locale: string;
  text: string;
}

/** Population rules as stored in `programs.target_population` (absent keys do not restrict). */
export interface PopulationRulesRow {
  orgUnits?: Array<{ id: string; subtree: boolean }>;
  excludedOrgUnits?: Array<{ id: string; subtree: boolean }>;
  jobLevels?: string[];
  minDaysInRole?: number;
  maxDaysInRole?: number;
  managesManagers?: boolean;
  timeZones?: string[];
  locales?: string[];
  include?: string[];
  exclude?: string[];
}

export interface ProgramPolicyRow {
  minNoticeHours: number;
  horizonDays: number;
  lateCancelHours: number;
  bufferMinutes: number;
}

export interface ProgramRow {
  readonly __typename: 'Program';
  id: string;
  orgId: string;
  name: string;
  objective: string;
  names: LocalisedTextRow[];
  objectives: LocalisedTextRow[];
  cadenceDays: number;
  sessionMinutes: number;
  policy: ProgramPolicyRow;
  capacity: number | null;
  targetPopulation: PopulationRulesRow;
  outcomeSummary: LocalisedTextRow[];
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  kpiName: string | null;
  kpiUnit: string | null;
  kpiBaseline: number | null;
  kpiTarget: number | null;
  status: ProgramStatus;
  sessionsPerParticipant: number;
  durationWeeks: number;
  languages: string[];
  startsOn: string | null;
  endsOn: string | null;
  /** Capability codes in their configured order. */
  focusCapabilityCodes: string[];
}

export interface EnrolmentRow {
  readonly __typename: 'Enrolment';
  id: string;
  orgId: string;
  programId: string;
  personId: string;
  /** The matched coach's person id (not the coaches row id). */
  coachPersonId: string | null;
  status: EnrolmentStatus;
  enrolledAt: Date;
  /** The participant shares their progress with their manager. */
  sharedWithManager: boolean;
  respondedAt: Date | null;
}

export interface KpiRow {
  id: string;
  programId: string;
  position: number;
  names: LocalisedTextRow[];
  unit: string | null;
  baseline: number | null;
  target: number | null;
}

export interface KpiValueRow {
  kpiId: string;
  recordedOn: string;
  value: number;
  note: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}

export interface EnrolmentEventRow {
  enrolmentId: string;
  from: EnrolmentStatus | null;
  to: EnrolmentStatus;
  at: Date;
  actorId: string | null;
  reason: string | null;
}

export interface PopulationPreviewValue {
  count: number;
  overlapCount: number;
  overlaps: ProgramOverlapValue[];
  samplePersonIds: string[];
  userErrors: UserError[];
}

export type ProgramConnectionPage = ConnectionPage<ProgramRow>;
export type EnrolmentConnectionPage = ConnectionPage<EnrolmentRow>;

interface RawProgram {
  id: string;
  org_id: string;
  name: string;
  objective: string;
  names: LocalisedTextRow[] | string;
  objectives: LocalisedTextRow[] | string;
  cadence_days: number;
  session_minutes: number;
  min_notice_hours: number;
  horizon_days: number;
  late_cancel_hours: number;
  buffer_minutes: number;
  capacity: number | null;
  target_population: PopulationRulesRow | string;
  outcome_summary: LocalisedTextRow[] | string;
  created_at: Date | string;
  published_at: Date | string | null;
  closed_at: Date | string | null;
  kpi_name: string | null;
  kpi_unit: string | null;
  kpi_baseline: string | number | null;
  kpi_target: string | number | null;
  status: ProgramStatus;
  sessions_per_participant: number;
  duration_weeks: number;
  languages: string[];
  starts_on: string | null;
  ends_on: string | null;
  focus: string[] | null;
}

const programColumns = `g.id, g.org_id, g.name, g.objective, g.names, g.objectives, g.cadence_days,
  g.session_minutes, g.min_notice_hours, g.horizon_days, g.late_cancel_hours, g.buffer_minutes, g.capacity,
  g.target_population, g.outcome_summary, g.created_at, g.published_at, g.closed_at, g.kpi_name, g.kpi_unit, g.kpi_baseline, g.kpi_target,
  g.status, g.sessions_per_participant, g.duration_weeks, g.languages,
  g.starts_on::text as starts_on, g.ends_on::text as ends_on,
  array(select f.capability_code from program_focus_capabilities f
        where f.org_id = g.org_id and f.program_id = g.id order by f.position, f.capability_code) as focus`;

export const numeric = (value: string | number | null): number | null =>
  value === null ? null : Number(value);

/** jsonb arrives parsed from node-postgres and PGlite alike, but a driver may hand text; both are read. */
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
export const maybeInstant = (value: Date | string | null): Date | null =>
  value === null ? null : instant(value);

function toProgram(raw: RawProgram): ProgramRow {
  return {
    __typename: 'Program',
    id: raw.id,
    orgId: raw.org_id,
    name: raw.name,
    objective: raw.objective,
    names: json(raw.names),
    objectives: json(raw.objectives),
    cadenceDays: raw.cadence_days,
    sessionMinutes: raw.session_minutes,
    policy: {
      minNoticeHours: raw.min_notice_hours,
      horizonDays: raw.horizon_days,
      lateCancelHours: raw.late_cancel_hours,
      bufferMinutes: raw.buffer_minutes,
    },
    capacity: raw.capacity,
    targetPopulation: json(raw.target_population),
    outcomeSummary: json(raw.outcome_summary),
    createdAt: instant(raw.created_at),
    publishedAt: maybeInstant(raw.published_at),
    closedAt: maybeInstant(raw.closed_at),
    kpiName: raw.kpi_name,
    kpiUnit: raw.kpi_unit,
    kpiBaseline: numeric(raw.kpi_baseline),
    kpiTarget: numeric(raw.kpi_target),
    status: raw.status,
    sessionsPerParticipant: raw.sessions_per_participant,
    durationWeeks: raw.duration_weeks,
    languages: raw.languages,
    startsOn: raw.starts_on,
    endsOn: raw.ends_on,
    focusCapabilityCodes: raw.focus ?? [],
  };
}

export const programsByIds = byKeys<RawProgram, ProgramRow>({
  columns: programColumns,
  from: 'programs g',
  alias: 'g',
  to: toProgram,
});

export interface ProgramScope {
  status?: ProgramStatus | null;
  /**
   * Who is asking, when not an org admin: they see the programs they are enrolled in and those in
   * `administered`; with `onlyAdministered`, only the latter.
   */
  viewer?: { personId: string; administered: readonly string[]; onlyAdministered: boolean } | null;
}

function programWhere(orgId: string, scope: ProgramScope): { where: string; params: unknown[] } {
  const viewer = scope.viewer ?? null;
  const params: unknown[] = [
    orgId,
    scope.status ?? null,
    viewer?.personId ?? null,
    viewer ? [...viewer.administered] : null,
    viewer?.onlyAdministered ?? false,
  ];
  // Archived programs are put away: listed only when asked for by status.
  const where = `g.org_id = $1 and ($2::text is null or g.status = $2::text)
    and ($2::text is not null or g.status <> 'ARCHIVED')
    and ($4::uuid[] is null or g.id = any($4::uuid[]) or (not $5::boolean and exists (select 1 from enrolments e
         where e.org_id = $1 and e.program_id = g.id and e.person_id = $3::uuid)))`;
  return { where, params };
}

export async function listPrograms(
  tx: Queryable,
  orgId: string,
  scope: ProgramScope,
  page: PageRequest,
): Promise<ProgramRow[]> {
  const { where, params } = programWhere(orgId, scope);
  params.push(page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1);
  const rows = await tx.query<RawProgram>(
    `select ${programColumns} from programs g
     where ${where} and ($6::text is null or (g.name, g.id) > ($6::text, $7::uuid))
     order by g.name, g.id limit $8`,
    params,
  );
  return rows.map(toProgram);
}

export async function countPrograms(tx: Queryable, orgId: string, scope: ProgramScope): Promise<number> {
  const { where, params } = programWhere(orgId, scope);
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from programs g where ${where}`,
    params,
  );
  return row?.count ?? 0;
}

interface RawEnrolment {
  id: string;
  org_id: string;
  program_id: string;
  person_id: string;
  coach_person_id: string | null;
  status: EnrolmentStatus;
  enrolled_at: Date | string;
  shared_with_manager: boolean;
  responded_at: Date | string | null;
}

const enrolmentColumns = `e.id, e.org_id, e.program_id, e.person_id, c.person_id as coach_person_id, e.status, e.enrolled_at,
  e.shared_with_manager, e.responded_at`;
const enrolmentFrom = `enrolments e left join coaches c on c.org_id = e.org_id and c.id = e.coach_id`;

function toEnrolment(raw: RawEnrolment): EnrolmentRow {
  return {
    __typename: 'Enrolment',
    id: raw.id,
    orgId: raw.org_id,
    programId: raw.program_id,
    personId: raw.person_id,
    coachPersonId: raw.coach_person_id,
    status: raw.status,
    enrolledAt: raw.enrolled_at instanceof Date ? raw.enrolled_at : new Date(raw.enrolled_at),
    sharedWithManager: raw.shared_with_manager,
    respondedAt: maybeInstant(raw.responded_at),
  };
}

export const enrolmentsByIds = byKeys<RawEnrolment, EnrolmentRow>({
  columns: enrolmentColumns,
  from: enrolmentFrom,
  alias: 'e',
  to: toEnrolment,
});

export type EnrolmentOwner = 'person_id' | 'program_id';

/**
 * Enrolments of several people (or programs) in one statement, newest first,
 * each page cut by a window function. The cursor's sort key is enrolled_at.
 */
export async function enrolmentsOf(
  tx: Queryable,
  orgId: string,
  owner: EnrolmentOwner,
  ownerIds: readonly string[],
  status: EnrolmentStatus | null,
  page: PageRequest,
): Promise<Map<string, EnrolmentRow[]>> {
  const rows = await tx.query<RawEnrolment & { owner_id: string; rn: number }>(
    `select * from (
       select ${enrolmentColumns}, e.${owner} as owner_id,
         row_number() over (partition by e.${owner} order by e.enrolled_at desc, e.id desc)::int as rn
       from ${enrolmentFrom}
       where e.org_id = $1 and e.${owner} = any($2::uuid[]) and ($3::text is null or e.status = $3::text)
         and ($4::timestamptz is null or (e.enrolled_at, e.id) < ($4::timestamptz, $5::uuid))
     ) ranked where rn <= $6 order by owner_id, rn`,
    [orgId, ownerIds, status, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  const grouped = groupBy(rows, (row) => row.owner_id);
  return new Map([...grouped].map(([key, list]) => [key, list.map(toEnrolment)]));
}

export async function countEnrolments(
  tx: Queryable,
  orgId: string,
  owner: EnrolmentOwner,
  ownerIds: readonly string[],
  status: EnrolmentStatus | null,
): Promise<Map<string, number>> {
  const rows = await tx.query<{ owner_id: string; count: number }>(
    `select e.${owner} as owner_id, count(*)::int as count from enrolments e
     where e.org_id = $1 and e.${owner} = any($2::uuid[]) and ($3::text is null or e.status = $3::text)
     group by e.${owner}`,
    [orgId, ownerIds, status],
  );
  return new Map(rows.map((row) => [row.owner_id, row.count]));
}

/**
 * Person ids the coach (by person id) coaches now: matched in an enrolment that is
 * not over. A coach whose coaching of someone ended keeps no access to them.
 */
export async function clientsOfCoach(
  tx: Queryable,
  orgId: string,
  coachPersonId: string,
): Promise<Set<string>> {
  const rows = await tx.query<{ person_id: string }>(
    `select distinct e.person_id from ${enrolmentFrom} where e.org_id = $1 and c.person_id = $2
       and e.status in ('INVITED', 'ACTIVE')`,
    [orgId, coachPersonId],
  );
  return new Set(rows.map((row) => row.person_id));
}

export interface ProgramOverlapValue {
  programId: string;
  count: number;
}

export interface PopulationOrgUnitValue {
  orgUnitId: string;
  includeSubtree: boolean;
}

interface RawKpi {
  id: string;
  program_id: string;
  position: number;
  names: LocalisedTextRow[] | string;
  unit: string | null;
  baseline: string | number | null;
  target: string | number | null;
}

/** KPIs of several programs, each program's in position order. */
export async function kpisOfPrograms(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, KpiRow[]>> {
  const rows = await tx.query<RawKpi>(
    `select id, program_id, position, names, unit, baseline, target from program_kpis
     where org_id = $1 and program_id = any($2::uuid[]) order by program_id, position, created_at, id`,
    [orgId, programIds],
  );
  const kpis = rows.map((raw): KpiRow => ({
    id: raw.id,
    programId: raw.program_id,
    position: raw.position,
    names: json(raw.names),
    unit: raw.unit,
    baseline: numeric(raw.baseline),
    target: numeric(raw.target),
  }));
  return groupBy(kpis, (kpi) => kpi.programId);
}

export async function kpisByIds(tx: Queryable, orgId: string, ids: readonly string[]): Promise<KpiRow[]> {
  const rows = await tx.query<{ program_id: string }>(
    `select distinct program_id from program_kpis where org_id = $1 and id = any($2::uuid[])`,
    [orgId, ids],
  );
  const grouped = await kpisOfPrograms(
    tx,
    orgId,
    rows.map((row) => row.program_id),
  );
  const wanted = new Set(ids);
  return [...grouped.values()].flat().filter((kpi) => wanted.has(kpi.id));
}

interface RawKpiValue {
  kpi_id: string;
  recorded_on: string;
  value: string | number;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Date | string;
}

/** Recorded values of several KPIs, oldest first, at most 500 per KPI (the newest 500). */
export async function valuesOfKpis(
  tx: Queryable,
  orgId: string,
  kpiIds: readonly string[],
): Promise<Map<string, KpiValueRow[]>> {
  const rows = await tx.query<RawKpiValue>(
    `select * from (
       select kpi_id, recorded_on::text as recorded_on, value, note, recorded_by, recorded_at,
         row_number() over (partition by kpi_id order by recorded_on desc) as rn
       from program_kpi_values where org_id = $1 and kpi_id = any($2::uuid[])
     ) v where rn <= 500 order by kpi_id, recorded_on`,
    [orgId, kpiIds],
  );
  const values = rows.map((raw): KpiValueRow => ({
    kpiId: raw.kpi_id,
    recordedOn: raw.recorded_on,
    value: Number(raw.value),
    note: raw.note,
    recordedBy: raw.recorded_by,
    recordedAt: instant(raw.recorded_at),
  }));
  return groupBy(values, (value) => value.kpiId);
}

/** Programs the person is assigned to as a program admin. */
export async function programsAdministeredBy(
  tx: Queryable,
  orgId: string,
  personId: string,
): Promise<Set<string>> {
  const rows = await tx.query<{ program_id: string }>(
    `select program_id from program_admins where org_id = $1 and person_id = $2`,
    [orgId, personId],
  );
  return new Set(rows.map((row) => row.program_id));
}

/** Which of the people have an enrolment in one of the programs. */
export async function peopleEnrolledIn(
  tx: Queryable,
  orgId: string,
  personIds: readonly string[],
  programIds: readonly string[],
): Promise<Map<string, boolean>> {
  const rows = await tx.query<{ person_id: string }>(
    `select distinct person_id from enrolments
     where org_id = $1 and person_id = any($2::uuid[]) and program_id = any($3::uuid[])`,
    [orgId, personIds, programIds],
  );
  return new Map(rows.map((row) => [row.person_id, true]));
}

/** Which coaches (by person id) are in the pool of, or matched in, one of the programs. */
export async function coachesServing(
  tx: Queryable,
  orgId: string,
  coachPersonIds: readonly string[],
  programIds: readonly string[],
): Promise<Map<string, boolean>> {
  const rows = await tx.query<{ person_id: string }>(
    `select c.person_id from coaches c
     where c.org_id = $1 and c.person_id = any($2::uuid[]) and (
       exists (select 1 from program_coaches pc where pc.org_id = c.org_id and pc.coach_id = c.id
               and pc.program_id = any($3::uuid[]))
       or exists (select 1 from enrolments e where e.org_id = c.org_id and e.coach_id = c.id
               and e.program_id = any($3::uuid[])))`,
    [orgId, coachPersonIds, programIds],
  );
  return new Map(rows.map((row) => [row.person_id, true]));
}

/** Admins assigned to each program, by name. */
export async function adminsOfPrograms(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await tx.query<{ program_id: string; person_id: string }>(
    `select a.program_id, a.person_id from program_admins a join people p on p.org_id = a.org_id and p.id = a.person_id
     where a.org_id = $1 and a.program_id = any($2::uuid[]) order by p.name, p.id`,
    [orgId, programIds],
  );
  const grouped = groupBy(rows, (row) => row.program_id);
  return new Map([...grouped].map(([id, list]) => [id, list.map((row) => row.person_id)]));
}

/** Enrolments per status of each program. */
export async function statusCountsOf(
  tx: Queryable,
  orgId: string,
  programIds: readonly string[],
): Promise<Map<string, Map<EnrolmentStatus, number>>> {
  const rows = await tx.query<{ program_id: string; status: EnrolmentStatus; count: number }>(
    `select program_id, status, count(*)::int as count from enrolments
     where org_id = $1 and program_id = any($2::uuid[]) group by program_id, status`,
    [orgId, programIds],
  );
  const out = new Map<string, Map<EnrolmentStatus, number>>();
  for (const row of rows) {
    const counts = out.get(row.program_id) ?? new Map<EnrolmentStatus, number>();
    counts.set(row.status, row.count);
    out.set(row.program_id, counts);
  }
  return out;
}

/** Status history of each enrolment, oldest first. */
export async function historyOf(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
): Promise<Map<string, EnrolmentEventRow[]>> {
  const rows = await tx.query<{
    enrolment_id: string;
    from_status: EnrolmentStatus | null;
    to_status: EnrolmentStatus;
    at: Date | string;
    actor_person_id: string | null;
    reason: string | null;
  }>(
    `select enrolment_id, from_status, to_status, at, actor_person_id, reason from enrolment_events
     where org_id = $1 and enrolment_id = any($2::uuid[]) order by enrolment_id, at, id`,
    [orgId, enrolmentIds],
  );
  const events = rows.map((row): EnrolmentEventRow => ({
    enrolmentId: row.enrolment_id,
    from: row.from_status,
    to: row.to_status,
    at: instant(row.at),
    actorId: row.actor_person_id,
    reason: row.reason,
  }));
  return groupBy(events, (event) => event.enrolmentId);
}

export interface EnrolmentActivity {
  lastActivityAt: Date | null;
  lastSessionHeldAt: Date | null;
  held: number;
  waitlistPosition: number | null;
}

/** Last activity, sessions held and waitlist place of each enrolment. */
export async function activityOf(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
): Promise<Map<string, EnrolmentActivity>> {
  const rows = await tx.query<{
    id: string;
    last_activity: Date | string | null;
    last_held: Date | string | null;
    held: number;
    waitlist_position: number | null;
  }>(
    `select e.id,
       greatest(e.enrolled_at, e.responded_at, (select max(s.starts_at) from sessions s
         where s.org_id = e.org_id and s.enrolment_id = e.id and s.status in ('BOOKED', 'COMPLETED')
           and s.starts_at <= now())) as last_activity,
       (select max(s.starts_at) from sessions s where s.org_id = e.org_id and s.enrolment_id = e.id
          and s.status = 'COMPLETED') as last_held,
       (select count(*)::int from sessions s where s.org_id = e.org_id and s.enrolment_id = e.id
          and s.status = 'COMPLETED') as held,
       case when e.status = 'WAITLISTED' then (select count(*)::int from enrolments w
          where w.org_id = e.org_id and w.program_id = e.program_id and w.status = 'WAITLISTED'
            and (w.enrolled_at, w.id) <= (e.enrolled_at, e.id)) end as waitlist_position
     from enrolments e where e.org_id = $1 and e.id = any($2::uuid[])`,
    [orgId, enrolmentIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        lastActivityAt: row.last_activity === null ? null : instant(row.last_activity),
        lastSessionHeldAt: row.last_held === null ? null : instant(row.last_held),
        held: row.held,
        waitlistPosition: row.waitlist_position,
      },
    ]),
  );
}

/** Enrolments of one program matching a name or email search, newest first. */
export async function searchProgramEnrolments(
  tx: Queryable,
  orgId: string,
  programId: string,
  search: string,
  status: EnrolmentStatus | null,
  page: PageRequest,
): Promise<{ rows: EnrolmentRow[]; count: (tx: Queryable) => Promise<number> }> {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = `e.org_id = $1 and e.program_id = $2 and ($3::text is null or e.status = $3::text)
    and exists (select 1 from people p where p.org_id = e.org_id and p.id = e.person_id
                and (p.name ilike $4 or p.email ilike $4))`;
  const rows = await tx.query<RawEnrolment>(
    `select ${enrolmentColumns} from ${enrolmentFrom}
     where ${where} and ($5::timestamptz is null or (e.enrolled_at, e.id) < ($5::timestamptz, $6::uuid))
     order by e.enrolled_at desc, e.id desc limit $7`,
    [orgId, programId, status, pattern, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return {
    rows: rows.map(toEnrolment),
    // The total is asked for later, in whichever transaction the caller then holds.
    count: async (countTx) => {
      const [row] = await countTx.query<{ count: number }>(
        `select count(*)::int as count from enrolments e where ${where}`,
        [orgId, programId, status, pattern],
      );
      return row?.count ?? 0;
    },
  };
}

/** The viewer's enrolment in each program. */
export async function enrolmentOfPersonIn(
  tx: Queryable,
  orgId: string,
  personId: string,
  programIds: readonly string[],
): Promise<Map<string, EnrolmentRow>> {
  const rows = await tx.query<RawEnrolment>(
    `select ${enrolmentColumns} from ${enrolmentFrom}
     where e.org_id = $1 and e.person_id = $2 and e.program_id = any($3::uuid[])`,
    [orgId, personId, programIds],
  );
  return new Map(rows.map((raw) => [raw.program_id, toEnrolment(raw)]));
}

/** The text in the request's language, else the first (the organisation's default). */
export function inLocale(texts: readonly LocalisedTextRow[], locale: string): string {
  const language = locale.split('-')[0];
  return (
    texts.find((entry) => entry.locale === locale)?.text ??
    texts.find((entry) => entry.locale.split('-')[0] === language)?.text ??
    texts[0]?.text ??
    ''
  );
}
