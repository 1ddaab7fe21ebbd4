/**
 * Safe defaults: each limit refuses an abusive request with a message that
 * names the limit, and the very next ordinary request is answered.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../config.js';
import { testEngines } from '../db/testing.js';
import { postGraphQL, startGateway, tokenFor, type GraphQLResponse } from '../testing/harness.js';
import { gatewaySuite } from '../testing/suite.js';

const ordinary = { query: '{ viewer { name organisation { name } } }' };

function nested(levels: number, leaf: string): string {
  return 'manager { '.repeat(levels) + leaf + ' }'.repeat(levels);
}

describe.each(testEngines())('request limits on %s', (engine) => {
  const suite = gatewaySuite(engine, 'limits');
  let token: string;

  beforeAll(async () => {
    token = await tokenFor(suite.db, suite.org.managerId);
  });

  async function stillServes() {
    const res = await postGraphQL(suite.gateway.url, ordinary, { token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { viewer: { name: 'Manager 0001', organisation: { name: 'Org limits' } } },
    });
  }

  function expectRefused(res: GraphQLResponse, status: number, message: RegExp) {
    expect(res.status).toBe(status);
    expect(res.body.data ?? undefined).toBeUndefined();
    expect(res.body.errors?.map((error) => error.message).join('\n')).toMatch(message);
  }

  it(`refuses documents nested deeper than ${limits.maxDepth}`, async () => {
    const ok = await postGraphQL(
      suite.gateway.url,
      { query: `{ viewer { ${nested(3, 'name')} } }` },
      { token },
    );
    expect(ok.body.errors).toBeUndefined();
    const res = await postGraphQL(
      suite.gateway.url,
      { query: `{ viewer { ${nested(limits.maxDepth + 2, 'name')} } }` },
      { token },
    );
    expectRefused(res, 400, new RegExp(`Query depth limit of ${limits.maxDepth} exceeded`));
    await stillServes();
  });

  it(`refuses more than ${limits.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: limits.maxAliases + 5 }, (_, i) => `a${i}: viewer { name }`).join(
      ' ',
    );
    const res = await postGraphQL(suite.gateway.url, { query: `{ ${aliases} }` }, { token });
    expectRefused(res, 400, new RegExp(`Aliases limit of ${limits.maxAliases} exceeded`));
    await stillServes();
  });

  it(`refuses documents of more than ${limits.maxTokens} tokens`, async () => {
    const res = await postGraphQL(
      suite.gateway.url,
      { query: `{ viewer { ${'name '.repeat(limits.maxTokens)} } }` },
      { token },
    );
    expectRefused(
      res,
      400, // graphql-js spells it "more that".
      new RegExp(`Document contains more th(an|at) ${limits.maxTokens} tokens`),
    );
    await stillServes();
  });

  it(`refuses more than ${limits.maxDirectives} directives`, async () => {
    const directives = '@include(if: true) '.repeat(limits.maxDirectives + 5);
    const res = await postGraphQL(
      suite.gateway.url,
      { query: `{ viewer { name ${directives} } }` },
      { token },
    );
    expectRefused(res, 400, new RegExp(`Directives limit of ${limits.maxDirectives} exceeded`));
    await stillServes();
  });

  it(`refuses documents costing more than ${limits.maxCost}, counting default page sizes`, async () => {
    // Each connection level multiplies by its page size, given or defaulted (20): the
    // calendar files of 20 × 20 × 20 sessions, although the document names no size.
    const fanOut = (first: string) =>
      `{ programs${first} { edges { node { enrolments${first} { edges { node {
         sessions${first} { edges { node { calendar { ics } } } } } } } } } } }`;
    for (const first of ['', '(first: 20)', '(first: 100)']) {
      const res = await postGraphQL(suite.gateway.url, { query: fanOut(first) }, { token });
      // The manager's token says French.
      expectRefused(res, 400, /une requête peut coûter au plus 10\u202f000/);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'MAX_COST_EXCEEDED',
        maxCost: limits.maxCost,
      });
    }
    await stillServes();
  });

  it(`counts every operation of a batch against one cost limit`, async () => {
    // Alone, each operation is affordable (2 programs × 20 enrolments × 20 sessions ≈ 2,500).
    const operation = {
      query:
        '{ programs(first: 2) { edges { node { enrolments { edges { node { sessions { edges { node { id coach { id } } } } } } } } } } }',
    };
    const single = await postGraphQL(suite.gateway.url, operation, { token });
    expect(single.status).toBe(200);
    const res = await postGraphQL(
      suite.gateway.url,
      Array.from({ length: limits.maxBatchSize }, () => operation),
      {
        token,
      },
    );
    const codes = (res.body as unknown as Array<GraphQLResponse['body']>).map(
      (answer) => answer.errors?.[0]?.extensions?.code,
    );
    // Together (≈ 12,600) they are refused, all of them: none ran.
    expect(codes).toEqual(Array.from({ length: limits.maxBatchSize }, () => 'MAX_COST_EXCEEDED'));
    await stillServes();
  });

  it(`refuses batches of more than ${limits.maxBatchSize} operations and answers smaller ones`, async () => {
    const batch = await postGraphQL(
      suite.gateway.url,
      Array.from({ length: limits.maxBatchSize }, () => ordinary),
      { token },
    );
    expect(batch.status).toBe(200);
    expect(batch.body).toHaveLength(limits.maxBatchSize);
    const res = await postGraphQL(
      suite.gateway.url,
      Array.from({ length: limits.maxBatchSize + 1 }, () => ordinary),
      { token },
    );
    expectRefused(res, 400, new RegExp(`at most ${limits.maxBatchSize} operations`));
    await stillServes();
  });

  it('refuses oversized bodies', async () => {
    const res = await postGraphQL(
      suite.gateway.url,
      { query: `{ viewer { name } } # ${'x'.repeat(limits.maxBodyBytes)}` },
      { token },
    );
    // Intl groups the figure (524,288).
    expectRefused(res, 413, /exceeds [\d,]+ bytes/);
    await stillServes();
  });

  it('refuses pages larger than the maximum page size', async () => {
    const res = await postGraphQL(
      suite.gateway.url,
      { query: `{ orgUnits(first: ${limits.maxPageSize + 1}) { totalCount } }` },
      { token },
    );
    // The manager's token says French; the code is the same in every language.
    expect(res.body.errors?.[0]).toMatchObject({
      message: `\`first\` doit être compris entre 0 et ${limits.maxPageSize}.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await stillServes();
  });

  it('refuses simple cross-site GET requests (CSRF prevention) and serves GETs that prove they are not', async () => {
    const url = `${suite.gateway.url}/graphql?query=${encodeURIComponent('{ viewer { name } }')}`;
    const blocked = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toMatch(/CSRF/);
    const allowed = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: unknown }).data).toEqual({ viewer: { name: 'Manager 0001' } });
    // Mutations never run over GET.
    const mutation = await fetch(
      `${suite.gateway.url}/graphql?query=${encodeURIComponent('mutation { updateViewerPreferences(input: { locale: "en" }) { userErrors { code } } }')}`,
      { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
    await stillServes();
  });

  it('serves automatic persisted queries', async () => {
    const query = '{ viewer { jobLevel } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const miss = await postGraphQL(suite.gateway.url, { extensions: { persistedQuery } }, { token });
    expect(miss.body.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    const register = await postGraphQL(
      suite.gateway.url,
      { query, extensions: { persistedQuery } },
      { token },
    );
    expect(register.body).toEqual({ data: { viewer: { jobLevel: 'MANAGER' } } });
    const hit = await postGraphQL(suite.gateway.url, { extensions: { persistedQuery } }, { token });
    expect(hit.body).toEqual({ data: { viewer: { jobLevel: 'MANAGER' } } });
    const wrongHash = await postGraphQL(
      suite.gateway.url,
      { query: '{ viewer { name } }', extensions: { persistedQuery } },
      { token },
    );
    expect(wrongHash.status).toBe(400);
    await stillServes();
  });

  it('refuses introspection in production mode', async () => {
    const res = await postGraphQL(
      suite.gateway.url,
      { query: '{ __schema { queryType { name } } }' },
      { token },
    );
    expectRefused(res, 400, /introspection is not allowed/i);
    await stillServes();
  });

  it('allows introspection in dev mode', async () => {
    const dev = await startGateway(suite.db, { dev: true });
    try {
      const res = await postGraphQL(dev.url, { query: '{ __schema { queryType { name } } }' });
      expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await dev.close();
    }
  });
});
