/** Sessions, the inputs of availability, and feedback. */
import type { Queryable } from '../../db/types.js';
import type { ConnectionPage } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import type { AvailabilityException, BookingPolicy, Interval } from './availability.js';
import { byKeys } from '../core/sql.js';

export type SessionStatus = 'BOOKED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

export interface SessionRow {
  readonly __typename: 'Session';
  id: string;
  orgId: string;
  coachId: string;
  participantId: string;
  enrolmentId: string;
  startsAt: Date;
  endsAt: Date;
  language: string;
  status: SessionStatus;
  joinUrl: string | null;
  sequence: number;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  lateCancellation: boolean;
  updatedAt: Date;
}

export type SessionConnectionPage = ConnectionPage<SessionRow>;

interface RawSession {
  id: string;
  org_id: string;
  coach_id: string;
  participant_id: string;
  enrolment_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  language: string;
  status: SessionStatus;
  join_url: string | null;
  sequence: number;
  cancelled_at: Date | string | null;
  cancellation_reason: string | null;
  late_cancellation: boolean;
  updated_at: Date | string;
}

const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

const sessionColumns = `s.id, s.org_id, s.coach_id, s.participant_id, s.enrolment_id, s.starts_at, s.ends_at,
  s.language, s.status, s.join_url, s.sequence, s.cancelled_at, s.cancellation_reason, s.late_cancellation,
  s.updated_at`;

function toSession(raw: RawSession): SessionRow {
  return {
    __typename: 'Session',
    id: raw.id,
    orgId: raw.org_id,
    coachId: raw.coach_id,
    participantId: raw.participant_id,
    enrolmentId: raw.enrolment_id,
    startsAt: instant(raw.starts_at),
    endsAt: instant(raw.ends_at),
    language: raw.language,
    status: raw.status,
    joinUrl: raw.join_url,
    sequence: raw.sequence,
    cancelledAt: raw.cancelled_at === null ? null : instant(raw.cancelled_at),
    cancellationReason: raw.cancellation_reason,
    lateCancellation: raw.late_cancellation,
    updatedAt: instant(raw.updated_at),
  };
}

export const sessionsByIds = byKeys<RawSession, SessionRow>({
  columns: sessionColumns,
  from: 'sessions s',
  alias: 's',
  to: toSession,
});

export async function lockSession(tx: Queryable, orgId: string, id: string): Promise<SessionRow | null> {
  const [raw] = await tx.query<RawSession>(
    `select ${sessionColumns} from sessions s where s.org_id = $1 and s.id = $2 for update`,
    [orgId, id],
  );
  return raw ? toSession(raw) : null;
}

export interface SessionFilter {
  statuses: readonly SessionStatus[] | null;
  /** Sessions ending after this instant (upcoming and in progress). */
  endingAfter: Date | null;
}

/** Sessions of several enrolments, soonest first (a program has at most 52 per participant). */
export async function sessionsOfEnrolments(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
  filter: SessionFilter,
): Promise<Map<string, SessionRow[]>> {
  const rows = await tx.query<RawSession>(
    `select ${sessionColumns} from sessions s
     where s.org_id = $1 and s.enrolment_id = any($2::uuid[])
       and ($3::text[] is null or s.status = any($3::text[]))
       and ($4::timestamptz is null or s.ends_at > $4::timestamptz)
     order by s.starts_at, s.id`,
    [orgId, enrolmentIds, filter.statuses, filter.endingAfter],
  );
  return groupBy(rows.map(toSession), (session) => session.enrolmentId);
}

/** Sessions count against the quota unless cancelled in time. */
export const COUNTS_AGAINST_QUOTA = `(s.status <> 'CANCELLED' or s.late_cancellation)`;

export async function quotaUsed(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ enrolment_id: string; used: number }>(
    `select s.enrolment_id, count(*)::int as used from sessions s
     where s.org_id = $1 and s.enrolment_id = any($2::uuid[]) and ${COUNTS_AGAINST_QUOTA}
     group by s.enrolment_id`,
    [orgId, enrolmentIds],
  );
  return new Map(rows.map((row) => [row.enrolment_id, row.used]));
}

export interface BookingContext {
  enrolmentId: string;
  enrolmentStatus: string;
  participantId: string;
  participantLocale: string;
  coachId: string | null;
  coachPersonId: string | null;
  coachTimeZone: string | null;
  coachLanguages: string[];
  programId: string;
  programStatus: string;
  programLanguages: string[];
  sessionsPerParticipant: number;
  policy: BookingPolicy & { lateCancelHours: number };
}

interface RawBookingContext {
  id: string;
  status: string;
  person_id: string;
  locale: string;
  coach_id: string | null;
  coach_person_id: string | null;
  coach_time_zone: string | null;
  coach_languages: string[] | null;
  program_id: string;
  program_status: string;
  program_languages: string[];
  sessions_per_participant: number;
  session_minutes: number;
  buffer_minutes: number;
  min_notice_hours: number;
  horizon_days: number;
  late_cancel_hours: number;
}

