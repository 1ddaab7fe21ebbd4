/**
 * The gateway's durable job queue: pg-boss over the gateway's own Database, so the same library,
 * tables and semantics run on PostgreSQL and on the embedded PGlite (pg-boss takes any `executeSql`
 * and needs no LISTEN/NOTIFY). Domain code never talks to pg-boss:
 *
 * - it enqueues with `enqueueJob(tx, …)` inside the transaction of the write that causes the job
 *   (a row in `job_outbox`, tenant-bound by row-level security), so a rolled-back write queues
 *   nothing and a committed one cannot lose its job;
 * - it declares what a job does with a `JobDefinition`, whose `run` receives the job's own
 *   transaction already bound to the job's organisation (role `coachwork_app`, `app.org_id`).
 *
 * Delivery: the relay moves outbox rows into pg-boss as the owner, deleting and inserting in one
 * transaction (FOR UPDATE SKIP LOCKED, so two instances never move a row twice). A worker fetches
 * a job (pg-boss hands each job to one fetcher); the job's work, a receipt row and the job's
 * completion commit together, so a job retried after a crash or an expired lease finds its receipt
 * and does nothing again. A failure rolls all of it back and pg-boss retries with exponential
 * backoff until `retryLimit`. A worker killed mid-job leaves it `active`; after `expireInSeconds`
 * pg-boss's maintenance hands it out again.
 *
 * Effects outside the database (an SMTP hand-over) sit inside that transaction: they happen once
 * unless the process dies between the other side's acceptance and the commit, in which case the
 * retry repeats them with the same identity (an e-mail keeps its Message-ID), so the receiver can
 * tell.
 */
import PgBoss from 'pg-boss';
import type { Database, Queryable } from '../db/types.js';

/** pg-boss's tables live in their own schema, created and migrated by pg-boss at start. */
export const JOB_SCHEMA = 'cw_jobs';

const QUEUE_NAME = /^[a-z][a-z0-9-]{1,62}$/;

export interface Job<Payload> {
  /** pg-boss's id, which is the outbox row's id. */
  id: string;
  orgId: string;
  payload: Payload;
}

export interface JobDefinition<Payload = unknown> {
  /** Queue name: lower-case letters, digits and dashes. */
  queue: string;
  /** Attempts after the first before the job is left failed. */
  retryLimit: number;
  /** Seconds before the first retry; doubled at each further attempt (pg-boss's backoff). */
  retryDelaySeconds: number;
  /** A job still active after this long is taken to have died with its worker and is handed out again. */
  expireInSeconds: number;
  /** Checks a stored payload's shape (throwing fails the attempt). */
  parse(payload: unknown): Payload;
  /**
   * Does the job's work in `tx`, bound to the job's organisation. Throwing rolls the work back and
   * schedules a retry.
   */
  run(job: Job<Payload>, tx: Queryable): Promise<void>;
}

/** A job definition with its payload type erased, as the queue holds it. */
export interface QueueJob {
  queue: string;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  perform(job: Job<unknown>, tx: Queryable): Promise<void>;
}

export function defineJob<Payload>(definition: JobDefinition<Payload>): QueueJob {
  if (!QUEUE_NAME.test(definition.queue)) throw new Error(`invalid queue name "${definition.queue}"`);
  const { parse, run, ...settings } = definition;
  return { ...settings, perform: (job, tx) => run({ ...job, payload: parse(job.payload) }, tx) };
}

export interface EnqueueRequest<Payload> {
  orgId: string;
  queue: string;
  payload: Payload;
  /** Not before this instant (default: as soon as possible). */
  runAfter?: Date;
}

/**
 * Queues a job in the caller's transaction: it exists if and only if that transaction commits.
 * Works in a tenant transaction (the row must carry the tenant's organisation) and as the owner.
 */
export async function enqueueJob<Payload>(tx: Queryable, request: EnqueueRequest<Payload>): Promise<void> {
  if (!QUEUE_NAME.test(request.queue)) throw new Error(`invalid queue name "${request.queue}"`);
  await tx.query(
    `INSERT INTO job_outbox (org_id, queue, payload, run_after) VALUES ($1, $2, $3::jsonb, COALESCE($4, now()))`,
    [request.orgId, request.queue, JSON.stringify(request.payload), request.runAfter ?? null],
  );
}

export interface JobQueueOptions {
  /** How often an idle worker asks for jobs, in seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** How often the relay moves outbox rows into the queue. */
  relayIntervalMs?: number;
  /** How often expired jobs are retried and old ones archived, in seconds. */
  maintenanceIntervalSeconds?: number;
  /** Jobs one worker takes per fetch (they run one after another). */
  batchSize?: number;
  /** Grace for jobs in flight at stop(), in ms. */
  stopTimeoutMs?: number;
  /** Run workers (false: this instance only relays and enqueues). */
  work?: boolean;
  log?: (line: string) => void;
}

export interface QueueDepth {
  queue: string;
  /** Waiting in the outbox to be moved into the queue. */
  outbox: number;
  /** Created or waiting for a retry, due now or later. */
  queued: number;
  /** Being worked on (or held by a worker that died, until its lease expires). */
  active: number;
}

type OutboxRow = { id: string; org_id: string; queue: string; payload: unknown; run_after: Date };

interface StoredJob {
  orgId: string;
  payload: unknown;
}

