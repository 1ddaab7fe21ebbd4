/**
 * The queue's promise under crashes: worker processes are SIGKILLed in the middle of jobs and
 * restarted, and every queued job's effect is found exactly once. On PostgreSQL two instances work
 * the same queue at once; on PGlite (one process per data directory) one instance is killed and a
 * new one opens the same directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.js';
import { createTenantFixture } from '../db/test-fixtures.js';
import { openServerTestDatabase, STORAGE_TEST_TIMEOUT_MS } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { enqueueJob } from './queue.js';
import { startWorkerProcess, until, type WorkerProcess } from './testing/worker-process.js';

const JOBS = 240;

interface Worker extends WorkerProcess {
  begun: () => number;
}

function startWorker(target: string[], name: string, extra: string[] = []): Worker {
  const worker = startWorkerProcess('src/jobs/testing/delivery-worker.ts', [
    ...target,
    '--name',
    name,
    ...extra,
  ]);
  return { ...worker, begun: () => worker.lines('begin ').length };
}

/** Tables the worker writes, and the jobs, as the owner. */
async function prepare(db: Database, queue = 'test-delivery', jobs = JOBS): Promise<void> {
  const fixture = await createTenantFixture(db, `jobs-${randomBytes(3).toString('hex')}`);
  await db.query(
    `CREATE TABLE queue_test_deliveries (job_id uuid NOT NULL, n int NOT NULL, worker text NOT NULL)`,
  );
  await db.query(`GRANT INSERT ON queue_test_deliveries TO coachwork_app`);
  await db.transaction(async (tx) => {
    for (let n = 0; n < jobs; n += 1) {
      await enqueueJob(tx, { orgId: fixture.orgId, queue, payload: { n } });
    }
  });
}

interface Tally {
  rows: number;
  distinctJobs: number;
  distinctNumbers: number;
  byWorker: Record<string, number>;
}

async function tally(db: Database): Promise<Tally> {
  const [totals] = await db.query<{ rows: number; jobs: number; numbers: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT job_id)::int AS jobs, count(DISTINCT n)::int AS numbers
     FROM queue_test_deliveries`,
  );
  const workers = await db.query<{ worker: string; count: number }>(
    `SELECT worker, count(*)::int AS count FROM queue_test_deliveries GROUP BY worker ORDER BY worker`,
  );
  return {
    rows: totals!.rows,
    distinctJobs: totals!.jobs,
    distinctNumbers: totals!.numbers,
    byWorker: Object.fromEntries(workers.map((row) => [row.worker, row.count])),
  };
}

const started: Worker[] = [];
afterAll(() => {
  for (const worker of started) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
});

describe('job queue crash recovery on PGlite', () => {
  it(
    'a worker killed mid-run, restarted on the same data directory, delivers every job exactly once',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'cw-jobs-'));
      try {
        const db = await openDatabase({ engine: 'pglite', dataDir });
        await prepare(db);
        await db.close();

        const began = Date.now();
        const first = startWorker(['--data-dir', dataDir], 'first', ['--delay-ms', '15']);
        started.push(first);
        await until('jobs under way', () => first.begun() >= JOBS / 4, first);
        first.process.kill('SIGKILL');
        await first.exited;
        const begunBeforeKill = first.begun();

        const second = startWorker(['--data-dir', dataDir], 'second', [
          '--delay-ms',
          '15',
          '--exit-when-idle',
        ]);
        started.push(second);
        expect(await second.exited, second.output()).toBe(0);
        const seconds = (Date.now() - began) / 1000;

        const reopened = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
        const counted = await tally(reopened);
        const [receipts] = await reopened.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM job_receipts WHERE queue = 'test-delivery'`,
        );
        await reopened.close();
        console.log(
          `[jobs:pglite] ${JOBS} jobs in ${seconds.toFixed(1)} s; killed after ${begunBeforeKill} began, ` +
            `committed per worker ${JSON.stringify(counted.byWorker)}, redone after restart: ${second.begun()}`,
        );
        expect(counted).toMatchObject({ rows: JOBS, distinctJobs: JOBS, distinctNumbers: JOBS });
        expect(counted.byWorker.first ?? 0).toBeGreaterThan(0);
        expect(counted.byWorker.second ?? 0).toBeGreaterThan(0);
        expect(receipts!.count).toBe(JOBS);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});

