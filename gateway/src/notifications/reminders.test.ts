/**
 * Reminders end to end: sessions are booked, moved, cancelled and closed through the gateway's
 * GraphQL mutations, the job queue runs on the same database, and a real SMTP server in this process
 * receives what nodemailer sends; each message is parsed and read (language, zone, the .ics).
 */
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { JOB_SCHEMA } from '../jobs/queue.js';
import { createBookingFixture, type BookingFixture } from '../modules/sessions/test-support.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { SLOT_STARTS_QUERY, slotsInDays, type SlotStarts } from '../testing/slots.js';
import { startMailQueue, type MailQueue } from '../testing/mail-queue.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Payload {
  session: { id: string; startsAt: string; status: string } | null;
  userErrors: Array<{ code: string }>;
}
const FIELDS = `session { id startsAt status } userErrors { code }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { ${FIELDS} } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($input: SessionIdInput!) { completeSession(input: $input) { ${FIELDS} } }`;
const NO_SHOW = `mutation($input: SessionIdInput!) { markSessionNoShow(input: $input) { ${FIELDS} } }`;

describe.each(testEngines())('reminders by e-mail on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let running: RunningGateway;
  let mail: MailQueue;
  let participant: string;
  let coach: string;
  let participantEmail: string;
  let coachEmail: string;
  const enrolment = () => toGlobalId('Enrolment', org.enrolmentId);

  async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await postGraphQL<T>(running.url, { query, variables }, { token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  /** Waits until the sink holds `count` more messages than `from`, and returns those. */
  async function arrivals(from: number, count: number): Promise<ParsedMail[]> {
    const deadline = Date.now() + 60_000;
    while (mail.sink.inbox.length < from + count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(mail.sink.inbox.length, 'messages arrived').toBeGreaterThanOrEqual(from + count);
    return mail.sink.inbox.slice(from);
  }

  /** Waits for the queue to drain, then a little more, so a message that should not come would have. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [depth] = await mail.queue.depth();
      const due = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = 'reminders'
         AND state IN ('created', 'retry', 'active') AND start_after <= now()`,
      );
      if (depth!.outbox === 0 && due[0]!.n === 0) break;
      if (Date.now() > deadline) throw new Error('the reminder queue did not drain');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  /** Time passes for queued reminders: those of `kind` (for this session) become due now. */
  async function fastForward(kind: string, sessionId: string): Promise<number> {
    const rows = await db.query(
      `UPDATE ${JOB_SCHEMA}.job SET start_after = now()
       WHERE name = 'reminders' AND state = 'created' AND data->'payload'->>'kind' = $1
         AND data->'payload'->>'sessionId' = $2 RETURNING id`,
      [kind, sessionId],
    );
    return rows.length;
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `reminders-${engine}`);
    const participantId = org.reportIds[0]!;
    // The participant reads Arabic in Dubai; the coach (English) is in Paris.
    await db.query(`UPDATE people SET locale = 'ar', time_zone = 'Asia/Dubai' WHERE id = $1`, [
      participantId,
    ]);
    [{ email: participantEmail }, { email: coachEmail }] = [
      (await db.query<{ email: string }>(`SELECT email FROM people WHERE id = $1`, [participantId]))[0]!,
      (await db.query<{ email: string }>(`SELECT email FROM people WHERE id = $1`, [org.coachPersonId]))[0]!,
    ];
    running = await startGateway(db, { dev: true });
    participant = await tokenFor(db, participantId);
    coach = await tokenFor(db, org.coachPersonId);
    mail = await startMailQueue(db);
  });
  afterAll(async () => {
    await mail?.stop();
    await running?.close();
    await db?.close();
  });

  let sessionId: string;
  let startsAt: string;

  it('a booking sends both parties an invitation with the .ics, each in their language and zone', async () => {
    const data = await gql<SlotStarts>(participant, SLOT_STARTS_QUERY, slotsInDays(enrolment(), 3, 5));
    startsAt = data.node.availableSlots.slots[0]!.startsAt;
    const before = mail.sink.inbox.length;
    const booked = (
      await gql<{ bookSession: Payload }>(participant, BOOK, {
        input: { enrolmentId: enrolment(), startsAt },
      })
    ).bookSession;
    expect(booked.userErrors).toEqual([]);
    sessionId = booked.session!.id;
    const uuid = fromGlobalId(sessionId)!.uuid;

    const mails = await arrivals(before, 2);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(2);
    const toParticipant = mails.find(
      (mail) => mail.to && 'text' in mail.to && mail.to.text.includes(participantEmail),
    )!;
    const toCoach = mails.find((mail) => mail.to && 'text' in mail.to && mail.to.text.includes(coachEmail))!;
    expect(toParticipant.subject).toMatch(/^تم حجز جلسة التوجيه: /);
    expect(toParticipant.headers.get('content-language')).toBe('ar');
    // The time is shown in Dubai's zone: 4 hours after UTC, named.
    const dubai = new Intl.DateTimeFormat('ar', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Dubai',
    }).format(new Date(startsAt));
    expect(toParticipant.text).toContain(dubai);
    expect(toCoach.subject).toMatch(/^Coaching session booked: /);
    expect(toCoach.messageId).toMatch(/^<[0-9a-f-]{36}\.session_invitation@coachwork>$/);

    for (const mail of [toParticipant, toCoach]) {
      const ics = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      expect(ics, 'the .ics is attached').toBeDefined();
      const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(`session-${uuid}@coachwork`);
      expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
    }
  });

  it('queues the day-before and hour-before reminders at their instants; a due one arrives once', async () => {
    const due = await db.query<{ lead: string; recipient: string; start_after: Date }>(
      `SELECT data->'payload'->>'lead' AS lead, data->'payload'->>'recipient' AS recipient, start_after
       FROM ${JOB_SCHEMA}.job WHERE name = 'reminders' AND state = 'created'
         AND data->'payload'->>'sessionId' = $1 ORDER BY start_after, recipient`,
      [fromGlobalId(sessionId)!.uuid],
    );
    const start = new Date(startsAt).getTime();
    expect(due.map((row) => [row.lead, row.recipient, start - row.start_after.getTime()])).toEqual([
      ['DAY', 'COACH', DAY],
      ['DAY', 'PARTICIPANT', DAY],
      ['HOUR', 'COACH', HOUR],
      ['HOUR', 'PARTICIPANT', HOUR],
    ]);
    const before = mail.sink.inbox.length;
    expect(await fastForward('SESSION_UPCOMING', fromGlobalId(sessionId)!.uuid)).toBe(4);
    const mails = await arrivals(before, 4);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(4);
    const subjects = mails.map((mail) => mail.subject ?? '');
    for (const pattern of [
      /^Tomorrow: coaching with .+ at /,
      /^In one hour: coaching with /,
      /^غدًا: جلسة توجيه مع .+ في /,
      /^بعد ساعة: جلسة توجيه مع /,
    ]) {
      expect(
        subjects.filter((subject) => pattern.test(subject)),
        String(pattern),
      ).toHaveLength(1);
    }
  });

  it('a moved session sends a new invitation (SEQUENCE 1); the old time’s reminders are dropped', async () => {
    const uuid = fromGlobalId(sessionId)!.uuid;
    const moved = new Date(new Date(startsAt).getTime() + DAY).toISOString();
    const before = mail.sink.inbox.length;
    const result = (
      await gql<{ rescheduleSession: Payload }>(participant, RESCHEDULE, {
        input: { sessionId, startsAt: moved },
      })
    ).rescheduleSession;
    expect(result.userErrors).toEqual([]);
    const mails = await arrivals(before, 2);
    for (const mail of mails) {
      const ics = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar')!;
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!,
      );
      expect(event.sequence).toBe(1);
      expect(event.startDate.toJSDate().toISOString()).toBe(moved);
    }
    // Reminders queued for the old time are due now too: they find the session moved and send nothing.
    await db.query(
      `UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE name = 'reminders' AND state = 'created'
         AND data->'payload'->>'startsAt' = $1`,
      [startsAt],
    );
    await settled();
    expect(mail.sink.inbox.length - before).toBe(2);
    startsAt = moved;
    expect(await fastForward('SESSION_UPCOMING', uuid)).toBe(4);
    await arrivals(before + 2, 4);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(6);
  });

  it('a cancellation sends METHOD:CANCEL to both', async () => {
    const before = mail.sink.inbox.length;
    const result = (
      await gql<{ cancelSession: Payload }>(coach, CANCEL, { input: { sessionId, reason: null } })
    ).cancelSession;
    expect(result.userErrors).toEqual([]);
    const mails = await arrivals(before, 2);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(2);
    for (const mail of mails) {
      const ics = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar')!;
      expect(
        new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstPropertyValue('method'),
      ).toBe('CANCEL');
    }
    const cancelledSubjects = mails.map((mail) => mail.subject ?? '');
    expect(
      cancelledSubjects.filter((subject) => subject.startsWith('Coaching session cancelled: ')),
    ).toHaveLength(1);
    expect(cancelledSubjects.filter((subject) => subject.startsWith('أُلغيت جلسة التوجيه: '))).toHaveLength(1);
  });

  async function pastSession(hoursAgo: number): Promise<string> {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5), now() - make_interval(hours => $5 - 1), 'en', 'BOOKED')
       RETURNING id`,
      [org.orgId, org.coachId, org.reportIds[0], org.enrolmentId, hoursAgo],
    );
    return row!.id;
  }

  it('a held session asks the participant for feedback, and reminds them later only if they have not rated', async () => {
    const uuid = await pastSession(3);
    const before = mail.sink.inbox.length;
    const result = (
      await gql<{ completeSession: Payload }>(coach, COMPLETE, {
        input: { sessionId: toGlobalId('Session', uuid) },
      })
    ).completeSession;
    expect(result.userErrors).toEqual([]);
    const [request] = await arrivals(before, 1);
    expect(request!.subject).toMatch(/^كيف كانت جلستك مع .+؟$/);
    expect(request!.attachments).toEqual([]);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(1);

    // Not rated: the reminder two days later arrives.
    expect(await fastForward('FEEDBACK_REQUEST', uuid)).toBe(1);
    const [reminder] = await arrivals(before + 1, 1);
    expect(reminder!.subject).toMatch(/^تذكير: قيّم جلستك مع /);

    // Rated: a second held session's reminder is dropped.
    const rated = await pastSession(6);
    await gql(coach, COMPLETE, { input: { sessionId: toGlobalId('Session', rated) } });
    await arrivals(before + 2, 1);
    await db.query(
      `INSERT INTO session_feedback (org_id, session_id, coach_id, author_id, rating) VALUES ($1, $2, $3, $4, 5)`,
      [org.orgId, rated, org.coachId, org.reportIds[0]],
    );
    expect(await fastForward('FEEDBACK_REQUEST', rated)).toBe(1);
    await settled();
    expect(mail.sink.inbox.length - before).toBe(3);
  });

  it('a missed session tells the participant; a refused mutation queues nothing', async () => {
    const uuid = await pastSession(9);
    const before = mail.sink.inbox.length;
    await gql(coach, NO_SHOW, { input: { sessionId: toGlobalId('Session', uuid) } });
    const [missed] = await arrivals(before, 1);
    expect(missed!.subject).toBe('فاتتك جلسة التوجيه');

    const [{ n: queuedBefore }] = (await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = 'reminders'`,
    )) as [{ n: number }];
    // Marking it again is refused (only booked sessions close): the transaction rolls back, nothing is queued.
    const again = (
      await gql<{ markSessionNoShow: Payload }>(coach, NO_SHOW, {
        input: { sessionId: toGlobalId('Session', uuid) },
      })
    ).markSessionNoShow;
    expect(again.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    await settled();
    const [{ n: queuedAfter }] = (await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = 'reminders'`,
    )) as [{ n: number }];
    expect(queuedAfter).toBe(queuedBefore);
    expect(mail.sink.inbox.length - before).toBe(1);
  });
});
