/**
 * The LTI 1.3 launch: OIDC third-party login initiation, then the platform's id_token checked
 * claim by claim and its user mapped to a person of the registration's organisation. Everything
 * here runs as the owner, before any tenant is known (as embed-token verification does).
 *
 * No cookie carries the state: /lti/login stores it with its nonce, and /lti/launch deletes it as it
 * reads it, so the flow works inside an iframe with third-party cookies blocked and a state works
 * once. The nonce the platform signs must be the one stored with that state, and every accepted
 * nonce is kept, so a replayed id_token is refused even with a fresh state.
 */
import { randomBytes } from 'node:crypto';
import {
  createLocalJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { remoteJwks, remoteKeySet, type RemoteKeySet } from '../../auth/remote-key-set.js';
import type { Database } from '../../db/types.js';
import { DestinationRefused, screenedFetch } from '../../http/destination.js';
import { LTI, LTI_VERSION, MESSAGE_TYPES, type MessageType } from './claims.js';
import { PLATFORM_ALGORITHMS } from './platform-keys.js';
import { registrationById, registrationsOfIssuer, type RegistrationRow } from './sql.js';

/** Why a launch was refused: a value of the `lti.refused` message's select. */
export type RefusalReason =
  | 'LOGIN_PARAMETERS'
  | 'UNKNOWN_PLATFORM'
  | 'STATE'
  | 'MALFORMED'
  | 'SIGNATURE'
  | 'ISSUER'
  | 'OTHER_PLATFORM'
  | 'AUDIENCE'
  | 'AZP'
  | 'EXPIRED'
  | 'NONCE'
  | 'REPLAY'
  | 'VERSION'
  | 'MESSAGE_TYPE'
  | 'DEPLOYMENT'
  | 'CLAIM'
  | 'TARGET'
  | 'NO_PERSON'
  | 'ROLE';

export class LaunchRefused extends Error {
  override readonly name = 'LaunchRefused';

  constructor(
    readonly reason: RefusalReason,
    /** For the log only: which claim or value was at fault. */
    readonly detail: string,
  ) {
    super(`LTI launch refused (${reason}): ${detail}`);
  }
}

export const launchSettings = {
  /** How long a login initiation may take to come back as a launch. */
  stateTtlSeconds: 10 * 60,
  /** Slack for the platform's clock on `iat` and `exp`. */
  clockToleranceSeconds: 60,
  /** How long a used nonce is remembered past the token's expiry. */
  nonceMemorySeconds: 24 * 60 * 60,
};

export interface LoginInitiation {
  iss: string;
  login_hint: string;
  target_link_uri: string;
  client_id?: string | undefined;
  lti_message_hint?: string | undefined;
  lti_deployment_id?: string | undefined;
}

/** Reads the login initiation's parameters (GET query or POST form); null when one is missing. */
export function loginInitiationOf(params: URLSearchParams): LoginInitiation | null {
  const iss = params.get('iss');
  const loginHint = params.get('login_hint');
  const target = params.get('target_link_uri');
  if (!iss || !loginHint || !target) return null;
  return {
    iss,
    login_hint: loginHint,
    target_link_uri: target,
    client_id: params.get('client_id') ?? undefined,
    lti_message_hint: params.get('lti_message_hint') ?? undefined,
    lti_deployment_id: params.get('lti_deployment_id') ?? undefined,
  };
}

/**
 * Answers a login initiation with the platform's OIDC authorisation URL to redirect to, after
 * storing a fresh state and nonce. `toolUrl` is where this gateway is reached (the redirect_uri's base).
 */
export async function initiateLogin(
  db: Database,
  login: LoginInitiation,
  toolUrl: string,
  now: Date = new Date(),
): Promise<{ redirect: string; registration: RegistrationRow }> {
  const candidates = (await registrationsOfIssuer(db, login.iss)).filter(
    (registration) => !login.client_id || registration.clientId === login.client_id,
  );
  // Without a client_id, an issuer registered twice (two organisations) cannot be told apart.
  if (candidates.length !== 1)
    throw new LaunchRefused('UNKNOWN_PLATFORM', `iss=${login.iss} client_id=${login.client_id ?? '-'}`);
  const registration = candidates[0]!;
  if (login.lti_deployment_id && !registration.deploymentIds.includes(login.lti_deployment_id)) {
    throw new LaunchRefused('DEPLOYMENT', `lti_deployment_id=${login.lti_deployment_id}`);
  }
  if (!sameOrigin(login.target_link_uri, toolUrl)) {
    throw new LaunchRefused('TARGET', `target_link_uri=${login.target_link_uri}`);
  }
  const state = randomBytes(24).toString('base64url');
  const nonce = randomBytes(24).toString('base64url');
  await db.query(
    `insert into lti_launch_states (state, registration_id, nonce, target_link_uri, expires_at)
     values ($1, $2, $3, $4, $5::timestamptz + make_interval(secs => $6))`,
    [state, registration.id, nonce, login.target_link_uri, now, launchSettings.stateTtlSeconds],
  );
  // Expired states of abandoned logins go as new ones come.
  await db.query(`delete from lti_launch_states where expires_at < $1`, [now]);
  const url = new URL(registration.authLoginUrl);
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: registration.clientId,
    redirect_uri: `${toolUrl}/lti/launch`,
    login_hint: login.login_hint,
    state,
    nonce,
    ...(login.lti_message_hint ? { lti_message_hint: login.lti_message_hint } : {}),
  };
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return { redirect: url.toString(), registration };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** The most a platform's JWKS document may weigh. */
const MAX_JWKS_BYTES = 256 * 1024;

const platformJwks = { ...remoteJwks, cooldownMs: 10_000 };

const platformKeySets = new Map<string, RemoteKeySet>();

/**
 * The platform's keys: those registered inline, as they were read with the registration (so a
 * rotation takes effect at the next launch), else its JWKS, cached by jose for ten minutes and
 * refetched when an unknown `kid` arrives (a platform rotating its keys), at most every ten seconds.
 * The JWKS is fetched through the screened fetch, as every call out is: outside dev mode only an
 * https URL whose host resolves to public addresses is called, checked again at each fetch and
 * connected to as checked, without following redirects.
 */
function platformKeys(registration: RegistrationRow, dev: boolean): JWTVerifyGetKey {
  if (registration.jwks) return createLocalJWKSet(registration.jwks);
  const jwksUrl = registration.jwksUrl!;
  const cacheKey = `${dev ? 'dev' : 'screened'} ${jwksUrl}`;
  let keys = platformKeySets.get(cacheKey);
  if (!keys) {
    keys = remoteKeySet(jwksUrl, screenedFetch({ dev, maxBytes: MAX_JWKS_BYTES }), platformJwks);
    platformKeySets.set(cacheKey, keys);
  }
  return keys;
}

export interface LtiClaims extends JWTPayload {
  sub: string;
  nonce: string;
  name?: string;
  email?: string;
  [claim: string]: unknown;
}

export interface VerifiedLaunch {
  registration: RegistrationRow;
  claims: LtiClaims;
  messageType: MessageType;
  deploymentId: string;
  /** The person of the registration's organisation the LTI user is. */
  personId: string;
  /** How the person was found: an earlier link, or this launch's e-mail (the link is made now). */
  linkedBy: 'LINK' | 'EMAIL';
}

interface StateRow {
  registration_id: string;
  nonce: string;
  target_link_uri: string;
  expires_at: Date;
}

function describeJoseError(error: unknown): LaunchRefused {
  if (error instanceof LaunchRefused) return error;
  // The platform's JWKS URL is one the gateway will not call (http, or a private or loopback address
  // outside dev mode): its keys cannot be had, so neither can the signature be checked.
  if (error instanceof DestinationRefused)
    return new LaunchRefused('SIGNATURE', `platform keys not fetched: ${error.message}`);
  if (error instanceof joseErrors.JWTExpired)
    return new LaunchRefused('EXPIRED', `${error.claim}: ${error.message}`);
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JWKSNoMatchingKey ||
    error instanceof joseErrors.JOSEAlgNotAllowed
  ) {
    return new LaunchRefused('SIGNATURE', error.message);
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new LaunchRefused('ISSUER', error.message);
    if (error.claim === 'aud') return new LaunchRefused('AUDIENCE', error.message);
    if (error.claim === 'iat' || error.claim === 'nbf')
      return new LaunchRefused('EXPIRED', `${error.claim}: ${error.message}`);
    return new LaunchRefused('CLAIM', `${error.claim}: ${error.message}`);
  }
  return new LaunchRefused('MALFORMED', error instanceof Error ? error.message : String(error));
}

