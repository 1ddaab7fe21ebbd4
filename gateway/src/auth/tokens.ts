/**
 * Embed tokens: HS256 JWTs signed with the organisation's secret, `kid` = the
 * organisation id; or RS256/ES256/EdDSA JWTs signed with a private key of the
 * organisation's own, `kid` = that key's and `org` = the organisation id
 * (host-keys.ts). `aud` = tokens.audience, `iat` and `exp` at most
 * tokens.maxTtlSeconds apart. The host's backend mints them; widgets send them
 * as Bearer tokens. Verification reads the organisation's key and the person as
 * the owner (the tenant is not known until the token is trusted, and the
 * application role may not read secrets), through a CallerDirectory that the
 * gateway caches (caller-directory.ts).
 */
import { randomBytes } from 'node:crypto';
import {
  SignJWT,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { tokens } from '../config.js';
import type { Database } from '../db/types.js';
import type { Viewer } from '../context.js';
import type { Role } from '../generated/resolvers.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { translate, type LocalisedMessage, type MessageValues } from '../i18n/translate.js';
import { isUuid } from '../ids.js';
import { DEFAULT_DEMO_EMAIL } from '../seed/demo-people.js';
import { uncachedDirectory, type CallerDirectory, type SigningKeys } from './caller-directory.js';
import { HostKeys, hostKeyAlgorithms, isHostKeyAlgorithm } from './host-keys.js';

export const roles: readonly Role[] = ['PARTICIPANT', 'MANAGER', 'COACH', 'PROGRAM_ADMIN', 'ORG_ADMIN'];

/**
 * A token refused or not minted. Refusals a client sees carry their catalogue
 * message (`localised`) so the HTTP layer can answer in the request's language;
 * minting errors are for the operator (CLI, /dev/token) and stay English.
 */
export class TokenError extends Error {
  override readonly name = 'TokenError';

  constructor(
    message: string,
    readonly localised: LocalisedMessage | null = null,
  ) {
    super(message);
  }
}

function refused(key: MessageKey, values?: MessageValues): TokenError {
  const localised = values ? { key, values } : { key };
  return new TokenError(translate('en', key, values), localised);
}

interface SigningOrganisation {
  id: string;
  slug: string;
  name: string;
  embed_signing_secret: string;
  /** The secret before the last rotation, while its grace period lasts; null otherwise. */
  previous_secret: string | null;
  locales: string[];
}

// Stryker disable all: minting (the CLI and /dev/token) reads the database and is guarded by tokens.test.ts; the mutation module measures verification.
async function signingOrganisation(
  db: Database,
  orgId: string,
  now: Date = new Date(),
): Promise<SigningOrganisation | undefined> {
  const [row] = await db.query<SigningOrganisation>(
    `select id, slug, name, embed_signing_secret, locales,
            case when embed_signing_secret_rotated_at + make_interval(secs => $3) > $2::timestamptz
                 then embed_signing_secret_previous end as previous_secret
     from organisations where id = $1`,
    [orgId, now, tokens.previousSecretGraceSeconds],
  );
  return row;
}
// Stryker restore all

const encoder = new TextEncoder();

export interface EmbedClaims extends JWTPayload {
  org: string;
  sub: string;
  /** Read as unknown: a malformed claim means no roles (claimedRoles). */
  roles?: unknown;
  /** Read as unknown: hosts mint their own tokens, and a bad claim must not break negotiation. */
  locale?: unknown;
}

export interface MintedToken {
  token: string;
  expiresAt: Date;
  person: { id: string; name: string; email: string; roles: Role[]; locale: string };
  organisation: { id: string; slug: string; name: string };
}

export type PersonSelector =
  { email: string; orgSlug?: string } | { personId: string } | { defaultManager: true };

interface PersonForToken {
  id: string;
  org_id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: string;
}

// Stryker disable all: minting (the CLI and /dev/token) reads the database and is guarded by tokens.test.ts; the mutation module measures verification.
/** Finds the person to mint for (owner access: the CLI and /dev/token act for the operator, not a tenant). */
async function findPerson(db: Database, selector: PersonSelector): Promise<PersonForToken | undefined> {
  const columns = 'p.id, p.org_id, p.name, p.email, p.roles, p.locale';
  if ('personId' in selector) {
    const [row] = await db.query<PersonForToken>(`select ${columns} from people p where p.id = $1`, [
      selector.personId,
    ]);
    return row;
  }
  if ('email' in selector) {
    const [row] = await db.query<PersonForToken>(
      `select ${columns} from people p join organisations o on o.id = p.org_id
       where p.email = lower($1) and ($2::text is null or o.slug = $2::text)
       order by o.created_at, o.slug limit 1`,
      [selector.email, selector.orgSlug ?? null],
    );
    return row;
  }
  // The demo's default viewer: the seed's default demo person, else any manager with reports.
  const [demo] = await db.query<PersonForToken>(
    `select ${columns} from people p where p.email = $1 limit 1`,
    [DEFAULT_DEMO_EMAIL],
  );
  if (demo) return demo;
  const [row] = await db.query<PersonForToken>(
    `select ${columns} from people p
     join organisations o on o.id = p.org_id
     where 'MANAGER' = any(p.roles)
       and exists (select 1 from people r where r.org_id = p.org_id and r.manager_id = p.id)
     order by o.created_at, o.slug, p.email limit 1`,
  );
  return row;
}

export async function mintToken(
  db: Database,
  selector: PersonSelector,
  options: {
    ttlSeconds?: number;
    now?: Date;
    /**
     * The `locale` claim: the person's own when absent; null for none, as a host's backend that
     * leaves it out (the gateway then answers in the request's Accept-Language).
     */
    locale?: string | null;
  } = {},
): Promise<MintedToken> {
  const ttl = options.ttlSeconds ?? tokens.defaultTtlSeconds;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > tokens.maxTtlSeconds) {
    throw new TokenError(`The token lifetime must be between 1 second and ${tokens.maxTtlSeconds} seconds.`);
  }
  const person = await findPerson(db, selector);
  if (!person) throw new TokenError('No such person: seed the database or check the email / id.');
  const organisation = await signingOrganisation(db, person.org_id);
  if (!organisation) throw new TokenError('The person’s organisation does not exist.');

  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const expiresAt = issuedAt + ttl;
  const locale = options.locale === undefined ? person.locale : options.locale;
  const token = await new SignJWT({
    org: organisation.id,
    roles: person.roles,
    ...(locale === null ? {} : { locale }),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: organisation.id })
    .setSubject(person.id)
    .setAudience(tokens.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(encoder.encode(organisation.embed_signing_secret));
  return {
    token,
    expiresAt: new Date(expiresAt * 1000),
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles,
      locale: person.locale,
    },
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
  };
}
// Stryker restore all

