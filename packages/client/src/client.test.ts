import type { TypedDocumentString } from '@coachwork/schema/gql/graphql.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { query } from './query.js';
import { setTokenProvider } from './registry.js';
import { REFRESH_AHEAD_MS } from './token-manager.js';
import { unsignedJwt } from './testing/jwt.js';
import { startTestGateway, type TestGateway } from './testing/graphql-test-server.js';

const VIEWER = 'query TestViewer { viewer { __typename id name } }' as unknown as TypedDocumentString<
  { viewer: { id: string; name: string } | null },
  Record<string, never>
>;

describe('gateway client against a real GraphQL server', () => {
  let gateway: TestGateway;
  beforeEach(async () => {
    gateway = await startTestGateway();
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await gateway.close();
  });

  it('sends the token as a Bearer header by POST and never a cookie', async () => {
    gateway.acceptedTokens.add('good');
    setTokenProvider(gateway.url, async () => 'good');
    const result = await query(gateway.url, VIEWER, {});
    expect(result.error).toBeUndefined();
    expect(result.data?.viewer?.name).toBe('Ada Lovelace');
    expect(gateway.requests).toHaveLength(1);
    expect(gateway.requests[0]?.headers.authorization).toBe('Bearer good');
    expect(gateway.requests[0]?.headers.cookie).toBeUndefined();
    expect(gateway.requests[0]?.headers['content-type']).toMatch(/application\/json/);
  });

  for (const status of [200, 401]) {
    it(`asks the provider again and retries once when a held token is rejected (HTTP ${status})`, async () => {
      gateway.unauthenticatedStatus = status;
      gateway.acceptedTokens.add('first');
      gateway.acceptedTokens.add('second');
      const answers = ['first', 'second'];
      const provider = vi.fn(async () => answers.shift() ?? 'none-left');
      setTokenProvider(gateway.url, provider);
      await query(gateway.url, VIEWER, {});

      gateway.acceptedTokens.delete('first');
      const result = await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
      expect(result.error).toBeUndefined();
      expect(result.data?.viewer?.id).toBe('UGVyc29uOjE');
      expect(provider).toHaveBeenCalledTimes(2);
      expect(gateway.requests.map((r) => r.headers.authorization)).toEqual([
        'Bearer first',
        'Bearer first',
        'Bearer second',
      ]);
    });
  }

  it('delivers UNAUTHENTICATED after one retry instead of looping', async () => {
    gateway.acceptedTokens.add('held');
    const answers = ['held'];
    const provider = vi.fn(async () => answers.shift() ?? 'wrong');
    setTokenProvider(gateway.url, provider);
    await query(gateway.url, VIEWER, {});
    gateway.acceptedTokens.clear();

    const result = await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    expect(result.error?.code).toBe('UNAUTHENTICATED');
    expect(gateway.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer held',
      'Bearer held',
      'Bearer wrong',
    ]);
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('does not ask twice for a token that was fetched for this very request', async () => {
    // A token the provider has just minted and the gateway still rejects will not be fixed by asking again.
    const provider = vi.fn(async () => 'rejected');
    setTokenProvider(gateway.url, provider);
    const result = await query(gateway.url, VIEWER, {});
    expect(result.error?.code).toBe('UNAUTHENTICATED');
    expect(gateway.requests).toHaveLength(1);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when signed out and reports UNAUTHENTICATED', async () => {
    setTokenProvider(gateway.url, async () => null);
    const result = await query(gateway.url, VIEWER, {});
    expect(result.error?.code).toBe('UNAUTHENTICATED');
    expect(gateway.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('refreshes a token ahead of its expiry without a failed request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    let n = 0;
    const provider = vi.fn(async () => {
      const token = unsignedJwt({ n: ++n, exp: Math.floor(Date.now() / 1000) + 15 * 60 });
      gateway.acceptedTokens.add(token);
      return token;
    });
    setTokenProvider(gateway.url, provider);

    await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    vi.setSystemTime(Date.now() + 15 * 60_000 - REFRESH_AHEAD_MS - 1000);
    await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    expect(provider).toHaveBeenCalledTimes(1);

    vi.setSystemTime(Date.now() + 2000);
    const result = await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    expect(result.error).toBeUndefined();
    expect(provider).toHaveBeenCalledTimes(2);
    const sent = gateway.requests.map((r) => r.headers.authorization);
    expect(sent).toHaveLength(3);
    expect(sent[2]).not.toBe(sent[1]);
  });

  it('reports a failing token provider as TOKEN_PROVIDER and recovers on the next operation', async () => {
    gateway.acceptedTokens.add('ok');
    let fail = true;
    setTokenProvider(gateway.url, async () => {
      if (fail) throw new Error('host backend down');
      return 'ok';
    });
    const failed = await query(gateway.url, VIEWER, {});
    expect(failed.error?.code).toBe('TOKEN_PROVIDER');
    expect(gateway.requests).toHaveLength(0);

    fail = false;
    const recovered = await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    expect(recovered.data?.viewer?.name).toBe('Ada Lovelace');
  });

  it('asks the provider once for operations that start together', async () => {
    gateway.acceptedTokens.add('shared');
    const provider = vi.fn(async () => 'shared');
    setTokenProvider(gateway.url, provider);
    const PERSON = 'query TestPerson($id: ID!) { person(id: $id) { __typename id name } }';
    const results = await Promise.all([
      query(gateway.url, VIEWER, {}),
      query(gateway.url, PERSON, { id: 'UGVyc29uOjE' }),
      query(gateway.url, PERSON, { id: 'UGVyc29uOjI' }),
    ]);
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('reports a throttled request as RATE_LIMITED with the wait the gateway named', async () => {
    gateway.acceptedTokens.add('t');
    setTokenProvider(gateway.url, async () => 't');
    gateway.throttle = { requests: 1, header: '30', extension: 7 };
    const throttled = await query(gateway.url, VIEWER, {});
    expect(throttled.error?.code).toBe('RATE_LIMITED');
    // The extension wins over the header.
    expect(throttled.error?.retryAfterSeconds).toBe(7);

    gateway.throttle = { requests: 1, header: '12' };
    const headerOnly = await query(gateway.url, VIEWER, {}, { requestPolicy: 'network-only' });
    expect(headerOnly.error?.code).toBe('RATE_LIMITED');
    expect(headerOnly.error?.retryAfterSeconds).toBe(12);

    // Not cached: the next read asks again and gets the data.
    const recovered = await query(gateway.url, VIEWER, {});
    expect(recovered.error).toBeUndefined();
    expect(recovered.data?.viewer?.name).toBe('Ada Lovelace');
  });

  it('reads Retry-After from a 429 that carries no GraphQL body (a proxy in front of the gateway)', async () => {
    setTokenProvider(gateway.url, async () => 't');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response('Too Many Requests', {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'content-type': 'text/plain', 'retry-after': '4' },
      }),
    );
    const throttled = await query(gateway.url, VIEWER, {});
    expect(throttled.error?.code).toBe('RATE_LIMITED');
    expect(throttled.error?.retryAfterSeconds).toBe(4);
  });

  it('reports an unreachable gateway as NETWORK', async () => {
    await gateway.close();
    setTokenProvider(gateway.url, async () => 'any');
    const result = await query(gateway.url, VIEWER, {});
    expect(result.error?.code).toBe('NETWORK');
    gateway = await startTestGateway();
  });
});
