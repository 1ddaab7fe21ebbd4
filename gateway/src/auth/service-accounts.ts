/**
 * Service accounts: OAuth 2.0 client credentials an org admin issues with scopes, for developers
 * who query the gateway from their own servers. The client secret and the access tokens are
 * 256-bit random strings of which only a SHA-256 hash is stored; a secret is shown once, at
 * creation. Access tokens are opaque and checked against the database on every request, so a
 * revocation takes effect at the next request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServiceScope, Viewer } from '../context.js';
import { orgRowsInCreationOrder } from '../db/org-rows.js';
import type { Database, Queryable } from '../db/types.js';

export const serviceScopes: readonly ServiceScope[] = ['read-analytics', 'manage-programs', 'provision'];
export const isServiceScope = (scope: string): scope is ServiceScope =>
  (serviceScopes as readonly string[]).includes(scope);

/** Access tokens carry this prefix so the HTTP layer tells them from embed tokens (JWTs) at once. */
export const ACCESS_TOKEN_PREFIX = 'cwat_';
const SECRET_PREFIX = 'cwsec_';
const CLIENT_PREFIX = 'cwsa_';

/** How long an access token from the client credentials grant lives. */
export const accessTokenTtlSeconds = 15 * 60;

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export interface ServiceAccountRow {
  id: string;
  orgId: string;
  name: string;
  clientId: string;
  scopes: ServiceScope[];
  createdBy: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

interface RawServiceAccount {
  id: string;
  org_id: string;
  name: string;
  client_id: string;
  scopes: ServiceScope[];
  created_by: string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}

const date = (value: Date | string | null): Date | null =>
  value === null ? null : value instanceof Date ? value : new Date(value);

const toRow = (raw: RawServiceAccount): ServiceAccountRow => ({
  id: raw.id,
  orgId: raw.org_id,
  name: raw.name,
  clientId: raw.client_id,
  scopes: raw.scopes,
  createdBy: raw.created_by,
  createdAt: date(raw.created_at)!,
  revokedAt: date(raw.revoked_at),
  lastUsedAt: date(raw.last_used_at),
});

const columns = 'id, org_id, name, client_id, scopes, created_by, created_at, revoked_at, last_used_at';

/** Creates a service account in the tenant transaction; the secret is returned here and never again. */
export async function createServiceAccount(
  tx: Queryable,
  orgId: string,
  input: { name: string; scopes: readonly ServiceScope[]; createdBy: string },
): Promise<{ account: ServiceAccountRow; clientSecret: string }> {
  const clientId = CLIENT_PREFIX + randomBytes(12).toString('base64url');
  const clientSecret = SECRET_PREFIX + randomBytes(32).toString('base64url');
  const [raw] = await tx.query<RawServiceAccount>(
    `insert into service_accounts (org_id, name, client_id, secret_hash, scopes, created_by)
     values ($1, $2, $3, $4, $5::text[], $6) returning ${columns}`,
    [orgId, input.name, clientId, sha256(clientSecret), [...new Set(input.scopes)], input.createdBy],
  );
  return { account: toRow(raw!), clientSecret };
}

export async function listServiceAccounts(tx: Queryable, orgId: string): Promise<ServiceAccountRow[]> {
  const rows = await orgRowsInCreationOrder<RawServiceAccount>(tx, 'service_accounts', columns, orgId);
  return rows.map(toRow);
}

export async function serviceAccountsByIds(
  tx: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<ServiceAccountRow[]> {
  const rows = await tx.query<RawServiceAccount>(
    `select ${columns} from service_accounts where org_id = $1 and id = any($2::uuid[])`,
    [orgId, [...ids]],
  );
  return rows.map(toRow);
}

/** Revokes at once: its access tokens stop working at the next request. */
export async function revokeServiceAccount(
  tx: Queryable,
  orgId: string,
  id: string,
): Promise<ServiceAccountRow | null> {
  const [raw] = await tx.query<RawServiceAccount>(
    `update service_accounts set revoked_at = coalesce(revoked_at, now())
     where org_id = $1 and id = $2 returning ${columns}`,
    [orgId, id],
  );
  return raw ? toRow(raw) : null;
}

/** Why the client credentials grant refused, as RFC 6749 §5.2 names it. */
export type ClientRefusal = 'invalid_client' | 'invalid_scope';

export class ClientCredentialsError extends Error {
  override readonly name = 'ClientCredentialsError';
  constructor(
    readonly error: ClientRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** A hash nobody's secret has: an unknown client id costs the same comparison as a known one. */
const nobody = sha256(randomBytes(32).toString('base64url'));

/**
 * Authenticates a client (as the owner: the tenant is not known yet) and returns the account when
 * the secret matches and the account is not revoked.
 */
export async function authenticateClient(
  db: Database,
  clientId: string,
  clientSecret: string,
): Promise<ServiceAccountRow> {
  const [raw] = await db.query<RawServiceAccount & { secret_hash: Buffer | Uint8Array }>(
    `select ${columns}, secret_hash from service_accounts where client_id = $1`,
    [clientId],
  );
  const stored = raw ? Buffer.from(raw.secret_hash) : nobody;
  const matches = timingSafeEqual(stored, sha256(clientSecret));
  if (!raw || !matches) throw new ClientCredentialsError('invalid_client', 'Client authentication failed.');
  if (raw.revoked_at !== null) {
    throw new ClientCredentialsError('invalid_client', 'The service account has been revoked.');
  }
  return toRow(raw);
}

/** Parses `scope` (space-separated); absent means every scope the account holds. */
export function grantedScopes(account: ServiceAccountRow, requested: string | null): ServiceScope[] {
  if (requested === null || requested.trim() === '') return account.scopes;
  const asked = [...new Set(requested.trim().split(/\s+/))];
  const refused = asked.filter((scope) => !isServiceScope(scope) || !account.scopes.includes(scope));
  if (refused.length > 0) {
    throw new ClientCredentialsError(
      'invalid_scope',
      `Scope not granted to this client: ${refused.join(' ')}.`,
    );
  }
  return asked as ServiceScope[];
}

/** Issues an access token with (a subset of) the account's scopes. */
export async function issueAccessToken(
  db: Database,
  account: ServiceAccountRow,
  scopes: readonly ServiceScope[],
  now: Date = new Date(),
): Promise<{ token: string; expiresIn: number; scopes: readonly ServiceScope[] }> {
  const token = ACCESS_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + accessTokenTtlSeconds * 1000);
  await db.transaction(async (tx) => {
    // Expired tokens are swept as new ones are issued: the table holds live tokens only.
    await tx.query('delete from service_account_tokens where service_account_id = $1 and expires_at < $2', [
      account.id,
      now,
    ]);
    await tx.query(
      `insert into service_account_tokens (token_hash, service_account_id, org_id, expires_at, scopes)
       values ($1, $2, $3, $4, $5::text[])`,
      [sha256(token), account.id, account.orgId, expiresAt, [...scopes]],
    );
    await tx.query('update service_accounts set last_used_at = $2 where id = $1', [account.id, now]);
  });
  return { token, expiresIn: accessTokenTtlSeconds, scopes };
}

export interface VerifiedServiceToken {
  viewer: Viewer;
  organisationLocales: readonly string[];
}

/** The caller an access token stands for; null when it is unknown, expired or its account is revoked. */
export async function verifyAccessToken(
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<VerifiedServiceToken | null> {
  const [row] = await db.query<{
    id: string;
    org_id: string;
    name: string;
    scopes: ServiceScope[];
    locales: string[];
  }>(
    `select a.id, a.org_id, a.name, t.scopes, o.locales
     from service_account_tokens t
     join service_accounts a on a.id = t.service_account_id
     join organisations o on o.id = a.org_id
     where t.token_hash = $1 and t.expires_at > $2 and a.revoked_at is null`,
    [sha256(token), now],
  );
  if (!row) return null;
  // The token's scopes: those the grant asked for, never more than the account was given.
  return {
    viewer: {
      orgId: row.org_id,
      personId: row.id,
      roles: [],
      serviceAccount: { id: row.id, name: row.name, scopes: row.scopes },
    },
    organisationLocales: row.locales,
  };
}
