/**
 * `POST /oauth/token`: the OAuth 2.0 token endpoint. Two grants: token exchange (RFC 8693) of an
 * OpenID Connect ID token for a short-lived embed token, and client credentials (RFC 6749 §4.4)
 * for service accounts, authenticated with client_secret_basic or client_secret_post. Refusals are
 * RFC 6749 §5.2 error bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import {
  authenticateClient,
  ClientCredentialsError,
  grantedScopes,
  issueAccessToken,
  type ServiceAccountRow,
} from '../auth/service-accounts.js';
import {
  exchangeIdToken,
  ID_TOKEN_TYPE,
  JWT_TOKEN_TYPE,
  OAuthError,
  TOKEN_EXCHANGE_GRANT,
  type IdentityProviders,
} from '../auth/token-exchange.js';
import type { Database } from '../db/types.js';
import type { TokenEndpointLimits } from '../limits/token-endpoint.js';
import { BodyTooLarge, readBody, sendJson } from './respond.js';

export interface OAuthDeps {
  db: Database;
  providers: IdentityProviders;
  limits: TokenEndpointLimits;
}

/**
 * Refusals that count as a failed attempt against the source address: wrong credentials and
 * ID tokens that do not verify, what someone guessing or replaying would get.
 */
const failures = new Set(['invalid_client', 'invalid_grant']);

interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Which method the client used: a failed Basic authentication is answered with 401. */
  method: 'basic' | 'post';
}

function send(res: ServerResponse, status: number, body: unknown): void {
  // RFC 6749 §5.1: token responses must not be cached.
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  sendJson(res, status, body);
}

function refuse(res: ServerResponse, error: OAuthError, basic = false): void {
  const status = error.error === 'invalid_client' ? 401 : 400;
  if (status === 401) res.setHeader('www-authenticate', basic ? 'Basic realm="coachwork"' : 'Bearer');
  send(res, status, { error: error.error, error_description: error.description });
}

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64. */
function clientCredentials(req: IncomingMessage, form: URLSearchParams): ClientCredentials | null {
  const header = req.headers.authorization;
  const posted = form.get('client_id');
  if (header) {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match)
      throw new OAuthError('invalid_request', 'The Authorization header must be Basic credentials.');
    if (posted !== null && form.get('client_secret') !== null) {
      throw new OAuthError('invalid_request', 'Use one client authentication method, not two.');
    }
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw new OAuthError('invalid_request', 'Basic credentials must be client_id:client_secret.');
    try {
      return {
        clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
        clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
        method: 'basic',
      };
    } catch {
      throw new OAuthError('invalid_request', 'Basic credentials are not form-urlencoded.');
    }
  }
  const secret = form.get('client_secret');
  if (posted !== null && secret !== null) return { clientId: posted, clientSecret: secret, method: 'post' };
  return null;
}

/** A token request admitted past the endpoint's limits, for the grant it names to answer. */
interface TokenRequest {
  deps: OAuthDeps;
  res: ServerResponse;
  form: URLSearchParams;
  client: ClientCredentials | null;
  log: Logger;
}

/** RFC 6749 §3.2: a parameter sent twice is a malformed request. */
function single(form: URLSearchParams, name: string): string | null {
  const values = form.getAll(name);
  if (values.length > 1) throw new OAuthError('invalid_request', `${name} is repeated.`);
  return values[0] ?? null;
}

async function clientCredentialsGrant({ deps, res, form, client, log }: TokenRequest): Promise<void> {
  if (!client)
    throw new OAuthError('invalid_client', 'The client credentials grant needs client authentication.');
  let account: ServiceAccountRow;
  try {
    account = await authenticateClient(deps.db, client.clientId, client.clientSecret);
    const scopes = grantedScopes(account, single(form, 'scope'));
    const issued = await issueAccessToken(deps.db, account, scopes);
    log.info({ org: account.orgId, serviceAccount: account.id, scopes }, 'service account token issued');
    send(res, 200, {
      access_token: issued.token,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      scope: issued.scopes.join(' '),
    });
  } catch (error) {
    if (error instanceof ClientCredentialsError) {
      log.info({ clientId: client.clientId, reason: error.message }, 'client credentials refused');
      throw new OAuthError(error.error, error.message);
    }
    throw error;
  }
}

async function tokenExchangeGrant({ deps, res, form, client, log }: TokenRequest): Promise<void> {
  if (client) {
    // A service account acts as itself, never for a person.
    await authenticateClient(deps.db, client.clientId, client.clientSecret).catch((error: unknown) => {
      if (error instanceof ClientCredentialsError) throw new OAuthError('invalid_client', error.message);
      throw error;
    });
    throw new OAuthError('unauthorized_client', 'Service accounts may not exchange tokens for people.');
  }
  const subjectToken = single(form, 'subject_token');
  const subjectTokenType = single(form, 'subject_token_type');
  if (!subjectToken) throw new OAuthError('invalid_request', 'subject_token is required.');
  if (!subjectTokenType) throw new OAuthError('invalid_request', 'subject_token_type is required.');
  if (subjectTokenType !== ID_TOKEN_TYPE) {
    throw new OAuthError('invalid_request', `subject_token_type must be ${ID_TOKEN_TYPE}.`);
  }
  const requested = single(form, 'requested_token_type');
  if (requested !== null && requested !== JWT_TOKEN_TYPE) {
    throw new OAuthError('invalid_request', `requested_token_type may only be ${JWT_TOKEN_TYPE}.`);
  }
  if (single(form, 'actor_token') !== null) {
    throw new OAuthError('invalid_request', 'Delegation (actor_token) is not supported.');
  }
  const minted = await exchangeIdToken(deps.db, deps.providers, subjectToken);
  log.info({ org: minted.organisation.id, person: minted.person.id }, 'ID token exchanged');
  send(res, 200, {
    access_token: minted.token,
    issued_token_type: JWT_TOKEN_TYPE,
    token_type: 'Bearer',
    expires_in: Math.round((minted.expiresAt.getTime() - Date.now()) / 1000),
  });
}

/** The `/oauth/token` handler. */
export async function oauthToken(
  deps: OAuthDeps,
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
): Promise<void> {
  if ((req.method ?? 'GET').toUpperCase() !== 'POST') {
    res.setHeader('allow', 'POST');
    return send(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
  }
  let basic = false;
  const address = req.socket.remoteAddress ?? 'unknown';
  try {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
      throw new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw new OAuthError('invalid_request', 'The body is too large.');
      throw error;
    }
    const form = new URLSearchParams(body);
    const client = clientCredentials(req, form);
    basic = client?.method === 'basic';
    const admission = await deps.limits.admit(
      client ? `client:${client.clientId}` : `address:${address}`,
      address,
    );
    if (!admission.allowed) {
      log.info({ clientId: client?.clientId, address, reason: admission.reason }, 'token request limited');
      res.setHeader('retry-after', String(admission.retryAfterSeconds));
      return send(res, 429, {
        error: 'slow_down',
        error_description: `${admission.reason} Try again in ${admission.retryAfterSeconds} seconds.`,
      });
    }
    const grantType = single(form, 'grant_type');
    if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required.');
    const request: TokenRequest = { deps, res, form, client, log };
    if (grantType === 'client_credentials') return await clientCredentialsGrant(request);
    if (grantType === TOKEN_EXCHANGE_GRANT) return await tokenExchangeGrant(request);
    throw new OAuthError('unsupported_grant_type', `grant_type ${grantType} is not supported.`);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    log.info({ error: error.error, reason: error.description }, 'token request refused');
    if (failures.has(error.error)) await deps.limits.failed(address);
    refuse(res, error, basic);
  }
}
