/**
 * A coach edits their weekly hours, days off and capacity through the gateway: a change that would
 * leave a booked session outside the new availability is not saved until the coach decides to keep
 * the session, and every refusal (bad input, someone who is not a coach) says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { addDays } from '../sessions/zoned-time.js';
import { bookWednesdayMorning, COACH_ZONE as ZONE } from './test-support.js';

const SET = `mutation($input: SetCoachAvailabilityInput!) { setCoachAvailability(input: $input) {
  saved availability { timeZone capacity activeClients weeklyHours { weekday startTime endTime }
    exceptions { startsOn endsOn reason } }
  conflicts { reason session { id startsAt participant { name } } }
  userErrors { field code message } } }`;
const READ = `{ coachDesk { coach { id name rating { average count } }
  availability { timeZone capacity activeClients weeklyHours { weekday startTime endTime } exceptions { startsOn endsOn reason } } } }`;

interface Payload {
  setCoachAvailability: {
    saved: boolean;
    availability: {
      capacity: number;
      weeklyHours: Array<{ weekday: number; startTime: string; endTime: string }>;
      exceptions: Array<{ startsOn: string; endsOn: string; reason: string | null }>;
    } | null;
    conflicts: Array<{ reason: string; session: { id: string } }>;
    userErrors: Array<{ field: string[]; code: string; message: string }>;
  };
}

describe.each(testEngines())('coach availability on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};
  /** A Wednesday at least a week ahead, in the coach's zone. */
  let wednesday: string;
  let bookedId: string;

  async function ask<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphQL<T>(running.url, { query, variables }, { token: tokens[who] })).body;
  }

  const set = (who: string, input: Record<string, unknown>) =>
    ask<Payload>(who, SET, { input: { weeklyHours: [], exceptions: [], capacity: 10, ...input } });

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `avail-${engine}`);
    const booking = await bookWednesdayMorning(db, org);
    wednesday = booking.wednesday;
    bookedId = toGlobalId('Session', booking.sessionUuid);
    running = await startGateway(db, { dev: true });
    tokens.coach = await tokenFor(db, org.coachPersonId);
    tokens.participant = await tokenFor(db, org.reportIds[0]!);
    tokens.admin = await tokenFor(db, org.adminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it("reads the coach's own hours, days off, capacity and profile on the desk", async () => {
    const body = await ask<{
      coachDesk: {
        coach: { id: string; name: string };
        availability: { timeZone: string; capacity: number; activeClients: number; weeklyHours: unknown[] };
      };
    }>('coach', READ);
    expect(body.errors).toBeUndefined();
    expect(body.data!.coachDesk.coach.id).toBe(toGlobalId('Coach', org.coachId));
    expect(body.data!.coachDesk.availability).toMatchObject({
      timeZone: ZONE,
      capacity: 10,
      activeClients: 1,
      weeklyHours: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }],
    });
  });

  it('refuses anyone who is not a coach', async () => {
    for (const who of ['participant', 'admin']) {
      const body = await set(who, { weeklyHours: [{ weekday: 1, startTime: '09:00', endTime: '10:00' }] });
      expect(body.errors?.[0]?.extensions?.['code'], who).toBe('FORBIDDEN');
    }
    const [rules] = await db.query<{ n: number }>(
      `select count(*)::int as n from coach_availability_rules where coach_id = $1`,
      [org.coachId],
    );
    expect(rules!.n).toBe(1);
  });

  it('names every malformed part of the input and saves nothing', async () => {
    const body = await set('coach', {
      weeklyHours: [
        { weekday: 8, startTime: '09:00', endTime: '10:00' },
        { weekday: 1, startTime: '9am', endTime: '10:00' },
        { weekday: 2, startTime: '11:00', endTime: '10:00' },
        { weekday: 3, startTime: '09:00', endTime: '12:00' },
        { weekday: 3, startTime: '11:00', endTime: '13:00' },
      ],
      exceptions: [{ startsOn: '2030-05-02', endsOn: '2030-05-01', reason: 'x'.repeat(501) }],
      capacity: 201,
    });
    expect(body.errors).toBeUndefined();
    const result = body.data!.setCoachAvailability;
    expect(result.saved).toBe(false);
    expect(result.userErrors.map((e) => e.field.join('.'))).toEqual([
      'input.weeklyHours.0.weekday',
      'input.weeklyHours.1.startTime',
      'input.weeklyHours.2.endTime',
      'input.weeklyHours.4.startTime',
      'input.exceptions.0.endsOn',
      'input.exceptions.0.reason',
      'input.capacity',
    ]);
    expect(result.userErrors.every((e) => e.code === 'INVALID' && e.message.length > 0)).toBe(true);
  });

  it('shows the booked session a change would break and saves only when the coach keeps it', async () => {
    // Moving Wednesday to the afternoon leaves the 10:00 session outside the hours.
    const afternoon = { weeklyHours: [{ weekday: 3, startTime: '13:00', endTime: '17:00' }], capacity: 8 };
    const preview = (await set('coach', afternoon)).data!.setCoachAvailability;
    expect(preview.saved).toBe(false);
    expect(preview.userErrors).toEqual([]);
    expect(preview.conflicts.map((c) => [c.reason, c.session.id])).toEqual([
      ['OUTSIDE_WEEKLY_HOURS', bookedId],
    ]);
    expect(preview.availability!.weeklyHours).toEqual([{ weekday: 3, startTime: '09:00', endTime: '12:00' }]);
    expect(preview.availability!.capacity).toBe(10);

    // A day off on that Wednesday is time off, whatever the hours.
    const dayOff = (
      await set('coach', {
        weeklyHours: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }],
        exceptions: [{ startsOn: wednesday, endsOn: wednesday, reason: 'Conference' }],
      })
    ).data!.setCoachAvailability;
    expect(dayOff.conflicts.map((c) => c.reason)).toEqual(['TIME_OFF']);
    expect(dayOff.saved).toBe(false);

    const kept = (await set('coach', { ...afternoon, keepConflictingSessions: true })).data!
      .setCoachAvailability;
    expect(kept.saved).toBe(true);
    expect(kept.conflicts.map((c) => c.session.id)).toEqual([bookedId]);
    expect(kept.availability).toMatchObject({
      capacity: 8,
      weeklyHours: [{ weekday: 3, startTime: '13:00', endTime: '17:00' }],
    });
    const [session] = await db.query<{ status: string }>(`select status from sessions where coach_id = $1`, [
      org.coachId,
    ]);
    expect(session!.status).toBe('BOOKED');
  });

  it('saves a change that breaks nothing at once, days off included', async () => {
    const body = await set('coach', {
      weeklyHours: [
        { weekday: 3, startTime: '08:00', endTime: '12:30' },
        { weekday: 5, startTime: '14:00', endTime: '18:00' },
      ],
      exceptions: [{ startsOn: addDays(wednesday, 1), endsOn: addDays(wednesday, 2), reason: '  Leave  ' }],
      capacity: 12,
    });
    const result = body.data!.setCoachAvailability;
    expect(result).toMatchObject({ saved: true, conflicts: [], userErrors: [] });
    expect(result.availability!.exceptions).toEqual([
      { startsOn: addDays(wednesday, 1), endsOn: addDays(wednesday, 2), reason: 'Leave' },
    ]);
    const read = await ask<{ coachDesk: { availability: { capacity: number; weeklyHours: unknown[] } } }>(
      'coach',
      READ,
    );
    expect(read.data!.coachDesk.availability.capacity).toBe(12);
    expect(read.data!.coachDesk.availability.weeklyHours).toHaveLength(2);
  });
});
