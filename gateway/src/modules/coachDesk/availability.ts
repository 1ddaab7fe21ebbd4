/**
 * A coach's own availability: reading it for the desk, checking a proposed one against the sessions
 * already booked, and replacing it. The check uses the same windows the slot picker offers
 * (sessions/availability.ts), so "fits" means exactly "could have been booked under the new hours".
 */
import type { Queryable } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import {
  availabilityWindows,
  type AvailabilityException,
  type AvailabilityRule,
} from '../sessions/availability.js';
import type { SessionRow } from '../sessions/sql.js';
import { sessionsByIds } from '../sessions/sql.js';
import { instantToWallClock } from '../sessions/zoned-time.js';

export interface WeeklyWindow {
  weekday: number;
  /** HH:MM */
  startTime: string;
  /** HH:MM */
  endTime: string;
}

export interface DayOff {
  startsOn: string;
  endsOn: string;
  reason: string | null;
}

export interface CoachAvailabilityValue {
  coachId: string;
  timeZone: string;
  weeklyHours: WeeklyWindow[];
  exceptions: DayOff[];
  capacity: number;
  activeClients: number;
}

export type ConflictReason = 'OUTSIDE_WEEKLY_HOURS' | 'TIME_OFF';

export interface AvailabilityConflictValue {
  session: SessionRow;
  reason: ConflictReason;
}

export const MAX_WEEKLY_WINDOWS = 50;
export const MAX_DAYS_OFF = 100;
export const MAX_REASON_LENGTH = 500;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isWallTime = (value: string): boolean => TIME.test(value);
export const isCalendarDate = (value: string): boolean =>
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Today in the coach's zone: what "coming" days off and rules are measured against. */
export const todayIn = (zone: string, now: Date): string => instantToWallClock(now, zone).date;

export async function loadAvailability(
  tx: Queryable,
  orgId: string,
  coachId: string,
  now: Date,
): Promise<CoachAvailabilityValue | null> {
  const [coach] = await tx.query<{ time_zone: string; capacity: number; active_clients: number }>(
    `select c.time_zone, c.capacity,
       (select count(*)::int from enrolments e
        where e.org_id = c.org_id and e.coach_id = c.id and e.status in ('INVITED', 'ACTIVE')) as active_clients
     from coaches c where c.org_id = $1 and c.id = $2`,
    [orgId, coachId],
  );
  if (!coach) return null;
  const today = todayIn(coach.time_zone, now);
  const rules = await tx.query<{ weekday: number; start_time: string; end_time: string }>(
    `select weekday, to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time
     from coach_availability_rules
     where org_id = $1 and coach_id = $2 and (valid_until is null or valid_until >= $3::date)
     order by weekday, start_time, end_time`,
    [orgId, coachId, today],
  );
  const days = await tx.query<{ starts_on: string; ends_on: string; reason: string | null }>(
    `select starts_on::text as starts_on, ends_on::text as ends_on, reason from coach_availability_exceptions
     where org_id = $1 and coach_id = $2 and ends_on >= $3::date order by starts_on, ends_on`,
    [orgId, coachId, today],
  );
  return {
    coachId,
    timeZone: coach.time_zone,
    capacity: coach.capacity,
    activeClients: coach.active_clients,
    weeklyHours: rules.map((r) => ({ weekday: r.weekday, startTime: r.start_time, endTime: r.end_time })),
    exceptions: days.map((d) => ({ startsOn: d.starts_on, endsOn: d.ends_on, reason: d.reason })),
  };
}

/**
 * Booked sessions that have not started and would not fit the proposed hours and days off: a
 * session on a day off is TIME_OFF, one outside every weekly window OUTSIDE_WEEKLY_HOURS.
 */
