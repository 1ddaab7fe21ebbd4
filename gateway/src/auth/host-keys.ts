/**
 * An organisation's own public keys for embed tokens its backend signs with the private half
 * (RS256, ES256 or EdDSA): keys uploaded to the gateway, and a JWKS URL the backend publishes.
 *
 * A rotation adds a key under a new `kid` before the backend signs with it and retires the old one
 * afterwards, so both verify meanwhile. Uploaded keys are cached `tokens.directoryTtlMs`; a `kid`
 * the cache does not know makes it ask the database again, at most once per
 * `tokens.directoryRecheckMs` per organisation. A JWKS URL is read through jose's remote key set,
 * which refetches on an unknown `kid` no more than once per cooldown.
 */
import {
  createLocalJWKSet,
  errors as joseErrors,
  exportJWK,
  importJWK,
  importSPKI,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { tokens } from '../config.js';
import type { Database } from '../db/types.js';
import { screenedFetch } from '../http/destination.js';
import { remoteKeySet, type RemoteKeySet } from './remote-key-set.js';

export const hostKeyAlgorithms = ['RS256', 'ES256', 'EdDSA'] as const;
export type HostKeyAlgorithm = (typeof hostKeyAlgorithms)[number];

export const isHostKeyAlgorithm = (alg: unknown): alg is HostKeyAlgorithm =>
  typeof alg === 'string' && (hostKeyAlgorithms as readonly string[]).includes(alg);

interface OrganisationKeys {
  keys: JWK[];
  jwksUrl: string | null;
  at: number;
}

/** Why an uploaded key was refused, for the catalogue message the org admin sees. */
export type HostKeyProblem = 'private' | 'unreadable' | 'mismatch' | 'weak';

/** A public key refused at upload: `message` is for logs, `problem` for the org admin. */
export class HostKeyError extends Error {
  override readonly name = 'HostKeyError';
  constructor(
    readonly problem: HostKeyProblem,
    message: string,
  ) {
    super(message);
  }
}

const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

/**
 * Checks an uploaded public key (a JWK as JSON, or an SPKI PEM) against its algorithm and returns
 * it as a JWK carrying `kid`, `alg` and `use`. Private members are refused, not stripped: whoever
 * pasted a private key must learn that it has leaked.
 */
export async function normalisePublicKey(text: string, alg: HostKeyAlgorithm, kid: string): Promise<JWK> {
  let jwk: JWK;
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    if (/PRIVATE KEY-----/.test(trimmed))
      throw new HostKeyError('private', 'This is a private key: upload the public key.');
    try {
      jwk = await exportJWK(await importSPKI(trimmed, alg, { extractable: true }));
    } catch {
      throw new HostKeyError('unreadable', `The PEM is not an SPKI public key for ${alg}.`);
    }
  } else {
    try {
      jwk = JSON.parse(trimmed) as JWK;
    } catch {
      throw new HostKeyError('unreadable', 'The key is neither a JWK (JSON) nor a PEM public key.');
    }
    if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) {
      throw new HostKeyError('unreadable', 'The key is neither a JWK (JSON) nor a PEM public key.');
    }
    if (privateMembers.some((member) => member in jwk)) {
      throw new HostKeyError('private', 'This is a private or symmetric key: upload the public key.');
    }
    try {
      await importJWK(jwk, alg);
    } catch {
      throw new HostKeyError('mismatch', `The JWK is not a public key for ${alg}.`);
    }
  }
  const expected = { RS256: 'RSA', ES256: 'EC', EdDSA: 'OKP' }[alg];
  if (jwk.kty !== expected)
    throw new HostKeyError('mismatch', `A key for ${alg} has kty ${expected}, not ${jwk.kty}.`);
  if (alg === 'ES256' && jwk.crv !== 'P-256') throw new HostKeyError('mismatch', 'ES256 needs a P-256 key.');
  if (alg === 'EdDSA' && jwk.crv !== 'Ed25519')
    throw new HostKeyError('mismatch', 'EdDSA needs an Ed25519 key.');
  if (alg === 'RS256' && Buffer.from(jwk.n ?? '', 'base64url').length < 256) {
    throw new HostKeyError('weak', 'RS256 keys must have at least 2048 bits.');
  }
  const { kty, n, e, crv, x, y } = jwk;
  return Object.fromEntries(
    Object.entries({ kty, n, e, crv, x, y, kid, alg, use: 'sig' }).filter(([, value]) => value !== undefined),
  ) as JWK;
}