function tooLong(): TokenError {
  return refused('auth.tokenLifetime', { maxHours: tokens.maxTtlSeconds / 3600 });
}

function describe(error: unknown): TokenError {
  // jose reports an `iat` older than maxTokenAge as expired; the fault is the token's lifetime.
  if (error instanceof joseErrors.JWTExpired && error.claim === 'iat') return tooLong();
  if (error instanceof joseErrors.JWTExpired) {
    return typeof error.payload.exp === 'number'
      ? refused('auth.tokenExpired', { expiredAt: new Date(error.payload.exp * 1000) })
      : refused('auth.tokenExpiredEarlier');
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return refused('auth.tokenSignature');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    // jose's reason is a code ('missing', 'check_failed', 'invalid'); the message words it.
    return refused('auth.tokenClaim', { claim: error.claim, reason: error.reason });
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return refused('auth.tokenAlgorithm');
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) {
    return refused('auth.tokenUnknownKey');
  }
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) {
    return refused('auth.tokenKeysUnavailable');
  }
  return refused('auth.tokenMalformed');
}

/** A key nobody holds: an unknown organisation's token is checked against it and fails as a bad signature. */
const unknownOrganisationSecret = randomBytes(32).toString('base64url');

/**
 * A token whose HS256 signature and claims verified, with the secret that verified it and the
 * seconds between which jose's time checks (nbf, exp, iat, the token's age) pass, so that the same
 * token comes back to the same answer without the HMAC. It is used only while that secret is still
 * one the organisation accepts (`secrets`, read from the directory on every request): a rotation
 * or a revoked previous secret refuses it as if it had never been seen.
 */
interface VerifiedEntry {
  secret: string;
  claims: Readonly<EmbedClaims>;
  /** Epoch seconds: valid from (inclusive), until `exp` (exclusive), until its age runs out (inclusive). */
  from: number;
  expUntil: number;
  ageUntil: number;
}

const verifiedTokens = new Map<string, VerifiedEntry>();

