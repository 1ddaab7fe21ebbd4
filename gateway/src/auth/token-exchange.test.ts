/**
 * Token exchange (RFC 8693) against a real OpenID Connect provider running in this process
 * (oidc-provider): a person signs in there through the authorization code flow, the host exchanges
 * the ID token it got at /oauth/token, and the embed token it receives queries the gateway. Then the
 * ID tokens that must be refused: expired, from a foreign issuer, for another audience, tampered
 * with, and for someone who is not a person of the organisation.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import { exportJWK, SignJWT, decodeJwt, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { listenOnLoopback } from '../testing/loopback.js';
import { postGraphQL, startGateway, type RunningGateway } from '../testing/harness.js';
import { ID_TOKEN_TYPE, JWT_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT } from './token-exchange.js';

const CLIENT_ID = 'coachwork-host';
const CLIENT_SECRET = 'host-client-secret-for-the-test-provider';
const REDIRECT = 'https://host.example/callback';

interface IdentityProvider {
  issuer: string;
  /** The provider's private signing key, to forge tokens the provider would have issued (expiry). */
  key: JWK;
  close(): Promise<void>;
  /** Signs `login` in through the authorization code flow and returns the ID token the host receives. */
  signIn(login: string): Promise<string>;
  /** Requests for the discovery document and the key set, the calls the gateway makes. */
  readonly gatewayCalls: number;
}

/** Accounts of the provider: the login is the subject; e-mail claims as the test needs them. */
const accounts = new Map<string, { email: string; email_verified: boolean }>();

