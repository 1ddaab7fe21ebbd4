/**
 * Key sets another party publishes at a URL: an organisation's JWKS, an identity provider's, an LTI
 * platform's. jose keeps each set for `cacheMaxAgeMs` and refetches when a `kid` it does not know
 * arrives (a key rotation), at most once per `cooldownMs`. Every fetch goes through the fetch the
 * caller passes, a screened one (http/destination.ts), so a URL checked when it was saved and
 * resolving to a private address later is still refused.
 */
import { createRemoteJWKSet, customFetch } from 'jose';

export interface RemoteKeySetPolicy {
  /** How long a fetched set is trusted without a refetch. */
  readonly cacheMaxAgeMs: number;
  /** The least time between two fetches. */
  readonly cooldownMs: number;
  /** How long one fetch may take. */
  readonly timeoutMs: number;
}

export const remoteJwks: RemoteKeySetPolicy = {
  cacheMaxAgeMs: 10 * 60_000,
  cooldownMs: 30_000,
  timeoutMs: 5_000,
};

export type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

export function remoteKeySet(
  url: string,
  fetchImpl: typeof fetch,
  policy: RemoteKeySetPolicy = remoteJwks,
): RemoteKeySet {
  return createRemoteJWKSet(new URL(url), {
    cacheMaxAge: policy.cacheMaxAgeMs,
    cooldownDuration: policy.cooldownMs,
    timeoutDuration: policy.timeoutMs,
    [customFetch]: fetchImpl,
  });
}
