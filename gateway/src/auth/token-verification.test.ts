/**
 * Token verification from plain inputs: tokens signed here, a directory and host keys that answer
 * from memory, a fixed clock. tokens.test.ts and host-keys.test.ts check the same rules against a
 * real database; these pin every refusal to its reason and run in a second, so that each line of
 * the verification can be changed and seen to break a test (`pnpm mutation tokens`).
 */
import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  UnsecuredJWT,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWTVerifyGetKey,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '../config.js';
import type { Database } from '../db/types.js';
import type { Role } from '../generated/resolvers.js';
import type { CallerDirectory, SigningKeys } from './caller-directory.js';
import type { HostKeys } from './host-keys.js';
import { hostKeysOf, roles, TokenError, verifyToken, type VerifiedToken } from './tokens.js';

type Key = Parameters<SignJWT['sign']>[0];
type Pair = Awaited<ReturnType<typeof generateKeyPair>>;

const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const PERSON = randomUUID();
const SECRET = `current-secret-${'c'.repeat(32)}`;
const PREVIOUS = `previous-secret-${'p'.repeat(32)}`;
const NOW = new Date('2026-03-01T12:00:00Z');
const T = NOW.getTime() / 1000;
const TOL = tokens.clockToleranceSeconds;
const MAX = tokens.maxTtlSeconds;
const GRACE = tokens.previousSecretGraceSeconds;
const at = (seconds: number) => new Date(seconds * 1000);
const db = {} as Database;
const encoder = new TextEncoder();

const keysOf = (fields: Partial<SigningKeys> = {}): SigningKeys => ({
  id: ORG,
  secret: SECRET,
  previousSecret: null,
  rotatedAt: null,
  locales: ['en', 'fr'],
  ...fields,
});

interface DirectoryOptions {
  keys?: SigningKeys | undefined;
  /** What asking the database again answers; the same keys when left out. */
  rechecked?: SigningKeys | undefined;
  people?: Record<string, Role[]>;
}

function directoryOf(options: DirectoryOptions = {}) {
  const keys = 'keys' in options ? options.keys : keysOf();
  const people = options.people ?? { [PERSON]: ['PARTICIPANT', 'MANAGER'] };
  const calls: [string, string | null, boolean][] = [];
  const directory: CallerDirectory = {
    async keys(orgId, personId, recheck = false) {
      calls.push([orgId, personId, recheck]);
      const answer = recheck && 'rechecked' in options ? options.rechecked : keys;
      return answer?.id === orgId ? answer : undefined;
    },
    async identity(orgId, personId) {
      return orgId === ORG && people[personId] ? { roles: people[personId] } : null;
    },
  };
  return { directory, calls };
}

/** Host keys that know ORG's key (or answer with `error`), and no other organisation's. */
function hostKeysFor(key: Key | null, error?: Error): HostKeys {
  const resolver: JWTVerifyGetKey = async () => {
    if (error) throw error;
    return key!;
  };
  return {
    registered: async (orgId: string) => orgId === ORG,
    resolver: () => resolver,
  } as unknown as HostKeys;
}
const noHostKeys = hostKeysFor(null, new Error('no host keys in this test'));

interface Signed {
  secret?: string;
  alg?: string;
  kid?: string | null;
  claims?: Record<string, unknown>;
  /** Seconds; null leaves it out. */
  iat?: number | null;
  exp?: number | null;
  nbf?: number;
  aud?: string | null;
  key?: Key;
}

/** A token for PERSON in ORG, issued at T for ten minutes; every token differs (jti). */
function sign(signed: Signed = {}): Promise<string> {
  const iat = signed.iat === undefined ? T : signed.iat;
  const exp = signed.exp === undefined ? (iat ?? T) + 600 : signed.exp;
  const aud = signed.aud === undefined ? tokens.audience : signed.aud;
  const kid = signed.kid === undefined ? ORG : signed.kid;
  const jwt = new SignJWT({ org: ORG, sub: PERSON, jti: randomUUID(), ...signed.claims }).setProtectedHeader({
    alg: signed.alg ?? 'HS256',
    ...(kid === null ? {} : { kid }),
  });
  if (iat !== null) jwt.setIssuedAt(iat);
  if (exp !== null) jwt.setExpirationTime(exp);
  if (signed.nbf !== undefined) jwt.setNotBefore(signed.nbf);
  if (aud !== null) jwt.setAudience(aud);
  return jwt.sign(signed.key ?? encoder.encode(signed.secret ?? SECRET));
}

