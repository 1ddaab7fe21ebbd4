/**
 * The LRS password at rest: AES-256-GCM with the organisation's xAPI key (migration 0090). A stored
 * value is version (1 byte) ‖ IV (12) ‖ tag (16) ‖ ciphertext; the associated data names the
 * organisation, so a value copied onto another organisation's row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/types.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a sealed value is: the LRS password, or the key that hashes agent names. */
export type SealedPurpose = 'xapi-lrs-password' | 'xapi-agent-name-key';

const associatedData = (orgId: string, purpose: SealedPurpose) => Buffer.from(`${purpose}:${orgId}`, 'utf8');

/** The tenant's key: made on first use, readable only inside the tenant's own transaction. */
export async function credentialKey(tx: Queryable): Promise<Buffer> {
  const [row] = await tx.query<{ key: Uint8Array }>(`select cw_xapi_credential_key($1) as key`, [
    randomBytes(32),
  ]);
  if (!row?.key || row.key.length !== 32) throw new Error('the organisation has no usable xAPI key');
  return Buffer.from(row.key);
}

export function sealPassword(
  key: Buffer,
  orgId: string,
  password: string,
  purpose: SealedPurpose = 'xapi-lrs-password',
): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(orgId, purpose));
  const ciphertext = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the value was altered, belongs to another organisation, or was sealed with another key. */
export function openPassword(
  key: Buffer,
  orgId: string,
  sealed: Uint8Array,
  purpose: SealedPurpose = 'xapi-lrs-password',
): string {
  const body = Buffer.from(sealed);
  if (body[0] !== VERSION || body.length < 1 + IV_BYTES + TAG_BYTES) throw new Error('unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(1, 1 + IV_BYTES));
  decipher.setAAD(associatedData(orgId, purpose));
  decipher.setAuthTag(body.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}
