/**
 * The error contract the reference publishes (error-contract.ts) against the
 * gateway: every code it defines or raises is documented, nothing documented is
 * invented, and each code provoked on a running gateway arrives with the HTTP
 * status the contract states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { errorCodes, publicCodes } from '../errors.js';
import { translate } from '../i18n/translate.js';
import { toGlobalId } from '../ids.js';
import { CostBudget } from '../limits/budget.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { limits } from '../config.js';
import { errorContract, userErrorAdvice } from './error-contract.js';
import { currentSchema } from './schema-contract.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'generated' || entry.name === 'api' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Codes the gateway's own code puts in `extensions.code`, read from its source. */
function raisedCodes(): Set<string> {
  const patterns = [
    /gatewayError\(\s*'([A-Z_]+)'/g,
    /extensions:\s*\{\s*code:\s*'([A-Z_]+)'/g,
    /sendGraphQLError\([^;]*?'([A-Z_]+)',?\s*\)/g,
  ];
  const found = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  }
  return found;
}

describe('the published error contract', () => {
  it('documents exactly the codes the gateway defines and lets through', () => {
    const defined = new Set<string>([...errorCodes, ...publicCodes, 'INTERNAL_SERVER_ERROR']);
    expect(Object.keys(errorContract).sort()).toEqual([...defined].sort());
  });

  it('documents every code the gateway raises', () => {
    const raised = raisedCodes();
    // The scan must see the gateway's own raisers, or it proves nothing.
    for (const code of [
      'RATE_LIMITED',
      'MAX_COST_EXCEEDED',
      'RESPONSE_TOO_LARGE',
      'UNAUTHENTICATED',
      'BAD_REQUEST',
    ]) {
      expect(raised.has(code), `scan found ${code}`).toBe(true);
    }
    const undocumented = [...raised].filter((code) => !(code in errorContract));
    expect(undocumented).toEqual([]);
  });

  it('advises on every userErrors code of the schema, and on no other', () => {
    const type = currentSchema().getType('UserErrorCode');
    if (!isEnumType(type)) throw new Error('UserErrorCode is not an enum');
    expect(Object.keys(userErrorAdvice).sort()).toEqual(
      type
        .getValues()
        .map((value) => value.name)
        .sort(),
    );
  });
});

describe.each(testEngines())('error codes on a running gateway (%s)', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let server: RunningGateway;
  let stingy: RunningGateway;
  let participant: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'error-contract');
    server = await startGateway(db);
    // A budget two pages of org units exhaust, for RATE_LIMITED.
    stingy = await startGateway(db, {
      budget: new CostBudget({
        person: { capacity: 30, restoreRate: 1 },
        organisation: { capacity: 1_000, restoreRate: 10 },
      }),
    });
    participant = await tokenFor(db, org.reportIds[0]!);
  });
  afterAll(async () => {
    await stingy?.close();
    await server?.close();
    await db?.close();
  });

  async function raw(init: RequestInit): Promise<{ status: number; code: unknown }> {
    const response = await fetch(`${server.url}/graphql`, init);
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code };
  }

  const json = { 'content-type': 'application/json' };

  /** Each case provokes one code; the contract must name the status it arrives with. */
  const cases: Array<{
    code: string;
    when?: string;
    provoke: () => Promise<{ status: number; code: unknown }>;
  }> = [
    {
      code: 'UNAUTHENTICATED',
      when: 'a bearer that is no token',
      provoke: () =>
        raw({ method: 'POST', headers: json, body: JSON.stringify({ query: '{ viewer { id } }' }) }),
    },
    {
      code: 'UNAUTHENTICATED',
      provoke: () =>
        raw({
          method: 'POST',
          headers: { ...json, authorization: 'Bearer not-a-token' },
          body: JSON.stringify({ query: '{ viewer { id } }' }),
        }),
    },
    {
      code: 'FORBIDDEN',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          { query: '{ people { totalCount } }' },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'NOT_FOUND',
      provoke: async () => {
        const unknown = toGlobalId('Enrolment', '00000000-0000-4000-8000-000000000000');
        const answer = await postGraphQL(
          server.url,
          { query: `{ progressCard(enrolment: "${unknown}") { availability } }` },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'BAD_USER_INPUT',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          { query: '{ orgUnits(first: 101) { totalCount } }' },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'MAX_COST_EXCEEDED',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          {
            query:
              '{ orgUnits(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } }',
          },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'RATE_LIMITED',
      provoke: async () => {
        // 21 points asked, 11 used (five units): each request leaves the 30-point bucket
        // about 10 points poorer, so the second or third cannot be paid.
        for (let attempt = 0; ; attempt += 1) {
          const answer = await postGraphQL(
            stingy.url,
            { query: '{ orgUnits(first: 10) { edges { node { id } } } }' },
            { token: participant },
          );
          const code = answer.body.errors?.[0]?.extensions?.code;
          if (code !== undefined || attempt === 5) return { status: answer.status, code };
        }
      },
    },
    {
      code: 'GRAPHQL_PARSE_FAILED',
      provoke: async () => {
        const answer = await postGraphQL(server.url, { query: '{ viewer {' }, { token: participant });
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'GRAPHQL_VALIDATION_FAILED',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          { query: '{ viewer { shoeSize } }' },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'OPERATION_RESOLUTION_FAILURE',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          { query: 'query A { viewer { id } } query B { organisation { id } }' },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      provoke: async () => {
        const answer = await postGraphQL(
          server.url,
          { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
          { token: participant },
        );
        return { status: answer.status, code: answer.body.errors?.[0]?.extensions?.code };
      },
    },
    {
      code: 'BAD_REQUEST',
      provoke: () =>
        raw({
          method: 'POST',
          headers: { ...json, authorization: `Bearer ${participant}` },
          body: '{"query":',
        }),
    },
  ];

  it.each(cases.map((c) => [c.when ? `${c.code} (${c.when})` : c.code, c] as const))(
    '%s arrives with the status the contract states',
    async (_label, c) => {
      const { code } = c;
      const { status, code: got } = await c.provoke();
      expect(got).toBe(code);
      expect(errorContract[code]!.status).toMatch(new RegExp(`(^|\\D)${status}(\\D|$)`));
    },
  );

  it('BAD_USER_INPUT for a variable of the wrong type arrives with 400, as the contract states', async () => {
    const answer = await postGraphQL(
      server.url,
      { query: 'query ($n: Int) { orgUnits(first: $n) { totalCount } }', variables: { n: 'many' } },
      { token: participant },
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.status).toBe(400);
    expect(errorContract.BAD_USER_INPUT!.status).toContain('400 when a variable');
  });

  it('FORBIDDEN from a page the organisation does not allow arrives with 403', async () => {
    const answer = await postGraphQL(
      server.url,
      { query: '{ viewer { id } }' },
      { token: participant, headers: { origin: 'https://not-allowed.example' } },
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.status).toBe(403);
    expect(errorContract.FORBIDDEN!.status).toContain('403');
  });
  it('RESPONSE_TOO_LARGE: an affordable query whose answer passes the ceiling arrives with 400 and the limit, no data', async () => {
    // Long texts make the answer large, not the cost: 100 goals of 4,000 characters (the most a
    // description holds), asked for six times by aliases, cost a few hundred points and weigh 2.4 MB.
    const writer = org.reportIds[1]!;
    const [capability] = await db.query<{ code: string }>(
      'select code from capabilities where org_id = $1 order by code limit 1',
      [org.orgId],
    );
    await db.query(
      `insert into goals (org_id, owner_id, capability_code, title, description)
       select $1, $2, $3, 'Goal ' || n, repeat('Delegate the weekly planning. ', 133)
       from generate_series(1, 100) as n`,
      [org.orgId, writer, capability!.code],
    );
    const page = 'goals(first: 100) { edges { node { id description } } }';
    const query = `{ ${['a', 'b', 'c', 'd', 'e', 'f'].map((alias) => `${alias}: ${page}`).join(' ')} }`;
    const answer = await postGraphQL(server.url, { query }, { token: await tokenFor(db, writer) });

    expect(answer.status).toBe(400);
    expect(errorContract.RESPONSE_TOO_LARGE!.status).toMatch(/^400\b/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: translate('en', 'limits.responseTooLarge', { limit: limits.maxResponseBytes }),
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes },
      },
    ]);
    expect(answer.cost).toMatchObject({ requestedQueryCost: expect.any(Number) });
    // The same goals, once: well under the ceiling.
    const once = await postGraphQL(
      server.url,
      { query: `{ ${page} }` },
      { token: await tokenFor(db, writer) },
    );
    expect(once.status).toBe(200);
    expect(once.body.errors).toBeUndefined();
  });

  it('INTERNAL_SERVER_ERROR: a field the database fails arrives with 200, masked, the rest of the answer intact', async () => {
    // The gateway's database role loses the right to read one table, as a botched grant would do.
    await db.query('revoke select on capabilities from coachwork_app');
    try {
      const answer = await postGraphQL(
        server.url,
        { query: '{ viewer { name } capability(code: "DELEGATION") { name } }' },
        { token: participant },
      );
      expect(answer.status).toBe(200);
      expect(errorContract.INTERNAL_SERVER_ERROR!.status).toMatch(/^200 when one field failed/);
      expect(answer.body.data).toEqual({ viewer: { name: expect.any(String) }, capability: null });
      expect(answer.body.errors).toHaveLength(1);
      const [error] = answer.body.errors!;
      expect(error).toMatchObject({ path: ['capability'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(Object.keys(error!.extensions!)).toEqual(['code']);
      expect(error!.message).not.toMatch(/capabilit|permission|select|relation/i);
    } finally {
      await db.query('grant select on capabilities to coachwork_app');
    }
  });

  it('INTERNAL_SERVER_ERROR: a request the database fails as a whole arrives with 500, masked, no data', async () => {
    // The schema no longer has what authentication reads (as after a migration rolled back under a
    // running gateway): the request fails before any field runs. A fresh gateway, so no signing key
    // is cached yet.
    const fresh = await startGateway(db);
    await db.query('alter table organisations rename to organisations_elsewhere');
    try {
      const answer = await postGraphQL(
        fresh.url,
        { query: '{ viewer { id } }' },
        { token: participant, headers: { 'accept-language': 'fr' } },
      );
      expect(answer.status).toBe(500);
      expect(errorContract.INTERNAL_SERVER_ERROR!.status).toMatch(/500 when the whole request failed/);
      expect(answer.body).toEqual({
        errors: [
          { message: translate('fr', 'http.internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/organisations|relation/);
    } finally {
      await db.query('alter table organisations_elsewhere rename to organisations');
      await fresh.close();
    }
  });
});