function rememberVerified(token: string, secret: string, claims: EmbedClaims): void {
  const tolerance = tokens.clockToleranceSeconds;
  const iat = claims.iat ?? 0;
  verifiedTokens.set(token, {
    secret,
    claims: Object.freeze({ ...claims }),
    from: Math.max(iat - tolerance, claims.nbf === undefined ? -Infinity : claims.nbf - tolerance),
    expUntil: (claims.exp ?? 0) + tolerance,
    ageUntil: iat + tokens.maxTtlSeconds + tolerance,
  });
  if (verifiedTokens.size > tokens.verifiedTokenEntries) {
    verifiedTokens.delete(verifiedTokens.keys().next().value!);
  }
}

/** The claims of a token verified before with one of `secrets`, if its times still pass at `now`. */
function alreadyVerified(token: string, secrets: readonly string[], now: Date): EmbedClaims | null {
  const entry = verifiedTokens.get(token);
  if (!entry || !secrets.includes(entry.secret)) return null;
  const seconds = Math.floor(now.getTime() / 1000);
  if (seconds < entry.from || seconds >= entry.expUntil || seconds > entry.ageUntil) return null;
  return entry.claims;
}

async function verifyWith(token: string, secrets: string[], now: Date): Promise<EmbedClaims> {
  const known = alreadyVerified(token, secrets, now);
  if (known) return known;
  let lastError: unknown;
  for (const secret of secrets) {
    try {
      const { payload } = await jwtVerify<EmbedClaims>(token, encoder.encode(secret), {
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub', 'org'],
        audience: tokens.audience,
        // Also requires `iat` and refuses one in the future.
        maxTokenAge: tokens.maxTtlSeconds,
        clockTolerance: tokens.clockToleranceSeconds,
        currentDate: now,
      });
      // With `iat` neither old nor in the future, this also keeps `exp` within maxTtlSeconds of now.
      if ((payload.exp ?? 0) - (payload.iat ?? 0) > tokens.maxTtlSeconds) throw tooLong();
      rememberVerified(token, secret, payload);
      return payload;
    } catch (error) {
      if (error instanceof TokenError) throw error;
      lastError = error;
      // Only a bad signature is worth retrying with the previous (rotated-out) secret.
      if (!(error instanceof joseErrors.JWSSignatureVerificationFailed)) break;
    }
  }
  throw describe(lastError);
}

/**
 * The roles a token asks for: absent, the person's own; a list of strings narrows them; anything
 * else (a string, null, an object, a list with a non-string) is a host's bug, answered with no
 * roles, never with every role the person holds.
 */
function claimedRoles(claim: unknown, stored: readonly Role[]): readonly string[] {
  if (claim === undefined) return stored;
  if (Array.isArray(claim) && claim.every((role) => typeof role === 'string')) return claim;
  return [];
}

export interface VerifiedToken {
  viewer: Viewer;
  /** The token's `locale` claim, if it carries a string one. */
  locale: string | null;
  /** The organisation's locales, its default first. */
  organisationLocales: readonly string[];
}

/** The secrets a token may be signed with now: the current one, and the previous one during its grace period. */
function secretsAt(keys: SigningKeys, now: Date): string[] {
  const graceEnds = keys.rotatedAt ? keys.rotatedAt.getTime() + tokens.previousSecretGraceSeconds * 1000 : 0;
  const previous = keys.previousSecret && graceEnds > now.getTime() ? keys.previousSecret : null;
  return [keys.secret, previous].filter((secret): secret is string => !!secret);
}

/** The unverified `sub`, only to read the person with the keys in one statement; nothing trusts it. */
function unverifiedSubject(token: string): string | null {
  try {
    const { sub } = decodeJwt(token);
    return typeof sub === 'string' && isUuid(sub) ? sub : null;
  } catch {
    return null;
  }
}

/** The unverified `org`, to find the organisation whose public keys may verify the token. */
function unverifiedOrganisation(token: string): string | null {
  try {
    const { org } = decodeJwt(token);
    return typeof org === 'string' && isUuid(org) ? org : null;
  } catch {
    return null;
  }
}

const defaultHostKeys = new WeakMap<Database, { dev?: HostKeys; production?: HostKeys }>();

/** One key cache per database and mode (dev mode fetches JWKS URLs unscreened). */
export function hostKeysOf(db: Database, dev = false): HostKeys {
  let caches = defaultHostKeys.get(db);
  if (!caches) {
    caches = {};
    defaultHostKeys.set(db, caches);
  }
  const mode = dev ? 'dev' : 'production';
  return (caches[mode] ??= new HostKeys(db, { dev }));
}