function verify(
  token: string,
  now: Date = NOW,
  directory: CallerDirectory = directoryOf().directory,
  hostKeys: HostKeys = noHostKeys,
): Promise<VerifiedToken> {
  return verifyToken(db, token, now, directory, hostKeys);
}

async function failure(answer: Promise<unknown>): Promise<TokenError> {
  const error = await answer.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected the token to be refused').toBeInstanceOf(TokenError);
  return error as TokenError;
}

/** The refusal, as the client is told it. */
async function refusal(answer: Promise<unknown>) {
  const error = await answer.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected the token to be refused').toBeInstanceOf(TokenError);
  return (error as TokenError).localised;
}

describe('an HS256 token', () => {
  it('names the viewer, their roles, the locale asked for and the organisation’s locales', async () => {
    const { directory, calls } = directoryOf();
    const verified = await verify(await sign({ claims: { locale: 'fr' } }), NOW, directory);
    expect(verified).toEqual({
      viewer: { orgId: ORG, personId: PERSON, roles: ['PARTICIPANT', 'MANAGER'] },
      locale: 'fr',
      organisationLocales: ['en', 'fr'],
    });
    // The person is read with the keys, from the unverified subject.
    expect(calls).toEqual([[ORG, PERSON, false]]);
  });

  it('verifies at the current time when none is given', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await sign({ iat: now, exp: now + 600 });
    await expect(
      verifyToken(db, token, undefined, directoryOf().directory, noHostKeys),
    ).resolves.toMatchObject({
      viewer: { personId: PERSON },
    });
  });

  it('reads no person for a subject that is not an ID, and refuses it', async () => {
    const { directory, calls } = directoryOf();
    expect(await refusal(verify(await sign({ claims: { sub: 'alice' } }), NOW, directory))).toEqual({
      key: 'auth.tokenSubjectNotId',
    });
    expect(calls).toEqual([[ORG, null, false]]);
  });

  it('refuses a subject that is a list holding an ID, reading no person', async () => {
    // jose takes any JSON as `sub`; a list's text is its single element's.
    const { directory, calls } = directoryOf();
    expect(await refusal(verify(await sign({ claims: { sub: [PERSON] } }), NOW, directory))).toEqual({
      key: 'auth.tokenSubjectNotId',
    });
    expect(calls).toEqual([[ORG, null, false]]);
  });

  it('refuses someone who is not, or no longer, in the organisation', async () => {
    expect(await refusal(verify(await sign({ claims: { sub: randomUUID() } })))).toEqual({
      key: 'auth.tokenSubjectNotMember',
    });
  });

  it('refuses a token whose org claim is not the organisation whose key signed it', async () => {
    expect(await refusal(verify(await sign({ claims: { org: OTHER_ORG } })))).toEqual({
      key: 'auth.tokenOrgMismatch',
    });
  });

  it('takes a string locale claim only', async () => {
    expect((await verify(await sign())).locale).toBeNull();
    expect((await verify(await sign({ claims: { locale: 7 } }))).locale).toBeNull();
  });

  it('narrows the person’s roles by a list of roles, and treats a malformed roles claim as none', async () => {
    const rolesFor = async (claim: unknown) =>
      (await verify(await sign({ claims: claim === undefined ? {} : { roles: claim } }))).viewer.roles;
    expect(await rolesFor(undefined)).toEqual(['PARTICIPANT', 'MANAGER']);
    expect(await rolesFor(['MANAGER', 'ORG_ADMIN'])).toEqual(['MANAGER']);
    expect(await rolesFor([])).toEqual([]);
    for (const malformed of ['MANAGER', null, { 0: 'MANAGER' }, ['MANAGER', 1], [['MANAGER']], 1]) {
      expect(await rolesFor(malformed), JSON.stringify(malformed)).toEqual([]);
    }
  });

  it('lists the roles a token can name', () => {
    expect(roles).toEqual(['PARTICIPANT', 'MANAGER', 'COACH', 'PROGRAM_ADMIN', 'ORG_ADMIN']);
  });
});

