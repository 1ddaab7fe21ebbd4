/**
 * SCIM bearer credentials: random secrets shown once, stored as SHA-256 (a secret of 256 random bits
 * needs no slow hash), looked up as the owner before the organisation is known.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/types.js';

const PREFIX = 'cwscim_';

export function newSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashOf(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export const hashOf = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** The organisation a live credential belongs to; null for an unknown or revoked one. */
export async function organisationOfCredential(db: Database, secret: string): Promise<string | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 200) return null;
  const [row] = await db.query<{ org_id: string }>(
    // Stamping use at most once a minute keeps a provisioning run from writing on every request.
    `with found as (
       select id, org_id, last_used_at from scim_credentials where token_hash = $1 and revoked_at is null
     ), stamped as (
       update scim_credentials c set last_used_at = now() from found
       where c.id = found.id and (found.last_used_at is null or found.last_used_at < now() - interval '1 minute')
     )
     select org_id from found`,
    [hashOf(secret)],
  );
  return row?.org_id ?? null;
}
