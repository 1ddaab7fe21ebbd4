/**
 * Embed tokens: every way a token can be wrong ends in UNAUTHENTICATED, HTTP
 * 401, and a message that says which way it was wrong.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, TokenError } from '../auth/tokens.js';
import { tokens } from '../config.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

const viewerQuery = { query: '{ viewer { name roles } }' };

function sign(secret: string, claims: Record<string, unknown>, header: { kid?: string; alg?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', ...header })
    .setIssuedAt(now)
    .setAudience(tokens.audience)
    .setExpirationTime(typeof claims.exp === 'number' ? claims.exp : now + 600)
    .sign(new TextEncoder().encode(secret));
}

describe.each(testEngines())('embed tokens on %s', (engine) => {
  let db: Database;
  let a: GatewayFixture;
  let b: GatewayFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    a = await createGatewayFixture(db, 'tok-a');
    b = await createGatewayFixture(db, 'tok-b');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  async function expectRefused(token: string, message: RegExp) {
    const res = await postGraphQL(running.url, viewerQuery, { token });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      { message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  }

  it('accepts a minted token and answers as its person', async () => {
    const res = await postGraphQL(running.url, viewerQuery, { token: await tokenFor(db, a.managerId) });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ viewer: { name: 'Manager 0001', roles: ['MANAGER', 'PARTICIPANT'] } });
  });

  it('refuses an expired token', async () => {
    const past = new Date(Date.now() - 60 * 60 * 1000);
    const { token } = await mintToken(db, { personId: a.managerId }, { ttlSeconds: 60, now: past });
    await expectRefused(token, /^The embed token expired at .*; ask the token provider for a new one\.$/);
  });

  it('refuses a malformed token', async () => {
    await expectRefused('not-a-jwt', /malformed/);
    await expectRefused('eyJhbGciOiJIUzI1NiJ9.e30.', /malformed|kid/);
  });

  it('refuses a token signed with the wrong key', async () => {
    const token = await sign(
      'a-secret-that-is-not-the-organisations-key',
      { org: a.orgId, sub: a.managerId },
      { kid: a.orgId },
    );
    await expectRefused(token, /signature does not match/);
  });

  it('refuses a token signed by one organisation that claims another', async () => {
    // Org B's key, org B's kid, but claiming org A and A's person: the signature is B's, so the org claim lies.
    const claimsOtherOrg = await sign(b.secret, { org: a.orgId, sub: a.managerId }, { kid: b.orgId });
    await expectRefused(claimsOtherOrg, /`org` claim does not match/);
    // Org B's key presented as org A's (kid = A): the signature cannot verify with A's key.
    const borrowedKid = await sign(b.secret, { org: a.orgId, sub: a.managerId }, { kid: a.orgId });
    await expectRefused(borrowedKid, /signature does not match/);
  });

  it('refuses a correctly signed token for a person of another organisation', async () => {
    const token = await sign(a.secret, { org: a.orgId, sub: b.managerId }, { kid: a.orgId });
    await expectRefused(token, /not a person of its organisation/);
  });

  it('refuses a token naming an unknown organisation as it refuses a bad signature', async () => {
    const token = await sign(
      a.secret,
      { org: a.orgId, sub: a.managerId },
      { kid: '00000000-0000-4000-8000-000000000000' },
    );
    await expectRefused(token, /signature/);
  });

  it('refuses an Authorization header that is not a Bearer token', async () => {
    const res = await postGraphQL(running.url, viewerQuery, {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('asks for a token when none is sent and the query needs one', async () => {
    const res = await postGraphQL(running.url, viewerQuery);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Bearer/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('lets a host narrow the roles in a token but never widen them', async () => {
    const narrowed = await sign(
      a.secret,
      { org: a.orgId, sub: a.managerId, roles: ['PARTICIPANT', 'ORG_ADMIN'] },
      { kid: a.orgId },
    );
    const res = await postGraphQL(running.url, viewerQuery, { token: narrowed });
    expect(res.body.data).toEqual({ viewer: { name: 'Manager 0001', roles: ['PARTICIPANT'] } });
  });

  it('mints with a default lifetime of 15 minutes and refuses silly lifetimes', async () => {
    const minted = await mintToken(db, { email: a.managerEmail });
    const lifetime = minted.expiresAt.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(14 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60 * 1000);
    await expect(mintToken(db, { email: a.managerEmail }, { ttlSeconds: 0 })).rejects.toThrow(TokenError);
    await expect(mintToken(db, { email: a.managerEmail }, { ttlSeconds: 7 * 24 * 3600 })).rejects.toThrow(
      TokenError,
    );
  });
});
