/**
 * What programs do on the durable queue: reminders sent from the roster (in each recipient's
 * language, at most once a day per person and kind, audited), and the population re-evaluated after
 * people change (a SCIM PATCH that makes someone a manager, an HR update that moves someone away),
 * with the job, not the request, doing it. A real SMTP server in this process receives the mail.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { JOB_SCHEMA, type JobQueue } from '../../jobs/queue.js';
import { smtpMailer, type Mailer } from '../../notifications/mailer.js';
import { PATCH_OP, ENTERPRISE_USER } from '../../http/scim/protocol.js';
import { addPerson, graphqlCalls } from '../../testing/calls.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { startGatewayQueue } from '../../testing/mail-queue.js';
import { hangingRelay } from '../../testing/hanging-relay.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';

const remind = `mutation Remind($input: RemindProgramParticipantsInput!) {
  remindProgramParticipants(input: $input) { remindedCount alreadyRemindedCount userErrors { field code } }
}`;
const auditLog = `query Audit($programId: ID) {
  auditLog(first: 50, filter: { programId: $programId }) { edges { node { action actor { name } after } } }
}`;

interface RemindPayload {
  remindProgramParticipants: {
    remindedCount: number;
    alreadyRemindedCount: number;
    userErrors: Array<{ field: string[] | null; code: string }>;
  };
}
interface AuditPayload {
  auditLog: { edges: Array<{ node: { action: string; actor: { name: string } | null; after: string } }> };
}

describe.each(testEngines())('program jobs on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let sink: SmtpSink;
  let mailer: Mailer;
  let queue: JobQueue | undefined;
  let adminToken: string;
  let otherAdminToken: string;
  let participantToken: string;
  let programId: string;
  let managersProgramId: string;
  const { call, ok } = graphqlCalls(() => running.url);

  async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function startQueue(): Promise<void> {
    queue = await startGatewayQueue(db, mailer);
  }

  /** Waits until nothing of `name` is queued or running, so what should not arrive would have. */
  async function drained(name: string): Promise<void> {
    await until(`${name} to drain`, async () => {
      const [depth] = await queue!.depth();
      const [due] = await db.query<{ n: number }>(
        `select count(*)::int as n from ${JOB_SCHEMA}.job where name = $1 and state in ('created', 'retry', 'active')`,
        [name],
      );
      return depth!.outbox === 0 && due!.n === 0 ? true : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const statusOf = async (program: string, person: string) =>
    (
      await db.query<{ status: string }>(
        `select status from enrolments where program_id = $1 and person_id = $2`,
        [program, person],
      )
    )[0]?.status;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `program-jobs-${engine}`);
    const otherAdmin = await addPerson(db, org, 'Otto Other', ['PROGRAM_ADMIN'], {
      jobLevel: 'SENIOR_MANAGER',
      orgUnitId: org.regionId,
    });
    // A program for the managers of the first team; the roster below is set by hand.
    programId = randomUUID();
    await db.query(
      `insert into programs (id, org_id, name, objective, names, sessions_per_participant, duration_weeks,
          languages, status)
       values ($1, $2, 'First 100 days', 'Ramp-up', $3::jsonb, 6, 12, array['en','fr','ar'], 'ACTIVE')`,
      [
        programId,
        org.orgId,
        JSON.stringify([
          { locale: 'en', text: 'First 100 days' },
          { locale: 'fr', text: 'Les 100 premiers jours' },
          { locale: 'ar', text: 'أول 100 يوم' },
        ]),
      ],
    );
    // Report 2 (en) and the outsider (ar) have not answered; manager 1 (fr) accepted and booked nothing;
    // report 1 is active with a session (already booked: not reminded).
    await db.query(
      `insert into enrolments (org_id, program_id, person_id, status, coach_id)
       values ($1, $2, $3, 'INVITED', null), ($1, $2, $4, 'INVITED', null), ($1, $2, $5, 'ACCEPTED', null),
              ($1, $2, $6, 'DECLINED', null)`,
      [org.orgId, programId, org.reportIds[1], org.outsiderId, org.managerId, org.directorId],
    );
    running = await startGateway(db);
    adminToken = await tokenFor(db, org.adminId);
    otherAdminToken = await tokenFor(db, otherAdmin);
    participantToken = await tokenFor(db, org.reportIds[1]!);
    sink = await startSmtpSink();
    mailer = smtpMailer(`smtp://127.0.0.1:${sink.port}`);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
    mailer?.close();
    await sink?.close();
    await running?.close();
    await db?.close();
  });

  it('refuses reminders to people who do not manage the program', async () => {
    const input = { programId: toGlobalId('Program', programId) };
    for (const token of [otherAdminToken, participantToken]) {
      const body = await call<RemindPayload>(token, remind, { input });
      const refused =
        body.errors?.[0]?.extensions?.code ?? body.data?.remindProgramParticipants.userErrors[0]?.code;
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused);
      expect(body.data?.remindProgramParticipants.remindedCount ?? 0).toBe(0);
    }
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from program_reminders where program_id = $1`,
      [programId],
    );
    expect(row!.n).toBe(0);
  });

  it('reminds who has not answered or booked, once a day, each in their language, audited', async () => {
    const input = { programId: toGlobalId('Program', programId) };
    const first = await ok<RemindPayload>(adminToken, remind, { input });
    expect(first.remindProgramParticipants).toEqual({
      remindedCount: 3,
      alreadyRemindedCount: 0,
      userErrors: [],
    });
    // The double click: nobody is reminded twice the same day.
    const again = await ok<RemindPayload>(adminToken, remind, { input });
    expect(again.remindProgramParticipants).toMatchObject({ remindedCount: 0, alreadyRemindedCount: 3 });
    const only = await ok<RemindPayload>(adminToken, remind, { input: { ...input, kinds: ['RESPOND'] } });
    expect(only.remindProgramParticipants).toMatchObject({ remindedCount: 0, alreadyRemindedCount: 2 });

    const audit = await ok<AuditPayload>(adminToken, auditLog, { programId: input.programId });
    const reminded = audit.auditLog.edges.filter((e) => e.node.action === 'PARTICIPANTS_REMINDED');
    expect(reminded).toHaveLength(1);
    expect(reminded[0]!.node.actor?.name).toBe('Ada Admin');
    expect(JSON.parse(reminded[0]!.node.after)).toMatchObject({ RESPOND: 2, BOOK: 1 });

    // The outsider answers before the queue runs: their reminder is dropped when it runs.
    await db.query(`update enrolments set status = 'DECLINED' where program_id = $1 and person_id = $2`, [
      programId,
      org.outsiderId,
    ]);
    await startQueue();
    await until('two reminders', async () => (sink.inbox.length >= 2 ? true : undefined));
    await drained('program-reminders');
    expect(sink.inbox).toHaveLength(2);
    const byAddress = new Map(
      sink.inbox.map((mail) => [mail.to && 'text' in mail.to ? mail.to.text : '', mail]),
    );
    const report = [...byAddress.entries()].find(([to]) => to.includes('report2@'))?.[1];
    const manager = [...byAddress.entries()].find(([to]) => to.includes('manager1@'))?.[1];
    expect(report?.subject).toBe('Reminder: your invitation to First 100 days');
    expect(report?.headers.get('content-language')).toBe('en');
    expect(manager?.subject).toBe('Rappel : réservez votre première séance dans Les 100 premiers jours');
    expect(manager?.text).toContain('Bonjour Manager 0001,');
  });

  it('re-evaluates open programs on the queue when SCIM makes someone a manager', async () => {
    // A program for the managers of the first team: manager 1 is in, report 1 (IC) is not.
    managersProgramId = randomUUID();
    await db.query(
      `insert into programs (id, org_id, name, objective, sessions_per_participant, duration_weeks, languages,
          status, target_population)
       values ($1, $2, 'Team leads', 'Lead', 6, 12, array['en'], 'ACTIVE', $3::jsonb)`,
      [
        managersProgramId,
        org.orgId,
        JSON.stringify({ jobLevels: ['MANAGER'], orgUnits: [{ id: org.teamIds[0], subtree: true }] }),
      ],
    );
    const issued = await ok<{ issueScimCredential: { secret: string } }>(
      adminToken,
      `mutation($input: IssueScimCredentialInput!) { issueScimCredential(input: $input) { secret } }`,
      { input: { label: 'Entra' } },
    );
    const secret = issued.issueScimCredential.secret;
    await queue?.stop();
    queue = undefined;
    // Report 2 now reports to report 1, who thereby becomes a manager (SCIM's Entra shape).
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${running.url}/scim/v2/Users/${org.reportIds[1]}`,
        {
          method: 'PATCH',
          agent: false,
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', reject);
      request.end(
        JSON.stringify({
          schemas: [PATCH_OP],
          Operations: [{ op: 'Add', path: `${ENTERPRISE_USER}:manager`, value: org.reportIds[0] }],
        }),
      );
    });
    expect(status).toBe(200);
    // The request changed the person and queued the work; it did not invite anyone itself.
    expect(await statusOf(managersProgramId, org.reportIds[0]!)).toBeUndefined();
    await startQueue();
    expect(await until('the invitation', () => statusOf(managersProgramId, org.reportIds[0]!))).toBe(
      'INVITED',
    );
    expect(await statusOf(managersProgramId, org.managerId)).toBe('INVITED');

    // An HR update moves the new manager to another team before they answered: they are withdrawn.
    await db.query(`update people set org_unit_id = $2 where id = $1`, [org.reportIds[0], org.teamIds[1]]);
    expect(
      await until('the withdrawal', async () => {
        const now = await statusOf(managersProgramId, org.reportIds[0]!);
        return now === 'WITHDRAWN' ? now : undefined;
      }),
    ).toBe('WITHDRAWN');
    const audit = await ok<AuditPayload>(adminToken, auditLog, {
      programId: toGlobalId('Program', managersProgramId),
    });
    const refreshes = audit.auditLog.edges.filter((e) => e.node.action === 'POPULATION_REFRESHED');
    expect(refreshes.length).toBeGreaterThanOrEqual(2);
    expect(refreshes.every((e) => e.node.actor === null)).toBe(true);
    expect(refreshes.map((e) => JSON.parse(e.node.after) as unknown)).toContainEqual(
      expect.objectContaining({ withdrawn: 1, reason: 'PEOPLE_CHANGED' }),
    );
  });
  it('hands a reminder to the mail relay with no transaction open: the gateway answers while the relay hangs', async () => {
    await queue?.stop();
    queue = undefined;
    const waiter = await addPerson(db, org, 'Hana Hang', ['PARTICIPANT'], {
      jobLevel: 'MANAGER',
      orgUnitId: org.teamIds[0]!,
    });
    await db.query(
      `insert into enrolments (org_id, program_id, person_id, status) values ($1, $2, $3, 'INVITED')`,
      [org.orgId, programId, waiter],
    );
    // Were the mail sent inside the job's transaction, PGlite's one connection would stay taken
    // (every request waits for the relay), and PostgreSQL would show a session idle in a
    // transaction for as long as the relay hangs.
    const relay = hangingRelay(mailer);
    const mailsBefore = sink.inbox.length;
    let reminded = 0;
    try {
      const sent = await ok<RemindPayload>(adminToken, remind, {
        input: { programId: toGlobalId('Program', programId), kinds: ['RESPOND'] },
      });
      // Hana, and whoever earlier tests left unreminded today.
      reminded = sent.remindProgramParticipants.remindedCount;
      expect(reminded).toBeGreaterThanOrEqual(1);
      queue = await startGatewayQueue(db, relay.mailer);
      await until('the reminder to reach the relay', async () => (relay.waiting() > 0 ? true : undefined));
      const answered = await Promise.race([
        ok<{ viewer: { id: string } }>(participantToken, '{ viewer { id } }', {}).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000).unref()),
      ]);
      expect(answered, 'the gateway answered while the relay hung').toBe(true);
      if (engine === 'postgres') {
        const idle = async () =>
          (
            await db.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity
               where datname = current_database() and state like 'idle in transaction%'`,
            )
          )[0]!.n;
        // Other work may pause between two statements of a short transaction: poll, bounded.
        const deadline = Date.now() + 10_000;
        let open = await idle();
        while (open > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          open = await idle();
        }
        expect(open, 'sessions idle in a transaction while the relay hangs').toBe(0);
      }
      expect(sink.inbox.length).toBe(mailsBefore);
    } finally {
      relay.release();
    }
    await until('the reminders', async () =>
      sink.inbox.length >= mailsBefore + reminded ? true : undefined,
    );
    await drained('program-reminders');
    expect(sink.inbox.length).toBe(mailsBefore + reminded);
  });
});
