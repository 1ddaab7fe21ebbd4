/**
 * Embed tokens signed with an organisation's own private key: keys uploaded through GraphQL (JWK
 * and PEM), keys published at a JWKS URL, rotation by `kid` without a refused token, revocation,
 * and a JWKS that is refetched on an unknown `kid` but not more often than its cooldown allows.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '../config.js';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, type RunningGateway } from '../testing/harness.js';
import { HostKeys } from './host-keys.js';
import { mintToken, TokenError, verifyToken } from './tokens.js';

type Alg = 'RS256' | 'ES256' | 'EdDSA';

function keyPair(alg: Alg) {
  if (alg === 'RS256') return generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (alg === 'ES256') return generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return generateKeyPairSync('ed25519');
}

function sign(privateKey: KeyObject, alg: Alg, kid: string, org: GatewayFixture, sub = org.managerId) {
  return new SignJWT({ org: org.orgId })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setSubject(sub)
    .setAudience(tokens.audience)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

const ADD = `mutation Add($input: AddSigningKeyInput!) {
  addSigningKey(input: $input) { signingKey { id kid algorithm } userErrors { field code message } }
}`;

describe.each(testEngines())('organisation signing keys on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let gateway: RunningGateway;
  let admin: string;
  /** What the host's JWKS endpoint serves, and how often it was asked. */
  let published: object[] = [];
  let fetches = 0;
  let jwksServer: http.Server;
  let jwksUrl: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `host-keys-${engine}`);
    // The JWKS server runs on loopback over http, which only dev mode lets the gateway call.
    gateway = await startGateway(db, { dev: true });
    admin = (await mintToken(db, { personId: org.adminId })).token;
    jwksServer = http.createServer((_req, res) => {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
    await db?.close();
  });

  const whoAmI = (token: string) =>
    postGraphQL<{ viewer: { email: string } }>(gateway.url, { query: '{ viewer { email } }' }, { token });

  it.each([
    ['RS256', 'jwk'],
    ['ES256', 'pem'],
    ['EdDSA', 'jwk'],
  ] as const)('verifies %s tokens with a key uploaded as %s', async (alg, format) => {
    const { publicKey, privateKey } = keyPair(alg);
    const kid = `${alg.toLowerCase()}-${format}`;
    const publicText =
      format === 'pem'
        ? (publicKey.export({ format: 'pem', type: 'spki' }) as string)
        : JSON.stringify(publicKey.export({ format: 'jwk' }));
    const added = await postGraphQL<{ addSigningKey: { userErrors: unknown[] } }>(
      gateway.url,
      {
        query: ADD,
        variables: { input: { kid, algorithm: alg === 'EdDSA' ? 'EDDSA' : alg, publicKey: publicText } },
      },
      { token: admin },
    );
    expect(added.body.data?.addSigningKey.userErrors).toEqual([]);
    const answer = await whoAmI(await sign(privateKey, alg, kid, org));
    expect(answer.body.data?.viewer.email).toBe(org.managerEmail);
  });

  it('refuses a private key, a key of the wrong type, a kid taken and a non-admin', async () => {
    const { privateKey } = keyPair('ES256');
    const cases = [
      { kid: 'private', algorithm: 'ES256', publicKey: JSON.stringify(privateKey.export({ format: 'jwk' })) },
      {
        kid: 'wrong-type',
        algorithm: 'RS256',
        publicKey: JSON.stringify(keyPair('EdDSA').publicKey.export({ format: 'jwk' })),
      },
      {
        kid: 'rs256-jwk',
        algorithm: 'ES256',
        publicKey: JSON.stringify(keyPair('ES256').publicKey.export({ format: 'jwk' })),
      },
    ];
    const codes = [];
    for (const input of cases) {
      const answer = await postGraphQL<{
        addSigningKey: { userErrors: Array<{ code: string; message: string }> };
      }>(gateway.url, { query: ADD, variables: { input } }, { token: admin });
      codes.push(answer.body.data?.addSigningKey.userErrors[0]?.code);
    }
    expect(codes).toEqual(['INVALID', 'INVALID', 'CONFLICT']);
    const manager = (await mintToken(db, { personId: org.managerId })).token;
    const refused = await postGraphQL(
      gateway.url,
      { query: ADD, variables: { input: cases[2] } },
      { token: manager },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a token whose kid names no key, a tampered one, and one signed for another organisation', async () => {
    const { privateKey } = keyPair('EdDSA');
    const unknown = await whoAmI(await sign(privateKey, 'EdDSA', 'never-registered', org));
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.message).toMatch(/kid/);
    // A private key nobody registered, under a kid that is registered.
    const forged = await whoAmI(await sign(privateKey, 'EdDSA', 'eddsa-jwk', org));
    expect(forged.status).toBe(401);
    const other = await createGatewayFixture(db, `host-keys-other-${engine}`);
    const foreign = await whoAmI(await sign(privateKey, 'EdDSA', 'eddsa-jwk', other, other.managerId));
    expect(foreign.status).toBe(401);
  });

  it('rotates keys published at a JWKS URL without refusing a token, refetching on an unknown kid at most once per cooldown', async () => {
    const first = keyPair('ES256');
    published = [{ ...first.publicKey.export({ format: 'jwk' }), kid: 'jwks-1', alg: 'ES256', use: 'sig' }];
    const set = await postGraphQL<{ setJwksUrl: { userErrors: unknown[] } }>(
      gateway.url,
      {
        query: 'mutation($url: String) { setJwksUrl(url: $url) { userErrors { code } } }',
        variables: { url: jwksUrl },
      },
      { token: admin },
    );
    expect(set.body.data?.setJwksUrl.userErrors).toEqual([]);
    expect((await whoAmI(await sign(first.privateKey, 'ES256', 'jwks-1', org))).status).toBe(200);
    const afterFirst = fetches;

    // Rotation: the host publishes the next key beside the current one, then signs with it.
    const second = keyPair('ES256');
    published = [
      ...published,
      { ...second.publicKey.export({ format: 'jwk' }), kid: 'jwks-2', alg: 'ES256', use: 'sig' },
    ];
    // Verified directly with a clock-free cache: the unknown kid makes it fetch again at once.
    const fresh = new HostKeys(db, { dev: true });
    const token = await sign(second.privateKey, 'ES256', 'jwks-2', org);
    const verified = await verifyToken(db, token, new Date(), undefined, fresh);
    expect(verified.viewer.personId).toBe(org.managerId);
    // Still verifying with the first key meanwhile: no downtime.
    await verifyToken(db, await sign(first.privateKey, 'ES256', 'jwks-1', org), new Date(), undefined, fresh);

    // Unknown kids in a burst: the key set is fetched at most once more during the cooldown.
    const before = fetches;
    for (let i = 0; i < 5; i++) {
      const error = await verifyToken(
        db,
        await sign(first.privateKey, 'ES256', `nope-${i}`, org),
        new Date(),
        undefined,
        fresh,
      ).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(TokenError);
    }
    expect(fetches - before).toBeLessThanOrEqual(1);
    expect(afterFirst).toBeGreaterThan(0);
    fresh.close();
  });

  it('refuses tokens of a revoked key at once on this instance', async () => {
    const { publicKey, privateKey } = keyPair('RS256');
    const added = await postGraphQL<{ addSigningKey: { signingKey: { id: string } } }>(
      gateway.url,
      {
        query: ADD,
        variables: {
          input: {
            kid: 'to-revoke',
            algorithm: 'RS256',
            publicKey: JSON.stringify(publicKey.export({ format: 'jwk' })),
          },
        },
      },
      { token: admin },
    );
    const token = await sign(privateKey, 'RS256', 'to-revoke', org);
    expect((await whoAmI(token)).status).toBe(200);
    await postGraphQL(
      gateway.url,
      {
        query: 'mutation($id: ID!) { revokeSigningKey(id: $id) { revokedAt } }',
        variables: { id: added.body.data!.addSigningKey.signingKey.id },
      },
      { token: admin },
    );
    expect((await whoAmI(token)).status).toBe(401);
  });

  it('keeps HS256 tokens working beside the organisation’s own keys', async () => {
    expect((await whoAmI((await mintToken(db, { personId: org.managerId })).token)).status).toBe(200);
  });
});
