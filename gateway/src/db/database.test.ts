import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StorageError } from './errors.js';
import { openTestDatabase, raceOn, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';
import { createTenantFixture, insertGoal, type TenantFixture } from './test-fixtures.js';
import type { Database } from './types.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

describe.each(testEngines())('Database wrapper on %s', (engine) => {
  let db: Database;
  let org: TenantFixture;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createTenantFixture(db, 'wrapper');
  });
  afterAll(() => db?.close());

  it('reports its engine', () => {
    expect(db.engine).toBe(engine);
  });

  it('returns the same value shapes on both engines', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT count(*) AS big, 4.25::numeric AS exact, DATE '2026-03-01' AS day,
              TIMESTAMPTZ '2026-03-01T10:00:00Z' AS instant, ARRAY['a','b'] AS list,
              '{"k": 1}'::jsonb AS doc, gen_random_uuid() AS id
       FROM organisations`,
    );
    expect(row).toMatchObject({
      big: 1,
      exact: 4.25,
      day: '2026-03-01',
      instant: new Date('2026-03-01T10:00:00Z'),
      list: ['a', 'b'],
      doc: { k: 1 },
    });
    expect(typeof row?.id).toBe('string');
  });

  it('tells statement listeners about every statement and stops when unsubscribed', async () => {
    const seen: string[] = [];
    const stop = db.onStatement((sql) => seen.push(sql));
    await db.query('SELECT 1 AS one');
    await db.withTenant(org.orgId, async (tx) => {
      await tx.query('SELECT 2 AS two');
      await tx.query('SELECT 3 AS three');
    });
    stop();
    await db.query('SELECT 4 AS four');
    expect(seen).toEqual(['SELECT 1 AS one', 'SELECT 2 AS two', 'SELECT 3 AS three']);
  });

  it('commits a transaction and rolls it back when the work throws', async () => {
    const goalId = await db.transaction((tx) => insertGoal(tx, org.orgId, org.participantId, 'kept'));
    await expect(
      db.transaction(async (tx) => {
        await insertGoal(tx, org.orgId, org.participantId, 'discarded');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const titles = await db.query<{ id: string; title: string }>(
      `SELECT id, title FROM goals WHERE title IN ('kept', 'discarded')`,
    );
    expect(titles).toEqual([{ id: goalId, title: 'kept' }]);
  });

  it('runs transactions as the owner and withTenant as coachwork_app', async () => {
    const owner = await db.transaction((tx) => tx.query<{ role: string }>('SELECT current_user AS role'));
    const tenant = await db.withTenant(org.orgId, (tx) =>
      tx.query<{ role: string; org: string }>(
        `SELECT current_user AS role, current_setting('app.org_id') AS org`,
      ),
    );
    expect(owner[0]?.role).not.toBe('coachwork_app');
    expect(tenant).toEqual([{ role: 'coachwork_app', org: org.orgId }]);
  });

  it(`serialises concurrent transactions without mixing their statements${raceOn(engine)}`, async () => {
    const counters = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        db.transaction(async (tx) => {
          await tx.query(`SELECT set_config('app.probe', $1, true)`, [String(index)]);
          await new Promise((resolve) => setTimeout(resolve, 2));
          const [row] = await tx.query<{ probe: string }>(`SELECT current_setting('app.probe') AS probe`);
          return row?.probe;
        }),
      ),
    );
    expect(counters).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
  });

  it('refuses db.query inside a transaction instead of deadlocking or escaping it', async () => {
    await expect(db.transaction(() => db.query('SELECT 1'))).rejects.toMatchObject({
      code: 'DATABASE_ERROR',
      message: expect.stringMatching(/use the transaction's Queryable/),
    });
  });

  it('refuses a transaction handle used after its transaction ended', async () => {
    let leaked: { query: (sql: string) => Promise<unknown> } | undefined;
    await db.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked?.query('SELECT 1')).rejects.toBeInstanceOf(StorageError);
  });

  it('maps engine failures that are not constraint violations to DATABASE_ERROR', async () => {
    await expect(db.query('SELEC 1')).rejects.toMatchObject({
      code: 'DATABASE_ERROR',
      sqlState: '42601',
    });
  });
});