/**
 * The enrolment with its program's booking rules and its coach. `lock` takes
 * the enrolment row FOR UPDATE: bookings of one participant serialise there, so
 * two concurrent bookings cannot both take the last session of the quota.
 */
export async function bookingContexts(
  tx: Queryable,
  orgId: string,
  enrolmentIds: readonly string[],
  lock: boolean,
): Promise<BookingContext[]> {
  const rows = await tx.query<RawBookingContext>(
    `select e.id, e.status, e.person_id, p.locale, e.coach_id, c.person_id as coach_person_id,
       c.time_zone as coach_time_zone, c.languages as coach_languages,
       g.id as program_id, g.status as program_status, g.languages as program_languages,
       g.sessions_per_participant, g.session_minutes, g.buffer_minutes, g.min_notice_hours, g.horizon_days,
       g.late_cancel_hours
     from enrolments e
     join people p on p.org_id = e.org_id and p.id = e.person_id
     join programs g on g.org_id = e.org_id and g.id = e.program_id
     left join coaches c on c.org_id = e.org_id and c.id = e.coach_id
     where e.org_id = $1 and e.id = any($2::uuid[])
     ${lock ? 'for update of e' : ''}`,
    [orgId, enrolmentIds],
  );
  return rows.map((raw) => ({
    enrolmentId: raw.id,
    enrolmentStatus: raw.status,
    participantId: raw.person_id,
    participantLocale: raw.locale,
    coachId: raw.coach_id,
    coachPersonId: raw.coach_person_id,
    coachTimeZone: raw.coach_time_zone,
    coachLanguages: raw.coach_languages ?? [],
    programId: raw.program_id,
    programStatus: raw.program_status,
    programLanguages: raw.program_languages,
    sessionsPerParticipant: raw.sessions_per_participant,
    policy: {
      sessionMinutes: raw.session_minutes,
      bufferMinutes: raw.buffer_minutes,
      minNoticeHours: raw.min_notice_hours,
      horizonDays: raw.horizon_days,
      lateCancelHours: raw.late_cancel_hours,
    },
  }));
}

export async function exceptionsOfCoach(
  tx: Queryable,
  orgId: string,
  coachId: string,
  from: string,
  to: string,
): Promise<AvailabilityException[]> {
  const rows = await tx.query<{ starts_on: string; ends_on: string }>(
    `select starts_on::text as starts_on, ends_on::text as ends_on from coach_availability_exceptions
     where org_id = $1 and coach_id = $2 and ends_on >= $3::date and starts_on <= $4::date`,
    [orgId, coachId, from, to],
  );
  return rows.map((row) => ({ startsOn: row.starts_on, endsOn: row.ends_on }));
}

/** Live sessions of a coach or a participant touching [from, to), optionally leaving one out (a reschedule). */
export async function busyIntervals(
  tx: Queryable,
  orgId: string,
  column: 'coach_id' | 'participant_id',
  ownerId: string,
  from: Date,
  to: Date,
  exceptSessionId: string | null,
): Promise<Interval[]> {
  const rows = await tx.query<{ starts_at: Date | string; ends_at: Date | string }>(
    `select starts_at, ends_at from sessions
     where org_id = $1 and ${column} = $2 and status <> 'CANCELLED'
       and ends_at > $3::timestamptz and starts_at < $4::timestamptz
       and ($5::uuid is null or id <> $5::uuid)`,
    [orgId, ownerId, from, to, exceptSessionId],
  );
  return rows.map((row) => ({ start: instant(row.starts_at), end: instant(row.ends_at) }));
}

export async function insertSession(
  tx: Queryable,
  values: Pick<
    SessionRow,
    'orgId' | 'coachId' | 'participantId' | 'enrolmentId' | 'startsAt' | 'endsAt' | 'language'
  > & { joinUrl: string },
): Promise<SessionRow> {
  const [raw] = await tx.query<RawSession>(
    `insert into sessions as s (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, join_url)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning ${sessionColumns}`,
    [
      values.orgId,
      values.coachId,
      values.participantId,
      values.enrolmentId,
      values.startsAt,
      values.endsAt,
      values.language,
      values.joinUrl,
    ],
  );
  return toSession(raw!);
}

/** Changes one session (`set`'s own parameters start at $3) and returns it as it now is. */
async function updateSession(
  tx: Queryable,
  orgId: string,
  id: string,
  set: string,
  values: readonly unknown[],
): Promise<SessionRow> {
  const [raw] = await tx.query<RawSession>(
    `update sessions s set ${set} where s.org_id = $1 and s.id = $2 returning ${sessionColumns}`,
    [orgId, id, ...values],
  );
  return toSession(raw!);
}

