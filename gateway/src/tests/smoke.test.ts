import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

describe.each(testEngines())('viewer query on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'smoke');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('answers the viewer with the token’s person and organisation', async () => {
    const token = await tokenFor(db, org.managerId);
    const res = await postGraphQL(
      running.url,
      {
        query: `{ viewer { id name email locale timeZone roles jobLevel organisation { id name locales timeZone } } }`,
      },
      { token },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      viewer: {
        name: 'Manager 0001',
        email: org.managerEmail,
        locale: 'fr',
        timeZone: 'Europe/Paris',
        roles: ['MANAGER', 'PARTICIPANT'],
        jobLevel: 'MANAGER',
        organisation: { name: 'Org smoke', locales: ['en', 'fr', 'ar'], timeZone: 'Europe/Paris' },
      },
    });
  });
});
