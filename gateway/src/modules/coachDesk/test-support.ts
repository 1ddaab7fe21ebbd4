/** The booking the coach-desk availability suites start from. */
import type { Database } from '../../db/types.js';
import type { GatewayFixture } from '../../testing/fixtures.js';
import { addDays, instantToWallClock, isoWeekday, zonedToInstant } from '../sessions/zoned-time.js';

/** The coach's zone in these suites (the fixture's coach is in Paris). */
export const COACH_ZONE = 'Europe/Paris';

export interface WednesdayBooking {
  /** The first Wednesday at least eight days ahead, in the coach's zone (YYYY-MM-DD). */
  wednesday: string;
  /** The booked session's row id. */
  sessionUuid: string;
  startsAt: Date;
}

/**
 * Gives the fixture's coach Wednesday hours 09:00–12:00 in `COACH_ZONE` and books the first report
 * (their enrolment) for an hour at 10:00 on the first Wednesday at least eight days ahead.
 */
export async function bookWednesdayMorning(db: Database, org: GatewayFixture): Promise<WednesdayBooking> {
  let wednesday = addDays(instantToWallClock(new Date(), COACH_ZONE).date, 8);
  while (isoWeekday(wednesday) !== 3) wednesday = addDays(wednesday, 1);
  await db.query(
    `insert into coach_availability_rules (org_id, coach_id, weekday, start_time, end_time, time_zone)
     values ($1, $2, 3, '09:00', '12:00', $3)`,
    [org.orgId, org.coachId, COACH_ZONE],
  );
  const startsAt = zonedToInstant(wednesday, '10:00', COACH_ZONE);
  const [row] = await db.query<{ id: string }>(
    `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
     values ($1, $2, $3, $4, $5, $6, 'en', 'BOOKED') returning id`,
    [
      org.orgId,
      org.coachId,
      org.reportIds[0],
      org.enrolmentId,
      startsAt,
      new Date(startsAt.getTime() + 3_600_000),
    ],
  );
  return { wednesday, sessionUuid: row!.id, startsAt };
}
