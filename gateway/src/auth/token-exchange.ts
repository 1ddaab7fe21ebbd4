/**
 * OAuth 2.0 Token Exchange (RFC 8693) of an OpenID Connect ID token for an embed token. The ID
 * token's issuer names the organisation (the one whose identity provider has that issuer and the
 * token's audience); it is verified against the keys the provider's discovery document points to,
 * and its subject maps to a person linked once by that subject, or, where the organisation allows
 * it, found once by a verified e-mail address and linked from then on.
 */
import { decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { tokens } from '../config.js';
import type { Database } from '../db/types.js';
import { screenedFetch, type Resolver } from '../http/destination.js';
import { mintToken, type MintedToken } from './tokens.js';
import { remoteJwks, remoteKeySet, type RemoteKeySet } from './remote-key-set.js';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
export const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

/** How long an exchanged embed token lives: short, since the host can exchange again. */
export const exchangedTokenTtlSeconds = 10 * 60;

/** Algorithms an identity provider may sign ID tokens with (never `none`, never a shared secret). */
const idTokenAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/**
 * The RFC 6749 §5.2 `error` values `/oauth/token` answers with; `slow_down` (with HTTP 429) is the
 * code the OAuth Extensions Error Registry holds for token endpoint responses (RFC 8628).
 */
export const oauthErrors = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'slow_down',
] as const;
export type OAuthErrorCode = (typeof oauthErrors)[number];

/** A refusal in RFC 6749 §5.2's terms; the description is for the developer, in English. */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }
}

interface Provider {
  jwks: RemoteKeySet;
  at: number;
}

interface Discovery {
  issuer?: unknown;
  jwks_uri?: unknown;
}

const discoveryTtlMs = 60 * 60_000;

export interface IdentityProvidersOptions {
  /** Dev mode: an identity provider may be http and on a private address. */
  dev?: boolean;
  /** How names are resolved for the screen (tests give a fixed answer). */
  resolve?: Resolver;
}

/**
 * Discovery documents and key sets of identity providers, cached per process. Both are fetched
 * through the outbound screen (http/destination.ts) on every fetch, not only when an org admin
 * saved the issuer, so a name that later resolves to a private address is refused.
 */
export class IdentityProviders {
  private readonly providers = new Map<string, Promise<Provider>>();
  private readonly fetchImpl: typeof fetch;

  constructor(options: IdentityProvidersOptions = {}) {
    this.fetchImpl = screenedFetch({
      dev: options.dev ?? false,
      ...(options.resolve ? { resolve: options.resolve } : {}),
    });
  }

  private async discover(issuer: string): Promise<Provider> {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await this.fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(remoteJwks.timeoutMs),
    });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const document = (await response.json()) as Discovery;
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (document.issuer !== issuer) throw new Error('the discovery document names another issuer');
    if (typeof document.jwks_uri !== 'string') throw new Error('the discovery document has no jwks_uri');
    return {
      jwks: remoteKeySet(document.jwks_uri, this.fetchImpl),
      at: Date.now(),
    };
  }

  async keys(issuer: string): Promise<Provider['jwks']> {
    let pending = this.providers.get(issuer);
    if (pending) {
      const provider = await pending.catch(() => null);
      if (!provider || Date.now() - provider.at > discoveryTtlMs) pending = undefined;
    }
    if (!pending) {
      pending = this.discover(issuer);
      this.providers.set(issuer, pending);
    }
    try {
      return (await pending).jwks;
    } catch (error) {
      this.providers.delete(issuer);
      throw error;
    }
  }
}

interface IdentityConfig {
  org_id: string;
  oidc_issuer: string;
  oidc_audience: string;
  match_verified_email: boolean;
}

interface IdTokenClaims extends JWTPayload {
  email?: unknown;
  email_verified?: unknown;
}

function unverified(idToken: string): JWTPayload {
  try {
    return decodeJwt(idToken);
  } catch {
    throw new OAuthError('invalid_request', 'subject_token is not a JWT.');
  }
}