describe('a job calling another system, killed between its call and its record, on PGlite', () => {
  it(
    'calls again after the restart and records every outcome exactly once',
    async () => {
      const jobs = 40;
      // The first worker hangs in its 16th call: the 15 before it are called and recorded.
      const hangOnCall = 16;
      const dataDir = await mkdtemp(join(tmpdir(), 'cw-jobs-'));
      try {
        const db = await openDatabase({ engine: 'pglite', dataDir });
        await prepare(db, 'test-call', jobs);
        await db.close();

        const first = startWorker(['--data-dir', dataDir], 'first', ['--hang-on-call', String(hangOnCall)]);
        started.push(first);
        const callsOf = (worker: Worker) =>
          worker
            .output()
            .split('\n')
            .filter((line) => line.startsWith('call '))
            .map((line) => Number(line.slice(5)));
        await until(`call number ${hangOnCall}`, () => callsOf(first).length >= hangOnCall, first);
        const hung = callsOf(first)[hangOnCall - 1]!;
        first.process.kill('SIGKILL');
        await first.exited;

        const second = startWorker(['--data-dir', dataDir], 'second', ['--exit-when-idle']);
        started.push(second);
        expect(await second.exited, second.output()).toBe(0);

        const reopened = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
        const counted = await tally(reopened);
        const recorded = await reopened.query<{ n: number; worker: string }>(
          `SELECT n, worker FROM queue_test_deliveries ORDER BY n`,
        );
        await reopened.close();
        const firstCalls = callsOf(first);
        const secondCalls = callsOf(second);
        console.log(
          `[jobs:pglite] outside calls: first called ${firstCalls.length} and recorded ` +
            `${counted.byWorker.first ?? 0}; second called ${secondCalls.length} and recorded ${counted.byWorker.second ?? 0}`,
        );
        expect(counted).toMatchObject({ rows: jobs, distinctJobs: jobs, distinctNumbers: jobs });
        // The call that was cut off before its record was made again, and its outcome recorded once.
        expect(firstCalls).toContain(hung);
        expect(secondCalls).toContain(hung);
        expect(recorded.find((row) => row.n === hung)?.worker).toBe('second');
        // What the first worker recorded was not called again.
        const recordedByFirst = recorded.filter((row) => row.worker === 'first').map((row) => row.n);
        expect(recordedByFirst.length).toBeGreaterThan(0);
        expect(secondCalls.filter((n) => recordedByFirst.includes(n))).toEqual([]);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});

describe.skipIf(!process.env.DATABASE_URL)('job queue crash recovery on PostgreSQL, two instances', () => {
  it(
    'one of two instances killed mid-run and restarted: every job delivered exactly once',
    async () => {
      const { db, url } = await openServerTestDatabase({ maxConnections: 2 });
      try {
        const began = Date.now();
        const a = startWorker(['--url', url], 'a', ['--delay-ms', '15']);
        started.push(a);
        await until('first instance ready', () => a.output().includes('ready'), a);
        const b = startWorker(['--url', url], 'b', ['--delay-ms', '15']);
        started.push(b);
        await until('second instance ready', () => b.output().includes('ready'), b);
        await prepare(db);

        await until('jobs under way', () => a.begun() >= JOBS / 6, a);
        a.process.kill('SIGKILL');
        await a.exited;
        const begunBeforeKill = a.begun();
        const restarted = startWorker(['--url', url], 'a-restarted', ['--delay-ms', '15']);
        started.push(restarted);

        await until('every job delivered', async () => (await tally(db)).distinctJobs === JOBS);
        const seconds = (Date.now() - began) / 1000;
        // Let both instances run on: a second delivery of any job would show up now.
        await new Promise((resolve) => setTimeout(resolve, 4000));
        const counted = await tally(db);
        console.log(
          `[jobs:postgres] ${JOBS} jobs in ${seconds.toFixed(1)} s over two instances; instance a killed after ` +
            `${begunBeforeKill} began; committed per worker ${JSON.stringify(counted.byWorker)}`,
        );
        expect(counted).toMatchObject({ rows: JOBS, distinctJobs: JOBS, distinctNumbers: JOBS });
        expect(counted.byWorker.a ?? 0).toBeGreaterThan(0);
        expect(counted.byWorker.b ?? 0).toBeGreaterThan(0);

        // Graceful stop (SIGTERM): both remaining instances finish and exit 0.
        b.process.kill('SIGTERM');
        restarted.process.kill('SIGTERM');
        expect(await b.exited).toBe(0);
        expect(await restarted.exited).toBe(0);
      } finally {
        await db.close();
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