describe('what an HS256 token must carry', () => {
  it('refuses anything but HS256 among the shared-secret algorithms, and an unsigned token', async () => {
    for (const alg of ['HS384', 'HS512']) {
      expect(await refusal(verify(await sign({ alg }))), alg).toEqual({ key: 'auth.tokenAlgorithm' });
    }
    const unsigned = new UnsecuredJWT({ org: ORG, sub: PERSON })
      .setIssuedAt(T)
      .setExpirationTime(T + 600)
      .setAudience(tokens.audience)
      .encode();
    expect(await refusal(verify(unsigned))).toEqual({ key: 'auth.tokenAlgorithm' });
  });

  it('refuses what is not a token', async () => {
    expect(await refusal(verify('not-a-token'))).toEqual({ key: 'auth.tokenMalformed' });
    const error = await failure(verify('not-a-token'));
    expect(error).toMatchObject({ name: 'TokenError', message: expect.stringMatching(/token/i) });
  });

  it('refuses a token without a kid, or whose kid is not an organisation ID', async () => {
    expect(await refusal(verify(await sign({ kid: null })))).toEqual({ key: 'auth.tokenNoKid' });
    expect(await refusal(verify(await sign({ kid: 'acme' })))).toEqual({ key: 'auth.tokenNoKid' });
  });

  it('requires exp, iat, sub and org', async () => {
    expect(await refusal(verify(await sign({ iat: null })))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'iat', reason: 'missing' },
    });
    expect(await refusal(verify(await sign({ exp: null })))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'exp', reason: 'missing' },
    });
    for (const claim of ['sub', 'org']) {
      expect(await refusal(verify(await sign({ claims: { [claim]: undefined } }))), claim).toEqual({
        key: 'auth.tokenClaim',
        values: { claim, reason: 'missing' },
      });
    }
  });

  it('requires the gateway’s audience', async () => {
    expect(await refusal(verify(await sign({ aud: 'another-api' })))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'aud', reason: 'check_failed' },
    });
    expect(await refusal(verify(await sign({ aud: null })))).toMatchObject({
      key: 'auth.tokenClaim',
      values: { claim: 'aud' },
    });
  });

  it('refuses a token issued in the future beyond the clock tolerance', async () => {
    expect(await verify(await sign({ iat: T + TOL }))).toBeDefined();
    expect(await refusal(verify(await sign({ iat: T + TOL + 1 })))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'iat', reason: 'check_failed' },
    });
  });

  it('refuses an expired token, saying when it expired', async () => {
    expect(await verify(await sign({ iat: T - 600, exp: T - TOL + 1 }))).toBeDefined();
    expect(await refusal(verify(await sign({ iat: T - 600, exp: T - TOL })))).toEqual({
      key: 'auth.tokenExpired',
      values: { expiredAt: at(T - TOL) },
    });
  });

  it('lives at most the maximum lifetime: exp − iat, and the age of iat whatever exp says', async () => {
    const tooLong = { key: 'auth.tokenLifetime', values: { maxHours: MAX / 3600 } };
    expect(MAX / 3600).toBe(12);
    expect(await verify(await sign({ iat: T, exp: T + MAX }))).toBeDefined();
    expect(await refusal(verify(await sign({ iat: T, exp: T + MAX + 1 })))).toEqual(tooLong);
    expect(await refusal(verify(await sign({ iat: T - MAX - TOL - 1, exp: T + 600 })))).toEqual(tooLong);
    const error = await failure(verify(await sign({ iat: T, exp: T + MAX + 1 })));
    expect(error.message).toContain('12');
  });
});

