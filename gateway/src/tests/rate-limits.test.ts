/**
 * Per-caller rate limits as a widget sees them: `extensions.cost` on every
 * answer, and a spent budget answered with 429, `Retry-After` and a localised
 * RATE_LIMITED error carrying the same figures — on the in-memory budget and on
 * one shared through Redis by two gateway instances.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../config.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { CostBudget } from '../limits/budget.js';
import type { CostExtension } from '../limits/cost-plugin.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

/**
 * One point a second: until the test has run for five seconds, the 16 points left after
 * four pages stay below the 21 a page costs, whatever the machine's load.
 */
const settings = {
  person: { capacity: 100, restoreRate: 1 },
  organisation: { capacity: 1_000, restoreRate: 10 },
};

/**
 * Twice 1 (the connection) + 5 × (edge + node) = 22 points; the fixture's organisation has
 * exactly five units, so the answer costs what was requested and nothing is refunded.
 */
const page = {
  query:
    '{ a: orgUnits(first: 5) { edges { node { id } } } b: orgUnits(first: 5) { edges { node { id } } } }',
};
const PAGE_COST = 22;
/** Asks for 10 units (21 points) and gets the 5 there are (11 points). */
const tenUnits = { query: '{ orgUnits(first: 10) { edges { node { id } } } }' };

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.each(testEngines())('rate limits on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let other: GatewayFixture;
  let redis: Redis;
  const keyPrefix = `cw-test-rate:${randomUUID()}`;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'rate-a');
    other = await createGatewayFixture(db, 'rate-b');
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await db?.close();
  });

  async function withGateways<T>(
    count: number,
    budget: () => CostBudget,
    work: (gateways: RunningGateway[]) => Promise<T>,
  ) {
    const gateways: RunningGateway[] = [];
    try {
      for (let i = 0; i < count; i += 1) gateways.push(await startGateway(db, { budget: budget() }));
      return await work(gateways);
    } finally {
      await Promise.all(gateways.map((gateway) => gateway.close()));
    }
  }

  it('reports the cost and the bucket on every answer, refusals included', async () => {
    await withGateways(
      1,
      () => new CostBudget(settings),
      async ([gateway]) => {
        const token = await tokenFor(db, org.adminId);
        const viewer = await postGraphQL(gateway!.url, { query: '{ viewer { id } }' }, { token });
        expect(viewer.cost).toEqual({
          requestedQueryCost: 1,
          actualQueryCost: 1,
          throttleStatus: { maximumAvailable: 100, currentlyAvailable: 99, restoreRate: 1 },
        });
        // The page asks for 10 units and holds the 5 there are: the 10 points not used are given back.
        const units = await postGraphQL(gateway!.url, tenUnits, { token });
        expect(units.cost).toEqual({
          requestedQueryCost: 21,
          actualQueryCost: 11,
          throttleStatus: { maximumAvailable: 100, currentlyAvailable: 99 - 11, restoreRate: 1 },
        });
        const invalid = await postGraphQL(gateway!.url, { query: '{ viewer { nope } }' }, { token });
        expect(invalid.status).toBe(400);
        expect(invalid.cost).toMatchObject({ requestedQueryCost: 0, actualQueryCost: 0 });
      },
    );
  });

  it('answers a spent budget with 429, Retry-After and RATE_LIMITED, in the caller’s language', async () => {
    await withGateways(
      1,
      () => new CostBudget(settings),
      async ([gateway]) => {
        const token = await tokenFor(db, org.managerId);
        const statuses: number[] = [];
        let refused;
        for (let i = 0; i < 10 && !refused; i += 1) {
          const res = await postGraphQL(gateway!.url, page, { token });
          statuses.push(res.status);
          if (res.status === 429) refused = res;
        }
        // 100 points: four pages of 22, then fewer than a page left.
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
        const error = refused!.body.errors?.[0];
        const retryAfter = Number(refused!.headers.get('retry-after'));
        expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
        const left = (error?.extensions?.cost as CostExtension).throttleStatus.currentlyAvailable;
        expect(left).toBeLessThan(PAGE_COST);
        expect(error?.extensions).toEqual({
          code: 'RATE_LIMITED',
          retryAfterSeconds: retryAfter,
          cost: {
            requestedQueryCost: PAGE_COST,
            actualQueryCost: 0,
            throttleStatus: { maximumAvailable: 100, currentlyAvailable: left, restoreRate: 1 },
          },
        });
        // The manager's token says French.
        expect(error?.message).toBe(
          `Trop de requêtes : celle-ci coûte 22 points et il en reste ${left}. ` +
            `Réessayez dans ${retryAfter} ${retryAfter === 1 ? 'seconde' : 'secondes'}.`,
        );
        expect(refused!.body.data ?? undefined).toBeUndefined();
        // A widget on the organisation's site can read Retry-After across origins.
        const fromWidget = await postGraphQL(gateway!.url, page, { token, headers: { origin: org.origin } });
        expect(fromWidget.status).toBe(429);
        expect(fromWidget.headers.get('access-control-allow-origin')).toBe(org.origin);
        expect(fromWidget.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
        expect(refused!.cost).toMatchObject({ requestedQueryCost: PAGE_COST, actualQueryCost: 0 });
        // A page waits for the reserve to refill (99 points every 99 s).
        expect(retryAfter).toBeLessThanOrEqual(99);
        // Another organisation's people have their own buckets.
        const outsider = await postGraphQL(gateway!.url, page, {
          token: await tokenFor(db, other.managerId),
        });
        expect(outsider.status).toBe(200);
      },
    );
  });

  it('answers again once Retry-After has passed', async () => {
    const tight = { person: { capacity: 3, restoreRate: 1 }, organisation: settings.organisation };
    await withGateways(
      1,
      () => new CostBudget(tight),
      async ([gateway]) => {
        const token = await tokenFor(db, org.adminId);
        const viewer = { query: '{ viewer { id } }' };
        let refused;
        for (let i = 0; i < 20 && !refused; i += 1) {
          const res = await postGraphQL(gateway!.url, viewer, { token });
          if (res.status === 429) refused = res;
        }
        expect(refused?.status).toBe(429);
        expect(refused!.body.errors?.[0]?.message).toBe(
          'Too many requests: this one costs 1 points and 0 are left. Try again in 1 second.',
        );
        expect(refused!.headers.get('retry-after')).toBe('1');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect((await postGraphQL(gateway!.url, viewer, { token })).status).toBe(200);
      },
    );
  });

  it('charges every operation of a batch to one budget', async () => {
    await withGateways(
      1,
      () => new CostBudget(settings),
      async ([gateway]) => {
        const token = await tokenFor(db, org.reportIds[0]!);
        type Answers = Array<{ errors?: Array<{ extensions?: { code?: string } }> }>;
        const codesOf = (body: unknown) =>
          (body as Answers).map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
        // Five pages (110 points) are more than one request may cost here (the bucket holds 100).
        const tooDear = await postGraphQL(
          gateway!.url,
          Array.from({ length: 5 }, () => page),
          { token },
        );
        expect(codesOf(tooDear.body)).toEqual(Array.from({ length: 5 }, () => 'MAX_COST_EXCEEDED'));
        expect(tooDear.cost).toEqual(
          expect.arrayContaining([expect.objectContaining({ requestedQueryCost: PAGE_COST })]),
        );
        // Nothing was charged for it: two pages fit (56 left), three more do not.
        const before = await postGraphQL(gateway!.url, [page, page], { token });
        expect(codesOf(before.body)).toEqual(['OK', 'OK']);
        const res = await postGraphQL(gateway!.url, [page, page, page], { token });
        // One throttled operation does not turn the answered ones into a 429: each answers for itself.
        expect(res.status).toBe(200);
        expect(res.headers.get('retry-after')).toBeNull();
        expect(codesOf(res.body).sort()).toEqual(['OK', 'OK', 'RATE_LIMITED'].sort());
        const answers = res.body as unknown as Array<{
          data?: unknown;
          errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }>;
        }>;
        const throttled = answers.find((answer) => answer.errors?.[0]?.extensions?.code === 'RATE_LIMITED')!;
        expect(throttled.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(throttled.data ?? undefined).toBeUndefined();
        expect(answers.filter((answer) => answer.data).length).toBe(2);
        // A batch whose every operation is throttled answers each the same way.
        const spent = await postGraphQL(gateway!.url, [page, page], { token });
        expect(spent.status).toBe(200);
        expect(codesOf(spent.body)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
      },
    );
  });

  it('two gateway instances sharing one Redis draw on one bucket', async () => {
    const budget = () => new CostBudget(settings, { redis, keyPrefix });
    await withGateways(2, budget, async ([a, b]) => {
      const token = await tokenFor(db, org.reportIds[1]!);
      const statuses = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await postGraphQL((i % 2 === 0 ? a : b)!.url, page, { token })).status);
      }
      // Alone, each instance would have answered all five (100 points each).
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      for (const gateway of [a!, b!]) {
        const res = await postGraphQL(gateway.url, { query: '{ viewer { id } }' }, { token });
        expect((res.cost as CostExtension).throttleStatus.currentlyAvailable).toBeLessThan(PAGE_COST);
      }
    });
  });

  it('refuses an answer larger than the response ceiling with a clear error', async () => {
    const db2 = db;
    const gateway = await startGateway(db2, { budget: new CostBudget(settings), maxResponseBytes: 300 });
    try {
      const token = await tokenFor(db, org.adminId);
      const res = await postGraphQL(
        gateway.url,
        { query: '{ orgUnits(first: 10) { edges { cursor node { id name kind } } } }' },
        { token },
      );
      expect(res.status).toBe(400);
      expect(res.body.data ?? undefined).toBeUndefined();
      expect(res.body.errors).toEqual([
        {
          message: 'The answer would exceed 300 bytes; ask for smaller pages (`first`) or fewer fields.',
          extensions: { code: 'RESPONSE_TOO_LARGE', limit: 300 },
        },
      ]);
      expect(res.cost).toMatchObject({ requestedQueryCost: 21 });
      const small = await postGraphQL(gateway.url, { query: '{ viewer { id } }' }, { token });
      expect(small.status).toBe(200);
    } finally {
      await gateway.close();
    }
    expect(limits.maxResponseBytes).toBeGreaterThan(1024 * 1024);
  });
});
