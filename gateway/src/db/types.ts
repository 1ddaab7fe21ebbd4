/**
 * The storage contract shared by both engines (PostgreSQL through DATABASE_URL,
 * PGlite in process when it is unset). Every module reaches the database only
 * through these two interfaces, so the same SQL runs on both.
 */

/** Anything that can run one parameterised statement ($1, $2, … placeholders). */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

export type Engine = 'postgres' | 'pglite';

export interface Database extends Queryable {
  readonly engine: Engine;
  /**
   * Runs `work` in one transaction as the row-level-security-bound role
   * `coachwork_app`, with `app.org_id` set to `orgId`: a statement that forgets
   * its tenant filter still sees only this organisation's rows.
   */
  withTenant<T>(orgId: string, work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction as the owner (migrations, seed, cross-tenant admin). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Called with the SQL text of every statement sent (used to prove there is no N+1). */
  onStatement(listener: (sql: string) => void): () => void;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL. Defaults to process.env.DATABASE_URL; PGlite when neither is set. */
  url?: string;
  /** PGlite data folder; `memory://` or undefined for an in-memory database (tests). */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}
