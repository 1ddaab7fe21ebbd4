import { AsyncLocalStorage } from 'node:async_hooks';
import { StorageError, toStorageError } from './errors.js';
import { FairQueue } from './fair-queue.js';
import type { Database, Engine, PoolStats, Queryable, Row, TransactionOptions } from './types.js';

/** Runs one statement on whatever connection the driver holds at that moment. */
export type RunStatement = (sql: string, params: readonly unknown[] | undefined) => Promise<Row[]>;

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
  poolStats?(): PoolStats;
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

export function createDatabase(driver: Driver, bounds: RequestBounds): Database {
  const listeners = new Set<(sql: string) => void>();
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
    for (const listener of listeners) listener(sql);
    try {
      return (await run(sql, params)) as R[];
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
        const ended = () =>
          new StorageError({
            code: 'DATABASE_ERROR',
            message: 'the transaction has already ended; this Queryable cannot be reused',
          });
        const tx: Queryable = {
          query: <R extends object>(sql: string, params?: readonly unknown[]) => {
            if (finished) return Promise.reject(ended());
            if (Date.now() > deadline) {
              return Promise.reject(
                new StorageError({
                  code: 'DATABASE_ERROR',
                  message: `the transaction ran longer than ${deadlineMs} ms; it is rolled back`,
                }),
              );
            }
            return runObserved<R>(run, sql, params);
          },
          copyFrom: async (table, columns, text) => {
            if (finished) throw ended();
            for (const listener of listeners) listener(`COPY ${table} (${columns.join(', ')}) FROM STDIN`);
            try {
              await copy(table, columns, text);
            } catch (error) {
              throw toStorageError(error);
            }
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
      assertUsable('withTenant');
      if (!UUID_PATTERN.test(orgId)) {
        return Promise.reject(
          new StorageError({
            code: 'INVALID_INPUT',
            message: `organisation id must be a UUID, got "${orgId}"`,
          }),
        );
      }
      const transaction = () =>
        inTransaction(
          async (run) => {
            // Must come before any other statement of the transaction.
            if (options.isolation === 'repeatable read') {
              await run('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ', undefined);
            }
            // Transaction-local (is_local = true / SET LOCAL): when the transaction
            // ends the pooled connection is back to owner with no tenant and no timeout.
            await run(
              `SELECT set_config('app.org_id', $1, true), set_config('statement_timeout', $2, true)`,
              [orgId, String(bounds.statementTimeoutMs)],
            );
            await run('SET LOCAL ROLE coachwork_app', undefined);
          },
          work,
          bounds.transactionDeadlineMs,
        );
      // PGlite has one connection: tenants take turns on it (fair-queue.ts).
      return turns ? turns.run(orgId, transaction) : transaction();
    },
    ...(driver.poolStats ? { poolStats: driver.poolStats } : {}),
    onStatement(listener: (sql: string) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
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
