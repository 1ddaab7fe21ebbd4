/**
 * Deleting an organisation removes everything it owns in one statement. Its cascaded deletes fire
 * the analytics dirty-marking triggers, which must not mark the organisation being deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelationsWorld } from '../auth/test-fixture.js';
import { openTestDatabase, testEngines } from './testing.js';
import type { Database } from './types.js';

const ownedTables = [
  'people',
  'org_units',
  'programs',
  'enrolments',
  'sessions',
  'goals',
  'assessments',
  'analytics_refresh_state',
  'analytics_unit_aggregates',
];

describe.each(testEngines())('deleting an organisation on %s', (engine) => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function rowsOf(orgId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of ownedTables) {
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from ${table} where org_id = $1`,
        [orgId],
      );
      counts[table] = row!.n;
    }
    return counts;
  }

  it('deletes it with everything it owns and leaves other organisations alone', async () => {
    const doomed = (await createRelationsWorld(db, 'doomed')).org;
    const kept = (await createRelationsWorld(db, 'kept')).org;
    // Marked dirty and rebuilt once, as a heatmap read would.
    await db.withTenant(doomed.orgId, (tx) => tx.query('select cw_refresh_analytics($1)', [doomed.orgId]));
    const before = await rowsOf(doomed.orgId);
    expect(before.people).toBeGreaterThan(0);
    expect(before.assessments).toBeGreaterThan(0);
    expect(before.analytics_refresh_state).toBe(1);
    const keptBefore = await rowsOf(kept.orgId);

    await db.query('delete from organisations where id = $1', [doomed.orgId]);

    expect(Object.values(await rowsOf(doomed.orgId)).every((n) => n === 0)).toBe(true);
    expect(await db.query('select 1 from organisations where id = $1', [doomed.orgId])).toEqual([]);
    expect(await rowsOf(kept.orgId)).toEqual(keptBefore);
  });
});
