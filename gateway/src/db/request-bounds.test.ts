/**
 * A request cannot hold the database indefinitely: PostgreSQL cancels a tenant
 * statement past `statement_timeout`, and on either engine a tenant transaction
 * past its deadline may issue no further statement (PGlite cannot interrupt a
 * statement, so this is its guard). Owner work (migrations, seed) is unbounded.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from './testing.js';
import type { Database } from './types.js';

describe.each(testEngines())('request bounds on %s', (engine) => {
  let db: Database;
  const orgId = randomUUID();

  beforeAll(async () => {
    db = await openTestDatabase(engine, { statementTimeoutMs: 300, transactionDeadlineMs: 400 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it.runIf(engine === 'postgres')('cancels a tenant statement that runs past statement_timeout', async () => {
    const started = Date.now();
    await expect(db.withTenant(orgId, (tx) => tx.query('select pg_sleep(3)'))).rejects.toThrow(
      /statement timeout/,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    // Owner transactions keep no timeout.
    await db.transaction((tx) => tx.query('select pg_sleep(0.5)'));
  });

  it('refuses further statements once a tenant transaction is past its deadline', async () => {
    let ran = 0;
    await expect(
      db.withTenant(orgId, async (tx) => {
        for (let i = 0; i < 100; i += 1) {
          await tx.query('select 1');
          ran += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }),
    ).rejects.toThrow(/ran longer than 400 ms/);
    expect(ran).toBeGreaterThan(1);
    expect(ran).toBeLessThan(20);
    // The connection is free again for the next tenant.
    expect(await db.withTenant(randomUUID(), (tx) => tx.query<{ one: number }>('select 1 as one'))).toEqual([
      { one: 1 },
    ]);
  });

  it.runIf(engine === 'pglite')(
    "lets another tenant's transaction through after one turn of a busy tenant's backlog",
    async () => {
      const busy = randomUUID();
      const order: string[] = [];
      const step = (label: string, tenant: string) =>
        db.withTenant(tenant, async (tx) => {
          await tx.query('select 1');
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push(label);
        });
      const backlog = Array.from({ length: 30 }, (_, i) => step(`busy ${i}`, busy));
      const other = step('other', randomUUID());
      await Promise.all([...backlog, other]);
      expect(order.indexOf('other')).toBeLessThanOrEqual(2);
    },
  );
});