export async function conflictsWith(
  tx: Queryable,
  orgId: string,
  coachId: string,
  timeZone: string,
  proposal: { weeklyHours: readonly WeeklyWindow[]; exceptions: readonly DayOff[] },
  now: Date,
): Promise<AvailabilityConflictValue[]> {
  const ids = await tx.query<{ id: string }>(
    `select id from sessions where org_id = $1 and coach_id = $2 and status = 'BOOKED' and starts_at > $3
     order by starts_at, id`,
    [orgId, coachId, now],
  );
  if (ids.length === 0) return [];
  const sessions = await sessionsByIds(
    tx,
    orgId,
    ids.map((row) => row.id),
  );
  const rules: AvailabilityRule[] = proposal.weeklyHours.map((w) => ({
    ...w,
    timeZone,
    validFrom: null,
    validUntil: null,
  }));
  const exceptions: AvailabilityException[] = proposal.exceptions.map((e) => ({
    startsOn: e.startsOn,
    endsOn: e.endsOn,
  }));
  const conflicts: AvailabilityConflictValue[] = [];
  for (const session of sessions) {
    const startDay = instantToWallClock(session.startsAt, timeZone).date;
    // The end instant belongs to the minute before it: a session ending at midnight ends on its start day.
    const endDay = instantToWallClock(new Date(session.endsAt.getTime() - 1), timeZone).date;
    if (exceptions.some((e) => e.startsOn <= endDay && startDay <= e.endsOn)) {
      conflicts.push({ session, reason: 'TIME_OFF' });
      continue;
    }
    const fits = availabilityWindows(
      { rules, exceptions, coachTimeZone: timeZone },
      session.startsAt,
      session.endsAt,
    ).some((w) => w.start <= session.startsAt && session.endsAt <= w.end);
    if (!fits) conflicts.push({ session, reason: 'OUTSIDE_WEEKLY_HOURS' });
  }
  return conflicts.sort(
    (a, b) =>
      a.session.startsAt.getTime() - b.session.startsAt.getTime() || a.session.id.localeCompare(b.session.id),
  );
}

/** Replaces the coming weekly hours and days off and sets the capacity; past history stays as it was. */
export async function replaceAvailability(
  tx: Queryable,
  orgId: string,
  coachId: string,
  timeZone: string,
  proposal: { weeklyHours: readonly WeeklyWindow[]; exceptions: readonly DayOff[]; capacity: number },
  now: Date,
): Promise<void> {
  const today = todayIn(timeZone, now);
  // Rules that ended before today are the record of what was offered then; the rest are replaced.
  await tx.query(
    `delete from coach_availability_rules
     where org_id = $1 and coach_id = $2 and (valid_until is null or valid_until >= $3::date)`,
    [orgId, coachId, today],
  );
  await tx.query(
    `delete from coach_availability_exceptions where org_id = $1 and coach_id = $2 and ends_on >= $3::date`,
    [orgId, coachId, today],
  );
  for (const w of proposal.weeklyHours) {
    await tx.query(
      `insert into coach_availability_rules (org_id, coach_id, weekday, start_time, end_time, time_zone)
       values ($1, $2, $3, $4::time, $5::time, $6)`,
      [orgId, coachId, w.weekday, w.startTime, w.endTime, timeZone],
    );
  }
  for (const e of proposal.exceptions) {
    await tx.query(
      `insert into coach_availability_exceptions (org_id, coach_id, starts_on, ends_on, reason)
       values ($1, $2, $3::date, $4::date, $5)`,
      [orgId, coachId, e.startsOn, e.endsOn, e.reason],
    );
  }
  await tx.query(`update coaches set capacity = $3 where org_id = $1 and id = $2`, [
    orgId,
    coachId,
    proposal.capacity,
  ]);
}

/** What the audit log keeps of a coach's availability: no reason given for a day off (the coach's own words). */
function audited(value: CoachAvailabilityValue) {
  return {
    timeZone: value.timeZone,
    weeklyHours: value.weeklyHours,
    timeOff: value.exceptions.map(({ startsOn, endsOn }) => ({ startsOn, endsOn })),
    capacity: value.capacity,
  };
}

/**
 * The audit entry's before and after for a saved change, with the bookings kept outside the new
 * availability; null when nothing the entry records changed (the same hours saved again, a reason
 * reworded).
 */
export function availabilityChange(
  before: CoachAvailabilityValue | null,
  after: CoachAvailabilityValue | null,
  kept: readonly AvailabilityConflictValue[],
): { before: unknown; after: unknown } | null {
  if (!after) return null;
  const was = before ? audited(before) : null;
  const now = audited(after);
  if (JSON.stringify(was) === JSON.stringify(now)) return null;
  return {
    before: was,
    after: {
      ...now,
      keptSessions: kept.map((c) => ({
        sessionId: toGlobalId('Session', c.session.id),
        startsAt: c.session.startsAt.toISOString(),
        reason: c.reason,
      })),
    },
  };
}
