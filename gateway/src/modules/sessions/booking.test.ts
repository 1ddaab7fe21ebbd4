import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import {
  addParticipant,
  addProgramAdmin,
  createBookingFixture,
  enrol,
  type BookingFixture,
} from './test-support.js';

interface Payload {
  session: {
    id: string;
    startsAt: string;
    status: string;
    sequence: number;
    lateCancellation: boolean;
  } | null;
  userErrors: Array<{ field: string[] | null; code: string; message: string }>;
}

const SESSION_FIELDS = `session { id startsAt status sequence lateCancellation } userErrors { field code message }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { ${SESSION_FIELDS} } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { ${SESSION_FIELDS} } }`;
const COMPLETE = `mutation($input: SessionIdInput!) { completeSession(input: $input) { ${SESSION_FIELDS} } }`;
const NO_SHOW = `mutation($input: SessionIdInput!) { markSessionNoShow(input: $input) { ${SESSION_FIELDS} } }`;
const SLOTS = `query($id: ID!, $from: DateTime!, $to: DateTime!, $tz: TimeZone) {
  node(id: $id) { ... on Enrolment {
    quota { allowed used remaining }
    bookingPolicy { minNoticeHours horizonDays lateCancelHours bookableFrom }
    availableSlots(from: $from, to: $to, timeZone: $tz) { timeZone slots { startsAt endsAt } }
  } } }`;

const DAY = 86_400_000;

