/**
 * xAPI statements out, end to end on each engine: org admins set the LRS through GraphQL (others are
 * refused), real mutations make a participant's journey, the job queue delivers, and an LRS run in
 * process checks every statement with the same validator, the version header and the credentials,
 * and counts receipts per statement ID.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { screenedFetch } from '../../http/destination.js';
import { JOB_SCHEMA, JobQueue } from '../../jobs/queue.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { SLOT_STARTS_QUERY, slotsInDays, type SlotStarts } from '../../testing/slots.js';
import { until } from '../../testing/until.js';
import {
  createBookingFixture,
  insertSessionStartedAnHourAgo,
  type BookingFixture,
} from '../sessions/test-support.js';
import {
  XAPI_STATEMENT_QUEUE,
  xapiRetryDelayMs,
  defaultXapiDeliverySettings,
  xapiStatementJob,
} from './delivery.js';
import { setEnrolmentCoach } from '../coaching/sql.js';
import { xapiPulseResponded } from './emit.js';
import { sendStatement, statementsUrl } from './send.js';
import { buildStatement, keyedAgentName, uuidV5, validateStatement, VERBS } from './statements.js';
import { startTestLrs, type TestLrs } from './testing/lrs.js';

const HOME = 'https://learning.northwind.example';

const CONFIG = `endpoint homePage username version mboxAgents enabled updatedAt`;
const CONFIGURE = `mutation($input: ConfigureXapiLrsInput!) { configureXapiLrs(input: $input) {
  config { ${CONFIG} } userErrors { field code message } } }`;
const FAILED = `query($first: Int) { xapiFailedDeliveries(first: $first) {
  statementId verb statement status attempts lastAttemptAt responseStatus responseBodyExcerpt error createdAt } }`;

interface Failure {
  statementId: string;
  verb: string;
  statement: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseBodyExcerpt: string | null;
  error: string | null;
}

describe('xAPI statements', () => {
  const settings = { orgId: randomUUID(), homePage: HOME, mboxAgents: false };

  it('derives name-based UUIDs as RFC 9562 does', () => {
    // RFC 9562 Appendix A.4: the v5 UUID of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('builds statements the validator accepts, with the same ID for the same event', () => {
    const moment = {
      verb: 'attended' as const,
      eventKey: 'session:1',
      learner: { personId: randomUUID(), email: 'ana@northwind.example' },
      object: { kind: 'session' as const, id: randomUUID() },
      programId: randomUUID(),
      enrolmentId: randomUUID(),
      timestamp: new Date('2026-03-02T10:00:00Z'),
    };
    const statement = buildStatement(settings, moment);
    expect(validateStatement(statement)).toEqual([]);
    expect(buildStatement(settings, moment).id).toBe(statement.id);
    expect(buildStatement(settings, { ...moment, eventKey: 'session:2' }).id).not.toBe(statement.id);
    expect(JSON.stringify(statement)).not.toContain('ana@');
    expect(buildStatement({ ...settings, mboxAgents: true }, moment).actor).toEqual({
      objectType: 'Agent',
      mbox: 'mailto:ana@northwind.example',
    });
  });

  it('reports what the validator refuses', () => {
    const statement = buildStatement(settings, {
      verb: 'completed',
      eventKey: 'goal:1',
      learner: { personId: randomUUID(), email: null },
      object: { kind: 'goal', id: randomUUID() },
      programId: null,
      enrolmentId: null,
      timestamp: new Date(),
    });
    const broken = {
      ...statement,
      actor: { objectType: 'Agent', mbox: 'ana at northwind' },
      verb: { id: 'completed' },
    };
    expect(validateStatement(broken).map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['statement.actor.mbox', 'statement.verb.id']),
    );
  });

  it('posts to the statements resource and backs off exponentially', () => {
    expect(statementsUrl('https://lrs.example/data/xAPI/?tenant=1')).toBe(
      'https://lrs.example/data/xAPI/statements?tenant=1',
    );
    expect([1, 2, 3].map((n) => xapiRetryDelayMs(defaultXapiDeliverySettings, n))).toEqual([
      30_000, 60_000, 120_000,
    ]);
  });

  it('classifies what an LRS answers, with no database involved', async () => {
    const lrs = await startTestLrs('key', 'secret');
    try {
      const statement = buildStatement(settings, {
        verb: 'registered',
        eventKey: 'enrolment:1',
        learner: { personId: randomUUID(), email: null },
        object: { kind: 'program', id: randomUUID() },
        programId: null,
        enrolmentId: randomUUID(),
        timestamp: new Date(),
      });
      const target = { endpoint: lrs.endpoint, username: 'key', password: 'secret', version: '2.0.0' };
      expect(await sendStatement(statement, target)).toMatchObject({ kind: 'stored', status: 200 });
      expect(lrs.receipts.at(-1)).toMatchObject({ version: '2.0.0', authorised: true, problems: [] });
      expect(await sendStatement(statement, { ...target, password: 'wrong' })).toMatchObject({
        kind: 'refused',
        status: 401,
      });
      lrs.failNext(503, 1, 'maintenance');
      expect(await sendStatement(statement, target)).toMatchObject({
        kind: 'retry',
        status: 503,
        excerpt: 'maintenance',
      });
      expect(
        await sendStatement(statement, { ...target, endpoint: 'http://127.0.0.1:9/xapi' }),
      ).toMatchObject({
        kind: 'retry',
        status: null,
      });
      expect(lrs.stored.size).toBe(1);

      // The job's fetch screens the address at each send: outside dev mode a loopback LRS (as one
      // whose name now resolves to a private address) gets no connection, and retrying cannot help.
      const receipts = lrs.receipts.length;
      expect(await sendStatement(statement, target, { fetch: screenedFetch({ dev: false }) })).toMatchObject({
        kind: 'refused',
        status: null,
        error: 'The LRS address is refused (NOT_HTTPS).',
      });
      const resolvesPrivate = async () => [{ address: '10.0.0.7', family: 4 }];
      expect(
        await sendStatement(
          statement,
          { ...target, endpoint: 'https://lrs.example.com/xapi' },
          { fetch: screenedFetch({ dev: false, resolve: resolvesPrivate }) },
        ),
      ).toMatchObject({
        kind: 'refused',
        status: null,
        error: 'The LRS address is refused (PRIVATE_ADDRESS).',
      });
      expect(lrs.receipts.length).toBe(receipts);
      // In dev mode the same fetch sends the statement, body and headers intact.
      expect(await sendStatement(statement, target, { fetch: screenedFetch({ dev: true }) })).toMatchObject({
        kind: 'stored',
        status: 200,
      });
      expect(lrs.receipts.at(-1)).toMatchObject({ version: '2.0.0', authorised: true, problems: [] });
    } finally {
      await lrs.close();
    }
  });
});

describe.each(testEngines())('xAPI statements out on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let other: BookingFixture;
  let gateway: RunningGateway;
  let lrs: TestLrs;
  let queue: JobQueue;
  let admin: string;
  let participant: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphQL<T>(gateway.url, { query, variables }, { token })).body;
  }
  async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await gql<T>(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }
  async function configure(input: Record<string, unknown> = {}) {
    const { configureXapiLrs } = await ok<{
      configureXapiLrs: { config: Record<string, unknown> | null; userErrors: unknown[] };
    }>(admin, CONFIGURE, {
      input: {
        endpoint: lrs.endpoint,
        homePage: HOME,
        username: 'coachwork',
        password: 'lrs-password-1',
        ...input,
      },
    });
    return configureXapiLrs;
  }
  async function statusOf(id: string): Promise<string | undefined> {
    const [row] = await db.query<{ status: string }>(`select status from xapi_statements where id = $1`, [
      id,
    ]);
    return row?.status;
  }
  /** Deliveries of one statement still to come: in the outbox, or queued, retrying or running in the queue. */
  async function deliveriesPending(id: string): Promise<number> {
    const [row] = await db.query<{ n: number }>(
      `select (select count(*) from job_outbox where queue = $1 and payload->>'statementId' = $2)::int
            + (select count(*) from ${JOB_SCHEMA}.job where name = $1 and data->'payload'->>'statementId' = $2
                 and state in ('created', 'retry', 'active'))::int as n`,
      [XAPI_STATEMENT_QUEUE, id],
    );
    return row!.n;
  }
  async function statementIds(): Promise<Array<{ id: string; verb: string; status: string }>> {
    return db.query(
      `select id, verb, status from xapi_statements where org_id = $1 order by created_at, verb`,
      [org.orgId],
    );
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `xapi-${engine}`);
    other = await createBookingFixture(db, `xapi-other-${engine}`);
    gateway = await startGateway(db, { dev: true });
    lrs = await startTestLrs('coachwork', 'lrs-password-1');
    queue = new JobQueue(
      db,
      [xapiStatementJob({ dev: true, firstRetryDelayMs: 200, maxRetryDelayMs: 400 })],
      {
        pollingIntervalSeconds: 0.5,
        relayIntervalMs: 100,
        maintenanceIntervalSeconds: 1,
      },
    );
    await queue.start();
    admin = await tokenFor(db, org.adminId);
    participant = await tokenFor(db, org.reportIds[0]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
    await gateway?.close();
    await lrs?.close();
    await db?.close();
  });

  it(
    'lets org admins alone set the LRS, keeps the password sealed, and checks what is given',
    async () => {
      const refusedTokens = [
        participant,
        await tokenFor(db, org.managerId),
        await tokenFor(db, org.coachPersonId),
        await tokenFor(db, org.directorId),
      ];
      for (const token of refusedTokens) {
        for (const [query, variables] of [
          [`{ xapiLrsConfig { endpoint } }`, {}],
          [FAILED, {}],
          [CONFIGURE, { input: { endpoint: lrs.endpoint, homePage: HOME, username: 'x', password: 'y' } }],
          [`mutation { removeXapiLrs { removed } }`, {}],
        ] as const) {
          const body = await gql(token, query, variables);
          expect(body.errors?.[0]?.extensions?.['code'], query).toBe('FORBIDDEN');
        }
      }
      expect((await db.query(`select 1 from xapi_lrs_configs`)).length).toBe(0);

      // The first configuration needs a password; bad values are named.
      const first = await configure({ password: null });
      expect(first.userErrors).toEqual([expect.objectContaining({ field: ['password'], code: 'REQUIRED' })]);
      const bad = await configure({
        endpoint: 'ftp://lrs.example',
        homePage: 'http://northwind.example',
        username: 'a:b',
      });
      expect(bad.userErrors).toEqual([
        expect.objectContaining({ field: ['endpoint'], code: 'INVALID' }),
        expect.objectContaining({ field: ['homePage'], code: 'INVALID' }),
        expect.objectContaining({ field: ['username'], code: 'INVALID' }),
      ]);
      // Outside dev mode the endpoint must be https to a public address, as a webhook receiver.
      const prod = await startGateway(db, { dev: false });
      try {
        const body = await postGraphQL<{ configureXapiLrs: { userErrors: Array<{ code: string }> } }>(
          prod.url,
          {
            query: CONFIGURE,
            variables: {
              input: { endpoint: 'https://127.0.0.1/xapi', homePage: HOME, username: 'k', password: 'p' },
            },
          },
          { token: admin },
        );
        expect(body.body.data?.configureXapiLrs.userErrors).toEqual([
          expect.objectContaining({ code: 'UNSUPPORTED' }),
        ]);
      } finally {
        await prod.close();
      }

      const saved = await configure({ version: 'V2_0_0' });
      expect(saved.userErrors).toEqual([]);
      expect(saved.config).toMatchObject({
        endpoint: lrs.endpoint,
        homePage: HOME,
        username: 'coachwork',
        version: 'V2_0_0',
        mboxAgents: false,
        enabled: true,
      });
      const [row] = await db.query<{ password_sealed: Uint8Array }>(
        `select password_sealed from xapi_lrs_configs where org_id = $1`,
        [org.orgId],
      );
      expect(Buffer.from(row!.password_sealed).toString('latin1')).not.toContain('lrs-password-1');
      // Changing the rest keeps the stored password.
      expect((await configure({ password: null, version: 'V1_0_3' })).userErrors).toEqual([]);

      // Another organisation's admin sees their own organisation only.
      const otherAdmin = await tokenFor(db, other.adminId);
      expect(await ok(otherAdmin, `{ xapiLrsConfig { endpoint } }`)).toEqual({ xapiLrsConfig: null });
      expect(await ok(otherAdmin, FAILED)).toEqual({ xapiFailedDeliveries: [] });
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'sends a participant’s journey once each, through a 503, as valid statements',
    async () => {
      expect((await configure()).userErrors).toEqual([]);
      const enrolmentId = toGlobalId('Enrolment', org.enrolmentId);
      // Invited; the participant accepts (registered), and the match makes the enrolment active.
      await db.query(`update enrolments set status = 'INVITED' where id = $1`, [org.enrolmentId]);
      // The LRS stores the first statement but answers 503: the retry carries the same ID.
      lrs.failNext(503, 1, '{"error":"busy"}', true);
      const receiptsBefore = lrs.receipts.length;
      await ok(
        participant,
        `mutation($input: RespondToProgramInvitationInput!) {
         respondToProgramInvitation(input: $input) { userErrors { code message } } }`,
        { input: { enrolmentId, response: 'ACCEPT' } },
      );
      // Jobs run concurrently: the next statement must not reach the LRS first and take the 503.
      await until('the first attempt of registered', async () => lrs.receipts.length > receiptsBefore);
      await db.query(`update enrolments set status = 'ACTIVE' where id = $1`, [org.enrolmentId]);

      const slots = await ok<SlotStarts>(participant, SLOT_STARTS_QUERY, slotsInDays(enrolmentId, 3, 8));
      await ok(
        participant,
        `mutation($input: BookSessionInput!) { bookSession(input: $input) { session { id } userErrors { code } } }`,
        { input: { enrolmentId, startsAt: slots.node.availableSlots.slots[0]!.startsAt } },
      );
      // Held: a session that started an hour ago, recorded by its coach.
      const pastId = await insertSessionStartedAnHourAgo(db, org);
      await ok(
        await tokenFor(db, org.coachPersonId),
        `mutation($input: SessionIdInput!) { completeSession(input: $input) { session { id status } } }`,
        { input: { sessionId: toGlobalId('Session', pastId) } },
      );
      const goal = await ok<{ createGoal: { goal: { id: string } } }>(
        participant,
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`,
        { input: { capability: 'DELEGATION', title: 'Hand over the weekly report', visibility: 'MANAGER' } },
      );
      const goalId = goal.createGoal.goal.id;
      await ok(
        participant,
        `mutation($input: AddGoalCheckInInput!) { addGoalCheckIn(input: $input) { userErrors { code message } } }`,
        { input: { goalId, progress: 60, note: 'my private note about the team', mood: 2, confidence: 4 } },
      );
      await ok(
        participant,
        `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { status } userErrors { code message } } }`,
        { input: { goalId, status: 'COMPLETED', progress: 100 } },
      );
      // A private goal's check-in and completion stay between its owner and their coach.
      const secret = await ok<{ createGoal: { goal: { id: string } } }>(
        participant,
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`,
        { input: { capability: 'DELEGATION', title: 'private ambition', visibility: 'PRIVATE' } },
      );
      await ok(
        participant,
        `mutation($input: AddGoalCheckInInput!) { addGoalCheckIn(input: $input) { userErrors { code message } } }`,
        { input: { goalId: secret.createGoal.goal.id, progress: 30 } },
      );
      await ok(
        participant,
        `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { status } userErrors { code message } } }`,
        { input: { goalId: secret.createGoal.goal.id, status: 'COMPLETED', progress: 100 } },
      );
      // The program completed for them.
      await ok(
        admin,
        `mutation($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { userErrors { code message } } }`,
        { input: { enrolmentId, status: 'COMPLETED', reason: 'finished' } },
      );

      const verbs = ['registered', 'scheduled', 'attended', 'progressed', 'completed', 'completed'];
      await until('every statement sent', async () => {
        const rows = await statementIds();
        return rows.length === verbs.length && rows.every((row) => row.status === 'SENT');
      });
      const rows = await statementIds();
      expect(rows.map((row) => row.verb).sort()).toEqual([...verbs].sort());
      const sent = rows.map((row) => lrs.stored.get(row.id)!);
      expect(sent.every(Boolean)).toBe(true);

      // Every receipt valid, with the version header and the credentials; one retry, no duplicate stored.
      const receipts = lrs.receipts.filter((receipt) => rows.some((row) => row.id === receipt.id));
      expect(receipts.every((r) => r.problems.length === 0 && r.authorised && r.version === '1.0.3')).toBe(
        true,
      );
      const registered = rows.find((row) => row.verb === 'registered')!;
      expect(lrs.receiptsOf(registered.id)).toBe(2);
      expect(
        rows.filter((row) => row.id !== registered.id).every((row) => lrs.receiptsOf(row.id) === 1),
      ).toBe(true);
      expect(lrs.stored.size).toBe(new Set(lrs.stored.keys()).size);

      // The person as an account of the organisation, one registration for the journey, the program as parent.
      const person = toGlobalId('Person', org.reportIds[0]!);
      const program = `${HOME}/xapi/programs/${org.programId}`;
      for (const statement of sent) {
        expect(statement['actor']).toEqual({
          objectType: 'Agent',
          account: { homePage: HOME, name: person },
        });
        expect(String((statement['object'] as { id: string }).id).startsWith(`${HOME}/xapi/`)).toBe(true);
      }
      const registrations = new Set(sent.map((s) => (s['context'] as { registration: string }).registration));
      expect(registrations.size).toBe(1);
      expect([...registrations][0]).not.toBe(org.enrolmentId);
      const byVerb = (verb: string) =>
        sent.filter((s) => (s['verb'] as { id: string }).id === VERBS[verb as keyof typeof VERBS]);
      expect(byVerb('attended')[0]).toMatchObject({
        object: { id: `${HOME}/xapi/sessions/${pastId}` },
        context: { contextActivities: { parent: [{ id: program }], grouping: [{ id: program }] } },
      });
      expect(byVerb('progressed')[0]).toMatchObject({
        result: { extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 60 } },
      });
      expect(
        byVerb('completed')
          .map((s) => (s['object'] as { id: string }).id)
          .sort(),
      ).toEqual(
        [program, `${HOME}/xapi/goals/${Buffer.from(goalId, 'base64url').toString().split(':')[1]}`].sort(),
      );
      const everything = JSON.stringify(sent);
      for (const hidden of ['private note', 'Hand over', 'private ambition', '@', 'mailto']) {
        expect(everything).not.toContain(hidden);
      }
      if (process.env['XAPI_JOURNEY_OUT'] && engine === 'pglite') {
        writeFileSync(process.env['XAPI_JOURNEY_OUT'], `${JSON.stringify(sent, null, 2)}\n`);
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'stops at a 4xx and shows the LRS’s answer in the failed-deliveries view',
    async () => {
      const before = (await statementIds()).length;
      lrs.failNext(400, 1, '{"error":"verb not allowed in this LRS profile"}');
      const goal = await ok<{ createGoal: { goal: { id: string } } }>(
        participant,
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`,
        { input: { capability: 'DELEGATION', title: 'Coach the new lead', visibility: 'MANAGER' } },
      );
      await ok(
        participant,
        `mutation($input: AddGoalCheckInInput!) { addGoalCheckIn(input: $input) { userErrors { code message } } }`,
        { input: { goalId: goal.createGoal.goal.id, progress: 20 } },
      );
      await until('a statement given up', async () => {
        const rows = await statementIds();
        return rows.length > before && rows.some((row) => row.status === 'FAILED');
      });
      const failed = (await statementIds()).find((row) => row.status === 'FAILED')!;
      // No delivery of it is left to come (a retry would be queued before the job completes).
      await until('its job done, no retry queued', async () => (await deliveriesPending(failed.id)) === 0);
      expect(lrs.receiptsOf(failed.id)).toBe(1);
      expect(await statusOf(failed.id)).toBe('FAILED');
      expect(lrs.stored.has(failed.id)).toBe(false);

      const view = await ok<{ xapiFailedDeliveries: Failure[] }>(admin, FAILED);
      expect(view.xapiFailedDeliveries).toEqual([
        expect.objectContaining({
          statementId: failed.id,
          verb: 'progressed',
          status: 'FAILED',
          attempts: 1,
          responseStatus: 400,
          responseBodyExcerpt: '{"error":"verb not allowed in this LRS profile"}',
          error: null,
        }),
      ]);
      expect(JSON.parse(view.xapiFailedDeliveries[0]!.statement)).toMatchObject({ id: failed.id });
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'names people by e-mail only once the organisation opts in, and records pulse responses without answers',
    async () => {
      expect((await configure({ password: null, mboxAgents: true, version: 'V2_0_0' })).userErrors).toEqual(
        [],
      );
      const [person] = await db.query<{ email: string }>(`select email from people where id = $1`, [
        org.reportIds[0],
      ]);
      await db.withTenant(org.orgId, (tx) =>
        xapiPulseResponded(tx, org.orgId, {
          programId: org.programId,
          phase: 'POST',
          raterId: org.reportIds[0]!,
          subjectId: org.managerId,
        }),
      );
      await until('the pulse statement', async () =>
        (await statementIds()).some((row) => row.verb === 'responded' && row.status === 'SENT'),
      );
      const row = (await statementIds()).find((candidate) => candidate.verb === 'responded')!;
      const statement = lrs.stored.get(row.id)!;
      expect(statement['actor']).toEqual({ objectType: 'Agent', mbox: `mailto:${person!.email}` });
      expect(statement['object']).toMatchObject({ id: `${HOME}/xapi/pulses/${org.programId}/post` });
      expect(JSON.stringify(statement)).not.toContain(org.managerId);
      expect(statement).not.toHaveProperty('result');
      expect(lrs.receipts.find((receipt) => receipt.id === row.id)?.version).toBe('2.0.0');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  const REPLAY = `mutation($input: ReplayXapiStatementsInput!) { replayXapiStatements(input: $input) {
    replayedCount invalidCount userErrors { field code message } } }`;

  it(
    'replays failed statements for org admins alone, once each, with their IDs, and audits it',
    async () => {
      const [failed] = await db.query<{ id: string }>(
        `select id from xapi_statements where org_id = $1 and status = 'FAILED' order by created_at limit 1`,
        [org.orgId],
      );
      expect(failed).toBeDefined();
      const receiptsBefore = lrs.receiptsOf(failed!.id);
      for (const token of [
        participant,
        await tokenFor(db, org.managerId),
        await tokenFor(db, org.coachPersonId),
      ]) {
        const refused = await gql(token, REPLAY, { input: { all: true } });
        expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      // Another organisation's admin finds nothing to replay of this one's.
      const stranger = await gql<{ replayXapiStatements: { userErrors: Array<{ code: string }> } }>(
        await tokenFor(db, other.adminId),
        REPLAY,
        { input: { statementId: failed!.id } },
      );
      expect(stranger.data?.replayXapiStatements.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect(await statusOf(failed!.id)).toBe('FAILED');

      const both = await ok<{ replayXapiStatements: { userErrors: Array<{ code: string }> } }>(
        admin,
        REPLAY,
        {
          input: { statementId: failed!.id, all: true },
        },
      );
      expect(both.replayXapiStatements.userErrors.map((e) => e.code)).toEqual(['INVALID']);

      const replayed = await ok<{ replayXapiStatements: { replayedCount: number; invalidCount: number } }>(
        admin,
        REPLAY,
        { input: { statementId: failed!.id } },
      );
      expect(replayed.replayXapiStatements).toMatchObject({ replayedCount: 1, invalidCount: 0 });
      await until('the replayed statement stored', async () => (await statusOf(failed!.id)) === 'SENT');
      expect(lrs.receiptsOf(failed!.id)).toBe(receiptsBefore + 1);
      expect(lrs.stored.get(failed!.id)).toMatchObject({ id: failed!.id });
      // Replayed once: nothing failed is left to replay, and the LRS got it once more, not twice.
      const again = await ok<{ replayXapiStatements: { replayedCount: number; userErrors: unknown[] } }>(
        admin,
        REPLAY,
        { input: { all: true } },
      );
      expect(again.replayXapiStatements).toMatchObject({ replayedCount: 0, userErrors: [] });
      await until('no delivery of it left to come', async () => (await deliveriesPending(failed!.id)) === 0);
      expect(lrs.receiptsOf(failed!.id)).toBe(receiptsBefore + 1);
      const audit = await db.query<{ action: string; actor_person_id: string; after: { replayed: number } }>(
        `select action, actor_person_id, after from audit_log where org_id = $1 and action = 'XAPI_STATEMENTS_REPLAYED'`,
        [org.orgId],
      );
      expect(audit).toEqual([
        {
          action: 'XAPI_STATEMENTS_REPLAYED',
          actor_person_id: org.adminId,
          after: expect.objectContaining({ replayed: 1 }),
        },
      ]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'names account agents by a keyed hash when the organisation chooses it, stable across statements',
    async () => {
      const conflict = await configure({ password: null, mboxAgents: true, keyedAgentNames: true });
      expect(conflict.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
      const chosen = await ok<{ configureXapiLrs: { config: { keyedAgentNames: boolean } } }>(
        admin,
        `mutation($input: ConfigureXapiLrsInput!) { configureXapiLrs(input: $input) { config { keyedAgentNames } } }`,
        {
          input: {
            endpoint: lrs.endpoint,
            homePage: HOME,
            username: 'coachwork',
            mboxAgents: false,
            keyedAgentNames: true,
          },
        },
      );
      expect(chosen.configureXapiLrs.config.keyedAgentNames).toBe(true);
      const [sealed] = await db.query<{ key: Uint8Array }>(
        `select agent_name_key_sealed as key from xapi_lrs_configs where org_id = $1`,
        [org.orgId],
      );
      expect(sealed!.key.length).toBeGreaterThan(32);

      const respond = (raterId: string, phase: 'PRE' | 'MID') =>
        db.withTenant(org.orgId, (tx) =>
          xapiPulseResponded(tx, org.orgId, {
            programId: org.programId,
            phase,
            raterId,
            subjectId: org.managerId,
          }),
        );
      await respond(org.reportIds[1]!, 'PRE');
      // A later change of the configuration that leaves the option out keeps the key and the names.
      expect((await configure({ password: null, mboxAgents: false })).userErrors).toEqual([]);
      await respond(org.reportIds[1]!, 'MID');
      await respond(org.managerId, 'PRE');
      const rows = await db.query<{ id: string; person: string }>(
        `select id, body->'actor'->'account'->>'name' as person from xapi_statements
         where org_id = $1 and verb = 'responded' and body->'object'->>'id' not like '%/post' order by created_at`,
        [org.orgId],
      );
      expect(rows).toHaveLength(3);
      const [first, second, third] = rows.map((row) => row.person);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toBe(first);
      expect(third).not.toBe(first);
      expect(first).not.toBe(toGlobalId('Person', org.reportIds[1]!));
      expect(keyedAgentName(Buffer.alloc(32), org.reportIds[1]!)).not.toBe(first);
      await until('the hashed statements stored', async () => rows.every((row) => lrs.stored.has(row.id)));
      for (const row of rows) {
        const statement = JSON.stringify(lrs.stored.get(row.id));
        expect(statement).not.toContain(org.reportIds[1]!);
        expect(statement).not.toContain(toGlobalId('Person', org.reportIds[1]!));
      }
      expect(
        lrs.receipts
          .filter((receipt) => rows.some((row) => row.id === receipt.id))
          .every((r) => r.problems.length === 0),
      ).toBe(true);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'records one `registered` for an enrolment made ACTIVE by choosing its coach, a path that announces no change',
    async () => {
      await db.query(`update enrolments set status = 'INVITED', coach_id = null where id = $1`, [
        org.madridEnrolmentId,
      ]);
      const count = async () =>
        (
          await db.query<{ n: number }>(
            `select count(*)::int as n from xapi_statements where org_id = $1 and verb = 'registered'
             and id = $2`,
            [org.orgId, uuidV5(`statement:${org.orgId}:registered:enrolment:${org.madridEnrolmentId}`)],
          )
        )[0]!.n;
      expect(await count()).toBe(0);
      await db.withTenant(org.orgId, (tx) =>
        setEnrolmentCoach(tx, org.orgId, org.madridEnrolmentId, org.spanishCoachId),
      );
      expect(await count()).toBe(1);
      // Again (a repeat of the same choice, or any later path to ACTIVE): still one statement.
      await db.withTenant(org.orgId, (tx) =>
        setEnrolmentCoach(tx, org.orgId, org.madridEnrolmentId, org.spanishCoachId),
      );
      expect(await count()).toBe(1);
      const id = uuidV5(`statement:${org.orgId}:registered:enrolment:${org.madridEnrolmentId}`);
      await until('the registration stored', () => lrs.stored.has(id));
      expect(lrs.receiptsOf(id)).toBe(1);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
