import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from './index.js';
import type { Database, Engine } from './types.js';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI). */
export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
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
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ engine: 'pglite', dataDir: 'memory://' });

  const name = `cw_test_${randomBytes(6).toString('hex')}`;
  await onAdminConnection((client) => client.query(`CREATE DATABASE ${name}`));
  let db: Database;
  try {
    db = await openDatabase({
      engine: 'postgres',
      url: withDatabaseName(serverUrl(), name),
      maxConnections: 4,
    });
  } catch (error) {
    await onAdminConnection((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    throw error;
  }
  const closeDatabase = db.close.bind(db);
  return {
    ...db,
    async close(): Promise<void> {
      await closeDatabase();
      await onAdminConnection((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
