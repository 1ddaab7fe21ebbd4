/**
 * A webhook's HTTP call holds no database connection, on each engine: while a slow receiver takes
 * its time, the gateway keeps answering other requests (on PGlite there is one connection, which a
 * call inside the job's transaction held for the receiver's whole delay), and a receiver that asks
 * the gateway for something before it answers its webhook gets its answer (with the call inside a
 * transaction, the receiver waited for the gateway and the gateway for the receiver until the
 * delivery timed out).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { JobQueue } from '../../jobs/queue.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { listenOnLoopback } from '../../testing/loopback.js';
import { until } from '../../testing/until.js';
import { createBookingFixture, sessionBookedData, type BookingFixture } from '../sessions/test-support.js';
import { webhookDeliveryJob } from './delivery.js';
import { announce } from './events.js';

interface Handling {
  webhookId: string;
  startedAt: number;
  answeredAt: number;
  /** What the receiver's own request to the gateway got, when it made one. */
  callback?: { status: number; ms: number; viewer: unknown };
}

/**
 * A receiver per path: `/slow` answers after `slowMs`; `/callback` first asks the gateway who its
 * token belongs to, as an integration that looks something up before acknowledging does.
 */
async function startReceiver(slowMs: number, gateway: () => { url: string; token: string }) {
  const handled: Handling[] = [];
  const started: string[] = [];
  const server: Server = createServer((req, res) => {
    const startedAt = performance.now();
    const webhookId = String(req.headers['webhook-id']);
    started.push(req.url ?? '/');
    req.resume();
    req.on('end', () => {
      const answer = (callback?: Handling['callback']) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('thanks');
        handled.push({
          webhookId,
          startedAt,
          answeredAt: performance.now(),
          ...(callback ? { callback } : {}),
        });
      };
      if (req.url === '/slow') {
        setTimeout(() => answer(), slowMs);
        return;
      }
      const { url, token } = gateway();
      const asked = performance.now();
      void postGraphQL<{ viewer: { id: string } }>(url, { query: '{ viewer { id } }' }, { token }).then(
        (response) =>
          answer({
            status: response.status,
            ms: Math.round(performance.now() - asked),
            viewer: response.body.data?.viewer ?? response.body.errors,
          }),
        () => answer({ status: 0, ms: Math.round(performance.now() - asked), viewer: null }),
      );
    });
  });
  const listening = await listenOnLoopback(server);
  return {
    url: (path: string) => `${listening.origin}${path}`,
    handled,
    started,
    close: listening.close,
  };
}

const SLOW_MS = 3000;
/** Long enough that a deadlocked delivery is told from a prompt one. */
const TIMEOUT_MS = 8000;

describe.each(testEngines())('webhook calls outside the database on %s', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let gateway: RunningGateway;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let queue: JobQueue;
  let participant: string;

  async function subscribe(path: string): Promise<string> {
    const id = randomUUID();
    await db.query(
      `insert into webhook_subscriptions (id, org_id, url, secret, event_types, description)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        org.orgId,
        receiver.url(path),
        `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
        ['SESSION_BOOKED'],
        path,
      ],
    );
    return id;
  }

  async function deliver(): Promise<void> {
    await db.withTenant(org.orgId, (tx) => announce(tx, org.orgId, 'SESSION_BOOKED', sessionBookedData(org)));
  }

  async function deliveries(subscriptionId: string) {
    return db.query<{
      status: string;
      attempts: number;
      response_status: number | null;
      error: string | null;
    }>(
      `select d.status, d.attempts, a.response_status, a.error
       from webhook_deliveries d left join webhook_delivery_attempts a on a.org_id = d.org_id and a.delivery_id = d.id
       where d.subscription_id = $1`,
      [subscriptionId],
    );
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `webhooks-outside-${engine}`);
    gateway = await startGateway(db, { dev: true });
    participant = await tokenFor(db, org.reportIds[0]!);
    // The first request of a gateway builds what later ones reuse; the test times a later one.
    for (let n = 0; n < 3; n += 1) {
      await postGraphQL(gateway.url, { query: '{ viewer { id } }' }, { token: participant });
    }
    receiver = await startReceiver(SLOW_MS, () => ({ url: gateway.url, token: participant }));
    queue = new JobQueue(db, [webhookDeliveryJob({ dev: true, settings: { timeoutMs: TIMEOUT_MS } })], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
    await receiver?.close();
    await gateway?.close();
    await db?.close();
  });

  it(
    'a receiver taking 3 s does not hold up a GraphQL query meanwhile',
    async () => {
      const subscription = await subscribe('/slow');
      await deliver();
      await until('the receiver to be called', () => receiver.started.includes('/slow'));
      // Well inside the receiver's delay.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const asked = performance.now();
      const response = await postGraphQL<{ viewer: { id: string } }>(
        gateway.url,
        { query: '{ viewer { id } }' },
        { token: participant },
      );
      const ms = Math.round(performance.now() - asked);
      const slow = receiver.handled.find((handling) => handling.callback === undefined);
      console.log(
        `[webhooks-outside:${engine}] viewer answered in ${ms} ms while a receiver took ${SLOW_MS} ms` +
          (slow ? ' (the receiver had already answered)' : ''),
      );
      expect(response.status).toBe(200);
      expect(response.body.data?.viewer.id).toBe(toGlobalId('Person', org.reportIds[0]!));
      expect(slow, 'the query was answered while the receiver was still waiting').toBeUndefined();
      expect(ms).toBeLessThan(SLOW_MS / 4);
      await until('the delivery to be recorded', async () =>
        (await deliveries(subscription)).some((row) => row.status === 'SUCCEEDED'),
      );
      expect(await deliveries(subscription)).toEqual([
        { status: 'SUCCEEDED', attempts: 1, response_status: 200, error: null },
      ]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'a receiver that calls back into the gateway before answering is answered, and its delivery succeeds',
    async () => {
      // Only this receiver: a slow delivery ahead of it in the worker's batch would only add waiting.
      await db.query(`update webhook_subscriptions set enabled = false where org_id = $1`, [org.orgId]);
      const subscription = await subscribe('/callback');
      await deliver();
      await until(
        'the receiver to answer',
        () => receiver.handled.some((handling) => handling.callback),
        TIMEOUT_MS * 2,
      );
      const handling = receiver.handled.find((entry) => entry.callback)!;
      console.log(
        `[webhooks-outside:${engine}] the receiver's own query took ${handling.callback!.ms} ms during its delivery`,
      );
      expect(handling.callback).toMatchObject({
        status: 200,
        viewer: { id: toGlobalId('Person', org.reportIds[0]!) },
      });
      expect(handling.callback!.ms).toBeLessThan(TIMEOUT_MS / 4);
      await until('the delivery to be recorded', async () =>
        (await deliveries(subscription)).some((row) => row.status !== 'PENDING'),
      );
      expect(await deliveries(subscription)).toEqual([
        { status: 'SUCCEEDED', attempts: 1, response_status: 200, error: null },
      ]);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
