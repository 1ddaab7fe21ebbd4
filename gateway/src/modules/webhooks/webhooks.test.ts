/**
 * Signed webhooks end to end, on each engine: org admins subscribe through GraphQL, real mutations
 * announce events, the job queue delivers them to a receiver in this process which verifies every
 * signature with the Standard Webhooks reference library (`Webhook.verify`), and every body is
 * checked against its published JSON Schema (gateway/api/webhooks/).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { verifyCoachworkWebhook } from '../../api/cookbook-webhook-receiver.js';
import { toGlobalId } from '../../ids.js';
import { JobQueue } from '../../jobs/queue.js';
import { smtpMailer, type Mailer } from '../../notifications/mailer.js';
import { hangingRelay } from '../../testing/hanging-relay.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { SLOT_STARTS_QUERY, slotsInDays, type SlotStarts } from '../../testing/slots.js';
import { listenOnLoopback } from '../../testing/loopback.js';
import { until } from '../../testing/until.js';
import {
  createBookingFixture,
  insertSessionStartedAnHourAgo,
  sessionBookedData,
  type BookingFixture,
} from '../sessions/test-support.js';
import {
  webhookDeliveryJob,
  webhookDisabledNoticeJob,
  retryDelayMs,
  defaultDeliverySettings,
  type DeliverySettings,
} from './delivery.js';
import { isPublicAddress, resolveDestination } from '../../http/destination.js';
import { announce } from './events.js';
import { pulseSweepJob } from './pulses.js';

const SCHEMA_DIR = new URL('../../../api/webhooks/', import.meta.url);

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  verified: boolean;
}

/** A host system's receiver: verifies each request with the reference library, answers per path. */
async function startReceiver() {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  /** Status codes to answer per path, in turn; the last one repeats. 200 when none. */
  const answers = new Map<string, number[]>();
  let delayMs = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      let verified = false;
      try {
        verifyCoachworkWebhook(secrets.get(path) ?? 'whsec_none', body, req.headers);
        verified = true;
      } catch {
        verified = false;
      }
      received.push({ path, headers: req.headers, body, verified });
      const queue = answers.get(path) ?? [200];
      const status = queue.length > 1 ? queue.shift()! : queue[0]!;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status < 300 ? 'thanks' : `receiver broken (${status})`);
      }, delayMs);
    });
  });
  const listening = await listenOnLoopback(server);
  return {
    url: (path: string) => `${listening.origin}${path}`,
    received,
    secrets,
    answers,
    setDelay: (ms: number) => (delayMs = ms),
    at: (path: string) => received.filter((request) => request.path === path),
    close: listening.close,
  };
}

function schemaValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  for (const file of readdirSync(SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as {
      properties: { type: { const: string } };
    };
    validators.set(schema.properties.type.const, ajv.compile(schema));
  }
  return (body: string) => {
    const parsed = JSON.parse(body) as { type: string };
    const validate = validators.get(parsed.type);
    if (!validate) return [`no schema for ${parsed.type}`];
    return validate(parsed)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

const SUBSCRIPTION = `id url status eventTypes secretHint consecutiveFailures
  deliveries { id eventId eventType status body attempts { responseStatus responseBodyExcerpt error durationMs at } }`;
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
  secret subscription { ${SUBSCRIPTION} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) {
  subscription { ${SUBSCRIPTION} } userErrors { field code message } } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) {
  secret subscription { secretHint } userErrors { code } } }`;
const DELETE = `mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) {
  deletedSubscriptionId userErrors { code } } }`;
const REPLAY = `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) {
  delivery { id status } userErrors { code message } } }`;
const LIST = `{ webhookSubscriptions { ${SUBSCRIPTION} } }`;

interface SubscriptionView {
  id: string;
  url: string;
  status: string;
  eventTypes: string[];
  secretHint: string;
  consecutiveFailures: number;
  deliveries: Array<{
    id: string;
    eventId: string;
    eventType: string;
    status: string;
    body: string;
    attempts: Array<{
      responseStatus: number | null;
      responseBodyExcerpt: string | null;
      error: string | null;
      durationMs: number;
      at: string;
    }>;
  }>;
}
interface UserErrorView {
  field: string[] | null;
  code: string;
  message: string;
}

const ALL_EVENTS = [
  'SESSION_BOOKED',
  'SESSION_CANCELLED',
  'SESSION_HELD',
  'ENROLMENT_CHANGED',
  'GOAL_COMPLETED',
  'COACH_STATUS_CHANGED',
];

describe('webhook destinations', () => {
  it('accepts public unicast addresses only', () => {
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '::ffff:127.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('checks every address a name resolves to, and allows anything in dev mode', async () => {
    const twoFaced = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    expect(await resolveDestination('https://hooks.example/in', false, twoFaced)).toEqual({
      problem: 'PRIVATE_ADDRESS',
    });
    expect(await resolveDestination('http://hooks.example/in', false, twoFaced)).toEqual({
      problem: 'NOT_HTTPS',
    });
    expect(await resolveDestination('https://user:pw@hooks.example/', false, twoFaced)).toEqual({
      problem: 'INVALID_URL',
    });
    expect(await resolveDestination('ftp://hooks.example/', true, twoFaced)).toEqual({
      problem: 'INVALID_URL',
    });
    expect(await resolveDestination('https://[::1]/in', false)).toEqual({ problem: 'PRIVATE_ADDRESS' });
    const dev = await resolveDestination('http://127.0.0.1:9/in', true);
    expect(dev).toMatchObject({ address: '127.0.0.1', family: 4 });
  });

  it('backs off exponentially up to the ceiling', () => {
    const settings: DeliverySettings = { ...defaultDeliverySettings };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(settings, n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(settings, 30)).toBe(settings.maxRetryDelayMs);
  });
});

describe.each(testEngines())('signed webhooks on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let devGateway: RunningGateway;
  let prodGateway: RunningGateway;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let sink: SmtpSink;
  let mailer: Mailer;
  let admin: string;
  let participant: string;
  let coach: string;
  let queue: JobQueue | null = null;
  const validate = schemaValidator();

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}, prod = false) {
    const res = await postGraphQL<T>((prod ? prodGateway : devGateway).url, { query, variables }, { token });
    return res.body;
  }
  async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await gql<T>(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  async function subscribe(path: string, eventTypes = ALL_EVENTS) {
    const { createWebhookSubscription: created } = await ok<{
      createWebhookSubscription: {
        secret: string;
        subscription: SubscriptionView;
        userErrors: UserErrorView[];
      };
    }>(admin, CREATE, { input: { url: receiver.url(path), eventTypes, description: `test ${path}` } });
    expect(created.userErrors).toEqual([]);
    receiver.secrets.set(path, created.secret);
    return created;
  }

  async function subscriptions(): Promise<SubscriptionView[]> {
    return (await ok<{ webhookSubscriptions: SubscriptionView[] }>(admin, LIST)).webhookSubscriptions;
  }

  async function startQueue(
    settings: Partial<DeliverySettings> = {},
    options: {
      dev?: boolean;
      resolve?: Parameters<typeof webhookDeliveryJob>[0]['resolve'];
      mailer?: Mailer;
    } = {},
  ) {
    // A test that failed may have left its worker running.
    await stopQueue();
    const started = new JobQueue(
      db,
      [
        webhookDeliveryJob({
          dev: options.dev ?? true,
          settings: { firstRetryDelayMs: 200, ...settings },
          ...(options.resolve ? { resolve: options.resolve } : {}),
        }),
        webhookDisabledNoticeJob(options.mailer ?? mailer),
        pulseSweepJob(),
      ],
      { pollingIntervalSeconds: 0.5, relayIntervalMs: 100, maintenanceIntervalSeconds: 1 },
    );
    await started.start();
    return started;
  }

  async function stopQueue() {
    await queue?.stop();
    queue = null;
  }

  async function removeAll() {
    for (const subscription of await subscriptions()) {
      await ok(admin, DELETE, { input: { subscriptionId: subscription.id } });
    }
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `webhooks-${engine}`);
    devGateway = await startGateway(db, { dev: true });
    prodGateway = await startGateway(db, { dev: false });
    receiver = await startReceiver();
    sink = await startSmtpSink();
    mailer = smtpMailer(`smtp://127.0.0.1:${sink.port}`);
    admin = await tokenFor(db, org.adminId);
    participant = await tokenFor(db, org.reportIds[0]!);
    coach = await tokenFor(db, org.coachPersonId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await stopQueue();
    mailer?.close();
    await sink?.close();
    await receiver?.close();
    await devGateway?.close();
    await prodGateway?.close();
    await db?.close();
  });

  it('is the org admins’ alone', async () => {
    for (const token of [participant, coach, await tokenFor(db, org.managerId)]) {
      const list = await gql(token, LIST);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const created = await gql(token, CREATE, {
        input: { url: 'https://hooks.example/in', eventTypes: ['SESSION_BOOKED'] },
      });
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses a URL that is not https or points at a private address, outside dev mode', async () => {
    const cases: Array<[string, string]> = [
      ['https://127.0.0.1/in', 'UNSUPPORTED'],
      ['https://10.20.30.40/in', 'UNSUPPORTED'],
      ['https://169.254.169.254/latest/meta-data', 'UNSUPPORTED'],
      ['https://[fd00::1]/in', 'UNSUPPORTED'],
      ['https://localhost/in', 'UNSUPPORTED'],
      ['http://93.184.216.34/in', 'INVALID'],
      ['not a url', 'INVALID'],
    ];
    for (const [url, code] of cases) {
      const body = await gql<{
        createWebhookSubscription: { subscription: null; secret: null; userErrors: UserErrorView[] };
      }>(admin, CREATE, { input: { url, eventTypes: ['SESSION_BOOKED'] } }, true);
      expect(body.errors, url).toBeUndefined();
      const payload = body.data!.createWebhookSubscription;
      expect(payload.secret, url).toBeNull();
      expect(payload.userErrors, url).toEqual([expect.objectContaining({ field: ['url'], code })]);
    }
    const none = await gql<{ createWebhookSubscription: { userErrors: UserErrorView[] } }>(admin, CREATE, {
      input: { url: receiver.url('/x'), eventTypes: [] },
    });
    expect(none.data!.createWebhookSubscription.userErrors).toEqual([
      expect.objectContaining({ field: ['eventTypes'], code: 'REQUIRED' }),
    ]);
    expect(await subscriptions()).toEqual([]);
  });

  it(
    'announces each change in its transaction; every body is signed, versioned and valid',
    async () => {
      const created = await subscribe('/events');
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(created.subscription.secretHint).toBe(`whsec_…${created.secret.slice(-4)}`);
      queue = await startQueue();

      // Booked, moved, cancelled.
      const enrolment = toGlobalId('Enrolment', org.enrolmentId);
      const slots = await ok<SlotStarts>(participant, SLOT_STARTS_QUERY, slotsInDays(enrolment, 3, 8));
      const [first, second] = slots.node.availableSlots.slots;
      const booked = await ok<{ bookSession: { session: { id: string } } }>(
        participant,
        `mutation($input: BookSessionInput!) { bookSession(input: $input) { session { id } userErrors { code } } }`,
        { input: { enrolmentId: enrolment, startsAt: first!.startsAt } },
      );
      const sessionId = booked.bookSession.session.id;
      await ok(
        participant,
        `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { session { id } } }`,
        { input: { sessionId, startsAt: second!.startsAt } },
      );
      await ok(
        participant,
        `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { session { id } } }`,
        { input: { sessionId, reason: 'my manager booked an offsite, private reason' } },
      );
      // Held: a session that started an hour ago, recorded by its coach.
      const pastId = await insertSessionStartedAnHourAgo(db, org);
      await ok(
        coach,
        `mutation($input: SessionIdInput!) { completeSession(input: $input) { session { id status } } }`,
        { input: { sessionId: toGlobalId('Session', pastId) } },
      );
      // The coach paused by an admin.
      await ok(
        admin,
        `mutation($input: CoachStatusInput!) { pauseCoach(input: $input) { coach { id } userErrors { code } } }`,
        {
          input: { coachId: toGlobalId('Coach', org.coachId), reason: 'on leave until May' },
        },
      );
      // An enrolment withdrawn.
      await ok(
        admin,
        `mutation($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { userErrors { code message } } }`,
        {
          input: {
            enrolmentId: toGlobalId('Enrolment', org.madridEnrolmentId),
            status: 'WITHDRAWN',
            reason: 'left',
          },
        },
      );
      // Two goals completed: one shared with the managers (announced), one private (never).
      for (const visibility of ['MANAGER', 'PRIVATE']) {
        const goal = await ok<{ createGoal: { goal: { id: string } } }>(
          participant,
          `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`,
          { input: { capability: 'DELEGATION', title: `secret ambition ${visibility}`, visibility } },
        );
        await ok(
          participant,
          `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { status } userErrors { code message } } }`,
          { input: { goalId: goal.createGoal.goal.id, progress: 100 } },
        );
      }

      const expected = [
        'session.booked',
        'session.booked',
        'session.cancelled',
        'session.held',
        'coach.status_changed',
        'enrolment.changed',
        'goal.completed',
      ];
      await until('every event', () => receiver.at('/events').length >= expected.length);
      const requests = receiver.at('/events');
      const bodies = requests.map(
        (request) => JSON.parse(request.body) as { type: string; data: Record<string, unknown> },
      );
      expect(bodies.map((body) => body.type).sort()).toEqual([...expected].sort());
      for (const request of requests) {
        expect(request.verified, request.body).toBe(true);
        expect(request.headers['webhook-signature']).toMatch(/^v1,/);
        expect(validate(request.body), request.body).toEqual([]);
        // Nothing a person wrote travels: no reasons, no goal titles.
        expect(request.body).not.toMatch(/private reason|secret ambition|on leave/);
      }
      const moves = bodies
        .filter((body) => body.type === 'session.booked')
        .map((body) => body.data.rescheduled);
      expect(moves.sort()).toEqual([false, true]);
      expect(bodies.find((body) => body.type === 'coach.status_changed')!.data).toEqual({
        coachId: toGlobalId('Coach', org.coachId),
        status: 'PAUSED',
        previousStatus: 'ACTIVE',
      });
      // A wrong secret does not verify.
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
          requests[0]!.body,
          requests[0]!.headers as Record<string, string>,
        ),
      ).toThrow();

      // The receiver answers before the job's transaction commits the log line.
      await until('every delivery to settle', async () =>
        (await subscriptions())[0]!.deliveries.every((delivery) => delivery.status !== 'PENDING'),
      );
      const [view] = await subscriptions();
      expect(view!.deliveries).toHaveLength(expected.length);
      for (const delivery of view!.deliveries) {
        expect(delivery.status).toBe('SUCCEEDED');
        expect(delivery.attempts).toEqual([
          expect.objectContaining({ responseStatus: 200, responseBodyExcerpt: 'thanks', error: null }),
        ]);
      }
      // A rolled-back change announces nothing.
      await expect(
        db.withTenant(org.orgId, async (tx) => {
          await announce(tx, org.orgId, 'SESSION_BOOKED', { rolledBack: true });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const events = await db.query<{ type: string; n: number }>(
        `select type, count(*)::int as n from webhook_events where org_id = $1 group by type order by type`,
        [org.orgId],
      );
      // One goal completion (the private goal's was never announced) and no rolled-back event.
      expect(events.find((row) => row.type === 'goal.completed')?.n).toBe(1);
      expect(events.reduce((sum, row) => sum + row.n, 0)).toBe(expected.length);
      await stopQueue();
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'delivers each event exactly once across a restart of the queue worker',
    async () => {
      await subscribe('/restart', ['SESSION_BOOKED']);
      const count = 20;
      await db.withTenant(org.orgId, async (tx) => {
        for (let n = 0; n < count; n += 1) {
          await announce(tx, org.orgId, 'SESSION_BOOKED', sessionBookedData(org));
        }
      });
      receiver.setDelay(100);
      queue = await startQueue();
      await until('the first deliveries', () => receiver.at('/restart').length >= 3);
      // The gateway goes down: the worker finishes what it holds and stops.
      await stopQueue();
      const beforeRestart = receiver.at('/restart').length;
      expect(beforeRestart).toBeLessThan(count);
      queue = await startQueue();
      await until('every delivery', () => receiver.at('/restart').length >= count);
      await stopQueue();
      receiver.setDelay(0);
      const ids = receiver.at('/restart').map((request) => String(request.headers['webhook-id']));
      console.log(
        `[webhooks:${engine}] ${beforeRestart} of ${count} delivered before the restart, ${ids.length} in all`,
      );
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
      expect(receiver.at('/restart').every((request) => request.verified)).toBe(true);
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'retries a 500 with growing delays, with the same webhook-id, and logs each attempt',
    async () => {
      await subscribe('/flaky', ['COACH_STATUS_CHANGED']);
      receiver.answers.set('/flaky', [500, 503, 200]);
      queue = await startQueue({ firstRetryDelayMs: 300 });
      await ok(
        admin,
        `mutation($input: CoachStatusInput!) { reinstateCoach(input: $input) { userErrors { code } } }`,
        {
          input: { coachId: toGlobalId('Coach', org.coachId), reason: 'back' },
        },
      );
      await until('the third attempt', () => receiver.at('/flaky').length >= 3);
      await until(
        'the delivery to settle',
        async () => (await subscriptions())[0]!.deliveries[0]!.status === 'SUCCEEDED',
      );
      await stopQueue();
      const requests = receiver.at('/flaky');
      expect(requests).toHaveLength(3);
      expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
      // Each attempt is signed afresh (its own timestamp) and verifies.
      expect(requests.every((request) => request.verified)).toBe(true);
      const [view] = await subscriptions();
      const attempts = view!.deliveries[0]!.attempts;
      expect(attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 503, 200]);
      expect(attempts[0]!.responseBodyExcerpt).toBe('receiver broken (500)');
      // An attempt never runs before its back-off has passed: 300 ms, then 600 ms.
      const at = attempts.map((attempt) => Date.parse(attempt.at));
      expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(300);
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(600);
      expect(view!.consecutiveFailures).toBe(0);
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'disables a failing subscription and tells the org admins; a replay sends the same event again',
    async () => {
      const created = await subscribe('/down', ['COACH_STATUS_CHANGED']);
      receiver.answers.set('/down', [500]);
      queue = await startQueue({ firstRetryDelayMs: 100, disableAfterFailures: 3 });
      const mailsBefore = sink.inbox.length;
      await ok(
        admin,
        `mutation($input: CoachStatusInput!) { pauseCoach(input: $input) { userErrors { code } } }`,
        {
          input: { coachId: toGlobalId('Coach', org.coachId), reason: 'again' },
        },
      );
      await until(
        'the subscription to be disabled',
        async () => (await subscriptions())[0]!.status === 'DISABLED_FAILING',
      );
      await until('the notice', () => sink.inbox.length > mailsBefore);
      const [view] = await subscriptions();
      expect(receiver.at('/down')).toHaveLength(3);
      const delivery = view!.deliveries[0]!;
      expect(delivery.status).toBe('FAILED');
      expect(delivery.attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 500, 500]);
      const notice = sink.inbox.at(-1)!;
      expect(notice.to && 'text' in notice.to ? notice.to.text : '').toContain(org.adminEmail);
      expect(notice.subject).toBe(`Webhooks to ${receiver.url('/down')} were disabled`);
      expect(notice.text).toContain('3 failed attempts in a row');

      // Nothing is sent while disabled, and a replay is refused until it is enabled again.
      let replay = await ok<{ replayWebhookDelivery: { userErrors: UserErrorView[] } }>(admin, REPLAY, {
        input: { deliveryId: delivery.id },
      });
      expect(replay.replayWebhookDelivery.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT' }),
      ]);
      const enabled = await ok<{ updateWebhookSubscription: { subscription: SubscriptionView } }>(
        admin,
        UPDATE,
        {
          input: { subscriptionId: created.subscription.id, enabled: true },
        },
      );
      expect(enabled.updateWebhookSubscription.subscription).toMatchObject({
        status: 'ENABLED',
        consecutiveFailures: 0,
      });
      receiver.answers.set('/down', [204]);
      replay = await ok(admin, REPLAY, { input: { deliveryId: delivery.id } });
      expect(replay.replayWebhookDelivery.userErrors).toEqual([]);
      await until('the replay', () => receiver.at('/down').length >= 4);
      await until(
        'the replay to settle',
        async () => (await subscriptions())[0]!.deliveries[0]!.status === 'SUCCEEDED',
      );
      await stopQueue();
      const requests = receiver.at('/down');
      expect(requests.at(-1)!.headers['webhook-id']).toBe(delivery.eventId);
      expect(requests.at(-1)!.verified).toBe(true);
      const after = (await subscriptions())[0]!.deliveries[0]!;
      expect(after.attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 500, 500, 204]);
      // Only a failed delivery is replayed.
      replay = await ok(admin, REPLAY, { input: { deliveryId: delivery.id } });
      expect(replay.replayWebhookDelivery.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT' }),
      ]);

      // A rotated secret signs from the next delivery on; the old one no longer verifies.
      const rotated = await ok<{
        rotateWebhookSecret: { secret: string; subscription: { secretHint: string } };
      }>(admin, ROTATE, { input: { subscriptionId: created.subscription.id } });
      expect(rotated.rotateWebhookSecret.secret).not.toBe(created.secret);
      const oldSecret = created.secret;
      receiver.secrets.set('/down', rotated.rotateWebhookSecret.secret);
      queue = await startQueue();
      await ok(
        admin,
        `mutation($input: CoachStatusInput!) { reinstateCoach(input: $input) { userErrors { code } } }`,
        {
          input: { coachId: toGlobalId('Coach', org.coachId), reason: 'back again' },
        },
      );
      await until('the delivery after rotation', () => receiver.at('/down').length >= 5);
      await stopQueue();
      const last = receiver.at('/down').at(-1)!;
      expect(last.verified).toBe(true);
      expect(() =>
        new Webhook(oldSecret).verify(last.body, last.headers as Record<string, string>),
      ).toThrow();
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'switches a failing subscription off while the mail relay hangs, and the notice follows',
    async () => {
      await subscribe('/hang', ['COACH_STATUS_CHANGED']);
      receiver.answers.set('/hang', [500]);
      // Were the notice sent inside the delivery's transaction, the switch-off would wait for the
      // relay and never be seen while it hangs.
      const relay = hangingRelay(mailer);
      queue = await startQueue({ firstRetryDelayMs: 100, disableAfterFailures: 2 }, { mailer: relay.mailer });
      const mailsBefore = sink.inbox.length;
      await ok(
        admin,
        `mutation($input: CoachStatusInput!) { pauseCoach(input: $input) { userErrors { code } } }`,
        { input: { coachId: toGlobalId('Coach', org.coachId), reason: 'relay test' } },
      );
      await until(
        'the subscription to be switched off',
        async () => (await subscriptions())[0]!.status === 'DISABLED_FAILING',
      );
      await until('the notice to reach the relay', () => relay.waiting() > 0);
      expect(sink.inbox.length).toBe(mailsBefore);
      expect((await subscriptions())[0]!.deliveries[0]!.status).toBe('FAILED');
      relay.release();
      await until('the notice', () => sink.inbox.length > mailsBefore);
      await stopQueue();
      expect(sink.inbox.at(-1)!.subject).toBe(`Webhooks to ${receiver.url('/hang')} were disabled`);
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'announces a participant’s answer to an invitation',
    async () => {
      await subscribe('/answers', ['ENROLMENT_CHANGED']);
      const [row] = await db.query<{ id: string }>(
        `insert into enrolments (org_id, program_id, person_id, status) values ($1, $2, $3, 'INVITED') returning id`,
        [org.orgId, org.programId, org.outsiderId],
      );
      queue = await startQueue();
      const declined = await ok<{ respondToProgramInvitation: { userErrors: UserErrorView[] } }>(
        await tokenFor(db, org.outsiderId),
        `mutation($input: RespondToProgramInvitationInput!) {
         respondToProgramInvitation(input: $input) { userErrors { field code message } } }`,
        {
          input: {
            enrolmentId: toGlobalId('Enrolment', row!.id),
            response: 'DECLINE',
            reason: 'too busy this quarter',
          },
        },
      );
      expect(declined.respondToProgramInvitation.userErrors).toEqual([]);
      await until('the answer', () => receiver.at('/answers').length >= 1);
      await stopQueue();
      const [request] = receiver.at('/answers');
      expect(request!.verified).toBe(true);
      expect(validate(request!.body)).toEqual([]);
      expect(request!.body).not.toContain('too busy');
      expect((JSON.parse(request!.body) as { data: unknown }).data).toEqual({
        enrolmentId: toGlobalId('Enrolment', row!.id),
        programId: toGlobalId('Program', org.programId),
        participantId: toGlobalId('Person', org.outsiderId),
        status: 'DECLINED',
        previousStatus: 'INVITED',
        coachChanged: false,
      });
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'announces a 360 pulse phase once, when it closes',
    async () => {
      const closesAt = new Date(Date.now() + 2_000);
      await db.query(
        `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
       values ($1, $2, $3, 'PRE', now() - interval '1 day'), ($1, $2, $3, 'MID', $5), ($1, $2, $4, 'MID', $5)`,
        [org.orgId, org.programId, org.reportIds[0], org.reportIds[1], closesAt],
      );
      await subscribe('/pulses', ['PULSE_PHASE_CLOSED']);
      queue = await startQueue();
      await until('the close', () => receiver.at('/pulses').length >= 1);
      // The sweep moved past the close; the next one (a later close, or an hour on) announces nothing more.
      await until('the sweep to settle', async () => {
        const [row] = await db.query<{ swept_until: Date }>(
          `select swept_until from webhook_pulse_sweeps where org_id = $1`,
          [org.orgId],
        );
        return !!row && row.swept_until >= closesAt;
      });
      await stopQueue();
      const requests = receiver.at('/pulses');
      expect(requests).toHaveLength(1);
      expect(requests[0]!.verified).toBe(true);
      expect(validate(requests[0]!.body)).toEqual([]);
      // The PRE phase closed before anyone subscribed: not announced.
      expect((JSON.parse(requests[0]!.body) as { data: unknown }).data).toEqual({
        programId: toGlobalId('Program', org.programId),
        phase: 'MID',
        closedAt: closesAt.toISOString(),
        participants: 2,
      });
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'checks the address again at delivery: a name that now resolves to a private address is not called',
    async () => {
      // Saved while the name pointed elsewhere; now it resolves to the loopback (DNS rebinding).
      const [row] = await db.query<{ id: string }>(
        `insert into webhook_subscriptions (org_id, url, event_types, secret)
       values ($1, $2, array['SESSION_HELD'], $3) returning id`,
        [
          org.orgId,
          `https://rebound.example:${new URL(receiver.url('/')).port}/rebind`,
          `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
        ],
      );
      queue = await startQueue(
        { maxAttempts: 2, firstRetryDelayMs: 100 },
        {
          dev: false,
          resolve: async () => [{ address: '127.0.0.1', family: 4 }],
        },
      );
      await db.withTenant(org.orgId, (tx) =>
        announce(tx, org.orgId, 'SESSION_HELD', { sessionId: toGlobalId('Session', randomUUID()) }),
      );
      await until('both attempts', async () => {
        const [delivery] = await db.query<{ status: string }>(
          `select status from webhook_deliveries where subscription_id = $1`,
          [row!.id],
        );
        return delivery?.status === 'FAILED';
      });
      await stopQueue();
      const [view] = await subscriptions();
      expect(view!.deliveries[0]!.attempts.map((attempt) => attempt.error)).toEqual([
        'destination refused: PRIVATE_ADDRESS',
        'destination refused: PRIVATE_ADDRESS',
      ]);
      expect(receiver.at('/rebind')).toEqual([]);
      await removeAll();
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
