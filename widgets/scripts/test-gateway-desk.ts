/**
 * Two small organisations for the coach desk's browser tests. `desk`: coach@desk.example (Europe/Paris,
 * weekday hours 09:00–17:00) with two clients, a session held a week ago with a private note, two
 * sessions that have started and wait to be recorded, and two booked on the coming weekdays; its
 * first client shares two goals. Former clients, one fewer than the minimum group size, have rated
 * since the coach's rating was last released. `deskempty`: a coach with a client and no sessions at all.
 */
import type { Database } from '@coachwork/gateway/db/types.js';
import { writeNote } from '@coachwork/gateway/modules/coachDesk/sql.js';
import {
  addDays,
  instantToWallClock,
  isoWeekday,
  zonedToInstant,
} from '@coachwork/gateway/modules/sessions/zoned-time.js';
import { createGatewayFixture } from '@coachwork/gateway/testing/fixtures.js';

const ZONE = 'Europe/Paris';
const HOUR = 3_600_000;

/** The next day after today (in the coach's zone) that is a weekday, skipping `skip` of them. */
function nextWeekday(skip: number): string {
  let day = instantToWallClock(new Date(), ZONE).date;
  let left = skip;
  for (;;) {
    day = addDays(day, 1);
    if (isoWeekday(day) <= 5 && left-- === 0) return day;
  }
}

export async function seedCoachDesk(db: Database): Promise<void> {
  const org = await createGatewayFixture(db, 'desk');
  const [first, second] = org.reportIds as [string, string];
  const [enrolment] = await db.query<{ id: string }>(
    `insert into enrolments (org_id, program_id, person_id, coach_id, status, enrolled_at)
     values ($1, $2, $3, $4, 'ACTIVE', now() - interval '30 days') returning id`,
    [org.orgId, org.programId, second, org.coachId],
  );
  const enrolmentOf = (person: string) => (person === first ? org.enrolmentId : enrolment!.id);
  for (let weekday = 1; weekday <= 5; weekday++) {
    await db.query(
      `insert into coach_availability_rules (org_id, coach_id, weekday, start_time, end_time, time_zone)
       values ($1, $2, $3, '09:00', '17:00', $4)`,
      [org.orgId, org.coachId, weekday, ZONE],
    );
  }
  const place = async (person: string, startsAt: Date, status: string): Promise<string> => {
    const [row] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status,
         join_url)
       values ($1, $2, $3, $4, $5, $6, 'en', $7, 'https://meet.coachwork.example/s/desk') returning id`,
      [
        org.orgId,
        org.coachId,
        person,
        enrolmentOf(person),
        startsAt,
        new Date(startsAt.getTime() + HOUR),
        status,
      ],
    );
    return row!.id;
  };
  const now = Date.now();
  const held = await place(first, new Date(now - 7 * 24 * HOUR), 'COMPLETED');
  await db.withTenant(org.orgId, (tx) =>
    writeNote(tx, {
      orgId: org.orgId,
      sessionId: held,
      coachId: org.coachId,
      body: 'Practise the delegation script with the new team lead; check in on workload.',
      capabilityCodes: ['DELEGATION'],
    }),
  );
  // Rated 3: the rating the tests see move when the next session is rated.
  await db.query(
    `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, submitted_at)
     values ($1, $2, $3, $4, 3, now() - interval '6 days')`,
    [org.orgId, held, org.coachId, first],
  );
  // A release of the coach's rating before those 6 days ago, so every rating since counts as new.
  await db.query(`update coaches set ratings_released_through = now() - interval '5 days' where id = $1`, [
    org.coachId,
  ]);
  // Former clients, one fewer than the organisation's minimum group size, rated a held session each
  // since: the coach's own rating is released as soon as one more participant rates (the first client,
  // in the tests), and not before.
  const [{ k }] = (await db.query<{ k: number }>(
    `select min_group_size as k from organisations where id = $1`,
    [org.orgId],
  )) as [{ k: number }];
  for (let i = 1; i < k; i++) {
    const [person] = await db.query<{ id: string }>(
      `insert into people (org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id, in_role_since,
         roles)
       values ($1, $2, $3, 'en', $4, 'IC', $5, $6, '2025-01-15', array['PARTICIPANT']) returning id`,
      [org.orgId, `Former Client ${i}`, `former${i}@desk.example`, ZONE, org.teamIds[1], null],
    );
    const [former] = await db.query<{ id: string }>(
      `insert into enrolments (org_id, program_id, person_id, coach_id, status, enrolled_at, completed_at)
       values ($1, $2, $3, $4, 'COMPLETED', now() - interval '90 days', now() - interval '10 days') returning id`,
      [org.orgId, org.programId, person!.id, org.coachId],
    );
    const startsAt = new Date(now - 20 * 24 * HOUR - i * HOUR);
    const [session] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, $5, $6, 'en', 'COMPLETED') returning id`,
      [org.orgId, org.coachId, person!.id, former!.id, startsAt, new Date(startsAt.getTime() + HOUR)],
    );
    await db.query(
      `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, submitted_at)
       values ($1, $2, $3, $4, 4, now() - interval '3 days')`,
      [org.orgId, session!.id, org.coachId, person!.id],
    );
  }
  await place(first, new Date(now - 1.5 * HOUR), 'BOOKED');
  await place(second, new Date(now - 3 * HOUR), 'BOOKED');
  await place(first, zonedToInstant(nextWeekday(0), '10:00', ZONE), 'BOOKED');
  await place(second, zonedToInstant(nextWeekday(1), '14:00', ZONE), 'BOOKED');
  await db.query(
    `insert into goals (org_id, owner_id, enrolment_id, capability_code, title, status, progress, visibility)
     values ($1, $2, $3, 'DELEGATION', 'Hand over the weekly report to my team', 'IN_PROGRESS', 40, 'COACH'),
            ($1, $2, $3, 'FEEDBACK', 'Give each report feedback every fortnight', 'NOT_STARTED', 0, 'MANAGER'),
            ($1, $2, $3, 'FEEDBACK', 'A private goal the coach never sees', 'NOT_STARTED', 0, 'PRIVATE')`,
    [org.orgId, first, org.enrolmentId],
  );
  await createGatewayFixture(db, 'deskempty');
}
