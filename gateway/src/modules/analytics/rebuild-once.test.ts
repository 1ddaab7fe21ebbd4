/**
 * Several gateway instances on one PostgreSQL rebuild an organisation's aggregates once per
 * change: rebuilds take turns on an advisory lock and the later one finds the work done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.js';
import { openTestDatabase, raceOn, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { refreshAggregates } from './sql.js';

describe.each(testEngines())('analytics rebuilds across instances on %s', (engine) => {
  let db: Database;
  /** A second instance's pool on the same database (the same one on PGlite, which has one connection). */
  let other: Database;
  let org: GatewayFixture;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'rebuildonce');
    if (engine === 'postgres') {
      const [{ name } = { name: '' }] = await db.query<{ name: string }>('select current_database() as name');
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      other = await openDatabase({ engine: 'postgres', url: url.toString(), migrate: false });
    } else other = db;
  });
  afterAll(async () => {
    if (other !== db) await other?.close();
    await db?.close();
  });

  const rebuild = (on: Database) => on.withTenant(org.orgId, (tx) => refreshAggregates(tx, org.orgId));

  it(`rebuilds once for one change when two instances ask at the same moment${raceOn(engine)}`, async () => {
    await rebuild(db);
    await db.query('update people set name = name where id = $1', [org.managerId]);
    const rebuilt = await Promise.all([rebuild(db), rebuild(other)]);
    expect(rebuilt.filter(Boolean)).toHaveLength(1);
    // Nothing changed since: nobody rebuilds.
    expect(await Promise.all([rebuild(db), rebuild(other)])).toEqual([false, false]);
    // The next change is rebuilt again.
    await db.query('update people set name = name where id = $1', [org.managerId]);
    expect(await rebuild(other)).toBe(true);
  });
});
