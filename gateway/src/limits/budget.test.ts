/**
 * The cost budget's bucket behaviour on both stores: in memory, and in Redis
 * (REDIS_URL, default 127.0.0.1:6379) under a key prefix of this run's own, where
 * two budgets — two gateway instances — share one bucket per caller.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CostBudget, type BudgetStore } from './budget.js';

const settings = {
  person: { capacity: 100, restoreRate: 20 },
  organisation: { capacity: 250, restoreRate: 50 },
};

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let redis: Redis;

beforeAll(async () => {
  redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
});
afterAll(async () => {
  const keys = await redis.keys('cw-test-budget:*');
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const stores: Array<[string, () => BudgetStore]> = [
  ['memory', () => ({})],
  ['redis', () => ({ redis, keyPrefix: `cw-test-budget:${randomUUID()}` })],
];

describe.each(stores)('cost budget in %s', (_name, store) => {
  const keys = (person = randomUUID(), organisation = 'org-1') => ({ caller: person, organisation });

  it('takes a burst up to its capacity, then refuses with the wait until enough is back', async () => {
    const budget = new CostBudget(settings, store());
    const caller = keys();
    const first = await budget.charge(caller, 60);
    expect(first).toMatchObject({ allowed: true, retryAfterSeconds: 0 });
    expect(first.throttleStatus).toEqual({ maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 20 });
    const second = await budget.charge(caller, 40);
    expect(second.allowed).toBe(true);
    expect(second.throttleStatus.currentlyAvailable).toBe(0);
    const refused = await budget.charge(caller, 30);
    expect(refused.allowed).toBe(false);
    // 30 points exceed one second's refill: the reserve (80 points) refills in 4 s.
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(4);
    expect(refused.throttleStatus).toEqual({ maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 20 });
    // A refused charge spends nothing: the caller can still spend what is left.
  });

  it('refills `restoreRate` points every second', async () => {
    const budget = new CostBudget(settings, store());
    const caller = keys();
    expect((await budget.charge(caller, 100)).allowed).toBe(true);
    const refused = await budget.charge(caller, 15);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const later = await budget.charge(caller, 15);
    expect(later.allowed).toBe(true);
  });

  it("charges a person's organisation too: its people share the organisation's bucket", async () => {
    const budget = new CostBudget(settings, store());
    const organisation = `org-${randomUUID()}`;
    // Three people of one organisation spend 100 each: the organisation (250) runs out.
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await budget.charge(keys(randomUUID(), organisation), 100));
    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, false]);
    expect(answers[2]!.throttleStatus.maximumAvailable).toBe(250);
    // Another organisation's person is untouched.
    expect((await budget.charge(keys(randomUUID(), `org-${randomUUID()}`), 100)).allowed).toBe(true);
  });

  it('gives back what an answer did not use, up to what the charge took', async () => {
    const budget = new CostBudget(settings, store());
    const caller = keys();
    const charge = await budget.charge(caller, 60);
    expect((await budget.refund(charge.receipt!, 50)).currentlyAvailable).toBe(90);
    const again = await budget.charge(caller, 10);
    expect((await budget.refund(again.receipt!, 1_000)).currentlyAvailable).toBe(90);
  });

  it('gives a refund back to the window it was charged in only: never above capacity after a reset', async () => {
    // Capacity 30 refilled 10 a second: a reserve of 20 points that resets every 2 s.
    const small = { capacity: 30, restoreRate: 10 };
    const budget = new CostBudget(
      { person: small, organisation: { capacity: 300, restoreRate: 100 } },
      store(),
    );
    const caller = keys(randomUUID(), `org-${randomUUID()}`);
    const charged = await budget.charge(caller, 30);
    expect(charged.allowed).toBe(true);
    // The answer came back late: the windows it was charged in have reset and the bucket is full.
    const deadline = Date.now() + 10_000;
    while ((await budget.status(caller)).currentlyAvailable < small.capacity) {
      if (Date.now() > deadline) throw new Error('the bucket did not refill');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const afterRefund = await budget.refund(charged.receipt!, 20);
    expect(afterRefund.currentlyAvailable).toBe(small.capacity);
    expect((await budget.charge(caller, small.capacity + 10)).allowed).toBe(false);
  });

  it('keeps an organisation on an allowance of its own apart from everyone else', async () => {
    const small = `org-${randomUUID()}`;
    const own = { person: { capacity: 10, restoreRate: 1 }, organisation: { capacity: 30, restoreRate: 1 } };
    const budget = new CostBudget(settings, store(), new Map([[small, own]]));
    const caller = keys(randomUUID(), small);
    expect(budget.capacityFor(caller)).toBe(10);
    expect(budget.capacityFor(keys())).toBe(100);
    const first = await budget.charge(caller, 8);
    expect(first.throttleStatus).toEqual({ maximumAvailable: 10, currentlyAvailable: 2, restoreRate: 1 });
    expect((await budget.charge(caller, 5)).allowed).toBe(false);
    // Another organisation's person, charged the same, still has the standard bucket.
    expect((await budget.charge(keys(), 60)).allowed).toBe(true);
  });

  it('reports the state without charging', async () => {
    const budget = new CostBudget(settings, store());
    const caller = keys();
    await budget.charge(caller, 30);
    expect((await budget.status(caller)).currentlyAvailable).toBe(70);
    expect((await budget.status(caller)).currentlyAvailable).toBe(70);
  });
});

describe('cost budget shared through Redis', () => {
  it('two gateway instances draw on one bucket per caller', async () => {
    const keyPrefix = `cw-test-budget:${randomUUID()}`;
    const otherConnection = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      const a = new CostBudget(settings, { redis, keyPrefix });
      const b = new CostBudget(settings, { redis: otherConnection, keyPrefix });
      const caller = { caller: randomUUID(), organisation: randomUUID() };
      expect((await a.charge(caller, 70)).allowed).toBe(true);
      const fromB = await b.charge(caller, 40);
      expect(fromB.allowed).toBe(false);
      expect(fromB.throttleStatus.currentlyAvailable).toBe(30);
      expect((await b.charge(caller, 30)).allowed).toBe(true);
      expect((await a.status(caller)).currentlyAvailable).toBe(0);
      expect((await a.charge(caller, 1)).allowed).toBe(false);
    } finally {
      otherConnection.disconnect();
    }
  });
});

describe('cost budget shared through Redis, charged at the same instant', () => {
  it('never lets instances charging one caller together spend more than the bucket holds', async () => {
    const keyPrefix = `cw-test-budget:${randomUUID()}`;
    const connections = Array.from({ length: 4 }, () => new Redis(redisUrl, { maxRetriesPerRequest: 1 }));
    try {
      // Four instances, each with its own connection, charge one caller 10 points 12 times at once:
      // 480 points asked of a bucket of 100. Planned from a read, several would have been let through
      // on the same remaining points.
      // One point a second: the test's own duration adds at most a point or two to the bucket.
      const slow = {
        person: { capacity: 100, restoreRate: 1 },
        organisation: { capacity: 1_000, restoreRate: 1 },
      };
      const budgets = connections.map((connection) => new CostBudget(slow, { redis: connection, keyPrefix }));
      const caller = { caller: randomUUID(), organisation: randomUUID() };
      const answers = await Promise.all(
        Array.from({ length: 48 }, (_, i) => budgets[i % budgets.length]!.charge(caller, 10)),
      );
      const spent = answers.filter((answer) => answer.allowed).length * 10;
      expect(spent).toBeLessThanOrEqual(100);
      expect(spent).toBeGreaterThan(0);
      // Refused charges spent nothing: what is left is the capacity less what was accepted
      // (plus the point a second that came back meanwhile).
      const left = (await budgets[0]!.status(caller)).currentlyAvailable;
      expect(left).toBeGreaterThanOrEqual(100 - spent);
      expect(left).toBeLessThanOrEqual(100 - spent + 3);
    } finally {
      connections.forEach((connection) => connection.disconnect());
    }
  });
});
