/**
 * Two hundred people click the same slot of one coach at the same moment,
 * through a running gateway on PostgreSQL (a real connection pool, real
 * concurrent transactions). The exclusion constraint lets exactly one through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { SLOT_STARTS_QUERY, slotsInDays, type SlotStarts } from '../../testing/slots.js';
import { addCoach, createBookingFixture, type BookingFixture } from './test-support.js';

const RACERS = 200;

describe.skipIf(!process.env.DATABASE_URL)('200 concurrent bookings of one slot on postgres', () => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;
  let coachId: string;
  let enrolmentIds: string[];
  let tokens: string[];

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    org = await createBookingFixture(db, 'booking-race');
    ({ coachId } = await addCoach(db, org.orgId, org.functionId, {
      name: 'Rosa Race',
      languages: ['en'],
      timeZone: 'Europe/Paris',
      specialties: ['FEEDBACK'],
      capacity: RACERS,
      hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '08:00', '18:00']),
    }));
    const people = await db.query<{ id: string }>(
      `insert into people (org_id, name, email, locale, time_zone, job_level, org_unit_id, in_role_since, roles)
       select $1, 'Racer ' || n, 'racer' || n || '@race.example', 'en', 'Europe/Paris', 'MANAGER', $2,
              current_date, array['PARTICIPANT']
       from generate_series(1, $3::int) as n returning id`,
      [org.orgId, org.teamIds[0], RACERS],
    );
    const enrolments = await db.query<{ id: string }>(
      `insert into enrolments (org_id, program_id, person_id, coach_id, status)
       select $1, $2, id, $3, 'ACTIVE' from unnest($4::uuid[]) as id returning id`,
      [org.orgId, org.programId, coachId, people.map((p) => p.id)],
    );
    enrolmentIds = enrolments.map((e) => toGlobalId('Enrolment', e.id));
    tokens = await Promise.all(people.map((p) => tokenFor(db, p.id)));
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('books exactly one session; the other 199 get a CONFLICT user error', async () => {
    const found = await postGraphQL<SlotStarts>(
      running.url,
      { query: SLOT_STARTS_QUERY, variables: slotsInDays(enrolmentIds[0]!, 3, 4) },
      { token: tokens[0] },
    );
    const startsAt = found.body.data!.node.availableSlots.slots[0]!.startsAt;
    const mutation = `mutation($input: BookSessionInput!) { bookSession(input: $input) {
      session { id } userErrors { code message } } }`;
    const responses = await Promise.all(
      tokens.map((token, i) =>
        postGraphQL<{ bookSession: { session: { id: string } | null; userErrors: Array<{ code: string }> } }>(
          running.url,
          { query: mutation, variables: { input: { enrolmentId: enrolmentIds[i], startsAt } } },
          { token },
        ),
      ),
    );
    expect(responses.every((r) => r.status === 200 && r.body.errors === undefined)).toBe(true);
    const winners = responses.filter((r) => r.body.data!.bookSession.session !== null);
    const conflicts = responses.filter((r) => r.body.data!.bookSession.userErrors[0]?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(RACERS - 1);
    const rows = await db.query<{ n: number }>(
      `select count(*)::int as n from sessions where coach_id = $1 and starts_at = $2`,
      [coachId, startsAt],
    );
    expect(rows[0]?.n).toBe(1);
    console.log(`booking race: ${RACERS} concurrent bookSession → 1 session, ${conflicts.length} CONFLICT`);
  });
});
