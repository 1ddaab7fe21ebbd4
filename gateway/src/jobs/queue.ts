/**
 * The gateway's durable job queue: pg-boss over the gateway's own Database, so the same library,
 * tables and semantics run on PostgreSQL and on the embedded PGlite (pg-boss takes any `executeSql`
 * and needs no LISTEN/NOTIFY). Domain code never talks to pg-boss:
 *
 * - it enqueues with `enqueueJob(tx, …)` inside the transaction of the write that causes the job
 *   (a row in `job_outbox`, tenant-bound by row-level security), so a rolled-back write queues
 *   nothing and a committed one cannot lose its job;
 * - it declares what a job does with `defineJob`, in one of two shapes (README.md beside this file):
 *   - `run(job, tx)`: all of the job's work in one transaction bound to the job's organisation (role
 *     `coachwork_app`, `app.org_id`). For work that stays in the database.
 *   - `prepare(job, tx)` → `callOut(plan, job, { signal })` → `record(job, plan, result, tx)`: for a
 *     job that talks to another system. `prepare` reads what the call needs in a short transaction
 *     that commits before the call; `callOut` makes the call holding no database handle; `record`
 *     writes the outcome in a second short transaction. A transaction held open across a network
 *     call would hold a pooled connection for the call's whole timeout, and on PGlite the only
 *     connection: every request would wait for the receiver, and a receiver that calls back into
 *     the gateway would wait for itself.
 *
 * Delivery: the relay moves outbox rows into pg-boss as the owner, deleting and inserting in one
 * transaction (FOR UPDATE SKIP LOCKED, so two instances never move a row twice). A worker fetches
 * a job (pg-boss hands each job to one fetcher). A job's database work, a receipt row and the job's
 * completion commit together (for `run`, its whole work; for the outside shape, `record`), so a job
 * retried after a crash or an expired lease finds its receipt and does nothing again. A failure
 * rolls all of it back and pg-boss retries with exponential backoff until `retryLimit`. A worker
 * killed mid-job leaves it `active`; after `expireInSeconds` pg-boss's maintenance hands it out
 * again.
 *
 * So database effects happen exactly once, and outside calls at least once: a process that dies
 * between the call and `record` commits nothing, and the job's next attempt prepares and calls
 * again. Calls carry an identity the other side already deduplicates by (a webhook's
 * `webhook-id`, an e-mail's Message-ID, a score's timestamped state).
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
  /** Attempts already made and failed before this one (0 on the first); `retryLimit` on the last. */
  retryCount: number;
}

/** What every job declares about its queue. */
interface JobSettings<Payload> {
  /** Queue name: lower-case letters, digits and dashes. */
  queue: string;
  /** Attempts after the first before the job is left failed. */
  retryLimit: number;
  /** Seconds before the first retry; doubled at each further attempt (pg-boss's backoff). */
  retryDelaySeconds: number;
  /**
   * A job still active after this long is taken to have died with its worker and is handed out
   * again. For a job with `callOut`, longer than the call may take: the call's `signal` aborts a
   * few seconds before the lease ends, so two workers never call for one job at once.
   */
  expireInSeconds: number;
  /** Checks a stored payload's shape (throwing fails the attempt). */
  parse(payload: unknown): Payload;
  /**
   * Records in the job's own domain that the queue has given the job up: its last attempt threw,
   * or its worker died during it and the lease ran out. Without it a row the job was to finish (a
   * proposal RUNNING, say) would wait for it forever. Runs exactly once per job given up, from the
   * queue's dead-letter queue (`<queue>-dead`), in a transaction bound to the job's organisation;
   * it should change only what is still waiting for this job. Throwing retries it.
   */
  giveUp?(job: Job<Payload>, failure: JobFailure, tx: Queryable): Promise<void>;
}

/** Why the queue gave a job up, as `giveUp` is told. */
export interface JobFailure {
  /** The last attempt's worker died (or hung) and its lease ran out, rather than the attempt throwing. */
  expired: boolean;
  /** The last attempt's error message, or the queue's note that the lease ran out. */
  message: string;
}

/** A job whose work stays in the database: one transaction. */
export interface JobDefinition<Payload = unknown> extends JobSettings<Payload> {
  /**
   * Does the job's work in `tx`, bound to the job's organisation. Throwing rolls the work back and
   * schedules a retry.
   */
  run(job: Job<Payload>, tx: Queryable): Promise<void>;
}

/** What `callOut` gets besides its plan. */
export interface CallContext {
  /** Aborted shortly before the job's lease expires; pass it to fetch or http.request. */
  signal: AbortSignal;
}

/**
 * A job that calls another system: read, commit, call with no database handle, record. Each phase
 * may throw; nothing is recorded then, and the queue retries the job from `prepare`.
 */
export interface OutsideJobDefinition<
  Payload = unknown,
  Plan = unknown,
  Result = unknown,
