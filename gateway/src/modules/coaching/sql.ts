/** Coaches, their load, and the reads and writes of matching. */
import type { Queryable } from '../../db/types.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import type { AvailabilityRule } from '../sessions/availability.js';
import type { CoachQualityStatus, MatchCoach } from './score.js';
import { byKeys } from '../core/sql.js';
import { xapiEnrolmentsChanged } from '../xapi/emit.js';

export type CoachCredential = 'ICF_ACC' | 'ICF_PCC' | 'ICF_MCC' | 'EMCC' | 'OTHER';

export interface CoachRow {
  readonly __typename: 'Coach';
  id: string;
  orgId: string;
  personId: string;
  name: string;
  email: string;
  bio: string | null;
  languages: string[];
  timeZone: string;
  credential: CoachCredential;
  capacity: number;
  qualityStatus: CoachQualityStatus;
  ratingCount: number;
  ratingSum: number;
  specialties: string[];
  /** Enrolments (INVITED or ACTIVE) matched with this coach. */
  activeClients: number;
}

export type CoachConnectionPage = ConnectionPage<CoachRow>;

interface RawCoach {
  id: string;
  org_id: string;
  person_id: string;
  name: string;
  email: string;
  bio: string | null;
  languages: string[];
  time_zone: string;
  credential: CoachCredential;
  capacity: number;
  quality_status: CoachQualityStatus;
  rating_count: number;
  rating_sum: number;
  specialties: string[] | null;
  active_clients: number;
}

export const LIVE_ENROLMENT = `('INVITED', 'ACTIVE')`;

// A coach's rating as anyone reads it is the released one: it moves only when enough new
// participants have rated that no single rating can be worked out from two readings.
const coachColumns = `c.id, c.org_id, c.person_id, p.name, p.email, c.bio, c.languages, c.time_zone, c.credential,
  c.capacity, c.quality_status, c.released_rating_count as rating_count, c.released_rating_sum as rating_sum,
  array(select s.capability_code from coach_specialties s
        where s.org_id = c.org_id and s.coach_id = c.id order by s.capability_code) as specialties,
  (select count(*)::int from enrolments e
   where e.org_id = c.org_id and e.coach_id = c.id and e.status in ${LIVE_ENROLMENT}) as active_clients`;
const coachFrom = `coaches c join people p on p.org_id = c.org_id and p.id = c.person_id`;

function toCoach(raw: RawCoach): CoachRow {
  return {
    __typename: 'Coach',
    id: raw.id,
    orgId: raw.org_id,
    personId: raw.person_id,
    name: raw.name,
    email: raw.email,
    bio: raw.bio,
    languages: raw.languages,
    timeZone: raw.time_zone,
    credential: raw.credential,
    capacity: raw.capacity,
    qualityStatus: raw.quality_status,
    ratingCount: raw.rating_count,
    ratingSum: raw.rating_sum,
    specialties: raw.specialties ?? [],
    activeClients: raw.active_clients,
  };
}

export const coachesByIds = byKeys<RawCoach, CoachRow>({
  columns: coachColumns,
  from: coachFrom,
  alias: 'c',
  to: toCoach,
});

