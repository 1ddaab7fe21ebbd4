/**
 * The HTTP surface around GraphQL: request ids, health, GraphiQL from npm,
 * CORS per organisation, dev-only routes, and masking of internal errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, wrapTenantStatements } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

describe.each(testEngines())('HTTP routes on %s', (engine) => {
  let db: Database;
  let a: GatewayFixture;
  let b: GatewayFixture;
  let prod: RunningGateway;
  let dev: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    a = await createGatewayFixture(db, 'http-a');
    b = await createGatewayFixture(db, 'http-b');
    prod = await startGateway(db);
    dev = await startGateway(db, { dev: true });
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.close();
    await db?.close();
  });

  it('echoes a valid x-request-id and generates one otherwise', async () => {
    const echoed = await fetch(`${prod.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${prod.url}/healthz`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks every GraphQL answer as personal: no cache may store it', async () => {
    const answered = await postGraphQL(
      prod.url,
      { query: '{ viewer { id } }' },
      {
        token: await tokenFor(db, a.managerId),
      },
    );
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await postGraphQL(prod.url, { query: '{ viewer { id } }' }, {});
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${prod.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${prod.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', engine });
  });

  it('serves GraphiQL and its assets from the gateway itself', async () => {
    const page = await fetch(`${prod.url}/graphiql`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.every((asset) => asset.startsWith('/graphiql/assets/'))).toBe(true);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      const response = await fetch(`${prod.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it('answers preflights only for origins some organisation allows', async () => {
    const preflight = (origin: string) =>
      fetch(`${prod.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight(a.origin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(a.origin);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    // localhost is allowed only in dev mode.
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBeNull();
    const devPreflight = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(devPreflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('holds a request with a token to its own organisation’s origins', async () => {
    const token = await tokenFor(db, a.managerId);
    const own = await postGraphQL(
      running(),
      { query: '{ viewer { name } }' },
      { token, headers: { origin: a.origin } },
    );
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(a.origin);
    const foreign = await postGraphQL(
      running(),
      { query: '{ viewer { name } }' },
      { token, headers: { origin: b.origin } },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('lets an allowed origin read a refused token, so a widget can show "signed out"', async () => {
    const refused = await postGraphQL(
      running(),
      { query: '{ viewer { name } }' },
      { token: 'not-a-jwt', headers: { origin: a.origin } },
    );
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(a.origin);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const stranger = await postGraphQL(
      running(),
      { query: '{ viewer { name } }' },
      { token: 'not-a-jwt', headers: { origin: 'https://evil.example' } },
    );
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
  const running = () => prod.url;

  it('mounts /dev routes only in dev mode', async () => {
    const body = JSON.stringify({ email: a.managerEmail });
    const prodToken = await fetch(`${prod.url}/dev/token`, { method: 'POST', body });
    expect(prodToken.status).toBe(404);
    expect((await fetch(`${prod.url}/dev/people`)).status).toBe(404);

    const minted = await fetch(`${dev.url}/dev/token`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(minted.status).toBe(200);
    const json = (await minted.json()) as {
      token: string;
      expiresAt: string;
      person: { name: string; roles: string[]; locale: string };
      organisation: { name: string };
    };
    expect(json.person).toMatchObject({ name: 'Manager 0001', roles: ['MANAGER', 'PARTICIPANT'] });
    expect(json.organisation.name).toBe('Org http-a');
    const viewer = await postGraphQL(dev.url, { query: '{ viewer { name } }' }, { token: json.token });
    expect(viewer.body).toEqual({ data: { viewer: { name: 'Manager 0001' } } });

    // The locale claim: the person's own, another, or none (as a host's backend may mint it).
    const claims = async (extra: Record<string, unknown>) => {
      const response = await fetch(`${dev.url}/dev/token`, {
        method: 'POST',
        body: JSON.stringify({ email: a.managerEmail, ...extra }),
      });
      const { token } = (await response.json()) as { token: string };
      return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { locale?: string };
    };
    expect((await claims({})).locale).toBe(json.person.locale);
    expect((await claims({ locale: 'de' })).locale).toBe('de');
    expect(await claims({ locale: null })).not.toHaveProperty('locale');
    const badLocale = await fetch(`${dev.url}/dev/token`, { method: 'POST', body: '{"locale": 5}' });
    expect(badLocale.status).toBe(400);
    expect(((await badLocale.json()) as { error: string }).error).toMatch(/`locale` must be/);

    const people = await fetch(`${dev.url}/dev/people?org=http-b&role=COACH`);
    expect(await people.json()).toMatchObject({
      people: [{ name: 'Cleo Coach', roles: ['COACH'], organisation: { slug: 'http-b' } }],
    });
    expect(
      (await fetch(`${dev.url}/dev/token`, { method: 'POST', body: '{"email":"nobody@nowhere.example"}' }))
        .status,
    ).toBe(404);
  });

  it('masks internal errors in production and shows them in dev', async () => {
    // A database that fails one statement the way a broken query would, leaking SQL in its message.
    const failing = wrapTenantStatements(db, (tx) => ({
      query: (sql, params) =>
        sql.includes('from capabilities')
          ? Promise.reject(
              new Error('relation "capabilitiez" does not exist: select secret_column from capabilities'),
            )
          : tx.query(sql, params),
    }));
    const query = { query: '{ viewer { name } capabilities { totalCount } }' };
    const production = await startGateway(failing);
    const development = await startGateway(failing, { dev: true });
    try {
      const token = await tokenFor(db, a.managerId);
      const masked = await postGraphQL(production.url, query, { token });
      expect(masked.body.data).toBeNull();
      expect(masked.body.errors).toHaveLength(1);
      const [error] = masked.body.errors!;
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error?.message).not.toMatch(/capabilit|select|relation/i);
      expect(JSON.stringify(masked.body)).not.toMatch(/stacktrace|secret_column/);

      const shown = await postGraphQL(development.url, query, { token });
      expect(shown.body.errors?.[0]?.message).toMatch(/capabilitiez/);
      expect(shown.body.errors?.[0]?.extensions?.stacktrace).toBeDefined();
    } finally {
      await production.close();
      await development.close();
    }
  });
});