function describe(error: unknown): OAuthError {
  if (error instanceof joseErrors.JWTExpired)
    return new OAuthError('invalid_grant', 'The ID token has expired.');
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return new OAuthError('invalid_grant', 'The ID token signature does not verify.');
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return new OAuthError('invalid_grant', "No key of the identity provider matches the ID token's kid.");
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new OAuthError(
      'invalid_grant',
      `The ID token's ${error.claim} claim is invalid (${error.reason}).`,
    );
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new OAuthError('invalid_grant', 'The ID token is signed with an algorithm not accepted.');
  }
  if (error instanceof joseErrors.JOSEError)
    return new OAuthError('invalid_grant', 'The ID token is invalid.');
  return new OAuthError(
    'invalid_grant',
    "The identity provider's discovery document or keys could not be read.",
  );
}

/** Finds the linked person, or links one by verified e-mail where the organisation allows it. */
async function personFor(
  db: Database,
  config: IdentityConfig,
  claims: IdTokenClaims,
): Promise<string | null> {
  const subject = claims.sub!;
  const [linked] = await db.query<{ person_id: string }>(
    'select person_id from person_identity_links where org_id = $1 and issuer = $2 and subject = $3',
    [config.org_id, config.oidc_issuer, subject],
  );
  if (linked) return linked.person_id;
  if (!config.match_verified_email || claims.email_verified !== true || typeof claims.email !== 'string') {
    return null;
  }
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ id: string }>(
      `select p.id from people p
       where p.org_id = $1 and p.email = lower($2)
         and not exists (select 1 from person_identity_links l
                         where l.person_id = p.id and l.issuer = $3)`,
      [config.org_id, claims.email, config.oidc_issuer],
    );
    if (!person) return null;
    // Linked by the stable subject from now on: a later change of address at the provider moves nothing.
    await tx.query(
      `insert into person_identity_links (org_id, issuer, subject, person_id) values ($1, $2, $3, $4)
       on conflict do nothing`,
      [config.org_id, config.oidc_issuer, subject, person.id],
    );
    return person.id;
  });
}

/** Verifies the ID token and mints a short-lived embed token for its person. */
export async function exchangeIdToken(
  db: Database,
  providers: IdentityProviders,
  idToken: string,
): Promise<MintedToken> {
  const { iss, aud } = unverified(idToken);
  if (typeof iss !== 'string') throw new OAuthError('invalid_grant', 'The ID token has no issuer.');
  const configs = await db.query<IdentityConfig>(
    `select org_id, oidc_issuer, oidc_audience, match_verified_email
     from organisation_identity where oidc_issuer = $1`,
    [iss],
  );
  if (configs.length === 0) {
    throw new OAuthError('invalid_grant', 'No organisation trusts the ID token issuer.');
  }
  const audiences = Array.isArray(aud) ? aud : typeof aud === 'string' ? [aud] : [];
  const matching = configs.filter((config) => audiences.includes(config.oidc_audience));
  // An issuer shared by several organisations (a multi-tenant provider) is told apart by audience.
  if (matching.length !== 1) {
    throw new OAuthError(
      'invalid_grant',
      'The ID token was not issued to a client an organisation registered.',
    );
  }
  const config = matching[0]!;
  let claims: IdTokenClaims;
  try {
    ({ payload: claims } = await jwtVerify<IdTokenClaims>(idToken, await providers.keys(iss), {
      issuer: iss,
      audience: config.oidc_audience,
      algorithms: idTokenAlgorithms,
      requiredClaims: ['sub', 'iat', 'exp'],
      clockTolerance: tokens.clockToleranceSeconds,
    }));
  } catch (error) {
    throw describe(error);
  }
  const personId = await personFor(db, config, claims);
  if (!personId) {
    throw new OAuthError(
      'invalid_grant',
      'The ID token subject is not linked to a person of the organisation.',
    );
  }
  return mintToken(db, { personId }, { ttlSeconds: exchangedTokenTtlSeconds });
}
