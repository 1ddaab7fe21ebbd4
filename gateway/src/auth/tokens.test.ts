/**
 * What an embed token must carry and how long it may live: the checks that keep
 * a leaked or hand-made token from being a skeleton key.
 */
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '../config.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { mintToken, TokenError, verifyToken } from './tokens.js';

const encoder = new TextEncoder();

interface Signed {
  secret: string;
  kid: string;
  claims: Record<string, unknown>;
  /** Defaults to now; null leaves `iat` out. */
  iat?: number | null;
  /** Defaults to iat + 10 minutes. */
  exp?: number;
  /** Defaults to the gateway's audience; null leaves `aud` out. */
  aud?: string | null;
}

function sign({ secret, kid, claims, iat, exp, aud }: Signed): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const issuedAt = iat === undefined ? now : iat;
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', kid })
    .setExpirationTime(exp ?? (issuedAt ?? now) + 600);
  if (issuedAt !== null) jwt.setIssuedAt(issuedAt);
  const audience = aud === undefined ? tokens.audience : aud;
  if (audience !== null) jwt.setAudience(audience);
  return jwt.sign(encoder.encode(secret));
}

async function refusal(db: Database, token: string): Promise<TokenError> {
  const error = await verifyToken(db, token).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TokenError);
  return error as TokenError;
}