describe('signing secrets', () => {
  const rotated = (secondsAgo: number | null) =>
    directoryOf({
      keys: keysOf({ previousSecret: PREVIOUS, rotatedAt: secondsAgo === null ? null : at(T - secondsAgo) }),
    }).directory;

  it('answers an unknown organisation exactly as a bad signature, so organisations cannot be probed', async () => {
    const { directory, calls } = directoryOf({ keys: undefined });
    const unknown = await failure(
      verify(await sign({ kid: OTHER_ORG, claims: { org: OTHER_ORG } }), NOW, directory),
    );
    const badSignature = await failure(verify(await sign({ secret: 'not-the-organisations-secret' })));
    expect(badSignature).toBeInstanceOf(TokenError);
    expect(unknown).toBeInstanceOf(TokenError);
    expect(badSignature.localised).toEqual({ key: 'auth.tokenSignature' });
    expect(unknown.localised).toEqual(badSignature.localised);
    expect(unknown.message).toBe(badSignature.message);
    // Both ask the database again once, as a rotation since the cache was filled would need.
    expect(calls).toEqual([
      [OTHER_ORG, PERSON, false],
      [OTHER_ORG, null, true],
    ]);
  });

  it('accepts the previous secret during its grace period after a rotation, and the current one', async () => {
    expect(await verify(await sign({ secret: PREVIOUS }), NOW, rotated(GRACE - 1))).toBeDefined();
    expect(await verify(await sign({ secret: SECRET }), NOW, rotated(GRACE - 1))).toBeDefined();
  });

  it('refuses the previous secret once the grace period is over, as any bad signature', async () => {
    for (const secondsAgo of [GRACE, GRACE + 1, null]) {
      expect(
        await refusal(verify(await sign({ secret: PREVIOUS }), NOW, rotated(secondsAgo))),
        String(secondsAgo),
      ).toEqual({
        key: 'auth.tokenSignature',
      });
    }
  });

  it('refuses a token verified with the previous secret once its grace period ends, though it is remembered', async () => {
    const token = await sign({ secret: PREVIOUS, iat: T - 60, exp: T + 600 });
    const directory = rotated(GRACE - 30);
    expect(await verify(token, NOW, directory)).toBeDefined();
    expect(await verify(token, at(T + 29), directory)).toBeDefined();
    expect(await refusal(verify(token, at(T + 30), directory))).toEqual({ key: 'auth.tokenSignature' });
  });

  it('says an expired token signed with the current secret is expired, not badly signed, during a grace period', async () => {
    expect(await refusal(verify(await sign({ iat: T - 900, exp: T - 300 }), NOW, rotated(60)))).toEqual({
      key: 'auth.tokenExpired',
      values: { expiredAt: at(T - 300) },
    });
    expect(await refusal(verify(await sign({ iat: T, exp: T + MAX + 1 }), NOW, rotated(60)))).toEqual({
      key: 'auth.tokenLifetime',
      values: { maxHours: 12 },
    });
  });

  it('has no secret when none was rotated out', async () => {
    // A missing previous secret is not a secret spelled "null".
    expect(await refusal(verify(await sign({ secret: 'null' })))).toEqual({ key: 'auth.tokenSignature' });
  });

  it('asks the database again when a signature fails, and verifies with a secret rotated since', async () => {
    const { directory, calls } = directoryOf({
      keys: keysOf({ secret: 'stale-secret' }),
      rechecked: keysOf({ secret: SECRET }),
    });
    expect(await verify(await sign(), NOW, directory)).toMatchObject({ viewer: { personId: PERSON } });
    expect(calls).toEqual([
      [ORG, PERSON, false],
      [ORG, null, true],
    ]);
    const created = directoryOf({ keys: undefined, rechecked: keysOf() });
    expect(await verify(await sign(), NOW, created.directory)).toMatchObject({
      viewer: { personId: PERSON },
    });
  });

  it('asks again only about a signature, and refuses when the database has nothing newer', async () => {
    const expired = directoryOf({ rechecked: keysOf({ secret: 'another' }) });
    await refusal(verify(await sign({ iat: T - 900, exp: T - 300 }), NOW, expired.directory));
    expect(expired.calls).toHaveLength(1);
    const same = directoryOf({ keys: keysOf({ secret: 'stale-secret' }) });
    expect(await refusal(verify(await sign(), NOW, same.directory))).toEqual({ key: 'auth.tokenSignature' });
    const gone = directoryOf({ keys: keysOf({ secret: 'stale-secret' }), rechecked: undefined });
    expect(await refusal(verify(await sign(), NOW, gone.directory))).toEqual({ key: 'auth.tokenSignature' });
  });
});

