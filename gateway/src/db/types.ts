/**
 * The storage contract shared by both engines (PostgreSQL through DATABASE_URL,
 * PGlite in process when it is unset). Every module reaches the database only
 * through these two interfaces, so the same SQL runs on both.
 */

import type { TenantScope } from './tenant-scope.js';

/** Anything that can run one parameterised statement ($1, $2, … placeholders). */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  /**
   * Bulk load: `COPY table (columns) FROM STDIN` with `text` in COPY's text format (tab-separated,
   * `\N` for null, one row per line). Only a transaction's Queryable offers it; code that loads
   * rows checks for it and falls back to INSERT.
   */
  copyFrom?(table: string, columns: readonly string[], text: string): Promise<void>;
}

export type Engine = 'postgres' | 'pglite';

export interface TransactionOptions {
  /**
   * 'repeatable read': every statement sees the one snapshot taken at the
   * first, so reads that must agree with each other cannot straddle a commit.
   * Only for read-only work: a write racing another commit would fail.
   */
  isolation?: 'read committed' | 'repeatable read';
  /**
   * Within a request: run in a transaction of its own, committed before the promise resolves, and
   * let the request's later work see what it wrote (a rebuild that must not run inside a snapshot).
   */
  commitBeforeReturning?: boolean;
}

/** A request's tenant transactions (db/tenant-scope.ts): one shared transaction, committed at the end. */
export type { TenantScope } from './tenant-scope.js';

export interface Database extends Queryable {
  readonly engine: Engine;
  /**
   * Runs `work` in one transaction as the row-level-security-bound role
   * `coachwork_app`, with `app.org_id` set to `orgId`: a statement that forgets
   * its tenant filter still sees only this organisation's rows.
   */
  withTenant<T>(orgId: string, work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * The tenant transactions of one request: every `tenant(work)` shares one transaction, opened at
   * the first and committed by `finish()` (db/tenant-scope.ts).
   */
  tenantScope(orgId: string): TenantScope;
  /**
   * Listens to NOTIFY on `channels` (a session of its own on PostgreSQL); `onLost` is called once if
   * the session drops, after which nothing more arrives. Resolves to a function that stops it.
   */
  listen(
    channels: readonly string[],
    onNotify: (channel: string, payload: string) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
  /** Runs `work` in one transaction as the owner (migrations, seed, cross-tenant admin). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Called with the SQL text (and values) of every statement sent: proves there is no N+1, and lets
   * the benchmark replay a query's statements in its baseline.
   */
  onStatement(listener: (sql: string, params: readonly unknown[] | undefined) => void): () => void;
  /** Called as tenant transactions begin and end (counts transactions per request in tests and benchmarks). */
  onTransaction(listener: (event: TransactionEvent) => void): () => void;
  /** The connection pool's state for metrics; absent where there is no pool (PGlite). */
  poolStats?(): PoolStats;
  close(): Promise<void>;
}

export type TransactionEvent = 'begin' | 'commit' | 'rollback';

export interface PoolStats {
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  /** Callers queued for a connection because all are busy. */
  waiting: number;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL. Defaults to process.env.DATABASE_URL; PGlite when neither is set. */
  url?: string;
  /** PGlite data folder; `memory://` or undefined for an in-memory database (tests). */
  dataDir?: string;
  /** In-memory PGlite: start from this dump of a data directory instead of an empty cluster (tests). */
  loadDataDir?: Blob;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * Force an engine. 'pglite' ignores `url` and DATABASE_URL (tests that must
   * run on PGlite even where CI sets DATABASE_URL); 'postgres' requires a URL.
   */
  engine?: Engine;
  /** PostgreSQL pool size (default 10). PGlite is a single connection. */
  maxConnections?: number;
  /** `statement_timeout` of tenant (request) transactions; defaults to `limits.statementTimeoutMs`. */
  statementTimeoutMs?: number;
  /** How long a tenant transaction may go on issuing statements; defaults to `limits.transactionDeadlineMs`. */
  transactionDeadlineMs?: number;
}

/**
 * How values come back from either engine, so the same code works on both:
 * uuid/text → string; int2/int4/int8/numeric → number (int8 is used for counts,
 * far below 2^53); date → 'YYYY-MM-DD' string (a JS Date would shift it into
 * the server's zone); timestamptz → Date; json/jsonb → parsed value; arrays of
 * these → arrays.
 */
export type Row = Record<string, unknown>;