/**
 * Checks a launch (the form POSTed to /lti/launch) and finds its person. Each check, in order:
 * state known, unused and unexpired; the token issued by the state's platform; RS256 (or ES256) signature
 * by a key of that platform's JWKS or inline keys; `iss`; `aud` holding the client id; `azp` (required with several
 * audiences); `exp` and `iat`; `nonce` the state's and never seen before; LTI version; message
 * type; `deployment_id` one of the registration's; `target_link_uri` the login's; `sub`; the
 * resource link (resource-link launches) or deep-linking settings (deep-linking requests); then the
 * person, by a link made before or by the e-mail the platform signed when the organisation's rule
 * allows that domain.
 */
export async function verifyLaunch(
  db: Database,
  form: { idToken: string | null; state: string | null },
  options: {
    /** Dev mode: the platform's JWKS may be on http and a private or loopback address. */
    dev: boolean;
    now?: Date;
  },
): Promise<VerifiedLaunch> {
  const now = options.now ?? new Date();
  if (!form.idToken || !form.state) throw new LaunchRefused('MALFORMED', 'id_token or state missing');
  const [stored] = await db.query<StateRow>(
    `delete from lti_launch_states where state = $1 returning registration_id, nonce, target_link_uri, expires_at`,
    [form.state],
  );
  if (!stored || stored.expires_at.getTime() < now.getTime()) {
    throw new LaunchRefused('STATE', stored ? 'state expired' : 'state unknown or used');
  }
  const registration = await registrationById(db, stored.registration_id);
  if (!registration) throw new LaunchRefused('STATE', 'registration removed since login');

  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(form.idToken);
  } catch (error) {
    throw describeJoseError(error);
  }
  // A token from another registered platform (possibly another organisation's) answering this
  // login is named as such rather than as a bad signature.
  if (typeof unverified.iss === 'string' && unverified.iss !== registration.issuer) {
    const elsewhere = await registrationsOfIssuer(db, unverified.iss);
    if (elsewhere.length > 0) {
      throw new LaunchRefused(
        'OTHER_PLATFORM',
        `token from ${unverified.iss}, login was for ${registration.issuer}`,
      );
    }
  }

  let claims: LtiClaims;
  try {
    const verified = await jwtVerify<LtiClaims>(form.idToken, platformKeys(registration, options.dev), {
      algorithms: [...PLATFORM_ALGORITHMS],
      issuer: registration.issuer,
      audience: registration.clientId,
      requiredClaims: ['exp', 'iat', 'sub', 'nonce'],
      clockTolerance: launchSettings.clockToleranceSeconds,
      currentDate: now,
    });
    claims = verified.payload;
  } catch (error) {
    throw describeJoseError(error);
  }

  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (audiences.length > 1 && claims['azp'] === undefined)
    throw new LaunchRefused('AZP', 'several audiences and no azp');
  if (claims['azp'] !== undefined && claims['azp'] !== registration.clientId) {
    throw new LaunchRefused('AZP', `azp=${String(claims['azp'])}`);
  }
  if (claims.nonce !== stored.nonce)
    throw new LaunchRefused('NONCE', 'nonce is not the one sent with this state');
  const fresh = await db.query(
    `insert into lti_used_nonces (registration_id, nonce, expires_at)
     values ($1, $2, to_timestamp($3) + make_interval(secs => $4))
     on conflict do nothing returning nonce`,
    [registration.id, claims.nonce, claims.exp ?? 0, launchSettings.nonceMemorySeconds],
  );
  if (fresh.length === 0) throw new LaunchRefused('REPLAY', 'nonce used before');
  await db.query(`delete from lti_used_nonces where expires_at < $1`, [now]);

  if (claims[LTI.version] !== LTI_VERSION)
    throw new LaunchRefused('VERSION', `version=${String(claims[LTI.version])}`);
  const messageType = claims[LTI.messageType];
  if (!MESSAGE_TYPES.includes(messageType as MessageType)) {
    throw new LaunchRefused('MESSAGE_TYPE', `message_type=${String(messageType)}`);
  }
  const deploymentId = claims[LTI.deploymentId];
  if (typeof deploymentId !== 'string' || !registration.deploymentIds.includes(deploymentId)) {
    throw new LaunchRefused('DEPLOYMENT', `deployment_id=${String(deploymentId)}`);
  }
  if (messageType === 'LtiResourceLinkRequest' && claims[LTI.targetLinkUri] !== stored.target_link_uri) {
    throw new LaunchRefused('TARGET', `target_link_uri=${String(claims[LTI.targetLinkUri])}`);
  }
  if (typeof claims.sub !== 'string' || claims.sub.length === 0)
    throw new LaunchRefused('CLAIM', 'sub missing');
  if (!Array.isArray(claims[LTI.roles])) throw new LaunchRefused('CLAIM', 'roles missing');
  if (messageType === 'LtiResourceLinkRequest') {
    const link = claims[LTI.resourceLink] as { id?: unknown } | undefined;
    if (typeof link?.id !== 'string' || !link.id)
      throw new LaunchRefused('CLAIM', 'resource_link.id missing');
  } else {
    const settings = claims[LTI.deepLinkingSettings] as { deep_link_return_url?: unknown } | undefined;
    if (typeof settings?.deep_link_return_url !== 'string') {
      throw new LaunchRefused('CLAIM', 'deep_linking_settings.deep_link_return_url missing');
    }
  }

  const person = await mapPerson(db, registration, claims);
  return { registration, claims, messageType: messageType as MessageType, deploymentId, ...person };
}