describe('a token verified before, remembered to skip the HMAC,', () => {
  it('comes back with the same viewer', async () => {
    const token = await sign({ claims: { roles: ['MANAGER'], locale: 'de' } });
    const first = await verify(token);
    expect(await verify(token, at(T + 1))).toEqual(first);
    expect(first.viewer.roles).toEqual(['MANAGER']);
  });

  it('is refused from the moment its exp, with the tolerance, has passed', async () => {
    const token = await sign({ iat: T, exp: T + 600 });
    expect(await verify(token)).toBeDefined();
    expect(await verify(token, at(T + 600 + TOL - 1))).toBeDefined();
    expect(await refusal(verify(token, at(T + 600 + TOL)))).toEqual({
      key: 'auth.tokenExpired',
      values: { expiredAt: at(T + 600) },
    });
  });

  it('is refused before its iat, with the tolerance', async () => {
    const token = await sign({ iat: T, exp: T + 600 });
    expect(await verify(token)).toBeDefined();
    expect(await verify(token, at(T - TOL))).toBeDefined();
    expect(await refusal(verify(token, at(T - TOL - 1)))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'iat', reason: 'check_failed' },
    });
  });

  it('is refused before its nbf, with the tolerance', async () => {
    const token = await sign({ iat: T - 300, exp: T + 600, nbf: T });
    expect(await verify(token)).toBeDefined();
    expect(await verify(token, at(T - TOL))).toBeDefined();
    expect(await refusal(verify(token, at(T - TOL - 1)))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'nbf', reason: 'check_failed' },
    });
  });

  it('is refused once its secret is replaced without a grace period', async () => {
    const token = await sign();
    expect(await verify(token)).toBeDefined();
    const replaced = directoryOf({ keys: keysOf({ secret: 'replaced' }) }).directory;
    expect(await refusal(verify(token, NOW, replaced))).toEqual({ key: 'auth.tokenSignature' });
  });
});

