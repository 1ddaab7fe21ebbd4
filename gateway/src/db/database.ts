import { AsyncLocalStorage } from 'node:async_hooks';
import { StorageError, toStorageError } from './errors.js';
import { traceStatement } from '../telemetry/tracing.js';
import { FairQueue } from './fair-queue.js';
import type {
  Database,
  Engine,
  PoolStats,
  Queryable,
  Row,
  TransactionEvent,
  TransactionOptions,
} from './types.js';
import { createTenantScope, type ScopedTransaction, type TenantScope } from './tenant-scope.js';

/** Runs one statement on whatever connection the driver holds at that moment. */
export type RunStatement = (sql: string, params: readonly unknown[] | undefined) => Promise<Row[]>;

/** A transaction held open across calls (a request's tenant transaction). */
export interface OpenTransaction {
  run: RunStatement;
  copy: CopyRows;
  commit(): Promise<void>;
  /** Never throws: a connection that cannot roll back is discarded. */
  rollback(): Promise<void>;
}

/** `COPY table (columns) FROM …` with rows in COPY's text format, on the transaction's connection. */
export type CopyRows = (table: string, columns: readonly string[], text: string) => Promise<void>;

/**
 * What an engine must provide; everything engine-independent (tenant
 * transactions, error mapping, statement listeners) lives in createDatabase.
 * A parameterless statement may contain several SQL commands (migrations) and
 * returns the rows of the last one.
 */
