import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { createBookingFixture, type BookingFixture } from './test-support.js';

const SLOTS = `query($id: ID!, $from: DateTime!, $to: DateTime!) {
  node(id: $id) { ... on Enrolment {
    availableSlots(from: $from, to: $to, timeZone: "Europe/Paris") {
      slots { startsAt } nextSlot { startsAt endsAt }
    }
  } } }`;

interface Window {
  slots: Array<{ startsAt: string }>;
  nextSlot: { startsAt: string; endsAt: string } | null;
}

const DAY = 86_400_000;
/** `days` from today as a date in Paris (the coach's zone), YYYY-MM-DD. */
const parisDate = (days: number): string =>
  new Date(Date.now() + days * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

describe.each(testEngines())('the next open slot after a range on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;
  let participant: string;
  let enrolmentId: string;

  async function window(fromDays: number, toDays: number): Promise<Window> {
    const res = await postGraphQL<{ node: { availableSlots: Window } }>(
      running.url,
      {
        query: SLOTS,
        variables: {
          id: enrolmentId,
          from: new Date(Date.now() + fromDays * DAY).toISOString(),
          to: new Date(Date.now() + toDays * DAY).toISOString(),
        },
      },
      { token: participant },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.node.availableSlots;
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `next-slot-${engine}`);
    running = await startGateway(db, { dev: true });
    participant = await tokenFor(db, org.reportIds[0]!);
    enrolmentId = toGlobalId('Enrolment', org.enrolmentId);
    // The coach (open every day) is away for the next twelve days.
    await db.query(
      `insert into coach_availability_exceptions (org_id, coach_id, starts_on, ends_on, reason)
       values ($1, $2, $3, $4, 'Leave')`,
      [org.orgId, org.coachId, parisDate(0), parisDate(12)],
    );
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('names the first slot after an empty range: the morning after the leave', async () => {
    const result = await window(0, 7);
    expect(result.slots).toEqual([]);
    expect(result.nextSlot).not.toBeNull();
    const next = new Date(result.nextSlot!.startsAt);
    expect(next.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' })).toBe(parisDate(13));
    expect(next.toLocaleTimeString('en-GB', { timeZone: 'Europe/Paris' })).toBe('09:00:00');
    expect(next.getTime() - Date.now()).toBeGreaterThan(7 * DAY);
    expect(new Date(result.nextSlot!.endsAt).getTime() - next.getTime()).toBe(60 * 60_000);
  });

  it('is the first slot at or after the range, also when the range has slots', async () => {
    const range = await window(13, 15);
    expect(range.slots.length).toBeGreaterThan(0);
    const after = await window(15, 20);
    expect(range.nextSlot?.startsAt).toBe(after.slots[0]?.startsAt);
  });

  it('is null when nothing is open before the booking horizon', async () => {
    await db.query(`update programs set horizon_days = 10 where id = $1`, [org.programId]);
    try {
      const result = await window(0, 7);
      expect(result.slots).toEqual([]);
      expect(result.nextSlot).toBeNull();
    } finally {
      await db.query(`update programs set horizon_days = 60 where id = $1`, [org.programId]);
    }
  });
});