describe('a token signed with the organisation’s own key', () => {
  let es256: Pair;
  let other: Pair;
  beforeAll(async () => {
    es256 = await generateKeyPair('ES256');
    other = await generateKeyPair('ES256');
  });
  const hostSigned = (signed: Signed = {}) =>
    sign({ alg: 'ES256', kid: 'host-key-1', key: es256.privateKey, ...signed });

  it('is verified with that key, for the person in the org claim', async () => {
    const { directory, calls } = directoryOf();
    expect(await verify(await hostSigned(), NOW, directory, hostKeysFor(es256.publicKey))).toEqual({
      viewer: { orgId: ORG, personId: PERSON, roles: ['PARTICIPANT', 'MANAGER'] },
      locale: null,
      organisationLocales: ['en', 'fr'],
    });
    expect(calls).toEqual([[ORG, PERSON, false]]);
  });

  it('is verified for each asymmetric algorithm the gateway takes', async () => {
    for (const alg of ['RS256', 'EdDSA'] as const) {
      const pair = await generateKeyPair(alg, { modulusLength: 2048 });
      const token = await sign({ alg, kid: 'k', key: pair.privateKey });
      expect(await verify(token, NOW, undefined, hostKeysFor(pair.publicKey)), alg).toBeDefined();
    }
    // A key given as a JWK is the same key.
    const jwk = await importJWK(await exportJWK(es256.publicKey), 'ES256');
    expect(await verify(await hostSigned(), NOW, undefined, hostKeysFor(jwk))).toBeDefined();
  });

  it('needs a kid', async () => {
    expect(
      await refusal(verify(await hostSigned({ kid: null }), NOW, undefined, hostKeysFor(es256.publicKey))),
    ).toEqual({
      key: 'auth.tokenNoKid',
    });
  });

  it('answers alike an org claim that is no ID, an unknown organisation and one with no keys of its own', async () => {
    const keys = hostKeysFor(es256.publicKey);
    const unknownKey = { key: 'auth.tokenUnknownKey' };
    // An org claim that is no ID asks the directory nothing.
    for (const org of ['acme', 7, [ORG]]) {
      const { directory, calls } = directoryOf();
      expect(
        await refusal(verify(await hostSigned({ claims: { org } }), NOW, directory, keys)),
        JSON.stringify(org),
      ).toEqual(unknownKey);
      expect(calls, JSON.stringify(org)).toEqual([]);
    }
    const nobody = directoryOf({ keys: undefined }).directory;
    expect(await refusal(verify(await hostSigned(), NOW, nobody, keys))).toEqual(unknownKey);
    const otherOrg = directoryOf({ keys: keysOf({ id: OTHER_ORG }) }).directory;
    expect(
      await refusal(verify(await hostSigned({ claims: { org: OTHER_ORG } }), NOW, otherOrg, keys)),
    ).toEqual(unknownKey);
  });

  it('refuses another key’s signature, and a lifetime over the maximum', async () => {
    const keys = hostKeysFor(es256.publicKey);
    expect(await refusal(verify(await hostSigned({ key: other.privateKey }), NOW, undefined, keys))).toEqual({
      key: 'auth.tokenSignature',
    });
    expect(await verify(await hostSigned({ iat: T, exp: T + MAX }), NOW, undefined, keys)).toBeDefined();
    expect(
      await refusal(verify(await hostSigned({ iat: T, exp: T + MAX + 1 }), NOW, undefined, keys)),
    ).toEqual({
      key: 'auth.tokenLifetime',
      values: { maxHours: 12 },
    });
    expect(await refusal(verify(await hostSigned({ aud: 'another-api' }), NOW, undefined, keys))).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'aud', reason: 'check_failed' },
    });
    expect(
      await refusal(verify(await hostSigned({ claims: { sub: undefined } }), NOW, undefined, keys)),
    ).toEqual({
      key: 'auth.tokenClaim',
      values: { claim: 'sub', reason: 'missing' },
    });
    expect(
      await refusal(verify(await hostSigned({ iat: T - MAX - TOL - 1, exp: T + 60 }), NOW, undefined, keys)),
    ).toEqual({
      key: 'auth.tokenLifetime',
      values: { maxHours: 12 },
    });
  });

  it('tells a key nobody has from keys that cannot be fetched', async () => {
    const cases: [Error, unknown][] = [
      [new joseErrors.JWKSNoMatchingKey(), { key: 'auth.tokenUnknownKey' }],
      [new joseErrors.JWKSMultipleMatchingKeys(), { key: 'auth.tokenUnknownKey' }],
      [new joseErrors.JWKSTimeout(), { key: 'auth.tokenKeysUnavailable' }],
      [new joseErrors.JWKSInvalid('bad'), { key: 'auth.tokenKeysUnavailable' }],
      [new joseErrors.JWTExpired('expired', {}), { key: 'auth.tokenExpiredEarlier' }],
      [new Error('anything else'), { key: 'auth.tokenMalformed' }],
    ];
    for (const [error, expected] of cases) {
      expect(
        await refusal(verify(await hostSigned(), NOW, undefined, hostKeysFor(null, error))),
        error.name,
      ).toEqual(expected);
    }
  });
});

describe('hostKeysOf', () => {
  it('keeps one cache per database and mode', () => {
    const a = {} as Database;
    const b = {} as Database;
    expect(hostKeysOf(a)).toBe(hostKeysOf(a));
    expect(hostKeysOf(a, false)).toBe(hostKeysOf(a));
    expect(hostKeysOf(a, true)).toBe(hostKeysOf(a, true));
    expect(hostKeysOf(a, true)).not.toBe(hostKeysOf(a));
    expect(hostKeysOf(b)).not.toBe(hostKeysOf(a));
  });
});
