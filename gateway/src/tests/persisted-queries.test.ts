/**
 * Automatic persisted queries kept in Redis: a query registered through one gateway instance is
 * answered by hash alone on another, as it is on the instance that registered it; with Redis out
 * of reach a client is asked for the full query instead of being failed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { RedisQueryCache } from '../http/persisted-queries.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function persisted(query: string) {
  return { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
}

describe('persisted queries shared through Redis', () => {
  const keyPrefix = `cw-test-apq:${randomUUID()}:`;
  const connections: Redis[] = [];
  const running: RunningGateway[] = [];
  let db: Database;
  let org: GatewayFixture;
  let token: string;
  let first: RunningGateway;
  let second: RunningGateway;
  let alone: RunningGateway;
  let unreachable: RunningGateway;

  const connect = (url: string) => {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', () => undefined);
    connections.push(redis);
    return redis;
  };

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    org = await createGatewayFixture(db, 'apq');
    token = await tokenFor(db, org.managerId);
    const [a, b] = [connect(redisUrl), connect(redisUrl)];
    await Promise.all([a.connect(), b.connect()]);
    first = await startGateway(db, { persistedQueries: new RedisQueryCache(a, keyPrefix) });
    second = await startGateway(db, { persistedQueries: new RedisQueryCache(b, keyPrefix) });
    alone = await startGateway(db, { persistedQueries: new InMemoryLRUCache<string>() });
    // Port 1 refuses connections: a Redis that is down.
    unreachable = await startGateway(db, {
      persistedQueries: new RedisQueryCache(connect('redis://127.0.0.1:1'), keyPrefix),
    });
    running.push(first, second, alone, unreachable);
  });
  afterAll(async () => {
    await Promise.all(running.map((gateway) => gateway.close()));
    const cleaner = connections[0];
    if (cleaner?.status === 'ready') {
      const keys = await cleaner.keys(`${keyPrefix}*`);
      if (keys.length > 0) await cleaner.del(...keys);
    }
    for (const redis of connections) redis.disconnect();
    await db?.close();
  });

  it('answers by hash on an instance other than the one the query was registered with', async () => {
    const query = `query SharedApq { viewer { id jobLevel } }`;
    const persistedQuery = persisted(query);
    const register = await postGraphQL(first.url, { query, extensions: { persistedQuery } }, { token });
    expect(register.body.errors).toBeUndefined();
    for (const gateway of [first, second]) {
      const hit = await postGraphQL(gateway.url, { extensions: { persistedQuery } }, { token });
      expect(hit.body).toEqual(register.body);
    }
    // An instance keeping its queries to itself has never seen it: this is what Redis changes.
    const miss = await postGraphQL(alone.url, { extensions: { persistedQuery } }, { token });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a registration whose text does not match its hash on every instance', async () => {
    const persistedQuery = persisted('{ viewer { id } }');
    const wrong = await postGraphQL(
      first.url,
      { query: '{ viewer { name } }', extensions: { persistedQuery } },
      { token },
    );
    expect(wrong.status).toBe(400);
    const other = await postGraphQL(second.url, { extensions: { persistedQuery } }, { token });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('asks for the full query rather than failing when Redis cannot be reached', async () => {
    const query = `query UnreachableApq { viewer { name } }`;
    const persistedQuery = persisted(query);
    const miss = await postGraphQL(unreachable.url, { extensions: { persistedQuery } }, { token });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await postGraphQL(unreachable.url, { query, extensions: { persistedQuery } }, { token });
    expect(register.status).toBe(200);
    expect(register.body.errors).toBeUndefined();
    const hit = await postGraphQL(unreachable.url, { extensions: { persistedQuery } }, { token });
    expect(hit.body).toEqual(register.body);
  });
});