describe.each(testEngines())('embed token checks on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'tok-checks');
  });
  afterAll(async () => {
    await db?.close();
  });

  const forManager = (extra: Record<string, unknown> = {}) => ({
    org: org.orgId,
    sub: org.managerId,
    ...extra,
  });

  it('mints tokens with the gateway audience, an iat and the default lifetime', async () => {
    const minted = await mintToken(db, { personId: org.managerId });
    const [, payload] = minted.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims.aud).toBe(tokens.audience);
    expect(claims.exp).toBe((claims.iat as number) + tokens.defaultTtlSeconds);
    await expect(verifyToken(db, minted.token)).resolves.toMatchObject({
      viewer: { orgId: org.orgId, personId: org.managerId },
    });
  });

  it('refuses a token that lives longer than the maximum lifetime (exp in 2099)', async () => {
    const exp = Math.floor(Date.UTC(2099, 0, 1) / 1000);
    const error = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), exp }),
    );
    expect(error.localised?.key).toBe('auth.tokenLifetime');
  });

  it('refuses a token issued longer ago than the maximum lifetime, whatever its exp', async () => {
    const now = Math.floor(Date.now() / 1000);
    const iat = now - tokens.maxTtlSeconds - 3600;
    const error = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), iat, exp: now + 60 }),
    );
    expect(error.localised?.key).toBe('auth.tokenLifetime');
  });

  it('accepts a token at exactly the maximum lifetime', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const token = await sign({
      secret: org.secret,
      kid: org.orgId,
      claims: forManager(),
      iat,
      exp: iat + tokens.maxTtlSeconds,
    });
    await expect(verifyToken(db, token)).resolves.toBeTruthy();
  });

  it('requires iat', async () => {
    const error = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), iat: null }),
    );
    expect(error.localised).toEqual({ key: 'auth.tokenClaim', values: { claim: 'iat', reason: 'missing' } });
  });

  it('refuses a token issued in the future', async () => {
    const iat = Math.floor(Date.now() / 1000) + 3600;
    const error = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), iat }),
    );
    expect(error.localised?.key).toBe('auth.tokenClaim');
  });

  it('requires the gateway audience', async () => {
    const missing = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), aud: null }),
    );
    expect(missing.localised).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'aud', reason: 'missing' },
    });
    const other = await refusal(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager(), aud: 'some-other-api' }),
    );
    expect(other.localised?.values).toMatchObject({ claim: 'aud' });
  });

  it.each([
    ['a string', 'ORG_ADMIN'],
    ['an object', { ORG_ADMIN: true }],
    ['null', null],
    ['an array with a non-string', ['MANAGER', 7]],
  ])('treats a roles claim that is %s as no roles, never as all stored roles', async (_, roles) => {
    const token = await sign({ secret: org.secret, kid: org.orgId, claims: forManager({ roles }) });
    const verified = await verifyToken(db, token);
    expect(verified.viewer.roles).toEqual([]);
  });

  it('without a roles claim keeps the person’s own roles, and a list narrows them', async () => {
    const plain = await verifyToken(
      db,
      await sign({ secret: org.secret, kid: org.orgId, claims: forManager() }),
    );
    expect([...plain.viewer.roles].sort()).toEqual(['MANAGER', 'PARTICIPANT']);
    const narrowed = await verifyToken(
      db,
      await sign({
        secret: org.secret,
        kid: org.orgId,
        claims: forManager({ roles: ['PARTICIPANT', 'ORG_ADMIN'] }),
      }),
    );
    expect(narrowed.viewer.roles).toEqual(['PARTICIPANT']);
  });

  it('answers an unknown organisation exactly as a bad signature, so organisations cannot be enumerated', async () => {
    const unknownKid = '00000000-0000-4000-8000-000000000000';
    const unknown = await refusal(
      db,
      await sign({ secret: org.secret, kid: unknownKid, claims: forManager({ org: unknownKid }) }),
    );
    const badSignature = await refusal(
      db,
      await sign({
        secret: 'a-secret-that-is-not-the-organisations-key',
        kid: org.orgId,
        claims: forManager(),
      }),
    );
    expect(unknown.message).toBe(badSignature.message);
    expect(unknown.localised).toEqual(badSignature.localised);
  });

  /** Reads the organisation's signing secrets now; the function returned writes them back. */
  async function secretsKept(orgId: string): Promise<() => Promise<void>> {
    const [saved] = await db.query<{ current: string; previous: string | null; rotated_at: Date | null }>(
      `select embed_signing_secret as current, embed_signing_secret_previous as previous,
              embed_signing_secret_rotated_at as rotated_at
       from organisations where id = $1`,
      [orgId],
    );
    return async () => {
      await db.query(
        `update organisations set embed_signing_secret = $2, embed_signing_secret_previous = $3,
                embed_signing_secret_rotated_at = $4
         where id = $1`,
        [orgId, saved!.current, saved!.previous, saved!.rotated_at],
      );
    };
  }

  describe('the previous signing secret after a rotation', () => {
    let rotated: GatewayFixture;
    const previous = `previous-secret-${'p'.repeat(40)}`;

    let restoreSecrets: () => Promise<void>;

    beforeAll(async () => {
      rotated = await createGatewayFixture(db, 'tok-rotated');
      restoreSecrets = await secretsKept(rotated.orgId);
    });
    // Each test rotates as it needs; the organisation's secrets are put back after each.
    afterEach(() => restoreSecrets());

    async function rotatedHoursAgo(hours: number): Promise<void> {
      await db.query(
        `update organisations set embed_signing_secret_previous = $2,
                embed_signing_secret_rotated_at = now() - make_interval(hours => $3)
         where id = $1`,
        [rotated.orgId, previous, hours],
      );
    }
    const signedWithPrevious = () =>
      sign({ secret: previous, kid: rotated.orgId, claims: { org: rotated.orgId, sub: rotated.managerId } });

    it('is accepted during the grace period', async () => {
      await rotatedHoursAgo(1);
      await expect(verifyToken(db, await signedWithPrevious())).resolves.toMatchObject({
        viewer: { personId: rotated.managerId },
      });
    });

    it('is refused once the grace period is over, as any bad signature', async () => {
      await rotatedHoursAgo(tokens.previousSecretGraceSeconds / 3600 + 1);
      const error = await refusal(db, await signedWithPrevious());
      expect(error.localised?.key).toBe('auth.tokenSignature');
    });

    it('is stamped with the time of rotation whenever the secret changes', async () => {
      await db.query(
        `update organisations set embed_signing_secret_previous = embed_signing_secret, embed_signing_secret = $2
         where id = $1`,
        [rotated.orgId, `next-secret-${'n'.repeat(40)}`],
      );
      const [row] = await db.query<{ recent: boolean }>(
        `select embed_signing_secret_rotated_at > now() - interval '1 minute' as recent
         from organisations where id = $1`,
        [rotated.orgId],
      );
      expect(row?.recent).toBe(true);
    });
  });
  describe('a token verified before (remembered to skip the HMAC)', () => {
    let remembered: GatewayFixture;

    let restoreSecrets: () => Promise<void>;

    beforeAll(async () => {
      remembered = await createGatewayFixture(db, 'tok-remembered');
      restoreSecrets = await secretsKept(remembered.orgId);
    });
    afterEach(() => restoreSecrets());

    it('is refused once it expires, as a token never seen', async () => {
      const minted = await mintToken(db, { personId: remembered.managerId });
      await expect(verifyToken(db, minted.token)).resolves.toMatchObject({
        viewer: { personId: remembered.managerId },
      });
      const later = new Date(minted.expiresAt.getTime() + (tokens.clockToleranceSeconds + 1) * 1000);
      const error = await verifyToken(db, minted.token, later).then(
        () => null,
        (thrown: unknown) => thrown as TokenError,
      );
      expect(error?.localised?.key).toBe('auth.tokenExpired');
    });

    it('is refused once its secret is replaced without a grace period', async () => {
      const minted = await mintToken(db, { personId: remembered.managerId });
      await expect(verifyToken(db, minted.token)).resolves.toBeDefined();
      await db.query(
        `update organisations set embed_signing_secret = $2, embed_signing_secret_previous = null
         where id = $1`,
        [remembered.orgId, `replaced-secret-${'r'.repeat(40)}`],
      );
      const error = await refusal(db, minted.token);
      expect(error.localised?.key).toBe('auth.tokenSignature');
    });
  });
});