/**
 * The person an LTI user is: the link made at an earlier launch, else (once) the person of the
 * organisation with the e-mail the platform signed, when the organisation's rule lists its domain.
 * Nothing the platform does not sign (login_hint, a query parameter) and no claim beyond `sub` and
 * `email` is ever used.
 */
async function mapPerson(
  db: Database,
  registration: RegistrationRow,
  claims: LtiClaims,
): Promise<{ personId: string; linkedBy: 'LINK' | 'EMAIL' }> {
  const [linked] = await db.query<{ person_id: string }>(
    `select l.person_id from lti_person_links l join people p on p.id = l.person_id and p.org_id = l.org_id
     where l.registration_id = $1 and l.sub = $2`,
    [registration.id, claims.sub],
  );
  if (linked) return { personId: linked.person_id, linkedBy: 'LINK' };
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
  if (!domain || !registration.emailLinkDomains.includes(domain)) {
    throw new LaunchRefused(
      'NO_PERSON',
      email ? `no link, e-mail domain ${domain} not allowed` : 'no link, no e-mail',
    );
  }
  const [person] = await db.query<{ id: string }>(`select id from people where org_id = $1 and email = $2`, [
    registration.orgId,
    email,
  ]);
  if (!person) throw new LaunchRefused('NO_PERSON', 'no person with that e-mail');
  // Two first launches at once link the same person; the second finds the first's row.
  await db.query(
    `insert into lti_person_links (registration_id, sub, org_id, person_id, linked_by)
     values ($1, $2, $3, $4, 'EMAIL') on conflict do nothing`,
    [registration.id, claims.sub, registration.orgId, person.id],
  );
  return { personId: person.id, linkedBy: 'EMAIL' };
}