/** One UPDATE moves the session: the old time is freed and the new one taken together, or neither. */
export async function moveSession(
  tx: Queryable,
  orgId: string,
  id: string,
  startsAt: Date,
  endsAt: Date,
): Promise<SessionRow> {
  return updateSession(tx, orgId, id, 'starts_at = $3, ends_at = $4, sequence = s.sequence + 1', [
    startsAt,
    endsAt,
  ]);
}

export async function cancelSessionRow(
  tx: Queryable,
  orgId: string,
  id: string,
  reason: string | null,
  late: boolean,
): Promise<SessionRow> {
  return updateSession(
    tx,
    orgId,
    id,
    `status = 'CANCELLED', cancelled_at = now(), cancellation_reason = $3, late_cancellation = $4,
     sequence = s.sequence + 1`,
    [reason, late],
  );
}

export async function setSessionStatus(
  tx: Queryable,
  orgId: string,
  id: string,
  status: 'COMPLETED' | 'NO_SHOW',
): Promise<SessionRow> {
  return updateSession(tx, orgId, id, 'status = $3', [status]);
}

export interface FeedbackRow {
  readonly __typename: 'SessionFeedback';
  id: string;
  sessionId: string;
  coachId: string;
  authorId: string;
  rating: number;
  comment: string | null;
  capabilities: string[];
  submittedAt: Date;
}

interface RawFeedback {
  id: string;
  session_id: string;
  coach_id: string;
  author_id: string;
  rating: number;
  comment: string | null;
  capabilities: string[] | null;
  submitted_at: Date | string;
}

function toFeedback(raw: RawFeedback): FeedbackRow {
  return {
    __typename: 'SessionFeedback',
    id: raw.id,
    sessionId: raw.session_id,
    coachId: raw.coach_id,
    authorId: raw.author_id,
    rating: raw.rating,
    comment: raw.comment,
    capabilities: raw.capabilities ?? [],
    submittedAt: instant(raw.submitted_at),
  };
}

const feedbackColumns = `f.id, f.session_id, f.coach_id, f.author_id, f.rating, f.comment, f.submitted_at,
  array(select fc.capability_code from session_feedback_capabilities fc
        where fc.org_id = f.org_id and fc.feedback_id = f.id order by fc.capability_code) as capabilities`;

export async function feedbackOfSessions(
  tx: Queryable,
  orgId: string,
  sessionIds: readonly string[],
): Promise<Map<string, FeedbackRow>> {
  const rows = await tx.query<RawFeedback>(
    `select ${feedbackColumns} from session_feedback f where f.org_id = $1 and f.session_id = any($2::uuid[])`,
    [orgId, sessionIds],
  );
  return new Map(rows.map((raw) => [raw.session_id, toFeedback(raw)]));
}

export async function insertFeedback(
  tx: Queryable,
  values: {
    orgId: string;
    sessionId: string;
    coachId: string;
    authorId: string;
    rating: number;
    comment: string | null;
    capabilities: readonly string[];
  },
): Promise<FeedbackRow> {
  const [row] = await tx.query<{ id: string }>(
    `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [values.orgId, values.sessionId, values.coachId, values.authorId, values.rating, values.comment],
  );
  if (values.capabilities.length > 0) {
    await tx.query(
      `insert into session_feedback_capabilities (org_id, feedback_id, capability_code)
       select $1, $2, code from unnest($3::text[]) as code`,
      [values.orgId, row!.id, values.capabilities],
    );
  }
  const found = await feedbackOfSessions(tx, values.orgId, [values.sessionId]);
  return found.get(values.sessionId)!;
}

/** The coach's latest `window` ratings' mean and how many there are. */
export async function rollingRating(
  tx: Queryable,
  orgId: string,
  coachId: string,
  window: number,
): Promise<{ count: number; average: number | null }> {
  const [row] = await tx.query<{ count: number; average: string | number | null }>(
    `select count(*)::int as count, avg(rating) as average from (
       select rating from session_feedback where org_id = $1 and coach_id = $2
       order by submitted_at desc, id desc limit $3) latest`,
    [orgId, coachId, window],
  );
  return {
    count: row?.count ?? 0,
    average: row?.average === null || row?.average === undefined ? null : Number(row.average),
  };
}

export async function knownCapabilities(
  tx: Queryable,
  orgId: string,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await tx.query<{ code: string }>(
    `select code from capabilities where org_id = $1 and code = any($2::text[])`,
    [orgId, codes],
  );
  return new Set(rows.map((row) => row.code));
}

export async function personContacts(
  tx: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, { name: string; email: string }>> {
  const rows = await tx.query<{ id: string; name: string; email: string }>(
    `select id, name, email from people where org_id = $1 and id = any($2::uuid[])`,
    [orgId, ids],
  );
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
}
