/**
 * `/oauth/token`'s own limits: requests per client, failed attempts per source address (which then
 * refuse even a right secret), answered with 429, `Retry-After` and an RFC 6749 §5.2 body; in
 * memory and shared through Redis by two gateway instances.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../auth/tokens.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { TokenEndpointLimits, type TokenEndpointSettings } from '../limits/token-endpoint.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, type RunningGateway } from '../testing/harness.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const CREATE = `mutation Create($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) { serviceAccount { clientId } clientSecret userErrors { code } }
}`;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

async function askToken(url: string, id: string, secret: string): Promise<Answer> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe.each(testEngines())('/oauth/token limits on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let redis: Redis;
  const keyPrefix = `cw-test-oauth:${randomUUID()}`;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `oauth-limits-${engine}`);
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await db?.close();
  });

  async function serviceAccount(gateway: RunningGateway, name: string) {
    const token = (await mintToken(db, { personId: org.adminId })).token;
    const answer = await postGraphQL<{
      createServiceAccount: { serviceAccount: { clientId: string }; clientSecret: string };
    }>(gateway.url, { query: CREATE, variables: { input: { name, scopes: ['READ_ANALYTICS'] } } }, { token });
    const created = answer.body.data!.createServiceAccount;
    return { id: created.serviceAccount.clientId, secret: created.clientSecret };
  }

  async function withGateways<T>(
    limits: () => TokenEndpointLimits,
    count: number,
    work: (gateways: RunningGateway[]) => Promise<T>,
  ): Promise<T> {
    const gateways: RunningGateway[] = [];
    try {
      for (let i = 0; i < count; i += 1) gateways.push(await startGateway(db, { tokenLimits: limits() }));
      return await work(gateways);
    } finally {
      await Promise.all(gateways.map((gateway) => gateway.close()));
    }
  }

  const loose = { points: 1_000, durationSeconds: 60 };

  it('refuses a client past its requests a minute with 429, Retry-After and slow_down; other clients go on', async () => {
    const settings: TokenEndpointSettings = {
      perClient: { points: 3, durationSeconds: 60 },
      failuresPerAddress: loose,
    };
    await withGateways(
      () => new TokenEndpointLimits(settings),
      1,
      async ([gateway]) => {
        const busy = await serviceAccount(gateway!, 'Busy');
        const quiet = await serviceAccount(gateway!, 'Quiet');
        for (let i = 0; i < 3; i += 1)
          expect((await askToken(gateway!.url, busy.id, busy.secret)).status).toBe(200);
        const refused = await askToken(gateway!.url, busy.id, busy.secret);
        expect(refused.status).toBe(429);
        expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
        expect(refused.body).toEqual({
          error: 'slow_down',
          error_description: expect.stringMatching(/for this client.*Try again in \d+ seconds/),
        });
        expect((await askToken(gateway!.url, quiet.id, quiet.secret)).status).toBe(200);
      },
    );
  });

  it('after too many failed attempts from an address refuses every request from it, the right secret too', async () => {
    const settings: TokenEndpointSettings = {
      perClient: loose,
      failuresPerAddress: { points: 2, durationSeconds: 900 },
    };
    await withGateways(
      () => new TokenEndpointLimits(settings),
      1,
      async ([gateway]) => {
        const account = await serviceAccount(gateway!, 'Guessed');
        expect((await askToken(gateway!.url, account.id, `${account.secret}x`)).status).toBe(401);
        expect((await askToken(gateway!.url, account.id, 'wrong')).status).toBe(401);
        const refused = await askToken(gateway!.url, account.id, account.secret);
        expect(refused.status).toBe(429);
        expect(refused.body.error).toBe('slow_down');
        expect(refused.body.error_description).toMatch(/failed token requests from this address/);
        expect(Number(refused.retryAfter)).toBeGreaterThan(800);
      },
    );
  });

  it('counts one client across two gateways sharing Redis', async () => {
    const settings: TokenEndpointSettings = {
      perClient: { points: 4, durationSeconds: 60 },
      failuresPerAddress: loose,
    };
    const prefix = `${keyPrefix}:${engine}`;
    await withGateways(
      () => new TokenEndpointLimits(settings, { redis, keyPrefix: prefix }),
      2,
      async ([first, second]) => {
        const account = await serviceAccount(first!, 'Shared');
        const statuses: number[] = [];
        for (const gateway of [first, second, first, second, first])
          statuses.push((await askToken(gateway!.url, account.id, account.secret)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
        expect(await redis.keys(`${prefix}:client:*`)).not.toEqual([]);
      },
    );
  });
});
