import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StorageError } from './errors.js';
import { openTwoTenants, raceOn, STORAGE_TEST_TIMEOUT_MS, testEngines } from './testing.js';
import { countRows, insertGoal, insertSessionOf, type TenantFixture } from './test-fixtures.js';
import type { Database } from './types.js';

vi.setConfig({ testTimeout: STORAGE_TEST_TIMEOUT_MS, hookTimeout: STORAGE_TEST_TIMEOUT_MS });

describe.each(testEngines())('row-level security on %s', (engine) => {
  let db: Database;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    ({ db, a, b } = await openTwoTenants(engine));
    await insertGoal(db, a.orgId, a.participantId, 'Alpha goal');
    await insertGoal(db, b.orgId, b.participantId, 'Beta goal');
    for (const t of [a, b]) {
      await insertSessionOf(db, t, { startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T10:00:00Z' });
    }
  });
  afterAll(() => db?.close());

  it('shows the owner both organisations (the fixture really holds rows of B)', async () => {
    const orgs = await db.query<{ org_id: string }>('SELECT DISTINCT org_id FROM people');
    expect(orgs.map((row) => row.org_id).sort()).toEqual([a.orgId, b.orgId].sort());
  });

  it.each(['people', 'goals', 'sessions', 'org_units', 'enrolments', 'coaches', 'capabilities'])(
    'an unfiltered SELECT * FROM %s under tenant A returns only rows of A',
    async (table) => {
      const rows = await db.withTenant(a.orgId, (tx) =>
        tx.query<{ org_id: string }>(`SELECT * FROM ${table}`),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => row.org_id !== a.orgId)).toEqual([]);
    },
  );

  it('shows a tenant only its own organisation row', async () => {
    const rows = await db.withTenant(b.orgId, (tx) =>
      tx.query<{ id: string }>('SELECT id FROM organisations'),
    );
    expect(rows).toEqual([{ id: b.orgId }]);
  });

  it('refuses to insert a row carrying organisation B under tenant A, and writes nothing', async () => {
    const before = await countRows(db, 'goals');
    const attempt = db.withTenant(a.orgId, (tx) =>
      tx.query(
        `INSERT INTO goals (id, org_id, owner_id, capability_code, title)
         VALUES ($1, $2, $3, 'FEEDBACK', 'Smuggled into B')`,
        [randomUUID(), b.orgId, b.participantId],
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN', table: 'goals' });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    expect(await countRows(db, 'goals')).toBe(before);
  });

  it('cannot update or delete rows of B under tenant A', async () => {
    const result = await db.withTenant(a.orgId, async (tx) => {
      const updated = await tx.query(`UPDATE goals SET progress = 99 WHERE org_id = $1 RETURNING id`, [
        b.orgId,
      ]);
      const deleted = await tx.query(`DELETE FROM goals WHERE org_id = $1 RETURNING id`, [b.orgId]);
      return { updated: updated.length, deleted: deleted.length };
    });
    expect(result).toEqual({ updated: 0, deleted: 0 });
    const [goalOfB] = await db.query<{ progress: number }>('SELECT progress FROM goals WHERE org_id = $1', [
      b.orgId,
    ]);
    expect(goalOfB?.progress).toBe(10);
  });

  it('guards every table that holds an organisation’s rows and that the application role may touch', async () => {
    // A table added by a later migration without its policy would be open across tenants to the
    // application role. Tables it cannot touch at all (signing keys, the queue's receipts) need none;
    // one it may only insert into (the job outbox) needs the policy that checks the insert.
    const unguarded = await db.query<{ table: string }>(
      `SELECT c.relname AS table
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
       WHERE c.relkind IN ('r', 'p')
         AND has_table_privilege('coachwork_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE')
         AND NOT (c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)
                  AND (c.relforcerowsecurity OR NOT has_table_privilege('coachwork_app', c.oid, 'SELECT')))
       ORDER BY 1`,
    );
    expect(unguarded.map((row) => row.table)).toEqual([]);
  });

  it('cannot move a row of A into B by updating its org_id', async () => {
    const attempt = db.withTenant(a.orgId, (tx) =>
      tx.query('UPDATE goals SET org_id = $1 WHERE org_id = $2', [b.orgId, a.orgId]),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sees nothing as the application role when no tenant is set', async () => {
    const rows = await db.transaction(async (tx) => {
      await tx.query('SET LOCAL ROLE coachwork_app');
      return tx.query('SELECT * FROM people');
    });
    expect(rows).toEqual([]);
  });

  it('rejects a tenant id that is not a UUID before touching the database', async () => {
    await expect(db.withTenant('alpha', (tx) => tx.query('SELECT 1'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it(`keeps concurrent tenant transactions apart${raceOn(engine)}`, async () => {
    const read = (orgId: string) =>
      db.withTenant(orgId, async (tx) => {
        const first = await tx.query<{ org_id: string }>('SELECT org_id FROM people');
        await new Promise((resolve) => setTimeout(resolve, 5));
        const second = await tx.query<{ org_id: string }>('SELECT org_id FROM goals');
        return [...first, ...second].map((row) => row.org_id);
      });
    const results = await Promise.all([a, b, a, b, a, b].map((t) => read(t.orgId)));
    results.forEach((orgIds, index) => {
      const expected = index % 2 === 0 ? a.orgId : b.orgId;
      expect(new Set(orgIds)).toEqual(new Set([expected]));
    });
  });

  it('leaves the connection as the owner with no tenant after withTenant', async () => {
    await db.withTenant(a.orgId, (tx) => tx.query('SELECT 1'));
    const rows = await db.query<{ role: string; org: string | null }>(
      `SELECT current_user AS role, nullif(current_setting('app.org_id', true), '') AS org`,
    );
    expect(rows[0]?.role).not.toBe('coachwork_app');
    expect(rows[0]?.org).toBeNull();
  });
});
