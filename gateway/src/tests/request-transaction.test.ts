/**
 * A signed-in request costs one tenant transaction whatever it asks, and nothing before it once
 * its caller is known; what verification caches (signing keys, the person and their roles) follows
 * role changes, deprovisioning and key rotation on every gateway instance, through NOTIFY rather
 * than waiting for the cache to expire.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachedDirectory } from '../auth/caller-directory.js';
import { mintToken } from '../auth/tokens.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database, TransactionEvent } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

interface Traffic {
  transactions: TransactionEvent[];
  statements: string[];
}

/** A cache that never expires by itself: only a notification can make it forget. */
const longLived = (db: Database) => new CachedDirectory(db, { ttlMs: 10 * 60_000, recheckMs: 10 * 60_000 });

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe.each(testEngines())('one tenant transaction per request on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let first: RunningGateway;
  let second: RunningGateway;
  const directories: CachedDirectory[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'onetx');
    directories.push(longLived(db), longLived(db));
    await Promise.all(directories.map((directory) => directory.ready()));
    first = await startGateway(db, { directory: directories[0] });
    second = await startGateway(db, { directory: directories[1] });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await Promise.all(directories.map((directory) => directory.close()));
    await db?.close();
  });

  async function traced<T>(work: () => Promise<T>): Promise<Traffic & { result: T }> {
    const traffic: Traffic = { transactions: [], statements: [] };
    const stopTransactions = db.onTransaction((event) => traffic.transactions.push(event));
    const stopStatements = db.onStatement((sql) => traffic.statements.push(sql));
    try {
      const result = await work();
      return { ...traffic, result };
    } finally {
      stopTransactions();
      stopStatements();
    }
  }

  it('answers { viewer { id name } } in one transaction with one statement once the caller is known', async () => {
    const token = await tokenFor(db, org.managerId);
    const query = { query: '{ viewer { id name } }' };
    const cold = await traced(() => postGraphQL(first.url, query, { token }));
    expect(cold.result.body.errors).toBeUndefined();
    // The organisation's keys and the person come together in one owner statement.
    expect(cold.statements).toHaveLength(2);
    const warm = await traced(() => postGraphQL(first.url, query, { token }));
    expect(warm.result.body.data).toEqual(cold.result.body.data);
    expect(warm.transactions).toEqual(['begin', 'commit']);
    expect(warm.statements).toHaveLength(1);
  });

  it('answers a query across many modules in one transaction', async () => {
    const token = await tokenFor(db, org.adminId);
    const { result, transactions } = await traced(() =>
      postGraphQL(
        first.url,
        {
          query: `{
            viewer { id name roles }
            programs(first: 5) { totalCount edges { node { id name } } }
            orgUnits(first: 5) { totalCount edges { node { name manager { name } peopleCount } } }
            people(first: 5) { totalCount edges { node { name manager { name } } } }
          }`,
        },
        { token },
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(transactions).toEqual(['begin', 'commit']);
  });

  it('answers a mutation and the reads of its payload in one transaction, committed before the answer', async () => {
    const token = await tokenFor(db, org.reportIds[0]!);
    const title = `One transaction ${randomUUID()}`;
    const { result, transactions } = await traced(() =>
      postGraphQL<{
        createGoal: { goal: { title: string; owner: { id: string } } | null; userErrors: unknown[] };
      }>(
        first.url,
        {
          query: `mutation($input: CreateGoalInput!) {
            createGoal(input: $input) { goal { title owner { id name } } userErrors { field code } }
          }`,
          variables: { input: { title, capability: 'DELEGATION' } },
        },
        { token },
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.createGoal.userErrors).toEqual([]);
    expect(result.body.data?.createGoal.goal?.title).toBe(title);
    expect(transactions).toEqual(['begin', 'commit']);
    const rows = await db.query('select 1 from goals where title = $1', [title]);
    expect(rows).toHaveLength(1);
  });

  it('follows a role change on every instance without waiting for the cache to expire', async () => {
    const token = await tokenFor(db, org.managerId);
    const roles = async (running: RunningGateway) => {
      const res = await postGraphQL<{ viewer: { roles: string[] } }>(
        running.url,
        { query: '{ viewer { roles } }' },
        { token },
      );
      return res.body.data?.viewer.roles ?? [];
    };
    expect(await roles(first)).toContain('MANAGER');
    expect(await roles(second)).toContain('MANAGER');
    await db.query(`update people set roles = array['PARTICIPANT'] where id = $1`, [org.managerId]);
    try {
      for (const running of [first, second]) {
        await eventually(async () => !(await roles(running)).includes('MANAGER'), 'the role change seen');
      }
    } finally {
      await db.query(`update people set roles = array['MANAGER','PARTICIPANT'] where id = $1`, [
        org.managerId,
      ]);
    }
    for (const running of [first, second]) {
      await eventually(async () => (await roles(running)).includes('MANAGER'), 'the role given back seen');
    }
  });

  it('refuses a deprovisioned person on every instance', async () => {
    const personId = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, 'Leaving Soon', $3, 'en', 'Europe/Paris', 'IC', $4, $5, '2025-01-15', array['PARTICIPANT'])`,
      [personId, org.orgId, `leaving-${personId}@onetx.example`, org.teamIds[0], org.managerId],
    );
    const token = await tokenFor(db, personId);
    for (const running of [first, second]) {
      expect((await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token })).status).toBe(200);
    }
    await db.query('delete from people where id = $1', [personId]);
    for (const running of [first, second]) {
      await eventually(
        async () =>
          (await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token })).status === 401,
        'the deleted person refused',
      );
    }
  });

  it('accepts a rotated secret and stops accepting a revoked one on every instance', async () => {
    const oldToken = await tokenFor(db, org.adminId);
    const ask = (running: RunningGateway, token: string) =>
      postGraphQL(running.url, { query: '{ viewer { id } }' }, { token }).then((res) => res.status);
    for (const running of [first, second]) expect(await ask(running, oldToken)).toBe(200);

    await db.query(
      `update organisations set embed_signing_secret_previous = embed_signing_secret,
         embed_signing_secret = $2 where id = $1`,
      [org.orgId, `rotated-${randomUUID()}`],
    );
    const newToken = (await mintToken(db, { personId: org.adminId })).token;
    for (const running of [first, second]) {
      await eventually(async () => (await ask(running, newToken)) === 200, 'the new secret accepted');
      // Within its grace period the previous secret still verifies.
      expect(await ask(running, oldToken)).toBe(200);
    }

    await db.query('update organisations set embed_signing_secret_previous = null where id = $1', [
      org.orgId,
    ]);
    for (const running of [first, second]) {
      await eventually(async () => (await ask(running, oldToken)) === 401, 'the revoked secret refused');
      expect(await ask(running, newToken)).toBe(200);
    }
  });
});
