import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { limits } from '../config.js';
import { seed, type SeedOptions } from '../seed/index.js';
import { createDatabase } from './database.js';
import { openDatabase } from './index.js';
import { migrate, readMigrationFiles } from './migrate.js';
import { createPGliteDriver } from './pglite-driver.js';
import { createTenantFixture, type TenantFixture } from './test-fixtures.js';
import type { Database, Engine, OpenDatabaseOptions, Queryable } from './types.js';

/**
 * Per-test and per-hook time limit for storage suites. Booting an in-memory
 * PGlite compiles its WebAssembly and loads a cluster: a few seconds on an idle
 * machine, but close to a minute on a two-core CI box that is also running the
 * browser suites, so the limit leaves room for a loaded machine.
 */
export const STORAGE_TEST_TIMEOUT_MS = 240_000;

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI). */
export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * What a concurrency test's title adds on each engine. PGlite has one connection, on which the
 * racing transactions take turns, so there the test shows the outcome, not that it survives a
 * race; the race itself runs on PostgreSQL (CI sets DATABASE_URL, so `testEngines()` has both).
 */
export function raceOn(engine: Engine): string {
  return engine === 'pglite'
    ? ' (PGlite: one connection, the racers take turns)'
    : ' (PostgreSQL: a real race)';
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('the postgres test engine needs DATABASE_URL');
  return url;
}

function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onAdminConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated, empty database of the given engine. PGlite lives in memory;
 * PostgreSQL gets a fresh cw_test_<random> database on the DATABASE_URL server,
 * dropped again by close(), so parallel test files never share rows.
 */
export async function openTestDatabase(
  engine: Engine,
  bounds: Pick<OpenDatabaseOptions, 'statementTimeoutMs' | 'transactionDeadlineMs'> = {},
): Promise<Database> {
  if (engine === 'pglite') {
    const loadDataDir = await migratedPGliteCluster();
    return openDatabase({ engine: 'pglite', dataDir: 'memory://', loadDataDir, ...bounds });
  }
  return (await openServerTestDatabase({ maxConnections: 4, ...bounds })).db;
}

const CLUSTER_FILE_PREFIX = 'coachwork-pglite-migrated-';

/**
 * A PGlite cluster with every migration applied, as the tarball PGlite's `loadDataDir` takes. An
 * empty PGlite's initdb and the migrations cost about 3 s of CPU a test database (much more on a
 * loaded two-core machine, and the gateway's suites open a few hundred), loading this about 1 s.
 * Built once and kept in the OS temp folder under a name that hashes the migrations and PGlite's
 * version, so a new or changed migration builds a new one (and removes the old). The database
 * opened from it still runs `migrate`, which checks every applied migration against its file.
 */
function migratedPGliteCluster(): Promise<Blob> {
  clusterOnce ??= readOrBuildMigratedPGliteCluster();
  return clusterOnce;
}
let clusterOnce: Promise<Blob> | undefined;

async function readOrBuildMigratedPGliteCluster(): Promise<Blob> {
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pglitePackage = await readFile(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8');
  const key = createHash('sha256').update((JSON.parse(pglitePackage) as { version: string }).version);
  for (const file of readMigrationFiles()) key.update(`${file.version}:${file.checksum}`);
  const path = join(tmpdir(), `${CLUSTER_FILE_PREFIX}${key.digest('hex').slice(0, 16)}.tar`);
  const kept = await readFile(path).catch(() => null);
  if (kept) return new Blob([kept]);

  const driver = await createPGliteDriver();
  let dump: Blob;
  try {
    await migrate(createDatabase(driver, limits));
    dump = await driver.dumpDataDir();
  } finally {
    await driver.close();
  }
  // Test processes may build it at the same time: each writes its own file and renames it into place.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, path);
  for (const name of await readdir(dirname(path))) {
    const other = join(dirname(path), name);
    if (name.startsWith(CLUSTER_FILE_PREFIX) && name.endsWith('.tar') && other !== path) {
      await rm(other, { force: true });
    }
  }
  return dump;
}

/** A fresh test database of `engine` with two organisations: `a` (alpha) acts, `b` (beta) is kept out. */
export async function openTwoTenants(
  engine: Engine,
): Promise<{ db: Database; a: TenantFixture; b: TenantFixture }> {
  const db = await openTestDatabase(engine);
  try {
    const a = await createTenantFixture(db, 'alpha');
    const b = await createTenantFixture(db, 'beta');
    return { db, a, b };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * A fresh, migrated cw_test_<random> database on the DATABASE_URL server, with its URL for other
 * processes (a worker or a gateway under test) to open; `db.close()` drops it.
 */
export async function openServerTestDatabase(
  options: Pick<OpenDatabaseOptions, 'statementTimeoutMs' | 'transactionDeadlineMs' | 'maxConnections'> = {},
): Promise<{ db: Database; url: string }> {
  const name = `cw_test_${randomBytes(6).toString('hex')}`;
  const url = withDatabaseName(serverUrl(), name);
  await onAdminConnection((client) => client.query(`CREATE DATABASE ${name}`));
  let db: Database;
  try {
    db = await openDatabase({ engine: 'postgres', url, maxConnections: 4, ...options });
  } catch (error) {
    await onAdminConnection((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    throw error;
  }
  const closeDatabase = db.close.bind(db);
  return {
    url,
    db: {
      ...db,
      async close(): Promise<void> {
        await closeDatabase();
        await onAdminConnection((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    },
  };
}

/**
 * openTestDatabase plus the deterministic seed, small by default (the minimum
 * structure of two organisations, about 200 managers) with a pinned reference
 * date so every run sees the same data.
 */
export async function openSeededTestDatabase(
  engine: Engine,
  seedOptions: Partial<SeedOptions> = {},
): Promise<Database> {
  const db = await openTestDatabase(engine);
  try {
    await seed(db, {
      seed: 1,
      managers: 60,
      organisations: 2,
      referenceDate: '2026-06-01',
      log: () => undefined,
      ...seedOptions,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * The database with every tenant statement passed through `wrap` (a test double that fails or
 * delays chosen statements), whether it runs in a transaction of its own (`withTenant`) or in a
 * request's shared one (`tenantScope`).
 */
export function wrapTenantStatements(db: Database, wrap: (tx: Queryable) => Queryable): Database {
  return {
    ...db,
    withTenant: (orgId, work, options) => db.withTenant(orgId, (tx) => work(wrap(tx)), options),
    tenantScope(orgId) {
      const scope = db.tenantScope(orgId);
      return { ...scope, tenant: (work, options) => scope.tenant((tx) => work(wrap(tx)), options) };
    },
  };
}