export async function coachesByPersonIds(
  tx: Queryable,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, CoachRow>> {
  const rows = await tx.query<RawCoach>(
    `select ${coachColumns} from ${coachFrom} where c.org_id = $1 and c.person_id = any($2::uuid[])`,
    [orgId, personIds],
  );
  return new Map(rows.map((raw) => [raw.person_id, toCoach(raw)]));
}

/** Every coach of the organisation: matching ranks them all (organisations have tens to hundreds). */
export async function allCoaches(tx: Queryable, orgId: string): Promise<CoachRow[]> {
  const rows = await tx.query<RawCoach>(
    `select ${coachColumns} from ${coachFrom} where c.org_id = $1 order by p.name, c.id`,
    [orgId],
  );
  return rows.map(toCoach);
}

export async function listCoaches(tx: Queryable, orgId: string, page: PageRequest): Promise<CoachRow[]> {
  const rows = await tx.query<RawCoach>(
    `select ${coachColumns} from ${coachFrom}
     where c.org_id = $1 and ($2::text is null or (p.name, c.id) > ($2::text, $3::uuid))
     order by p.name, c.id limit $4`,
    [orgId, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return rows.map(toCoach);
}

export async function countCoaches(tx: Queryable, orgId: string): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from coaches where org_id = $1`,
    [orgId],
  );
  return row?.count ?? 0;
}

interface RawRule {
  coach_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  time_zone: string;
  valid_from: string | null;
  valid_until: string | null;
}

export async function rulesOfCoaches(
  tx: Queryable,
  orgId: string,
  coachIds: readonly string[],
): Promise<Map<string, AvailabilityRule[]>> {
  const rows = await tx.query<RawRule>(
    `select coach_id, weekday, start_time::text as start_time, end_time::text as end_time, time_zone,
       valid_from::text as valid_from, valid_until::text as valid_until
     from coach_availability_rules where org_id = $1 and coach_id = any($2::uuid[])
     order by weekday, start_time`,
    [orgId, coachIds],
  );
  return groupBy(
    rows,
    (raw) => raw.coach_id,
    (raw): AvailabilityRule => ({
      weekday: raw.weekday,
      startTime: raw.start_time,
      endTime: raw.end_time,
      timeZone: raw.time_zone,
      validFrom: raw.valid_from,
      validUntil: raw.valid_until,
    }),
  );
}

/** Capabilities of the person's goals that are not abandoned (goals they share or not: only codes are used). */
export async function goalCapabilitiesOf(tx: Queryable, orgId: string, personId: string): Promise<string[]> {
  const rows = await tx.query<{ capability_code: string }>(
    `select distinct capability_code from goals
     where org_id = $1 and owner_id = $2 and archived_at is null and status <> 'ABANDONED'`,
    [orgId, personId],
  );
  return rows.map((row) => row.capability_code);
}

export interface LockedCoach {
  capacity: number;
  qualityStatus: CoachQualityStatus;
  activeClients: number;
}

/**
 * Locks the coach row for the rest of the transaction, then counts its clients:
 * two concurrent choices of the last seat serialise here, and the second sees
 * the first's enrolment.
 */
export async function lockCoach(tx: Queryable, orgId: string, coachId: string): Promise<LockedCoach | null> {
  const [locked] = await tx.query<{ capacity: number; quality_status: CoachQualityStatus }>(
    `select capacity, quality_status from coaches where org_id = $1 and id = $2 for update`,
    [orgId, coachId],
  );
  if (!locked) return null;
  const [load] = await tx.query<{ count: number }>(
    `select count(*)::int as count from enrolments
     where org_id = $1 and coach_id = $2 and status in ${LIVE_ENROLMENT}`,
    [orgId, coachId],
  );
  return { capacity: locked.capacity, qualityStatus: locked.quality_status, activeClients: load?.count ?? 0 };
}

export interface EnrolmentForMatching {
  id: string;
  personId: string;
  programId: string;
  coachId: string | null;
  status: string;
}

export async function lockEnrolment(
  tx: Queryable,
  orgId: string,
  enrolmentId: string,
): Promise<EnrolmentForMatching | null> {
  const [row] = await tx.query<{
    id: string;
    person_id: string;
    program_id: string;
    coach_id: string | null;
    status: string;
  }>(
    `select id, person_id, program_id, coach_id, status from enrolments
     where org_id = $1 and id = $2 for update`,
    [orgId, enrolmentId],
  );
  return row
    ? {
        id: row.id,
        personId: row.person_id,
        programId: row.program_id,
        coachId: row.coach_id,
        status: row.status,
      }
    : null;
}

/**
 * Sets the coach and makes an invited enrolment active (choosing a coach is taking the place). An
 * enrolment made ACTIVE here is `registered` in the organisation's LRS: no enrolment-change
 * announcement covers this path, and the statement's ID is the enrolment's, so it is made once.
 */
export async function setEnrolmentCoach(
  tx: Queryable,
  orgId: string,
  enrolmentId: string,
  coachId: string,
): Promise<void> {
  const rows = await tx.query<{ id: string; status: string }>(
    `update enrolments set coach_id = $3, status = case when status = 'INVITED' then 'ACTIVE' else status end
     where org_id = $1 and id = $2 returning id, status`,
    [orgId, enrolmentId, coachId],
  );
  await xapiEnrolmentsChanged(
    tx,
    orgId,
    rows.filter((row) => row.status === 'ACTIVE').map((row) => row.id),
  );
}

export interface CohortMember {
  enrolmentId: string;
  personId: string;
  locale: string;
  timeZone: string;
  goalCapabilities: string[];
}

/**
 * A program's enrolments that `which` selects (a condition on `e`, whose own parameters start at $3),
 * with what matching needs about each person, locked so an answer or a choice cannot slip in.
 */
export async function lockCohort(
  tx: Queryable,
  orgId: string,
  programId: string,
  which: string,
  values: readonly unknown[] = [],
): Promise<CohortMember[]> {
  const rows = await tx.query<{
    id: string;
    person_id: string;
    locale: string;
    time_zone: string;
    goals: string[] | null;
  }>(
    `select e.id, e.person_id, p.locale, p.time_zone,
       array(select distinct g.capability_code from goals g
             where g.org_id = e.org_id and g.owner_id = e.person_id and g.archived_at is null
               and g.status <> 'ABANDONED') as goals
     from enrolments e join people p on p.org_id = e.org_id and p.id = e.person_id
     where e.org_id = $1 and e.program_id = $2 and ${which}
     order by e.enrolled_at, e.id
     for update of e`,
    [orgId, programId, ...values],
  );
  return rows.map((row) => ({
    enrolmentId: row.id,
    personId: row.person_id,
    locale: row.locale,
    timeZone: row.time_zone,
    goalCapabilities: row.goals ?? [],
  }));
}

/** A program's unmatched, live enrolments. */
export function unmatchedCohort(tx: Queryable, orgId: string, programId: string): Promise<CohortMember[]> {
  return lockCohort(tx, orgId, programId, `e.coach_id is null and e.status in ${LIVE_ENROLMENT}`);
}

/** The matching view of a coach, with the availability rules `rulesOfCoaches` found for them. */
export function toMatchCoach(row: CoachRow, rules: ReadonlyMap<string, AvailabilityRule[]>): MatchCoach {
  return {
    id: row.id,
    languages: row.languages,
    timeZone: row.timeZone,
    specialties: row.specialties,
    capacity: row.capacity,
    activeClients: row.activeClients,
    qualityStatus: row.qualityStatus,
    ratingCount: row.ratingCount,
    ratingSum: row.ratingSum,
    rules: rules.get(row.id) ?? [],
  };
}

/** Locks every coach row (bulk matching writes many enrolments against their capacity at once). */
export async function lockAllCoaches(tx: Queryable, orgId: string): Promise<void> {
  await tx.query(`select id from coaches where org_id = $1 order by id for update`, [orgId]);
}

export async function setEnrolmentCoaches(
  tx: Queryable,
  orgId: string,
  pairs: ReadonlyArray<{ enrolmentId: string; coachId: string }>,
): Promise<void> {
  if (pairs.length === 0) return;
  const rows = await tx.query<{ id: string; status: string }>(
    `update enrolments e set coach_id = v.coach_id,
       status = case when e.status = 'INVITED' then 'ACTIVE' else e.status end
     from unnest($2::uuid[], $3::uuid[]) as v(enrolment_id, coach_id)
     where e.org_id = $1 and e.id = v.enrolment_id
     returning e.id, e.status`,
    [orgId, pairs.map((p) => p.enrolmentId), pairs.map((p) => p.coachId)],
  );
  // As for one choice: bulk matching announces no enrolment change, and these became ACTIVE.
  await xapiEnrolmentsChanged(
    tx,
    orgId,
    rows.filter((row) => row.status === 'ACTIVE').map((row) => row.id),
  );
}

export interface QualitySettings {
  /** A rolling average below this puts an ACTIVE coach on probation. */
  probationBelow: number;
  /** A coach on probation returns to ACTIVE at or above this. */
  restoreAtOrAbove: number;
  /** Ratings needed before the average means anything. */
  minRatings: number;
  /** How many of the latest ratings the rolling average covers. */
  window: number;
}

export const DEFAULT_QUALITY: QualitySettings = {
  probationBelow: 3.5,
  restoreAtOrAbove: 4.0,
  minRatings: 5,
  window: 20,
};

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The organisation's `settings.coachQuality`, defaults for what it leaves out. */
export async function qualitySettings(tx: Queryable, orgId: string): Promise<QualitySettings> {
  const [row] = await tx.query<{ quality: unknown }>(
    `select settings -> 'coachQuality' as quality from organisations where id = $1`,
    [orgId],
  );
  const raw = (typeof row?.quality === 'object' && row.quality !== null ? row.quality : {}) as Record<
    string,
    unknown
  >;
  const probationBelow = numberOr(raw.probationBelow, DEFAULT_QUALITY.probationBelow);
  return {
    probationBelow,
    restoreAtOrAbove: Math.max(
      probationBelow,
      numberOr(raw.restoreAtOrAbove, DEFAULT_QUALITY.restoreAtOrAbove),
    ),
    minRatings: Math.max(1, Math.floor(numberOr(raw.minRatings, DEFAULT_QUALITY.minRatings))),
    window: Math.max(1, Math.floor(numberOr(raw.window, DEFAULT_QUALITY.window))),
  };
}

export async function setQualityStatus(
  tx: Queryable,
  orgId: string,
  coachId: string,
  status: CoachQualityStatus,
): Promise<void> {
  await tx.query(`update coaches set quality_status = $3 where org_id = $1 and id = $2`, [
    orgId,
    coachId,
    status,
  ]);
}