> extends JobSettings<Payload> {
  /**
   * Reads what the call needs, in a short transaction bound to the job's organisation, committed
   * before the call. `null`: nothing to do (the job completes without calling). Runs again on every
   * attempt, after a crash too, so any write it makes must be one that can be repeated.
   */
  prepare(job: Job<Payload>, tx: Queryable): Promise<Plan | null>;
  /** Makes the call. It gets no database handle: all it needs is in `plan`. */
  callOut(plan: Plan, job: Job<Payload>, context: CallContext): Promise<Result>;
  /**
   * Writes the outcome, in a second short transaction bound to the job's organisation, at most
   * once per job (it commits with the job's receipt and completion). The rows `prepare` read may
   * have changed during the call: check again what the outcome depends on (`FOR UPDATE`).
   */
  record(job: Job<Payload>, plan: Plan, result: Result, tx: Queryable): Promise<void>;
}

/** A job definition with its payload type erased, as the queue holds it. */
export interface QueueJob {
  queue: string;
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  perform: InTransaction | Outside;
  giveUp?: (job: Job<unknown>, failure: JobFailure, tx: Queryable) => Promise<void>;
}

interface InTransaction {
  kind: 'transaction';
  run(job: Job<unknown>, tx: Queryable): Promise<void>;
}

interface Outside {
  kind: 'outside';
  prepare(job: Job<unknown>, tx: Queryable): Promise<{ plan: unknown } | null>;
  callOut(plan: unknown, job: Job<unknown>, context: CallContext): Promise<unknown>;
  record(job: Job<unknown>, plan: unknown, result: unknown, tx: Queryable): Promise<void>;
}

