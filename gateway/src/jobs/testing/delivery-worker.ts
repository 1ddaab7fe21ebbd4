/**
 * A gateway-like process for the job-queue crash tests: opens the database named by its arguments,
 * starts a JobQueue whose queues record each delivery in `queue_test_deliveries`, and works until
 * it is killed or sent SIGTERM (then it stops gracefully). Each delivery takes `--delay-ms`, so a
 * kill lands in the middle of jobs.
 *
 * `test-delivery` does its work in the job's transaction. `test-call` is a job that calls another
 * system: it prints `call N` as its call begins and `recorded N` once the outcome is committed;
 * with `--hang-on-call K` this worker's K-th call never returns (whichever job it is: the queue
 * does not promise an order), so the test can kill the process between a call and its record
 * after the calls before it were recorded.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/index.js';
import { defineJob, JobQueue } from '../queue.js';
import { serveUntilIdleOrStopped } from './worker-main.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    name: { type: 'string', default: 'worker' },
    'delay-ms': { type: 'string', default: '20' },
    'exit-when-idle': { type: 'boolean', default: false },
    'hang-on-call': { type: 'string' },
  },
});
const delayMs = Number(values['delay-ms']);
const db = await openDatabase(
  values.url
    ? { engine: 'postgres', url: values.url, migrate: false }
    : { engine: 'pglite', dataDir: values['data-dir'], migrate: false },
);

export const testDelivery = defineJob<{ n: number }>({
  queue: 'test-delivery',
  retryLimit: 5,
  retryDelaySeconds: 1,
  expireInSeconds: 3,
  parse: (payload) => payload as { n: number },
  async run(job, tx) {
    process.stdout.write(`begin ${job.payload.n}\n`);
    await tx.query(`INSERT INTO queue_test_deliveries (job_id, n, worker) VALUES ($1, $2, $3)`, [
      job.id,
      job.payload.n,
      values.name,
    ]);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  },
});

const hangOnCall = values['hang-on-call'] === undefined ? null : Number(values['hang-on-call']);
let callsMade = 0;

export const testCall = defineJob<{ n: number }, { n: number }, { answeredBy: string }>({
  queue: 'test-call',
  retryLimit: 5,
  retryDelaySeconds: 1,
  expireInSeconds: 3,
  parse: (payload) => payload as { n: number },
  prepare: async (job) => ({ n: job.payload.n }),
  async callOut(plan) {
    process.stdout.write(`call ${plan.n}\n`);
    callsMade += 1;
    if (callsMade === hangOnCall) await new Promise(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { answeredBy: values.name };
  },
  async record(job, plan, result, tx) {
    await tx.query(`INSERT INTO queue_test_deliveries (job_id, n, worker) VALUES ($1, $2, $3)`, [
      job.id,
      plan.n,
      result.answeredBy,
    ]);
    // Printed before the commit; the test counts rows, not these lines.
    process.stdout.write(`recorded ${plan.n}\n`);
  },
});

const queue = new JobQueue(db, [testDelivery, testCall], {
  pollingIntervalSeconds: 0.5,
  relayIntervalMs: 200,
  maintenanceIntervalSeconds: 1,
  batchSize: 10,
  log: (line) => process.stderr.write(`${line}\n`),
});
await queue.start();
await serveUntilIdleOrStopped(queue, db, { exitWhenIdle: values['exit-when-idle'] });
