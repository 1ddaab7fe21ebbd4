/**
 * The job queue in one process, on each engine: enqueueing follows the enclosing transaction,
 * failures roll the job's work back and are retried with growing delays, the depth gauge counts
 * what is left, and stop() lets the job in hand finish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture } from '../db/test-fixtures.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { until } from '../testing/until.js';
import { defineJob, enqueueJob, JOB_SCHEMA, JobQueue } from './queue.js';

describe.each(testEngines())('job queue on %s', (engine) => {
  let db: Database;
  let orgId: string;
  const attempts = new Map<string, number[]>();
  let release: () => void = () => undefined;
  let slowStarted = false;

  const flaky = defineJob<{ key: string; failures: number }>({
    queue: 'test-flaky',
    retryLimit: 4,
    retryDelaySeconds: 1,
    expireInSeconds: 30,
    parse: (payload) => payload as { key: string; failures: number },
    async run(job, tx) {
      const seen = [...(attempts.get(job.payload.key) ?? []), Date.now()];
      attempts.set(job.payload.key, seen);
      await tx.query(`INSERT INTO queue_test_effects (key) VALUES ($1)`, [job.payload.key]);
      // The effect above is rolled back with the failed attempt.
      if (seen.length <= job.payload.failures) throw new Error(`attempt ${seen.length} fails`);
    },
  });
  const slow = defineJob<{ key: string }>({
    queue: 'test-slow',
    retryLimit: 0,
    retryDelaySeconds: 1,
    expireInSeconds: 30,
    parse: (payload) => payload as { key: string },
    async run(job, tx) {
      slowStarted = true;
      await new Promise<void>((resolve) => (release = resolve));
      await tx.query(`INSERT INTO queue_test_effects (key) VALUES ($1)`, [job.payload.key]);
    },
  });
  let queue: JobQueue;

  const effects = async (key: string) =>
    (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM queue_test_effects WHERE key = $1`, [key])
    )[0]!.n;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    orgId = (await createTenantFixture(db, `jobs-${engine}`)).orgId;
    await db.query(`CREATE TABLE queue_test_effects (key text NOT NULL)`);
    await db.query(`GRANT INSERT ON queue_test_effects TO coachwork_app`);
    queue = new JobQueue(db, [flaky, slow], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
  });
  afterAll(async () => {
    await queue?.stop();
    await db?.close();
  });

  it('queues a job only if the enclosing tenant transaction commits', async () => {
    await expect(
      db.withTenant(orgId, async (tx) => {
        await enqueueJob(tx, { orgId, queue: 'test-flaky', payload: { key: 'rolled-back', failures: 0 } });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await db.withTenant(orgId, (tx) =>
      enqueueJob(tx, { orgId, queue: 'test-flaky', payload: { key: 'committed', failures: 0 } }),
    );
    await until('the committed job', async () => (await effects('committed')) === 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await effects('rolled-back')).toBe(0);
    expect(attempts.has('rolled-back')).toBe(false);
  });

  it('a tenant cannot queue for another organisation, nor read the outbox', async () => {
    const other = (await createTenantFixture(db, `jobs-other-${engine}`)).orgId;
    await expect(
      db.withTenant(orgId, (tx) => enqueueJob(tx, { orgId: other, queue: 'test-flaky', payload: {} })),
    ).rejects.toThrow(/belongs to another organisation|row-level security/i);
    await expect(db.withTenant(orgId, (tx) => tx.query(`SELECT * FROM job_outbox`))).rejects.toThrow(
      /permission denied|not allowed/i,
    );
  });

  it('retries a failing job with growing delays, keeping only the successful attempt’s work', async () => {
    await db.transaction((tx) =>
      enqueueJob(tx, { orgId, queue: 'test-flaky', payload: { key: 'flaky', failures: 2 } }),
    );
    await until('the third attempt', async () => (await effects('flaky')) === 1);
    const times = attempts.get('flaky')!;
    expect(times).toHaveLength(3);
    const gaps = [times[1]! - times[0]!, times[2]! - times[1]!];
    console.log(
      `[jobs:${engine}] retry gaps ${gaps.map((gap) => `${gap} ms`).join(', ')} (delay 1 s, backoff)`,
    );
    // pg-boss's backoff: about the delay, then about twice it (polling adds up to its interval).
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1800);
    const [job] = await db.query<{ retry_count: number; state: string }>(
      `SELECT retry_count, state::text AS state FROM ${JOB_SCHEMA}.job WHERE name = 'test-flaky'
       AND data->'payload'->>'key' = 'flaky'`,
    );
    expect(job).toEqual({ retry_count: 2, state: 'completed' });
  });

  it('counts what is left per queue', async () => {
    await db.transaction((tx) =>
      enqueueJob(tx, {
        orgId,
        queue: 'test-slow',
        payload: { key: 'later' },
        runAfter: new Date(Date.now() + 3_600_000),
      }),
    );
    const before = (await queue.depth()).find((row) => row.queue === 'test-slow')!;
    expect(before.outbox + before.queued).toBe(1);
    await until(
      'the relay',
      async () => (await queue.depth()).find((row) => row.queue === 'test-slow')!.outbox === 0,
    );
    expect((await queue.depth()).find((row) => row.queue === 'test-slow')).toEqual({
      queue: 'test-slow',
      outbox: 0,
      queued: 1,
      active: 0,
    });
  });

  it('stop() lets the job in hand finish before it resolves', async () => {
    // (On PGlite a job's transaction holds the one connection, so nothing is asked of the database
    // while the job waits.)
    await db.transaction((tx) => enqueueJob(tx, { orgId, queue: 'test-slow', payload: { key: 'slow' } }));
    await until('the slow job to start', async () => slowStarted);
    const stopped = queue.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await stopped;
    expect(await effects('slow')).toBe(1);
    const [receipt] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM job_receipts WHERE queue = 'test-slow'`,
    );
    expect(receipt!.n).toBe(1);
  });
});