export interface Driver {
  readonly engine: Engine;
  run: RunStatement;
  /** BEGIN … COMMIT on one connection; ROLLBACK when `work` throws. */
  transaction<T>(work: (run: RunStatement, copy: CopyRows) => Promise<T>): Promise<T>;
  /**
   * Opens a transaction that stays open until `commit` or `rollback`: BEGIN (at `isolation`) and
   * `setUp`, a parameterless statement, in one round trip where the engine has round trips.
   */
  begin(isolation: 'read committed' | 'repeatable read', setUp: string): Promise<OpenTransaction>;
  /** Calls `onNotify` for every NOTIFY on `channels`; resolves to a function that stops listening. */
  listen(
    channels: readonly string[],
    onNotify: (channel: string, payload: string) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
  poolStats?(): PoolStats;
  /** PGlite: the data directory as a tarball, for `loadDataDir`. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface RequestBounds {
  /** PostgreSQL `statement_timeout` inside tenant transactions (request work). */
  statementTimeoutMs: number;
  /**
   * A tenant transaction that has run this long issues no further statement. PGlite has no
   * statement timeout (nothing can interrupt WebAssembly mid-statement) and one connection,
   * so this is what keeps one request from holding it for every other tenant.
   */
  transactionDeadlineMs: number;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ended = () =>
  new StorageError({
    code: 'DATABASE_ERROR',
    message: 'the transaction has already ended; this Queryable cannot be reused',
  });

export function createDatabase(driver: Driver, bounds: RequestBounds): Database {
  const listeners = new Set<(sql: string, params: readonly unknown[] | undefined) => void>();
  const transactionListeners = new Set<(event: TransactionEvent) => void>();
  const tellTransaction = (event: TransactionEvent) => {
    for (const listener of transactionListeners) listener(event);
  };
  // Marks code running inside one of this database's transactions. PGlite has a
  // single connection, so a stray `db.query` there would wait forever for the
  // transaction it is part of; on PostgreSQL it would silently run outside the
  // transaction. Both are bugs, so both engines refuse it the same way.
  const insideTransaction = new AsyncLocalStorage<true>();
  const turns = driver.engine === 'pglite' ? new FairQueue() : null;
  let closed = false;

  function assertUsable(what: string): void {
    if (closed) throw new StorageError({ code: 'DATABASE_ERROR', message: 'database is closed' });
    if (insideTransaction.getStore()) {
      throw new StorageError({
        code: 'DATABASE_ERROR',
        message: `${what} was called on the database inside a transaction; use the transaction's Queryable`,
      });
    }
  }

  async function runObserved<R extends object>(
    run: RunStatement,
    sql: string,
    params: readonly unknown[] | undefined,
  ): Promise<R[]> {
    for (const listener of listeners) listener(sql, params);
    try {
      return (await traceStatement(driver.engine, sql, () => run(sql, params))) as R[];
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Why a transaction's Queryable refuses a statement (it has ended, or run past its deadline); null: it runs it. */
  function refusal(finished: boolean, deadline: number, deadlineMs: number | undefined): StorageError | null {
    if (finished) return ended();
    if (Date.now() <= deadline) return null;
    return new StorageError({
      code: 'DATABASE_ERROR',
      message: `the transaction ran longer than ${deadlineMs} ms; it is rolled back`,
    });
  }

  async function copyObserved(copy: CopyRows, table: string, columns: readonly string[], text: string) {
    for (const listener of listeners) listener(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, undefined);
    try {
      await copy(table, columns, text);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async function inTransaction<T>(
    setUp: ((run: RunStatement) => Promise<void>) | undefined,
    work: (tx: Queryable) => Promise<T>,
    deadlineMs?: number,
  ): Promise<T> {
    try {
      return await driver.transaction(async (run, copy) => {
        let finished = false;
        const deadline = deadlineMs === undefined ? Infinity : Date.now() + deadlineMs;
        const tx: Queryable = {
          query: <R extends object>(sql: string, params?: readonly unknown[]) => {
            const refused = refusal(finished, deadline, deadlineMs);
            return refused ? Promise.reject(refused) : runObserved<R>(run, sql, params);
          },
          copyFrom: async (table, columns, text) => {
            if (finished) throw ended();
            await copyObserved(copy, table, columns, text);
          },
        };
        try {
          return await insideTransaction.run(true, async () => {
            if (setUp) await setUp(run);
            return await work(tx);
          });
        } finally {
          finished = true;
        }
      });
    } catch (error) {
      // Errors from `work` that are not database errors (a thrown userError,
      // a bug) pass through unchanged; database errors become StorageErrors.
      if (error instanceof StorageError) throw error;
      if (isDatabaseFailure(error)) throw toStorageError(error);
      throw error;
    }
  }

  /**
   * The tenant set-up as one statement: organisation, statement timeout and the row-level-security
   * role (`set_config('role', …)` is SET LOCAL ROLE), all transaction-local, so the pooled
   * connection is back to owner with no tenant and no timeout when the transaction ends. The values
   * are written into the text (a UUID checked above, an integer) so BEGIN can travel with it.
   */
  function setUpFor(orgId: string): string {
    return (
      `SELECT set_config('app.org_id', '${orgId}', true), ` +
      `set_config('statement_timeout', '${Math.trunc(bounds.statementTimeoutMs)}', true), ` +
      `set_config('role', 'coachwork_app', true)`
    );
  }

  function openTenantTransaction(
    orgId: string,
    isolation: 'read committed' | 'repeatable read',
  ): ScopedTransaction {
    let finished = false;
    let endTurn = () => {};
    const begun = turns
      ? // PGlite has one connection: tenants take turns on it (fair-queue.ts), a turn lasting
        // until the transaction ends.
        new Promise<OpenTransaction>((resolve, reject) => {
          void turns.run(orgId, async () => {
            let open: OpenTransaction;
            try {
              open = await driver.begin(isolation, setUpFor(orgId));
            } catch (error) {
              reject(error);
              return;
            }
            await new Promise<void>((release) => {
              endTurn = release;
              resolve(open);
            });
          });
        })
      : driver.begin(isolation, setUpFor(orgId));
    let deadline = Infinity;
    // A request's loaders ask side by side; one connection takes one statement at a time, so they
    // queue here rather than inside the driver (node-postgres is dropping its own queue).
    let queue: Promise<unknown> = Promise.resolve();
    const ready = begun.then(
      (open): Queryable => {
        // Counted from the transaction's turn, not from when it was asked for.
        deadline = Date.now() + bounds.transactionDeadlineMs;
        tellTransaction('begin');
        return {
          query: <R extends object>(sql: string, params?: readonly unknown[]) => {
            const refused = refusal(finished, deadline, bounds.transactionDeadlineMs);
            if (refused) return Promise.reject(refused);
            const next = queue.then(() => runObserved<R>(open.run, sql, params));
            queue = next.catch(() => undefined);
            return next;
          },
          copyFrom: async (table, columns, text) => {
            if (finished) throw ended();
            await copyObserved(open.copy, table, columns, text);
          },
        };
      },
      (error: unknown) => {
        throw toStorageError(error);
      },
    );
    const end = async (how: 'commit' | 'rollback') => {
      if (finished) return;
      finished = true;
      try {
        const open = await begun;
        if (how === 'commit') await open.commit();
        else await open.rollback();
        tellTransaction(how);
      } catch (error) {
        throw toStorageError(error);
      } finally {
        endTurn();
      }
    };
    return {
      isolation,
      ready,
      inside: (work) => insideTransaction.run(true, work),
      commit: () => end('commit'),
      rollback: () => end('rollback'),
    };
  }

  function tenantScope(orgId: string): TenantScope {
    assertUsable('tenantScope');
    if (!UUID_PATTERN.test(orgId)) {
      throw new StorageError({
        code: 'INVALID_INPUT',
        message: `organisation id must be a UUID, got "${orgId}"`,
      });
    }
    return createTenantScope({
      open: (isolation) => openTenantTransaction(orgId, isolation),
      standalone: (work, options) => withTenant(orgId, work, { ...options, commitBeforeReturning: false }),
      assertUsable,
    });
  }

  async function withTenant<T>(
    orgId: string,
    work: (tx: Queryable) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    const scope = tenantScope(orgId);
    let result: T;
    try {
      result = await scope.tenant(work, { isolation: options.isolation });
    } catch (error) {
      await scope.abort();
      throw error;
    }
    await scope.finish();
    return result;
  }

  return {
    engine: driver.engine,
    query<R extends object = Row>(sql: string, params?: readonly unknown[]): Promise<R[]> {
      assertUsable('query');
      return runObserved<R>(driver.run, sql, params);
    },
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      assertUsable('transaction');
      return inTransaction(undefined, work);
    },
    withTenant<T>(
      orgId: string,
      work: (tx: Queryable) => Promise<T>,
      options: TransactionOptions = {},
    ): Promise<T> {
      return withTenant(orgId, work, options);
    },
    tenantScope,
    listen: (channels, onNotify, onLost) => driver.listen(channels, onNotify, onLost),
    ...(driver.poolStats ? { poolStats: driver.poolStats } : {}),
    onStatement(listener: (sql: string, params: readonly unknown[] | undefined) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    onTransaction(listener: (event: TransactionEvent) => void): () => void {
      transactionListeners.add(listener);
      return () => {
        transactionListeners.delete(listener);
      };
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}

function isDatabaseFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
