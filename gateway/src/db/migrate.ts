import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './types.js';

/** gateway/migrations, next to src/ (this file is gateway/src/db/migrate.ts). */
export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('../../migrations/', import.meta.url));

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

// Serialises migrators: two gateway replicas starting at once against one
// PostgreSQL must not both apply 0003. Any constant works; this one spells "cw".
const MIGRATION_LOCK_KEY = 0x6377;

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  /** Versions applied by this run, in order. */
  applied: string[];
  /** Versions that were already recorded before this run. */
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export function checksumOf(sql: string): string {
  // Line endings are normalised so a Windows checkout does not look "edited".
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export function readMigrationFiles(directory: string = MIGRATIONS_DIRECTORY): MigrationFile[] {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const match = MIGRATION_FILE.exec(file);
    if (!match) {
      throw new MigrationError(`migration file name "${file}" must look like 0001_some_name.sql`);
    }
    const [, version = '', name = ''] = match;
    if (seen.has(version)) throw new MigrationError(`two migration files share version ${version}`);
    seen.add(version);
    const sql = readFileSync(join(directory, file), 'utf8');
    return { version, name, sql, checksum: checksumOf(sql) };
  });
}

async function ensureMigrationTable(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
  await tx.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      duration_ms integer NOT NULL
    )`);
}

interface AppliedMigration {
  version: string;
  name: string;
  checksum: string;
}

async function readApplied(tx: Queryable): Promise<Map<string, AppliedMigration>> {
  const rows = await tx.query<AppliedMigration>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  return new Map(rows.map((row) => [row.version, row]));
}

function assertUnchanged(applied: Map<string, AppliedMigration>, files: MigrationFile[]): void {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const record of applied.values()) {
    const file = byVersion.get(record.version);
    if (!file) {
      throw new MigrationError(
        `migration ${record.version}_${record.name} is recorded as applied but its file is missing`,
      );
    }
    if (file.checksum !== record.checksum) {
      throw new MigrationError(
        `migration ${record.version}_${record.name}.sql was edited after it was applied ` +
          `(checksum ${record.checksum.slice(0, 12)}… is now ${file.checksum.slice(0, 12)}…); ` +
          'add a new migration instead of changing an applied one',
      );
    }
  }
}

/**
 * Applies every pending migration in version order, each in its own
 * transaction together with its schema_migrations record, so a failing file
 * leaves no half-applied schema and is retried next time. Running it again
 * applies nothing; an applied file whose content changed is refused.
 */
export async function migrate(db: Database, options: { directory?: string } = {}): Promise<MigrationResult> {
  const files = readMigrationFiles(options.directory);
  const alreadyApplied = await db.transaction(async (tx) => {
    await ensureMigrationTable(tx);
    const applied = await readApplied(tx);
    assertUnchanged(applied, files);
    return [...applied.keys()];
  });

  const appliedNow: string[] = [];
  const appliedBefore = new Set(alreadyApplied);
  for (const file of files) {
    // Checked against its file above; an applied migration stays applied.
    if (appliedBefore.has(file.version)) continue;
    const didApply = await db.transaction(async (tx) => {
      await ensureMigrationTable(tx);
      // Another process may have applied it while we waited for the lock.
      const applied = await readApplied(tx);
      if (applied.has(file.version)) {
        assertUnchanged(applied, files);
        return false;
      }
      const started = performance.now();
      try {
        await tx.query(file.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`migration ${file.version}_${file.name}.sql failed: ${reason}`, {
          cause: error,
        });
      }
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)',
        [file.version, file.name, file.checksum, Math.round(performance.now() - started)],
      );
      return true;
    });
    if (didApply) appliedNow.push(file.version);
  }
  return { applied: appliedNow, alreadyApplied };
}

/**
 * Drops every table, function and extension of the schema and migrates from
 * scratch (`coachwork seed --reset`). The cluster-wide coachwork_app role stays.
 */
export async function resetDatabase(
  db: Database,
  options: { directory?: string } = {},
): Promise<MigrationResult> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
    await tx.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });
  return migrate(db, options);
}
