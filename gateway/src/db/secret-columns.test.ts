/**
 * The application role reads organisations (name, locales, settings…) but never
 * their embed signing secrets: a query that goes wrong under `coachwork_app`
 * cannot leak or replace the keys every embed token is checked against.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { openTestDatabase, testEngines } from './testing.js';
import type { Database } from './types.js';

const secretColumns = [
  'embed_signing_secret',
  'embed_signing_secret_previous',
  'embed_signing_secret_rotated_at',
];

describe.each(testEngines())('signing secret columns on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'secret-columns');
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(secretColumns)('are out of reach of the application role: %s', async (column) => {
    await expect(
      db.withTenant(org.orgId, (tx) =>
        tx.query(`select ${column} from organisations where id = $1`, [org.orgId]),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      db.withTenant(org.orgId, (tx) => tx.query(`select * from organisations where id = $1`, [org.orgId])),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      db.withTenant(org.orgId, (tx) =>
        tx.query(`update organisations set ${column} = null where id = $1`, [org.orgId]),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('leave the rest of the organisation readable, and its settings writable, by the application role', async () => {
    const rows = await db.withTenant(org.orgId, async (tx) => {
      await tx.query(`update organisations set settings = settings || '{}'::jsonb where id = $1`, [
        org.orgId,
      ]);
      return tx.query(
        `select id, slug, name, locales, time_zone, allowed_origins, min_group_size, settings, created_at, updated_at
         from organisations`,
      );
    });
    expect(rows).toEqual([expect.objectContaining({ id: org.orgId, slug: 'secret-columns' })]);
  });
});

describe.each(testEngines())('service account secrets on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'service-secrets');
    await db.withTenant(org.orgId, (tx) =>
      tx.query(
        `insert into service_accounts (org_id, name, client_id, secret_hash, scopes)
         values ($1, 'Reporting', 'cwsa_secret_columns', '\\x00'::bytea, array['read-analytics'])`,
        [org.orgId],
      ),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it('lets the application role create service accounts but never read a secret hash or an access token back', async () => {
    await expect(
      db.withTenant(org.orgId, (tx) => tx.query('select secret_hash from service_accounts')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      db.withTenant(org.orgId, (tx) => tx.query('select * from service_account_tokens')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await db.withTenant(org.orgId, (tx) =>
      tx.query('select name, client_id, scopes from service_accounts'),
    );
    expect(rows).toEqual([
      { name: 'Reporting', client_id: 'cwsa_secret_columns', scopes: ['read-analytics'] },
    ]);
  });
});
