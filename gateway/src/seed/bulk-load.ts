import type { Engine, Queryable } from '../db/types.js';

/**
 * PostgreSQL's advice for populating a database ("Populating a Database" in its manual): load
 * without per-row foreign-key checks and secondary-index maintenance, then re-create both
 * set-based. Re-adding a foreign key checks every row in one join instead of one lookup per row,
 * and building an index from a sorted table is far cheaper than inserting into it row by row.
 *
 * Everything happens inside the caller's transaction: the definitions are read from the catalogue
 * (`pg_get_constraintdef`, `pg_get_indexdef`), dropped, and re-created exactly as they were before
 * it commits, so a failure anywhere rolls the drops back with the rows and the schema is never seen
 * without its constraints. A bad reference still fails the seed, when its constraint is re-added.
 * The drops lock the tables for the whole transaction: meant for seeding, not a live database.
 */

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

interface SecondaryIndex {
  name: string;
  definition: string;
}

export interface SuspendedSchema {
  foreignKeys: readonly ForeignKey[];
  indexes: readonly SecondaryIndex[];
}

/** Where the time of a restore went, in milliseconds. */
export interface RestoreTimes {
  indexesMs: number;
  foreignKeysMs: number;
  /** Each index (by name) and each table's foreign keys (by table), slowest first. */
  slowest: Array<[what: string, ms: number]>;
}

/**
 * Session settings for a bulk transaction: index builds sort in memory, the validating joins hash
 * in memory, and the commit does not wait for its WAL flush (a crash loses the seed, which is
 * rerun, never data anyone else wrote). PGlite runs in the caller's memory, so it keeps its defaults.
 */
async function configure(tx: Queryable, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await tx.query(
    `SELECT set_config('maintenance_work_mem', '512MB', true),
            set_config('work_mem', '256MB', true),
            set_config('synchronous_commit', 'off', true)`,
  );
}

/**
 * Drops the foreign keys of `tables` (as referencing tables) and their non-unique indexes that no
 * constraint owns, but those named in `keepIndexes`, and returns what it dropped. Unique indexes,
 * primary keys and exclusion constraints stay: other keys reference them, and they hold rules no
 * later pass would re-check.
 */
export async function suspendConstraints(
  tx: Queryable,
  engine: Engine,
  tables: readonly string[],
  keepIndexes: readonly string[] = [],
): Promise<SuspendedSchema> {
  await configure(tx, engine);
  const foreignKeys = await tx.query<ForeignKey>(
    `SELECT c.conrelid::regclass::text AS table, quote_ident(c.conname) AS name,
            pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
     ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const indexes = await tx.query<SecondaryIndex>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS name,
            pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = ic.relnamespace
     WHERE i.indrelid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
       AND NOT i.indisunique AND NOT i.indisprimary AND i.indisvalid
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
       AND ic.relname <> ALL ($2::text[])
     ORDER BY ic.relname`,
    [tables, keepIndexes],
  );
  for (const [table, keys] of groupByTable(foreignKeys)) {
    await tx.query(`ALTER TABLE ${table} ${keys.map((key) => `DROP CONSTRAINT ${key.name}`).join(', ')}`);
  }
  if (indexes.length > 0) await tx.query(`DROP INDEX ${indexes.map((index) => index.name).join(', ')}`);
  return { foreignKeys, indexes };
}

/**
 * Re-creates what `suspendConstraints` dropped, from the definitions it read: indexes first (each
 * one sort of its table), then the foreign keys, each validated by one anti-join over its table.
 * A row that breaks a key fails here with the constraint's usual error.
 */
export async function restoreConstraints(tx: Queryable, suspended: SuspendedSchema): Promise<RestoreTimes> {
  const times: Array<[string, number]> = [];
  const timed = async (what: string, sql: string) => {
    const started = performance.now();
    await tx.query(sql);
    times.push([what, performance.now() - started]);
  };
  const indexesStarted = performance.now();
  for (const index of suspended.indexes) await timed(index.name, index.definition);
  const foreignKeysStarted = performance.now();
  for (const [table, keys] of groupByTable(suspended.foreignKeys)) {
    await timed(
      `${table} foreign keys`,
      `ALTER TABLE ${table} ${keys.map((key) => `ADD CONSTRAINT ${key.name} ${key.definition}`).join(', ')}`,
    );
  }
  return {
    indexesMs: foreignKeysStarted - indexesStarted,
    foreignKeysMs: performance.now() - foreignKeysStarted,
    slowest: times.sort((a, b) => b[1] - a[1]),
  };
}

function groupByTable(keys: readonly ForeignKey[]): Map<string, ForeignKey[]> {
  const byTable = new Map<string, ForeignKey[]>();
  for (const key of keys) byTable.set(key.table, [...(byTable.get(key.table) ?? []), key]);
  return byTable;
}
