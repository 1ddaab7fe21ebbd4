import { limits } from '../config.js';
import { assertApplicationRole } from './app-role.js';
import { createDatabase } from './database.js';
import { migrate } from './migrate.js';
import { createPGliteDriver } from './pglite-driver.js';
import { createPostgresDriver } from './postgres-driver.js';
import type { Database, OpenDatabaseOptions } from './types.js';

export type { Database, Engine, OpenDatabaseOptions, PoolStats, Queryable, Row } from './types.js';
export { StorageError, isStorageError, toStorageError, type StorageErrorCode } from './errors.js';
export {
  migrate,
  resetDatabase,
  MigrationError,
  MIGRATIONS_DIRECTORY,
  type MigrationResult,
} from './migrate.js';

/**
 * Opens PostgreSQL when a URL is given (or DATABASE_URL is set), PGlite in
 * process otherwise, and applies pending migrations unless `migrate: false`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.engine === 'pglite' ? undefined : (options.url ?? process.env.DATABASE_URL);
  if (options.engine === 'postgres' && !url) {
    throw new Error('openDatabase: engine "postgres" needs a url or DATABASE_URL');
  }
  const driver = url
    ? createPostgresDriver({ url, maxConnections: options.maxConnections })
    : await createPGliteDriver({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const db = createDatabase(driver, {
    statementTimeoutMs: options.statementTimeoutMs ?? limits.statementTimeoutMs,
    transactionDeadlineMs: options.transactionDeadlineMs ?? limits.transactionDeadlineMs,
  });
  if (options.migrate !== false) {
    try {
      await migrate(db);
      await assertApplicationRole(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
