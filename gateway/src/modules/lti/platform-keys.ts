/**
 * A platform's public keys registered inline (a JWK Set pasted by an org admin) instead of a JWKS
 * URL. The set is checked when it is saved and stored normalised: public RSA (2048 bits or more) or
 * EC P-256 signing keys only, each with its own `kid`, jose importing every one. Private members are
 * refused, not stripped: whoever pasted a private key must learn that it has leaked.
 */
import { createLocalJWKSet, importJWK, type JSONWebKeySet, type JWK } from 'jose';

/** The longest JWK Set text accepted, and the most keys in it. */
export const inlineJwksLimits = { maxChars: 20_000, maxKeys: 10, maxKidChars: 200 } as const;

/** Why a JWK Set was refused: a value of the `lti.jwksInvalid` message's select. */
export type JwksProblem = 'JSON' | 'SIZE' | 'PRIVATE' | 'KID' | 'UNSUPPORTED' | 'WEAK' | 'UNREADABLE';

export class JwksRefused extends Error {
  override readonly name = 'JwksRefused';
  constructor(
    readonly problem: JwksProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The algorithms a launch may be signed with, by key type. */
export const PLATFORM_ALGORITHMS = ['RS256', 'ES256'] as const;

const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one key of the set and returns its public members only. */
async function checkKey(raw: unknown, index: number): Promise<JWK> {
  if (!isObject(raw)) throw new JwksRefused('JSON', `keys[${index}] is not an object`);
  if (privateMembers.some((member) => member in raw))
    throw new JwksRefused('PRIVATE', `keys[${index}] holds private or symmetric key material`);
  const kid = raw['kid'];
  if (typeof kid !== 'string' || !kid.trim() || kid.length > inlineJwksLimits.maxKidChars)
    throw new JwksRefused('KID', `keys[${index}] has no kid`);
  const { kty, alg, use, crv } = raw;
  if (use !== undefined && use !== 'sig')
    throw new JwksRefused('UNSUPPORTED', `keys[${index}] use=${String(use)}`);
  let expected: (typeof PLATFORM_ALGORITHMS)[number];
  if (kty === 'RSA') expected = 'RS256';
  else if (kty === 'EC' && crv === 'P-256') expected = 'ES256';
  else throw new JwksRefused('UNSUPPORTED', `keys[${index}] kty=${String(kty)} crv=${String(crv)}`);
  if (alg !== undefined && alg !== expected)
    throw new JwksRefused('UNSUPPORTED', `keys[${index}] alg=${String(alg)} for kty=${String(kty)}`);
  const members = kty === 'RSA' ? { kty, n: raw['n'], e: raw['e'] } : { kty, crv, x: raw['x'], y: raw['y'] };
  if (Object.values(members).some((value) => typeof value !== 'string'))
    throw new JwksRefused('UNREADABLE', `keys[${index}] lacks a public member`);
  const jwk = { ...members, kid, alg: expected, use: 'sig' } as JWK;
  try {
    await importJWK(jwk, expected);
  } catch (error) {
    throw new JwksRefused(
      'UNREADABLE',
      `keys[${index}]: ${error instanceof Error ? error.message : 'unreadable'}`,
    );
  }
  if (kty === 'RSA' && Buffer.from(jwk.n!, 'base64url').length < 256)
    throw new JwksRefused('WEAK', `keys[${index}] has fewer than 2048 bits`);
  return jwk;
}

/**
 * Parses and checks a JWK Set (`{"keys": [...]}`, as JSON text) and returns it normalised: each key
 * with `kty`, its public members, `kid`, `alg` and `use: "sig"`, nothing else.
 */
export async function parsePlatformJwks(text: string): Promise<JSONWebKeySet> {
  if (text.length > inlineJwksLimits.maxChars)
    throw new JwksRefused('SIZE', `longer than ${inlineJwksLimits.maxChars} characters`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new JwksRefused('JSON', 'not JSON');
  }
  if (!isObject(parsed) || !Array.isArray(parsed['keys']) || parsed['keys'].length === 0)
    throw new JwksRefused('JSON', 'not a JWK Set with keys');
  const raw = parsed['keys'] as unknown[];
  if (raw.length > inlineJwksLimits.maxKeys)
    throw new JwksRefused('SIZE', `more than ${inlineJwksLimits.maxKeys} keys`);
  const keys: JWK[] = [];
  for (const [index, key] of raw.entries()) keys.push(await checkKey(key, index));
  if (new Set(keys.map((key) => key.kid)).size !== keys.length)
    throw new JwksRefused('KID', 'two keys share a kid');
  const set: JSONWebKeySet = { keys };
  createLocalJWKSet(set);
  return set;
}
