/**
 * Reminders for open 360 ratings, end to end: a program admin opens a phase through the gateway,
 * the phase's reminder job is queued for when about a third of its window is left, and when it comes due the
 * raters who still owe a rating get one e-mail each (read here from a real SMTP sink), in their
 * language and zone, naming no one else who rates. Someone who submitted meanwhile gets nothing, a
 * rater is reminded once a day however many phases remind them, and a phase closed early reminds
 * nobody.
 */
import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { enqueueJob, JOB_SCHEMA } from '../jobs/queue.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { startMailQueue, type MailQueue } from '../testing/mail-queue.js';
import {
  PULSE_PHASE_REMINDER_QUEUE,
  PULSE_REMINDER_MAX_LEAD_MS,
  PULSE_REMINDER_QUEUE,
  pulseReminderAt,
} from './pulse-reminders.js';

const DAY = 86_400_000;
const OPEN = `mutation($input: OpenPulsePhaseInput!) { openPulsePhase(input: $input) {
  phase { phase requested } userErrors { code } } }`;
const CLOSE = `mutation($input: ClosePulsePhaseInput!) { closePulsePhase(input: $input) {
  phase { phase } userErrors { code } } }`;
const SUBMIT = `mutation($input: SubmitPulseInput!) { submitPulse(input: $input) { submitted userErrors { code } } }`;

describe('when a phase’s raters are reminded', () => {
  const opens = new Date('2026-03-01T09:00:00Z');
  const leadFor = (window: number) =>
    (opens.getTime() + window - pulseReminderAt(opens, new Date(opens.getTime() + window)).getTime()) / DAY;
  it('is when about a third of the window is left, in whole days before the close', () => {
    expect(leadFor(14 * DAY)).toBe(5);
    expect(leadFor(10 * DAY)).toBe(3);
    expect(leadFor(7 * DAY)).toBe(2);
    expect(leadFor(6 * DAY)).toBe(2);
  });
  it('leaves at least a day to answer', () => {
    expect(leadFor(3 * DAY)).toBe(1);
    expect(leadFor(2 * DAY)).toBe(1);
  });
  it('is at most a week before a long window closes', () => {
    expect(leadFor(21 * DAY) * DAY).toBe(PULSE_REMINDER_MAX_LEAD_MS);
    expect(leadFor(90 * DAY)).toBe(7);
    expect(leadFor(366 * DAY)).toBe(7);
  });
  it('is halfway through a window shorter than two days, not as it opens', () => {
    expect(leadFor(DAY)).toBe(0.5);
    expect(leadFor(36 * 3_600_000)).toBe(0.75);
  });
  it('is at the time of day the phase closes', () => {
    const closes = new Date('2026-03-15T16:30:00Z');
    expect(pulseReminderAt(opens, closes).toISOString()).toBe('2026-03-10T16:30:00.000Z');
  });
});