function executorOf(tx: Queryable): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) };
}

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, QueueJob>();
  private readonly options: Required<Omit<JobQueueOptions, 'log'>> & Pick<JobQueueOptions, 'log'>;
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<unknown> = Promise.resolve();
  private started = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    definitions: readonly QueueJob[],
    options: JobQueueOptions = {},
  ) {
    for (const definition of definitions) {
      if (this.definitions.has(definition.queue)) throw new Error(`queue ${definition.queue} defined twice`);
      this.definitions.set(definition.queue, definition);
    }
    this.options = {
      pollingIntervalSeconds: 2,
      relayIntervalMs: 1000,
      maintenanceIntervalSeconds: 30,
      batchSize: 5,
      stopTimeoutMs: 10_000,
      work: true,
      ...options,
    };
    this.boss = new PgBoss({
      db: { executeSql: async (text, values) => ({ rows: await db.query(text, values) }) },
      schema: JOB_SCHEMA,
      maintenanceIntervalSeconds: this.options.maintenanceIntervalSeconds,
      // Cron schedules are not used; the clock monitor they need would be one more poller.
      schedule: false,
    });
    this.boss.on('error', (error) => this.options.log?.(`jobs: ${error.message}`));
  }

  get queues(): string[] {
    return [...this.definitions.keys()];
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('the job queue was already started');
    this.started = true;
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      const settings = {
        name: definition.queue,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      };
      const existing = await this.boss.getQueue(definition.queue);
      if (existing) await this.boss.updateQueue(definition.queue, settings);
      else await this.createQueueOnce(definition.queue, settings);
    }
    this.scheduleRelay(0);
    if (this.options.work) {
      for (const definition of this.definitions.values()) {
        await this.boss.work<StoredJob>(
          definition.queue,
          { batchSize: this.options.batchSize, pollingIntervalSeconds: this.options.pollingIntervalSeconds },
          async (jobs) => {
            for (const job of jobs) await this.runJob(definition, job);
          },
        );
      }
    }
  }

  /** Two instances starting at once may both try to create a queue; the loser finds it made. */
  private async createQueueOnce(name: string, settings: PgBoss.Queue): Promise<void> {
    try {
      await this.boss.createQueue(name, settings);
    } catch (error) {
      if (!(await this.boss.getQueue(name))) throw error;
    }
  }

  private async runJob(definition: QueueJob, job: PgBoss.Job<StoredJob>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const claimed = await tx.query(
        `INSERT INTO job_receipts (job_id, queue, org_id) VALUES ($1, $2, $3)
         ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
        [job.id, definition.queue, job.data.orgId],
      );
      if (claimed.length > 0) {
        await tx.query(`SELECT set_config('app.org_id', $1, true)`, [job.data.orgId]);
        await tx.query('SET LOCAL ROLE coachwork_app');
        await definition.perform({ id: job.id, orgId: job.data.orgId, payload: job.data.payload }, tx);
        await tx.query('RESET ROLE');
        await tx.query(`SELECT set_config('app.org_id', '', true)`);
      }
      await this.boss.complete(definition.queue, job.id, {}, { db: executorOf(tx) });
    });
  }

  private scheduleRelay(delayMs: number): void {
    if (this.stopped) return;
    this.relayTimer = setTimeout(() => {
      this.relaying = this.relayOnce()
        .catch((error: unknown) =>
          this.options.log?.(`jobs: relay failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .then((moved) =>
          this.scheduleRelay(typeof moved === 'number' && moved > 0 ? 0 : this.options.relayIntervalMs),
        );
    }, delayMs);
    this.relayTimer.unref();
  }

  /** Moves up to one batch of outbox rows into the queue; returns how many it moved. */
  async relayOnce(limit = 200): Promise<number> {
    const queues = this.queues;
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow>(
        `DELETE FROM job_outbox WHERE id IN (
           SELECT id FROM job_outbox WHERE queue = ANY($1::text[])
           ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id, org_id, queue, payload, run_after`,
        [queues, limit],
      );
      if (rows.length === 0) return 0;
      await this.boss.insert(
        rows.map((row) => ({
          id: row.id,
          name: row.queue,
          data: { orgId: row.org_id, payload: row.payload } satisfies StoredJob,
          startAfter: row.run_after,
        })),
        { db: executorOf(tx) },
      );
      return rows.length;
    });
  }

  /** Jobs not yet done, per queue (the /metrics gauge). */
  async depth(): Promise<QueueDepth[]> {
    const queues = this.queues;
    const [jobs, outbox] = await Promise.all([
      this.db.query<{ name: string; state: string; count: number }>(
        `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job
         WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active') GROUP BY name, state`,
        [queues],
      ),
      this.db.query<{ queue: string; count: number }>(
        `SELECT queue, count(*)::int AS count FROM job_outbox WHERE queue = ANY($1::text[]) GROUP BY queue`,
        [queues],
      ),
    ]);
    return queues.map((queue) => ({
      queue,
      outbox: outbox.find((row) => row.queue === queue)?.count ?? 0,
      queued: jobs
        .filter((row) => row.name === queue && row.state !== 'active')
        .reduce((sum, row) => sum + row.count, 0),
      active: jobs.find((row) => row.name === queue && row.state === 'active')?.count ?? 0,
    }));
  }

  /**
   * Stops relaying and fetching, waits for jobs in flight (up to `stopTimeoutMs`), and leaves the
   * database open (shutdown closes it afterwards).
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.relayTimer) clearTimeout(this.relayTimer);
    await this.relaying;
    if (!this.started) return;
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: this.options.stopTimeoutMs });
  }
}