export interface HostKeysOptions {
  ttlMs?: number;
  recheckMs?: number;
  now?: () => number;
  /**
   * Dev mode: a JWKS URL may be http and point anywhere; outside it, the URL is screened on every
   * fetch (http/destination.ts).
   */
  dev?: boolean;
  /** How JWKS URLs are fetched; screened by default. */
  fetch?: typeof fetch;
}

const liveCaches = new Set<HostKeys>();

/** Makes every cache of this process read the organisation's keys again (an admin changed them). */
export function forgetHostKeys(orgId: string): void {
  for (const cache of liveCaches) cache.forget(orgId);
}

/** The keys of every organisation that registered its own, cached per gateway. */
export class HostKeys {
  private readonly organisations = new Map<string, OrganisationKeys>();
  private readonly remote = new Map<string, RemoteKeySet>();
  private readonly ttlMs: number;
  private readonly recheckMs: number;
  private readonly now: () => number;
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly db: Database,
    options: HostKeysOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? tokens.directoryTtlMs;
    this.recheckMs = options.recheckMs ?? tokens.directoryRecheckMs;
    this.now = options.now ?? Date.now;
    this.fetchImpl = options.fetch ?? screenedFetch({ dev: options.dev ?? false });
    liveCaches.add(this);
  }

  /** Stops `forgetHostKeys` from reaching this cache (a gateway that closed). */
  close(): void {
    liveCaches.delete(this);
  }

  private async load(orgId: string): Promise<OrganisationKeys> {
    const at = this.now();
    const keys = await this.db.query<{ public_jwk: JWK | string }>(
      `select public_jwk from organisation_signing_keys
       where org_id = $1 and revoked_at is null order by created_at`,
      [orgId],
    );
    const [identity] = await this.db.query<{ jwks_url: string | null }>(
      'select jwks_url from organisation_identity where org_id = $1',
      [orgId],
    );
    const entry: OrganisationKeys = {
      keys: keys.map((row) =>
        typeof row.public_jwk === 'string' ? (JSON.parse(row.public_jwk) as JWK) : row.public_jwk,
      ),
      jwksUrl: identity?.jwks_url ?? null,
      at,
    };
    this.organisations.set(orgId, entry);
    return entry;
  }

  private async current(orgId: string): Promise<OrganisationKeys> {
    const cached = this.organisations.get(orgId);
    if (cached && this.now() - cached.at < this.ttlMs) return cached;
    return this.load(orgId);
  }

  private remoteSet(url: string) {
    let set = this.remote.get(url);
    if (!set) {
      set = remoteKeySet(url, this.fetchImpl);
      this.remote.set(url, set);
    }
    return set;
  }

  /** Forgets an organisation's keys (after an admin changed them on this instance). */
  forget(orgId: string): void {
    this.organisations.delete(orgId);
  }

  /** Whether the organisation has any key of its own (else only its HS256 secret verifies). */
  async registered(orgId: string): Promise<boolean> {
    const entry = await this.current(orgId);
    return entry.keys.length > 0 || entry.jwksUrl !== null;
  }

  /** A jose key resolver over the organisation's uploaded keys, then its JWKS URL. */
  resolver(orgId: string): JWTVerifyGetKey {
    return async (header, token) => {
      let entry = await this.current(orgId);
      const find = (keys: JWK[]) => keys.some((key) => key.kid === header.kid);
      if (!find(entry.keys) && this.now() - entry.at >= this.recheckMs) entry = await this.load(orgId);
      if (find(entry.keys)) {
        const set: JSONWebKeySet = { keys: entry.keys };
        return createLocalJWKSet(set)(header, token);
      }
      if (entry.jwksUrl) return this.remoteSet(entry.jwksUrl)(header, token);
      throw new joseErrors.JWKSNoMatchingKey();
    };
  }
}