describe.each(testEngines())('reminders for open 360 ratings on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let mail: MailQueue;
  const tokens: Record<string, string> = {};
  const people: Record<string, { id: string; name: string; email: string }> = {};
  let programId: string;
  let capabilities: string[];

  async function mutate<T>(who: string, query: string, input: Record<string, unknown>): Promise<T> {
    const res = await postGraphQL<Record<string, T>>(
      running.url,
      { query, variables: { input } },
      {
        token: tokens[who],
      },
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return Object.values(res.body.data!)[0]!;
  }

  /** Waits for both pulse queues to drain, then a little more, so a message that should not come would have. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const outbox = (await mail.queue.depth()).reduce((sum, depth) => sum + depth.outbox, 0);
      const due = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = any($1::text[])
         AND state IN ('created', 'retry', 'active') AND start_after <= now()`,
        [[PULSE_PHASE_REMINDER_QUEUE, PULSE_REMINDER_QUEUE]],
      );
      if (outbox === 0 && due[0]!.n === 0) break;
      if (Date.now() > deadline) throw new Error('the pulse reminder queues did not drain');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  /** The phase reminders waiting (once the outbox has handed them to the queue), with when they are due. */
  async function phaseJobs(): Promise<Array<{ id: string; startAfter: Date }>> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const outbox = (await mail.queue.depth()).reduce((sum, depth) => sum + depth.outbox, 0);
      if (outbox === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const rows = await db.query<{ id: string; start_after: Date }>(
      `SELECT id, start_after FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state = 'created' ORDER BY start_after`,
      [PULSE_PHASE_REMINDER_QUEUE],
    );
    return rows.map((row) => ({ id: row.id, startAfter: new Date(row.start_after) }));
  }

  /** Time passes: every phase reminder waiting becomes due now. */
  async function fastForward(): Promise<number> {
    await phaseJobs();
    const rows = await db.query(
      `UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE name = $1 AND state = 'created' RETURNING id`,
      [PULSE_PHASE_REMINDER_QUEUE],
    );
    return rows.length;
  }

  const inbox = (from: number) => mail.sink.inbox.slice(from);

  /** Waits until the sink holds `count` more messages than `from`, then for any that should not come. */
  async function arrivals(from: number, count: number): Promise<ParsedMail[]> {
    const deadline = Date.now() + 60_000;
    while (mail.sink.inbox.length < from + count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await settled();
    return inbox(from);
  }
  const to = (mail: ParsedMail) =>
    (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []).map((v) => v.address);

  async function addPerson(name: string, managerId: string, locale = 'en', timeZone = 'Europe/London') {
    const id = randomUUID();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@${org.slug}.example`;
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, $3, $4, $5, $6, 'IC', $7, $8, '2025-01-15', array['PARTICIPANT'])`,
      [id, org.orgId, name, email, locale, timeZone, org.teamIds[0], managerId],
    );
    return { id, name, email };
  }

  async function person(id: string) {
    const [row] = await db.query<{ name: string; email: string }>(
      `select name, email from people where id = $1`,
      [id],
    );
    return { id, ...row! };
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `pulse-reminders-${engine}-${randomUUID().slice(0, 6)}`);
    programId = toGlobalId('Program', org.programId);
    people.participant = await person(org.reportIds[0]!);
    people.manager = await person(org.managerId);
    people.admin = await person(org.adminId);
    // The manager reads German in Berlin.
    await db.query(`update people set locale = 'de', time_zone = 'Europe/Berlin' where id = $1`, [
      org.managerId,
    ]);
    // Two peers of the participant (same manager), asked to rate them in every phase.
    people.peerA = await addPerson('Ada Peer', org.managerId);
    people.peerB = await addPerson('Bo Peer', org.managerId);
    // Report 2 is a peer too; they leave before the reminder and get nothing.
    await db.query(`update people set active = false, deactivated_at = now() where id = $1`, [
      org.reportIds[1],
    ]);
    const rows = await db.query<{ code: string; id: string }>(
      `select c.code, c.id from program_focus_capabilities f
       join capabilities c on c.org_id = f.org_id and c.code = f.capability_code
       where f.program_id = $1`,
      [org.programId],
    );
    capabilities = rows.map((row) => toGlobalId('Capability', row.id));
    running = await startGateway(db, { dev: true });
    for (const [who, { id }] of Object.entries(people)) tokens[who] = await tokenFor(db, id);
    mail = await startMailQueue(db);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await mail?.stop();
    await running?.close();
    await db?.close();
  });

  it('reminds those who still owe a rating, in their language and zone, naming nobody else', async () => {
    const closesAt = new Date(Date.now() + 10 * DAY);
    const opened = await mutate<{ phase: { requested: number } | null; userErrors: unknown[] }>(
      'admin',
      OPEN,
      {
        programId,
        phase: 'PRE',
        closesAt: closesAt.toISOString(),
      },
    );
    expect(opened.userErrors).toEqual([]);
    // A 10-day window: the reminder waits until three days before the close; nothing is sent on opening.
    const [waiting] = await phaseJobs();
    expect(Math.abs(waiting!.startAfter.getTime() - (closesAt.getTime() - 3 * DAY))).toBeLessThan(1000);
    const before = mail.sink.inbox.length;
    await settled();
    expect(inbox(before)).toEqual([]);

    // Peer A answers before the reminder.
    const answered = await mutate<{ submitted: boolean }>('peerA', SUBMIT, {
      programId,
      subjectId: toGlobalId('Person', people.participant!.id),
      phase: 'PRE',
      answers: capabilities.map((capabilityId) => ({ capabilityId, score: 4 })),
    });
    expect(answered.submitted).toBe(true);

    expect(await fastForward()).toBe(1);
    const mails = await arrivals(before, 3);
    const recipients = mails.flatMap(to).sort();
    expect(recipients).toEqual(
      [people.participant!.email, people.manager!.email, people.peerB!.email].sort(),
    );

    const english = mails.find((mail) => to(mail).includes(people.peerB!.email))!;
    expect(english.subject).toMatch(/^Reminder: 1 360 rating to give by /);
    expect(english.text).toContain('Hello Bo Peer,');
    expect(english.text).toMatch(/: 1 rating, open until .*(GMT|BST)/);
    const german = mails.find((mail) => to(mail).includes(people.manager!.email))!;
    expect(german.subject).toMatch(/^Erinnerung: 1 360°-Bewertung bis .* abzugeben$/);
    expect(german.text).toMatch(/1 Bewertung, offen bis .*(MEZ|MESZ)/);
    expect(german.headers.get('content-language')).toBe('de');
    // Nobody learns who else rates, nor who answered: no rater's name in anyone's e-mail.
    for (const mail of mails) {
      for (const other of [people.peerA!, people.peerB!, people.manager!]) {
        if (to(mail).includes(other.email)) continue;
        expect(`${mail.subject}\n${mail.text}`).not.toContain(other.name);
      }
    }
  });

  it('reminds a rater once a day however many phases remind them, and not after they submit', async () => {
    const before = mail.sink.inbox.length;
    // A second phase closing at about the same time reminds the same raters today: only Ada, who
    // was not reminded of the first (she had answered it), hears of the second.
    const opened = await mutate<{ userErrors: unknown[] }>('admin', OPEN, {
      programId,
      phase: 'MID',
      closesAt: new Date(Date.now() + 11 * DAY).toISOString(),
    });
    expect(opened.userErrors).toEqual([]);
    expect(await fastForward()).toBe(1);
    expect((await arrivals(before, 1)).flatMap(to)).toEqual([people.peerA!.email]);
    const [{ n }] = (await db.query<{ n: number }>(
      `select count(*)::int as n from pulse_reminders where org_id = $1`,
      [org.orgId],
    )) as [{ n: number }];
    expect(n).toBe(4);

    // Bo submits everything; e-mails queued for Bo and the participant are each checked when sent:
    // Bo owes nothing any more and gets nothing, the participant still owes and is reminded.
    for (const phase of ['PRE', 'MID']) {
      const done = await mutate<{ submitted: boolean }>('peerB', SUBMIT, {
        programId,
        subjectId: toGlobalId('Person', people.participant!.id),
        phase,
        answers: capabilities.map((capabilityId) => ({ capabilityId, score: 3 })),
      });
      expect(done.submitted).toBe(true);
    }
    const later = mail.sink.inbox.length;
    for (const who of [people.peerB!, people.participant!]) {
      await enqueueJob(db, { orgId: org.orgId, queue: PULSE_REMINDER_QUEUE, payload: { personId: who.id } });
    }
    const mails = await arrivals(later, 1);
    expect(mails.flatMap(to)).toEqual([people.participant!.email]);
    expect(mails[0]!.subject).toMatch(/^Reminder: 2 360 ratings to give by /);
  });

  it('reminds nobody of a phase closed early', async () => {
    const before = mail.sink.inbox.length;
    await db.query(`delete from pulse_reminders where org_id = $1`, [org.orgId]);
    const opened = await mutate<{ userErrors: unknown[] }>('admin', OPEN, {
      programId,
      phase: 'POST',
      closesAt: new Date(Date.now() + 12 * DAY).toISOString(),
    });
    expect(opened.userErrors).toEqual([]);
    for (const phase of ['PRE', 'MID', 'POST']) {
      const closed = await mutate<{ userErrors: unknown[] }>('admin', CLOSE, { programId, phase });
      expect(closed.userErrors).toEqual([]);
    }
    await fastForward();
    await settled();
    expect(inbox(before)).toEqual([]);
  });
});