export function defineJob<Payload>(definition: JobDefinition<Payload>): QueueJob;
export function defineJob<Payload, Plan, Result>(
  definition: OutsideJobDefinition<Payload, Plan, Result>,
): QueueJob;
export function defineJob<Payload, Plan, Result>(
  definition: JobDefinition<Payload> | OutsideJobDefinition<Payload, Plan, Result>,
): QueueJob {
  if (!QUEUE_NAME.test(definition.queue)) throw new Error(`invalid queue name "${definition.queue}"`);
  if (definition.giveUp && !QUEUE_NAME.test(deadLetterOf(definition.queue))) {
    throw new Error(`queue name "${definition.queue}" leaves no room for its dead-letter queue`);
  }
  const typed = (job: Job<unknown>): Job<Payload> => ({ ...job, payload: definition.parse(job.payload) });
  const giveUp = definition.giveUp;
  const settings = {
    queue: definition.queue,
    retryLimit: definition.retryLimit,
    retryDelaySeconds: definition.retryDelaySeconds,
    expireInSeconds: definition.expireInSeconds,
    ...(giveUp
      ? { giveUp: (job: Job<unknown>, failure: JobFailure, tx: Queryable) => giveUp(typed(job), failure, tx) }
      : {}),
  };
  if ('run' in definition) {
    return {
      ...settings,
      perform: { kind: 'transaction', run: (job, tx) => definition.run(typed(job), tx) },
    };
  }
  return {
    ...settings,
    perform: {
      kind: 'outside',
      async prepare(job, tx) {
        const plan = await definition.prepare(typed(job), tx);
        return plan === null ? null : { plan };
      },
      callOut: (plan, job, context) => definition.callOut(plan as Plan, typed(job), context),
      record: (job, plan, result, tx) => definition.record(typed(job), plan as Plan, result as Result, tx),
    },
  };
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

/** How long before its lease ends a job's call is aborted. */
const LEASE_MARGIN_MS = 2000;

/** Where pg-boss moves a job it gives up, for a job that declares `giveUp`. */
export const deadLetterOf = (queue: string): string => `${queue}-dead`;

/** pg-boss's own output for a job whose lease ran out while it was active (`failJobsByTimeout`). */
const EXPIRED_OUTPUT = 'job failed by timeout in active state';

/** A job as pg-boss fetched it, in the shape a job definition is handed. */
function handedOf(job: PgBoss.JobWithMetadata<StoredJob>): Job<unknown> {
  return { id: job.id, orgId: job.data.orgId, payload: job.data.payload, retryCount: job.retryCount };
}

/** What pg-boss stored as a given-up job's output: a serialised error, or `{ value: … }`. */
function failureOf(output: unknown): JobFailure {
  const record = (output ?? {}) as { message?: unknown; value?: unknown };
  const value = record.value as { message?: unknown } | string | undefined;
  const message =
    typeof record.message === 'string'
      ? record.message
      : typeof value === 'string'
        ? value
        : typeof value?.message === 'string'
          ? value.message
          : 'unknown failure';
  return { expired: message === EXPIRED_OUTPUT, message };
}

/** Runs `work` in `tx` as the application role bound to `orgId`, then returns to the owner. */
async function asTenant<T>(tx: Queryable, orgId: string, work: () => Promise<T>): Promise<T> {
  await tx.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
  await tx.query('SET LOCAL ROLE coachwork_app');
  const result = await work();
  await tx.query('RESET ROLE');
  await tx.query(`SELECT set_config('app.org_id', '', true)`);
  return result;
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
      const deadLetter = definition.giveUp ? deadLetterOf(definition.queue) : undefined;
      if (deadLetter) {
        // Before the queue that names it (a foreign key). Its jobs are the given-up ones, each
        // recorded by `giveUp` in one short transaction.
        await this.ensureQueue(deadLetter, {
          name: deadLetter,
          retryLimit: definition.retryLimit,
          retryDelay: definition.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: 60,
        });
      }
      await this.ensureQueue(definition.queue, {
        name: definition.queue,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
        ...(deadLetter ? { deadLetter } : {}),
      });
    }
    this.scheduleRelay(0);
    if (this.options.work) {
      for (const definition of this.definitions.values()) {
        const giveUp = definition.giveUp;
        if (giveUp) {
          const deadLetter = deadLetterOf(definition.queue);
          await this.boss.work<StoredJob>(
            deadLetter,
            {
              batchSize: this.options.batchSize,
              pollingIntervalSeconds: this.options.pollingIntervalSeconds,
              includeMetadata: true,
            },
            async (jobs) => {
              for (const job of jobs) await this.giveUpJob(deadLetter, giveUp, job);
            },
          );
        }
        await this.boss.work<StoredJob>(
          definition.queue,
          {
            batchSize: this.options.batchSize,
            pollingIntervalSeconds: this.options.pollingIntervalSeconds,
            includeMetadata: true,
          },
          async (jobs) => {
            const fetchedAt = Date.now();
            for (const job of jobs) await this.runJob(definition, job, fetchedAt);
          },
        );
      }
    }
  }

  /** Creates the queue or updates its settings. */
  private async ensureQueue(name: string, settings: PgBoss.Queue): Promise<void> {
    if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, settings);
    else await this.createQueueOnce(name, settings);
  }

  /** Two instances starting at once may both try to create a queue; the loser finds it made. */
  private async createQueueOnce(name: string, settings: PgBoss.Queue): Promise<void> {
    try {
      await this.boss.createQueue(name, settings);
    } catch (error) {
      if (!(await this.boss.getQueue(name))) throw error;
    }
  }

  /** A job pg-boss gave up (moved to `deadLetter` with its data and last output): `giveUp`, once. */
  private async giveUpJob(
    deadLetter: string,
    giveUp: NonNullable<QueueJob['giveUp']>,
    job: PgBoss.JobWithMetadata<StoredJob>,
  ): Promise<void> {
    const handed = handedOf(job);
    await this.db.transaction(async (tx) => {
      if (await this.claim(tx, deadLetter, handed)) {
        await asTenant(tx, handed.orgId, () => giveUp(handed, failureOf(job.output), tx));
      }
      await this.complete(tx, deadLetter, handed);
    });
  }

  private async runJob(
    definition: QueueJob,
    job: PgBoss.JobWithMetadata<StoredJob>,
    fetchedAt: number,
  ): Promise<void> {
    const handed = handedOf(job);
    const perform = definition.perform;
    if (perform.kind === 'transaction') {
      await this.db.transaction(async (tx) => {
        if (await this.claim(tx, definition.queue, handed))
          await asTenant(tx, handed.orgId, () => perform.run(handed, tx));
        await this.complete(tx, definition.queue, handed);
      });
      return;
    }

    const prepared = await this.db.transaction(async (tx) => {
      const done = await tx.query(`SELECT 1 FROM job_receipts WHERE job_id = $1`, [handed.id]);
      const plan =
        done.length > 0 ? null : await asTenant(tx, handed.orgId, () => perform.prepare(handed, tx));
      if (plan === null) {
        // Recorded already, or nothing to call for: the job ends here.
        await this.claim(tx, definition.queue, handed);
        await this.complete(tx, definition.queue, handed);
      }
      return plan;
    });
    if (prepared === null) return;

    // A call still running when the lease ends would overlap the attempt of the worker the job is
    // handed to next.
    const leaseLeftMs = fetchedAt + definition.expireInSeconds * 1000 - LEASE_MARGIN_MS - Date.now();
    if (leaseLeftMs <= 0) throw new Error(`job ${handed.id}: its lease ran out before the call`);
    const result = await perform.callOut(prepared.plan, handed, { signal: AbortSignal.timeout(leaseLeftMs) });

    await this.db.transaction(async (tx) => {
      if (await this.claim(tx, definition.queue, handed)) {
        await asTenant(tx, handed.orgId, () => perform.record(handed, prepared.plan, result, tx));
      }
      await this.complete(tx, definition.queue, handed);
    });
  }

  /** The job's receipt: true for the one transaction that writes it. */
  private async claim(tx: Queryable, queue: string, job: Job<unknown>): Promise<boolean> {
    const claimed = await tx.query(
      `INSERT INTO job_receipts (job_id, queue, org_id) VALUES ($1, $2, $3)
       ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
      [job.id, queue, job.orgId],
    );
    return claimed.length > 0;
  }

  private async complete(tx: Queryable, queue: string, job: Job<unknown>): Promise<void> {
    await this.boss.complete(queue, job.id, {}, { db: executorOf(tx) });
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
