import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database, Queryable } from '../db/types.js';
import { seed, type SeedOptions } from './index.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

const SMALL_SEED: SeedOptions = {
  seed: 3,
  managers: 60,
  organisations: 2,
  referenceDate: '2026-06-01',
  bulkLoad: true,
  log: () => undefined,
};

/**
 * Everything in the public schema a migration can create and a bulk load touches or could lose:
 * constraints with their definitions and states, indexes, triggers (the foreign keys' own ones by
 * what they do, since their names carry oids), policies, grants, row-level-security switches and
 * comments.
 */
async function catalogue(db: Queryable): Promise<Record<string, unknown[]>> {
  const queries: Record<string, string> = {
    constraints: `
      SELECT conrelid::regclass::text AS "table", conname, contype, pg_get_constraintdef(oid) AS definition,
             condeferrable, condeferred, convalidated, conindid::regclass::text AS "index"
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    indexes: `
      SELECT i.indrelid::regclass::text AS "table", c.relname, pg_get_indexdef(i.indexrelid) AS definition,
             i.indisvalid, i.indisready, i.indisclustered, i.indisreplident, c.reloptions::text AS options
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 2`,
    triggers: `
      SELECT tgrelid::regclass::text AS "table", tgname, pg_get_triggerdef(oid) AS definition, tgenabled
      FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
    constraintTriggers: `
      SELECT t.tgrelid::regclass::text AS "table", c.conname, t.tgfoid::regproc::text AS function,
             t.tgtype, t.tgenabled, t.tgdeferrable, t.tginitdeferred
      FROM pg_trigger t JOIN pg_constraint c ON c.oid = t.tgconstraint
      WHERE t.tgisinternal ORDER BY 1, 2, 3, 4`,
    policies: `
      SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check
      FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2`,
    tables: `
      SELECT relname, relkind, relacl::text AS grants, relrowsecurity, relforcerowsecurity,
             relreplident, reloptions::text AS options
      FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1`,
    comments: `
      SELECT c.relname, d.objsubid, d.description
      FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
      WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1, 2`,
  };
  const snapshot: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(queries)) snapshot[name] = await db.query(sql);
  return snapshot;
}

/** The database with every COPY of the seed passed through `copy` (a test double that corrupts or fails one). */
function withCopy(
  db: Database,
  copy: (
    next: NonNullable<Queryable['copyFrom']>,
    table: string,
    columns: readonly string[],
    text: string,
  ) => Promise<void>,
): Database {
  return {
    ...db,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: (sql, params) => tx.query(sql, params),
          copyFrom: (table, columns, text) => copy(tx.copyFrom!.bind(tx), table, columns, text),
        }),
      ),
  };
}

describe.each(testEngines())('the bulk-loading seed on %s', (engine) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('leaves every constraint, index, trigger, policy and grant exactly as the migrations made them', async () => {
    db = await openTestDatabase(engine);
    const before = await catalogue(db);
    const report = await seed(db, SMALL_SEED);
    expect(report.bulkLoad).toBe(true);
    // The load did take the keys and indexes away: otherwise this comparison would prove nothing.
    const dropped = report.phases[0]!.phase.match(/^drop (\d+) foreign keys, (\d+) indexes$/);
    expect(Number(dropped?.[1])).toBeGreaterThan(40);
    expect(Number(dropped?.[2])).toBeGreaterThan(20);
    expect(await catalogue(db)).toEqual(before);
  });

  it('fails on a row with a bad reference, and the schema keeps its constraints', async () => {
    db = await openTestDatabase(engine);
    const before = await catalogue(db);
    let corrupted = false;
    const corrupting = withCopy(db, async (next, table, columns, text) => {
      if (table !== 'people' || corrupted) return next(table, columns, text);
      // One person's manager becomes someone who does not exist.
      const managerColumn = columns.indexOf('manager_id');
      const lines = text.split('\n');
      const row = lines.findIndex((line) => line !== '' && line.split('\t')[managerColumn] !== '\\N');
      const fields = lines[row]!.split('\t');
      fields[managerColumn] = crypto.randomUUID();
      lines[row] = fields.join('\t');
      corrupted = true;
      return next(table, columns, lines.join('\n'));
    });
    await expect(seed(corrupting, SMALL_SEED)).rejects.toMatchObject({
      code: 'FOREIGN_KEY_VIOLATION',
      constraint: 'people_manager_fkey',
    });
    expect(corrupted).toBe(true);
    expect(await catalogue(db)).toEqual(before);
    expect(await db.query('SELECT id FROM organisations')).toEqual([]);
    expect(await db.query('SELECT id FROM people')).toEqual([]);
  });

  it('rolls back a load that fails halfway with its dropped keys and indexes', async () => {
    db = await openTestDatabase(engine);
    const before = await catalogue(db);
    let copies = 0;
    const failing = withCopy(db, async (next, table, columns, text) => {
      if (++copies === 5) throw new Error('the connection went away');
      return next(table, columns, text);
    });
    await expect(seed(failing, SMALL_SEED)).rejects.toThrow('the connection went away');
    expect(await catalogue(db)).toEqual(before);
    expect(await db.query('SELECT id FROM organisations')).toEqual([]);
    // And the same database then seeds normally.
    const report = await seed(db, { ...SMALL_SEED, bulkLoad: false });
    expect(report.rowsWritten.people).toBeGreaterThan(0);
  });
});