describe.each(testEngines())('booking sessions on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;
  let participant: string;
  let colleague: string;
  let coach: string;
  let outsider: string;
  let colleagueEnrolmentId: string;
  let enrolmentId: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await postGraphQL<T>(running.url, { query, variables }, { token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  async function slots(
    token: string,
    enrolment: string,
    fromDays: number,
    toDays: number,
  ): Promise<string[]> {
    const data = await gql<{ node: { availableSlots: { slots: Array<{ startsAt: string }> } } }>(
      token,
      SLOTS,
      {
        id: enrolment,
        from: new Date(Date.now() + fromDays * DAY).toISOString(),
        to: new Date(Date.now() + toDays * DAY).toISOString(),
      },
    );
    return data.node.availableSlots.slots.map((s) => s.startsAt);
  }

  async function book(token: string, enrolment: string, startsAt: string): Promise<Payload> {
    return (await gql<{ bookSession: Payload }>(token, BOOK, { input: { enrolmentId: enrolment, startsAt } }))
      .bookSession;
  }

  async function sessionCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from sessions where org_id = $1`, [
      org.orgId,
    ]);
    return row?.n ?? 0;
  }

  /** A session placed directly (as the seed would), e.g. in the past or inside the late window. */
  async function placeSession(startsInHours: number, status = 'BOOKED'): Promise<string> {
    const [row] = await db.query<{ id: string }>(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       values ($1, $2, $3, $4, now() + make_interval(hours => $5), now() + make_interval(hours => $5 + 1), 'en', $6)
       returning id`,
      [org.orgId, org.coachId, org.reportIds[0], org.enrolmentId, startsInHours, status],
    );
    return toGlobalId('Session', row!.id);
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `booking-${engine}`);
    const colleagueId = await addParticipant(db, org, 'Carla Colleague');
    colleagueEnrolmentId = toGlobalId(
      'Enrolment',
      await enrol(db, org.orgId, org.programId, colleagueId, org.coachId),
    );
    running = await startGateway(db, { dev: true });
    participant = await tokenFor(db, org.reportIds[0]!);
    colleague = await tokenFor(db, colleagueId);
    coach = await tokenFor(db, org.coachPersonId);
    outsider = await tokenFor(db, org.outsiderId);
    enrolmentId = toGlobalId('Enrolment', org.enrolmentId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('offers slots as UTC instants after the notice, in the asked zone, and books one', async () => {
    const data = await gql<{
      node: {
        quota: { allowed: number; used: number };
        bookingPolicy: { minNoticeHours: number; bookableFrom: string };
        availableSlots: { timeZone: string; slots: Array<{ startsAt: string; endsAt: string }> };
      };
    }>(participant, SLOTS, {
      id: enrolmentId,
      from: new Date(Date.now()).toISOString(),
      to: new Date(Date.now() + 7 * DAY).toISOString(),
      tz: 'Asia/Kolkata',
    });
    const { availableSlots, bookingPolicy, quota } = data.node;
    expect(availableSlots.timeZone).toBe('Asia/Kolkata');
    expect(quota).toEqual({ allowed: 6, used: 0, remaining: 6 });
    expect(availableSlots.slots.length).toBeGreaterThan(20);
    for (const slot of availableSlots.slots) {
      expect(slot.startsAt).toMatch(/Z$/);
      expect(new Date(slot.startsAt).getTime()).toBeGreaterThanOrEqual(
        new Date(bookingPolicy.bookableFrom).getTime(),
      );
      expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(60 * 60_000);
    }
    const [first] = availableSlots.slots;
    const booked = await book(participant, enrolmentId, first!.startsAt);
    expect(booked.userErrors).toEqual([]);
    expect(booked.session).toMatchObject({ startsAt: first!.startsAt, status: 'BOOKED', sequence: 0 });
    // The slot and its buffer are gone for everyone.
    expect(await slots(colleague, colleagueEnrolmentId, 0, 7)).not.toContain(first!.startsAt);
  });

  it('refuses a slot window that ends before it starts, or spans more than 31 days', async () => {
    const ask = (fromMs: number, toMs: number) =>
      postGraphQL(
        running.url,
        {
          query: SLOTS,
          variables: {
            id: enrolmentId,
            from: new Date(fromMs).toISOString(),
            to: new Date(toMs).toISOString(),
          },
        },
        { token: participant },
      );
    const from = Date.now() + 2 * DAY;
    for (const to of [from, from - 60_000]) {
      const { body } = await ask(from, to);
      expect(body.errors?.[0]).toMatchObject({
        message: '`to` must be after `from`.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'to' },
      });
    }
    const tooLong = await ask(from, from + 31 * DAY + 1000);
    expect(tooLong.body.errors?.[0]).toMatchObject({
      message: 'Ask for at most 31 days of slots at once.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'to' },
    });
    const longest = await ask(from, from + 31 * DAY);
    expect(longest.body.errors).toBeUndefined();
  });

  it('answers CONFLICT to the second booking of one slot and writes nothing', async () => {
    const [slot] = await slots(participant, enrolmentId, 8, 9);
    expect((await book(participant, enrolmentId, slot!)).session).not.toBeNull();
    const before = await sessionCount();
    const second = await book(colleague, colleagueEnrolmentId, slot!);
    expect(second.session).toBeNull();
    expect(second.userErrors).toEqual([
      {
        field: ['startsAt'],
        code: 'CONFLICT',
        message: 'This time was just taken. Please pick another slot.',
      },
    ]);
    expect(await sessionCount()).toBe(before);
  });

  it.each([
    ['in the past', -2 * DAY, 'This time is in the past.'],
    ['too soon', 2 * 3_600_000, 'This time is too soon: the program needs more notice.'],
    ['beyond the horizon', 90 * DAY, 'This time is too far ahead to book yet.'],
  ])('refuses a start %s', async (_what, offset, message) => {
    const before = await sessionCount();
    const startsAt = new Date(Math.floor((Date.now() + offset) / 1_800_000) * 1_800_000).toISOString();
    const result = await book(colleague, colleagueEnrolmentId, startsAt);
    expect(result.userErrors).toEqual([{ field: ['startsAt'], code: 'INVALID', message }]);
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a time outside the coach’s hours, and another person’s enrolment', async () => {
    const [slot] = await slots(colleague, colleagueEnrolmentId, 10, 11);
    const offGrid = new Date(new Date(slot!).getTime() - 15 * 60_000).toISOString();
    expect((await book(colleague, colleagueEnrolmentId, offGrid)).userErrors[0]?.message).toBe(
      'The coach is not available at this time.',
    );
    const night = new Date(new Date(slot!).getTime() - 10 * 3_600_000).toISOString();
    expect((await book(colleague, colleagueEnrolmentId, night)).userErrors[0]?.code).toBe('INVALID');
    // The outsider's token says Arabic, so the refusal is in Arabic; field and code are the same in any language.
    const stranger = await book(outsider, enrolmentId, slot!);
    expect(stranger.userErrors).toEqual([
      { field: ['enrolmentId'], code: 'NOT_FOUND', message: 'هذا التسجيل غير موجود أو لا يخصّك.' },
    ]);
  });

  it('enforces the sessions-per-participant quota', async () => {
    await db.query(`update programs set sessions_per_participant = 3 where id = $1`, [org.programId]);
    try {
      const open = await slots(participant, enrolmentId, 12, 14);
      // Two already booked above; the third fits, the fourth does not.
      expect((await book(participant, enrolmentId, open[0]!)).userErrors).toEqual([]);
      const over = await book(participant, enrolmentId, open[6]!);
      expect(over.userErrors).toEqual([
        { field: ['enrolmentId'], code: 'INVALID', message: 'All 3 sessions of this program are used.' },
      ]);
    } finally {
      await db.query(`update programs set sessions_per_participant = 6 where id = $1`, [org.programId]);
    }
  });

  it('reschedules atomically: the old time frees up, SEQUENCE rises, a taken time changes nothing', async () => {
    const open = await slots(colleague, colleagueEnrolmentId, 15, 16);
    const booked = await book(colleague, colleagueEnrolmentId, open[0]!);
    const id = booked.session!.id;
    const taken = (await book(participant, enrolmentId, open[4]!)).session!;

    const clash = await gql<{ rescheduleSession: Payload }>(colleague, RESCHEDULE, {
      input: { sessionId: id, startsAt: taken.startsAt },
    });
    expect(clash.rescheduleSession.userErrors[0]?.code).toBe('CONFLICT');
    const [unchanged] = await db.query<{ starts_at: Date; sequence: number }>(
      `select starts_at, sequence from sessions where id = $1`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(unchanged?.starts_at.toISOString()).toBe(open[0]);
    expect(unchanged?.sequence).toBe(0);

    const moved = await gql<{ rescheduleSession: Payload }>(colleague, RESCHEDULE, {
      input: { sessionId: id, startsAt: open[8] },
    });
    expect(moved.rescheduleSession.userErrors).toEqual([]);
    expect(moved.rescheduleSession.session).toMatchObject({
      id,
      startsAt: open[8],
      sequence: 1,
      status: 'BOOKED',
    });
    expect(await slots(colleague, colleagueEnrolmentId, 15, 16)).toContain(open[0]);

    const stranger = await gql<{ rescheduleSession: Payload }>(outsider, RESCHEDULE, {
      input: { sessionId: id, startsAt: open[0] },
    });
    expect(stranger.rescheduleSession.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('cancels in time without cost, and late with the session counted', async () => {
    const [slot] = await slots(colleague, colleagueEnrolmentId, 17, 18);
    const early = (await book(colleague, colleagueEnrolmentId, slot!)).session!;
    const quota = `query($id: ID!) { node(id: $id) { ... on Enrolment { quota { used } } } }`;
    const usedBefore = (
      await gql<{ node: { quota: { used: number } } }>(colleague, quota, { id: colleagueEnrolmentId })
    ).node.quota.used;
    const cancelled = await gql<{ cancelSession: Payload }>(colleague, CANCEL, {
      input: { sessionId: early.id, reason: 'Travelling' },
    });
    expect(cancelled.cancelSession.session).toMatchObject({
      status: 'CANCELLED',
      lateCancellation: false,
      sequence: 1,
    });
    const usedAfter = (
      await gql<{ node: { quota: { used: number } } }>(colleague, quota, { id: colleagueEnrolmentId })
    ).node.quota.used;
    expect(usedAfter).toBe(usedBefore - 1);

    const soon = await placeSession(5);
    const policy = await gql<{ node: { cancellationPolicy: { lateNow: boolean; canReschedule: boolean } } }>(
      participant,
      `query($id: ID!) { node(id: $id) { ... on Session { cancellationPolicy { lateNow canReschedule } } } }`,
      { id: soon },
    );
    expect(policy.node.cancellationPolicy).toEqual({ lateNow: true, canReschedule: false });
    const refused = await gql<{ rescheduleSession: Payload }>(participant, RESCHEDULE, {
      input: { sessionId: soon, startsAt: slot },
    });
    expect(refused.rescheduleSession.userErrors[0]?.message).toMatch(/cannot be moved in the last 24 hours/);
    const late = await gql<{ cancelSession: Payload }>(participant, CANCEL, { input: { sessionId: soon } });
    expect(late.cancelSession.session).toMatchObject({ status: 'CANCELLED', lateCancellation: true });
    const again = await gql<{ cancelSession: Payload }>(participant, CANCEL, { input: { sessionId: soon } });
    expect(again.cancelSession.userErrors[0]?.message).toBe('Only a booked session can be cancelled.');
  });

  it('lets a program admin act only on sessions of the programs assigned to them', async () => {
    const assigned = await tokenFor(db, await addProgramAdmin(db, org, 'Ada Assigned', org.programId));
    const unassigned = await tokenFor(db, await addProgramAdmin(db, org, 'Una Unassigned', null));
    const session = await placeSession(100);
    const refused = await gql<{ cancelSession: Payload }>(unassigned, CANCEL, {
      input: { sessionId: session },
    });
    expect(refused.cancelSession.session).toBeNull();
    expect(refused.cancelSession.userErrors[0]?.code).toBe('NOT_FOUND');
    const started = await placeSession(-54);
    const notClosed = await gql<{ completeSession: Payload }>(unassigned, COMPLETE, {
      input: { sessionId: started },
    });
    expect(notClosed.completeSession.session).toBeNull();
    const [slot] = await slots(participant, enrolmentId, 20, 21);
    const notBooked = await book(unassigned, enrolmentId, slot!);
    expect(notBooked.session).toBeNull();

    const cancelled = await gql<{ cancelSession: Payload }>(assigned, CANCEL, {
      input: { sessionId: session },
    });
    expect(cancelled.cancelSession.session).toMatchObject({ status: 'CANCELLED' });
    const closed = await gql<{ completeSession: Payload }>(assigned, COMPLETE, {
      input: { sessionId: started },
    });
    expect(closed.completeSession.session).toMatchObject({ status: 'COMPLETED' });
  });

  it('lets the coach, not the participant, record a started session as held or missed', async () => {
    const started = await placeSession(-2);
    const byParticipant = await gql<{ completeSession: Payload }>(participant, COMPLETE, {
      input: { sessionId: started },
    });
    expect(byParticipant.completeSession.userErrors[0]?.code).toBe('INVALID');
    const held = await gql<{ completeSession: Payload }>(coach, COMPLETE, { input: { sessionId: started } });
    expect(held.completeSession.session?.status).toBe('COMPLETED');
    const twice = await gql<{ markSessionNoShow: Payload }>(coach, NO_SHOW, {
      input: { sessionId: started },
    });
    expect(twice.markSessionNoShow.userErrors[0]?.code).toBe('INVALID');

    const missed = await placeSession(-30);
    const noShow = await gql<{ markSessionNoShow: Payload }>(coach, NO_SHOW, {
      input: { sessionId: missed },
    });
    expect(noShow.markSessionNoShow.session?.status).toBe('NO_SHOW');

    const future = await placeSession(72);
    const early = await gql<{ completeSession: Payload }>(coach, COMPLETE, { input: { sessionId: future } });
    expect(early.completeSession.userErrors[0]?.message).toBe('This session has not started yet.');
  });

  it('serves the invitation as iCalendar with the session’s SEQUENCE', async () => {
    const [slot] = await slots(colleague, colleagueEnrolmentId, 20, 21);
    const id = (await book(colleague, colleagueEnrolmentId, slot!)).session!.id;
    const data = await gql<{ node: { calendar: { filename: string; ics: string } } }>(
      colleague,
      `query($id: ID!) { node(id: $id) { ... on Session { calendar { filename contentType ics } } } }`,
      { id },
    );
    expect(data.node.calendar.ics).toContain('BEGIN:VCALENDAR');
    expect(data.node.calendar.ics).toContain('METHOD:REQUEST');
    expect(data.node.calendar.ics).toContain('SEQUENCE:0');
    expect(data.node.calendar.filename).toMatch(/^coaching-session-\d{4}-\d{2}-\d{2}\.ics$/);
  });
});
