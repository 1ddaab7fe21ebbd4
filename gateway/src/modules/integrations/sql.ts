/** Signing keys and identity settings of one organisation, read and written as the application role. */
import { orgRowsInCreationOrder } from '../../db/org-rows.js';
import type { Queryable } from '../../db/types.js';
import type { HostKeyAlgorithm } from '../../auth/host-keys.js';

export interface SigningKeyRow {
  id: string;
  kid: string;
  alg: HostKeyAlgorithm;
  publicJwk: unknown;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface IdentityRow {
  jwksUrl: string | null;
  oidcIssuer: string | null;
  oidcAudience: string | null;
  matchVerifiedEmail: boolean;
}

interface RawKey {
  id: string;
  kid: string;
  alg: HostKeyAlgorithm;
  public_jwk: unknown;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const toKey = (raw: RawKey): SigningKeyRow => ({
  id: raw.id,
  kid: raw.kid,
  alg: raw.alg,
  publicJwk: typeof raw.public_jwk === 'string' ? (JSON.parse(raw.public_jwk) as unknown) : raw.public_jwk,
  createdAt: new Date(raw.created_at),
  revokedAt: raw.revoked_at === null ? null : new Date(raw.revoked_at),
});

const keyColumns = 'id, kid, alg, public_jwk, created_at, revoked_at';

export async function listSigningKeys(tx: Queryable, orgId: string): Promise<SigningKeyRow[]> {
  const rows = await orgRowsInCreationOrder<RawKey>(tx, 'organisation_signing_keys', keyColumns, orgId);
  return rows.map(toKey);
}

/** Null when the organisation already has a key with this kid. */
export async function insertSigningKey(
  tx: Queryable,
  orgId: string,
  key: { kid: string; alg: HostKeyAlgorithm; jwk: unknown; createdBy: string },
): Promise<SigningKeyRow | null> {
  const [raw] = await tx.query<RawKey>(
    `insert into organisation_signing_keys (org_id, kid, alg, public_jwk, created_by)
     values ($1, $2, $3, $4::jsonb, $5)
     on conflict (org_id, kid) do nothing returning ${keyColumns}`,
    [orgId, key.kid, key.alg, JSON.stringify(key.jwk), key.createdBy],
  );
  return raw ? toKey(raw) : null;
}

export async function revokeSigningKey(
  tx: Queryable,
  orgId: string,
  id: string,
): Promise<{ key: SigningKeyRow; changed: boolean } | null> {
  const [before] = await tx.query<RawKey>(
    `select ${keyColumns} from organisation_signing_keys where org_id = $1 and id = $2`,
    [orgId, id],
  );
  if (!before) return null;
  if (before.revoked_at !== null) return { key: toKey(before), changed: false };
  const [raw] = await tx.query<RawKey>(
    `update organisation_signing_keys set revoked_at = now() where org_id = $1 and id = $2 returning ${keyColumns}`,
    [orgId, id],
  );
  return { key: toKey(raw!), changed: true };
}

export async function readIdentity(tx: Queryable, orgId: string): Promise<IdentityRow> {
  const [row] = await tx.query<{
    jwks_url: string | null;
    oidc_issuer: string | null;
    oidc_audience: string | null;
    match_verified_email: boolean;
  }>(
    `select jwks_url, oidc_issuer, oidc_audience, match_verified_email
     from organisation_identity where org_id = $1`,
    [orgId],
  );
  return {
    jwksUrl: row?.jwks_url ?? null,
    oidcIssuer: row?.oidc_issuer ?? null,
    oidcAudience: row?.oidc_audience ?? null,
    matchVerifiedEmail: row?.match_verified_email ?? false,
  };
}

export async function writeIdentity(tx: Queryable, orgId: string, identity: IdentityRow): Promise<void> {
  await tx.query(
    `insert into organisation_identity (org_id, jwks_url, oidc_issuer, oidc_audience, match_verified_email)
     values ($1, $2, $3, $4, $5)
     on conflict (org_id) do update set jwks_url = excluded.jwks_url, oidc_issuer = excluded.oidc_issuer,
       oidc_audience = excluded.oidc_audience, match_verified_email = excluded.match_verified_email,
       updated_at = now()`,
    [orgId, identity.jwksUrl, identity.oidcIssuer, identity.oidcAudience, identity.matchVerifiedEmail],
  );
}
