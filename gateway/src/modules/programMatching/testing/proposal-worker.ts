/**
 * A gateway-like process for the match proposal's crash tests: opens the database named by its
 * arguments and works the queue with the real proposal job (`matchProposalJob`), until it is
 * killed or sent SIGTERM.
 *
 * The job's settings may be shortened so a test need not wait ten minutes for a lease:
 * `--lease-seconds`, `--retry-limit`, `--retry-delay-seconds`. With `--hang`, the computation of
 * every proposal prints `computing <proposalId>` once its proposal is RUNNING (prepare committed)
 * and never returns, so the test can kill the process mid-computation; without it the job computes
 * as in the gateway and prints `computing …` too. With `--exit-when-idle` the process stops once
 * nothing is left in the outbox or the queue (the dead-letter queue included).
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../../db/index.js';
import { deadLetterOf, JOB_SCHEMA, JobQueue, type QueueJob } from '../../../jobs/queue.js';
import { serveUntilIdleOrStopped } from '../../../jobs/testing/worker-main.js';
import { matchProposalJob } from '../proposal-job.js';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    'lease-seconds': { type: 'string', default: '3' },
    'retry-limit': { type: 'string', default: '3' },
    'retry-delay-seconds': { type: 'string', default: '1' },
    hang: { type: 'boolean', default: false },
    'exit-when-idle': { type: 'boolean', default: false },
  },
});

const db = await openDatabase(
  values.url
    ? { engine: 'postgres', url: values.url, migrate: false }
    : { engine: 'pglite', dataDir: values['data-dir'], migrate: false },
);

const real = matchProposalJob();
if (real.perform.kind !== 'outside')
  throw new Error('the proposal job is expected to compute outside a transaction');
const perform = real.perform;
const job: QueueJob = {
  ...real,
  expireInSeconds: Number(values['lease-seconds']),
  retryLimit: Number(values['retry-limit']),
  retryDelaySeconds: Number(values['retry-delay-seconds']),
  perform: {
    ...perform,
    async callOut(plan, handed, context) {
      process.stdout.write(`computing ${(handed.payload as { proposalId: string }).proposalId}\n`);
      if (values.hang) await new Promise(() => undefined);
      return perform.callOut(plan, handed, context);
    },
  },
};

const queue = new JobQueue(db, [job], {
  pollingIntervalSeconds: 0.5,
  relayIntervalMs: 200,
  maintenanceIntervalSeconds: 1,
  log: (line) => process.stderr.write(`${line}\n`),
});
await queue.start();
await serveUntilIdleOrStopped(queue, db, {
  exitWhenIdle: values['exit-when-idle'],
  // The dead-letter queue is not in depth(): count its jobs not yet done as well.
  alsoWaiting: async () => {
    const [dead] = await db.query<{ n: number }>(
      `select count(*)::int as n from ${JOB_SCHEMA}.job where name = $1 and state in ('created', 'retry', 'active')`,
      [deadLetterOf(real.queue)],
    );
    return dead!.n;
  },
});
