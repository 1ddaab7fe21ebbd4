/**
 * The outbound screen as identity providers and JWKS URLs meet it: every resolved address is
 * checked on every fetch (a name that turns private after it was saved is refused without a
 * connection), the connection goes to the checked address, redirects are not followed, and dev
 * mode lets a provider on the developer's machine through. Also the save-time screen of the
 * issuer and JWKS URL mutations.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostKeys } from '../auth/host-keys.js';
import { mintToken } from '../auth/tokens.js';
import { IdentityProviders } from '../auth/token-exchange.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, type RunningGateway } from '../testing/harness.js';
import { DestinationRefused, screenedFetch, type Resolver } from './destination.js';

let server: http.Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.headers.host} ${req.url}`);
    if (req.url === '/moved') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ issuer: `http://idp.test:${port}`, jwks_uri: `http://idp.test:${port}/jwks` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A name server under the test's control: each name answers what the test says at that moment. */
function resolverOf(answers: Record<string, string[]>): Resolver {
  return async (hostname) =>
    (answers[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

describe('screened fetch', () => {
  it('refuses a name resolving to loopback, link-local metadata, private or mixed addresses, without connecting', async () => {
    const before = seen.length;
    for (const addresses of [
      ['127.0.0.1'],
      ['169.254.169.254'],
      ['10.1.2.3'],
      ['93.184.216.34', '192.168.0.7'],
      ['::1'],
      ['::ffff:127.0.0.1'],
    ]) {
      const fetchIt = screenedFetch({ dev: false, resolve: resolverOf({ 'idp.example.com': addresses }) });
      const error = await fetchIt('https://idp.example.com/.well-known/openid-configuration').catch(
        (thrown: unknown) => thrown,
      );
      expect(error, addresses.join(',')).toBeInstanceOf(DestinationRefused);
      expect((error as DestinationRefused).problem).toBe('PRIVATE_ADDRESS');
    }
    const plain = await screenedFetch({ dev: false })(`http://127.0.0.1:${port}/x`).catch(
      (thrown: unknown) => thrown,
    );
    expect((plain as DestinationRefused).problem).toBe('NOT_HTTPS');
    expect(seen.length).toBe(before);
  });

  it('connects to the address it checked, not to what the name resolves to later, and follows no redirect', async () => {
    const answers: Record<string, string[]> = { 'idp.test': ['127.0.0.1'] };
    const fetchIt = screenedFetch({ dev: true, resolve: resolverOf(answers) });
    const response = await fetchIt(`http://idp.test:${port}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { issuer: string }).issuer).toBe(`http://idp.test:${port}`);
    expect(seen.at(-1)).toBe(`idp.test:${port} /.well-known/openid-configuration`);

    const moved = await fetchIt(`http://idp.test:${port}/moved`);
    expect(moved.status).toBe(302);
    expect(seen.at(-1)).toBe(`idp.test:${port} /moved`);
  });
});

describe('identity providers through the screen', () => {
  it('refuses at fetch time an issuer whose name has turned private since it was saved (DNS rebinding)', async () => {
    const answers: Record<string, string[]> = { 'idp.example.com': ['127.0.0.1'] };
    const providers = new IdentityProviders({ dev: false, resolve: resolverOf(answers) });
    const before = seen.length;
    await expect(providers.keys('https://idp.example.com')).rejects.toBeInstanceOf(DestinationRefused);
    expect(seen.length).toBe(before);
  });

  it('in dev mode reads the discovery document and screens the jwks_uri it names on its own fetch', async () => {
    const providers = new IdentityProviders({
      dev: true,
      resolve: resolverOf({ 'idp.test': ['127.0.0.1'] }),
    });
    const before = seen.length;
    await providers.keys(`http://idp.test:${port}`);
    expect(seen.slice(before)).toEqual([`idp.test:${port} /.well-known/openid-configuration`]);
  });
});

describe.each(testEngines())('identity provider and JWKS URLs on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let production: RunningGateway;
  let dev: RunningGateway;
  let admin: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `outbound-${engine}`);
    production = await startGateway(db);
    dev = await startGateway(db, { dev: true });
    admin = (await mintToken(db, { personId: org.adminId })).token;
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await production?.close();
    await dev?.close();
    await db?.close();
  });

  const SET_IDP = `mutation($input: IdentityProviderInput) {
    setIdentityProvider(input: $input) { userErrors { field code message } }
  }`;
  const SET_JWKS = 'mutation($url: String) { setJwksUrl(url: $url) { userErrors { field code message } } }';

  async function setIssuer(gateway: RunningGateway, issuer: string) {
    const answer = await postGraphQL<{
      setIdentityProvider: { userErrors: Array<{ field: string[]; code: string }> };
    }>(gateway.url, { query: SET_IDP, variables: { input: { issuer, audience: 'host' } } }, { token: admin });
    return answer.body.data!.setIdentityProvider.userErrors;
  }

  it('refuses private, loopback, link-local and metadata issuers outside dev mode, and allows them in it', async () => {
    for (const issuer of [
      'https://127.0.0.1',
      'https://localhost:8443',
      'https://169.254.169.254',
      'https://10.0.0.5/realms/acme',
      'https://[::1]',
      'https://[fe80::1]',
    ]) {
      expect(await setIssuer(production, issuer), issuer).toEqual([
        expect.objectContaining({ field: ['issuer'], code: 'UNSUPPORTED' }),
      ]);
    }
    expect(await setIssuer(production, `http://127.0.0.1:${port}`)).toEqual([
      expect.objectContaining({ field: ['issuer'], code: 'INVALID' }),
    ]);
    const [stored] = await db.query<{ oidc_issuer: string | null }>(
      'select oidc_issuer from organisation_identity where org_id = $1',
      [org.orgId],
    );
    expect(stored?.oidc_issuer ?? null).toBeNull();
    expect(await setIssuer(dev, `http://127.0.0.1:${port}`)).toEqual([]);
  });

  it('refuses a JWKS URL on a private address outside dev mode, and never fetches one saved before', async () => {
    const refused = await postGraphQL<{ setJwksUrl: { userErrors: Array<{ code: string }> } }>(
      production.url,
      { query: SET_JWKS, variables: { url: 'https://169.254.169.254/jwks.json' } },
      { token: admin },
    );
    expect(refused.body.data?.setJwksUrl.userErrors).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED' }),
    ]);

    // Saved in dev mode (or before the screen existed): a production gateway still will not fetch it.
    await db.query(
      `insert into organisation_identity (org_id, jwks_url) values ($1, $2)
       on conflict (org_id) do update set jwks_url = excluded.jwks_url`,
      [org.orgId, `http://127.0.0.1:${port}/jwks`],
    );
    const keys = new HostKeys(db, { dev: false });
    const before = seen.length;
    const resolve = keys.resolver(org.orgId);
    await expect(
      resolve({ alg: 'ES256', kid: 'k1' }, { payload: '', signature: '' } as never),
    ).rejects.toBeTruthy();
    expect(seen.length).toBe(before);
    keys.close();
  });
});