/** A token the organisation's backend signed with its own private key. */
async function verifyHostSigned(
  token: string,
  kid: string | undefined,
  now: Date,
  directory: CallerDirectory,
  hostKeys: HostKeys,
): Promise<{ keys: SigningKeys; claims: EmbedClaims }> {
  if (!kid) throw refused('auth.tokenNoKid');
  const orgId = unverifiedOrganisation(token);
  const keys = orgId ? await directory.keys(orgId, unverifiedSubject(token)) : undefined;
  if (!orgId || !keys || !(await hostKeys.registered(orgId))) throw refused('auth.tokenUnknownKey');
  let claims: EmbedClaims;
  try {
    ({ payload: claims } = await jwtVerify<EmbedClaims>(token, hostKeys.resolver(orgId), {
      algorithms: [...hostKeyAlgorithms],
      requiredClaims: ['exp', 'iat', 'sub', 'org'],
      audience: tokens.audience,
      maxTokenAge: tokens.maxTtlSeconds,
      clockTolerance: tokens.clockToleranceSeconds,
      currentDate: now,
    }));
  } catch (error) {
    throw describe(error);
  }
  if ((claims.exp ?? 0) - (claims.iat ?? 0) > tokens.maxTtlSeconds) throw tooLong();
  return { keys, claims };
}

/**
 * Verifies an embed token and returns the viewer; throws TokenError with a message fit for the
 * client. `directory` supplies keys and people (cached in the gateway: auth/caller-directory.ts);
 * `hostKeys` the organisations' own public keys.
 */
export async function verifyToken(
  db: Database,
  token: string,
  now: Date = new Date(),
  directory: CallerDirectory = uncachedDirectory(db),
  hostKeys: HostKeys = hostKeysOf(db),
): Promise<VerifiedToken> {
  let kid: string | undefined;
  let alg: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    kid = header.kid;
    alg = header.alg;
    if (alg !== 'HS256' && !isHostKeyAlgorithm(alg)) throw refused('auth.tokenAlgorithm');
  } catch (error) {
    if (error instanceof TokenError) throw error;
    throw refused('auth.tokenMalformed');
  }
  if (isHostKeyAlgorithm(alg)) {
    const { keys, claims } = await verifyHostSigned(token, kid, now, directory, hostKeys);
    return viewerOf(keys, claims, directory);
  }
  if (!kid || !isUuid(kid)) throw refused('auth.tokenNoKid');
  let keys = await directory.keys(kid, unverifiedSubject(token));
  let claims: EmbedClaims;
  try {
    // An unknown organisation's token is checked against a key nobody holds, so that it is refused
    // as a bad signature after the same work: organisation ids cannot be probed.
    claims = await verifyWith(token, keys ? secretsAt(keys, now) : [unknownOrganisationSecret], now);
  } catch (error) {
    // A secret rotated (or an organisation created) since the cache was filled: ask the database
    // again, at most once a second per organisation, for known and unknown ids alike.
    if (!(error instanceof TokenError) || error.localised?.key !== 'auth.tokenSignature') throw error;
    const recheck = await directory.keys(kid, null, true);
    // Stryker disable next-line ConditionalExpression: with the same keys a retry verifies with the same secrets and fails alike; the test only saves the HMAC.
    if (!recheck || recheck === keys) throw error;
    keys = recheck;
    claims = await verifyWith(token, secretsAt(keys, now), now);
  }
  if (!keys) throw refused('auth.tokenSignature');
  return viewerOf(keys, claims, directory);
}

async function viewerOf(
  keys: SigningKeys,
  claims: EmbedClaims,
  directory: CallerDirectory,
): Promise<VerifiedToken> {
  if (claims.org !== keys.id) throw refused('auth.tokenOrgMismatch');
  // jose takes any JSON as `sub`, and a list holding an ID reads as that ID to the pattern.
  if (typeof claims.sub !== 'string' || !isUuid(claims.sub)) throw refused('auth.tokenSubjectNotId');

  const person = await directory.identity(keys.id, claims.sub);
  if (!person) throw refused('auth.tokenSubjectNotMember');

  const claimed = claimedRoles(claims.roles, person.roles);
  return {
    viewer: {
      orgId: keys.id,
      personId: claims.sub,
      roles: person.roles.filter((role) => claimed.includes(role)),
    },
    // A host may mint without the claim (or with a garbled one): negotiation then moves on.
    locale: typeof claims.locale === 'string' ? claims.locale : null,
    organisationLocales: keys.locales,
  };
}