async function startProvider(): Promise<IdentityProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = { ...(await exportJWK(privateKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
  const server = http.createServer();
  const listening = await listenOnLoopback(server);
  const issuer = listening.origin;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [key] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // The scope's claims go into the ID token itself, as a host that reads no userinfo needs them.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...(accounts.get(sub) ?? {}) }),
    }),
    // The person already consented to the host: no consent screen in the flow.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', (_ctx, error) => console.error(error));
  let gatewayCalls = 0;
  server.on('request', (req: http.IncomingMessage) => {
    if (/openid-configuration|jwks/.test(req.url ?? '')) gatewayCalls += 1;
  });
  server.on('request', provider.callback());

  async function signIn(login: string): Promise<string> {
    const cookies = new Map<string, string>();
    const remember = (response: Response) => {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair!.indexOf('=');
        cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
    };
    const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const go = async (url: string, init: RequestInit = {}): Promise<Response> => {
      const response = await fetch(new URL(url, issuer), {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() },
      });
      remember(response);
      return response;
    };
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const authorize = new URL('/auth', issuer);
    authorize.search = new URLSearchParams({
      client_id: CLIENT_ID,
      response_type: 'code',
      scope: 'openid email',
      redirect_uri: REDIRECT,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      nonce: randomBytes(8).toString('hex'),
    }).toString();
    let response = await go(authorize.toString());
    let location = response.headers.get('location')!;
    // The provider's built-in login page (devInteractions) accepts any login.
    response = await go(location);
    const uid = /\/interaction\/([^/?]+)/.exec(location)![1]!;
    response = await go(`/interaction/${uid}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    location = response.headers.get('location') ?? '';
    for (let hop = 0; hop < 5 && !location.startsWith(REDIRECT); hop++) {
      response = await go(location);
      location = response.headers.get('location') ?? '';
    }
    const code = new URL(location).searchParams.get('code');
    if (!code) throw new Error(`no code in ${location}`);
    const tokens = await fetch(new URL('/token', issuer), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      }).toString(),
    });
    const body = (await tokens.json()) as { id_token?: string };
    if (!body.id_token) throw new Error(`no ID token: ${JSON.stringify(body)}`);
    return body.id_token;
  }

  return {
    issuer,
    key,
    signIn,
    get gatewayCalls() {
      return gatewayCalls;
    },
    close: listening.close,
  };
}

async function exchange(url: string, subjectToken: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: TOKEN_EXCHANGE_GRANT,
      subject_token: subjectToken,
      subject_token_type: ID_TOKEN_TYPE,
      ...extra,
    }).toString(),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe.each(testEngines())('token exchange of ID tokens on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let idp: IdentityProvider;
  let gateway: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `exchange-${engine}`);
    idp = await startProvider();
    await db.query(
      `insert into organisation_identity (org_id, oidc_issuer, oidc_audience, match_verified_email)
       values ($1, $2, $3, true)`,
      [org.orgId, idp.issuer, CLIENT_ID],
    );
    // The provider runs on loopback over http, which only dev mode lets the gateway call.
    gateway = await startGateway(db, { dev: true });
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.close();
    await idp?.close();
    await db?.close();
  });

  it('exchanges a real ID token for an embed token that queries the gateway, and links the person by subject', async () => {
    accounts.set('idp-user-manager', { email: org.managerEmail.toUpperCase(), email_verified: true });
    const idToken = await idp.signIn('idp-user-manager');
    const answer = await exchange(gateway.url, idToken);
    expect(answer.body.error_description).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe('no-store');
    expect(answer.body).toMatchObject({ issued_token_type: JWT_TOKEN_TYPE, token_type: 'Bearer' });
    expect(answer.body.expires_in).toBeGreaterThan(0);
    expect(answer.body.expires_in).toBeLessThanOrEqual(600);
    const embed = String(answer.body.access_token);
    expect(decodeJwt(embed)).toMatchObject({ sub: org.managerId, org: org.orgId });

    const viewer = await postGraphQL<{ viewer: { email: string } }>(
      gateway.url,
      { query: '{ viewer { email } }' },
      { token: embed },
    );
    expect(viewer.body.data?.viewer.email).toBe(org.managerEmail);

    // Linked once: a later address change at the provider still signs the same person in.
    const [link] = await db.query<{ person_id: string }>(
      'select person_id from person_identity_links where org_id = $1 and subject = $2',
      [org.orgId, 'idp-user-manager'],
    );
    expect(link?.person_id).toBe(org.managerId);
    accounts.set('idp-user-manager', { email: 'renamed@elsewhere.example', email_verified: true });
    const again = await exchange(gateway.url, await idp.signIn('idp-user-manager'));
    expect(decodeJwt(String(again.body.access_token)).sub).toBe(org.managerId);
  });

  it('refuses someone the organisation does not know, and an unverified e-mail address', async () => {
    accounts.set('idp-stranger', { email: 'stranger@nowhere.example', email_verified: true });
    const stranger = await exchange(gateway.url, await idp.signIn('idp-stranger'));
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toBe('invalid_grant');
    expect(stranger.body.error_description).toMatch(/not linked/);

    accounts.set('idp-unverified', { email: org.adminEmail, email_verified: false });
    const unverified = await exchange(gateway.url, await idp.signIn('idp-unverified'));
    expect(unverified.body.error).toBe('invalid_grant');
  });

  it('outside dev mode never calls an identity provider on a loopback address, whatever was saved', async () => {
    accounts.set('idp-user-manager', { email: org.managerEmail, email_verified: true });
    const idToken = await idp.signIn('idp-user-manager');
    const production = await startGateway(db);
    try {
      const before = idp.gatewayCalls;
      const answer = await exchange(production.url, idToken);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        error: 'invalid_grant',
        error_description: "The identity provider's discovery document or keys could not be read.",
      });
      expect(idp.gatewayCalls).toBe(before);
    } finally {
      await production.close();
    }
  });

  it('refuses an expired ID token signed by the provider', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ email: org.adminEmail, email_verified: true })
      .setProtectedHeader({ alg: 'RS256', kid: idp.key.kid! })
      .setIssuer(idp.issuer)
      .setAudience(CLIENT_ID)
      .setSubject('idp-user-manager')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(await importPrivate(idp.key));
    const answer = await exchange(gateway.url, expired);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'invalid_grant', error_description: 'The ID token has expired.' });
  });

  it('refuses a foreign issuer, a wrong audience and a tampered signature', async () => {
    const idToken = await idp.signIn('idp-user-manager');
    const now = Math.floor(Date.now() / 1000);
    const signed = async (issuer: string, audience: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: idp.key.kid! })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject('idp-user-manager')
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(await importPrivate(idp.key));

    const foreign = await exchange(gateway.url, await signed('https://idp.attacker.example', CLIENT_ID));
    expect(foreign.body.error).toBe('invalid_grant');
    expect(foreign.body.error_description).toMatch(/issuer/);

    const wrongAudience = await exchange(gateway.url, await signed(idp.issuer, 'some-other-client'));
    expect(wrongAudience.body.error).toBe('invalid_grant');
    expect(wrongAudience.body.error_description).toMatch(/not issued to a client/);

    const [header, payload, signature] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'idp-someone-else' })).toString('base64url');
    const tampered = await exchange(gateway.url, `${header}.${forged}.${signature}`);
    expect(tampered.body).toEqual({
      error: 'invalid_grant',
      error_description: 'The ID token signature does not verify.',
    });
  });

  it('answers malformed requests per RFC 6749 §5.2', async () => {
    const idToken = await idp.signIn('idp-user-manager');
    const wrongType = await exchange(gateway.url, idToken, {
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    });
    expect(wrongType).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const notJwt = await exchange(gateway.url, 'not-a-token');
    expect(notJwt.body.error).toBe('invalid_request');
    const grant = await fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=a&password=b',
    });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const json = await fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });
});

async function importPrivate(jwk: JWK) {
  const { importJWK } = await import('jose');
  return importJWK(jwk, 'RS256');
}
