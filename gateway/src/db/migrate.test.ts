import { cpSync, mkdtempSync, appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MIGRATIONS_DIRECTORY,
  migrate,
  MigrationError,
  readMigrationFiles,
  resetDatabase,
} from './migrate.js';
import { openTestDatabase, raceOn, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';
import type { Database } from './types.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

interface MigrationRecord {
  version: string;
  name: string;
  checksum: string;
}

describe.each(testEngines())('migration runner on %s', (engine) => {
  let db: Database;
  const scratchDirectories: string[] = [];

  /** A copy of the real migrations that a test may add to or tamper with. */
  function scratchMigrations(): string {
    const directory = mkdtempSync(join(tmpdir(), 'cw-migrations-'));
    cpSync(MIGRATIONS_DIRECTORY, directory, { recursive: true });
    scratchDirectories.push(directory);
    return directory;
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterEach(async () => {
    await db.query(`DELETE FROM schema_migrations WHERE version >= '9000'`);
    await db.query('DROP TABLE IF EXISTS migration_probe');
  });
  afterAll(async () => {
    await db?.close();
    for (const directory of scratchDirectories) rmSync(directory, { recursive: true, force: true });
  });

  it('records every migration file with its checksum', async () => {
    const files = readMigrationFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const records = await db.query<MigrationRecord>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    expect(records).toEqual(files.map(({ version, name, checksum }) => ({ version, name, checksum })));
  });

  it('applies nothing when run again', async () => {
    const before = await db.query('SELECT * FROM schema_migrations ORDER BY version');
    const result = await migrate(db);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toHaveLength(readMigrationFiles().length);
    expect(await db.query('SELECT * FROM schema_migrations ORDER BY version')).toEqual(before);
  });

  it(`applies a new file once, even when two runners race${raceOn(engine)}`, async () => {
    const directory = scratchMigrations();
    writeFileSync(join(directory, '9001_probe.sql'), 'CREATE TABLE migration_probe (id int);');
    const results = await Promise.all([migrate(db, { directory }), migrate(db, { directory })]);
    expect(results.flatMap((result) => result.applied)).toEqual(['9001']);
    const [record] = await db.query<{ count: number }>(
      `SELECT count(*) AS count FROM schema_migrations WHERE version = '9001'`,
    );
    expect(record?.count).toBe(1);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const directory = scratchMigrations();
    appendFileSync(join(directory, '0005_goals.sql'), '\n-- an innocent-looking edit\n');
    const attempt = migrate(db, { directory });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/0005_goals\.sql was edited after it was applied/);
  });

  it('leaves no trace of a migration that fails half-way', async () => {
    const directory = scratchMigrations();
    writeFileSync(
      join(directory, '9002_broken.sql'),
      'CREATE TABLE migration_probe (id int);\nSELECT 1 / 0;',
    );
    await expect(migrate(db, { directory })).rejects.toThrow(/9002_broken\.sql failed: division by zero/);
    const [probe] = await db.query<{ name: string | null }>(
      `SELECT to_regclass('public.migration_probe')::text AS name`,
    );
    expect(probe?.name).toBeNull();
    const records = await db.query(`SELECT 1 FROM schema_migrations WHERE version = '9002'`);
    expect(records).toEqual([]);
  });

  // Last in the file: it wipes the database the other tests share.
  it('resets to an empty, fully migrated schema', async () => {
    await db.query(
      `INSERT INTO organisations (slug, name, embed_signing_secret)
       VALUES ('doomed', 'Doomed Ltd', repeat('s', 40))`,
    );
    const result = await resetDatabase(db);
    expect(result.applied).toEqual(readMigrationFiles().map((file) => file.version));
    expect(await db.query('SELECT * FROM organisations')).toEqual([]);
    // The tenant role still works against the re-created tables.
    const rows = await db.withTenant('00000000-0000-4000-8000-000000000001', (tx) =>
      tx.query('SELECT * FROM people'),
    );
    expect(rows).toEqual([]);
  });
});
