/**
 * Session notes at rest: AES-256-GCM with the organisation's key (node:crypto). A stored body is
 * version (1 byte) ‖ IV (12 random bytes) ‖ tag (16) ‖ ciphertext; the associated data is the row's
 * identity (organisation, session, coach), so a body copied onto another row fails authentication.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/types.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface NoteIdentity {
  orgId: string;
  sessionId: string;
  coachId: string;
}

function associatedData(identity: NoteIdentity): Buffer {
  return Buffer.from(`session-note:${identity.orgId}:${identity.sessionId}:${identity.coachId}`, 'utf8');
}

/** The tenant's note key: created on first use, readable only through the tenant-bound function (migration 0041). */
export async function noteKey(tx: Queryable): Promise<Buffer> {
  const [row] = await tx.query<{ key: Uint8Array }>(`SELECT cw_session_note_key($1) AS key`, [
    randomBytes(32),
  ]);
  if (!row?.key || row.key.length !== 32) throw new Error('the organisation has no usable note key');
  return Buffer.from(row.key);
}

export function sealNote(key: Buffer, identity: NoteIdentity, text: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(identity));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the body was altered, belongs to another row, or was sealed with another key. */
export function openNote(key: Buffer, identity: NoteIdentity, sealed: Uint8Array): string {
  const body = Buffer.from(sealed);
  if (body[0] !== VERSION || body.length < 1 + IV_BYTES + TAG_BYTES) throw new Error('unknown note format');
  const iv = body.subarray(1, 1 + IV_BYTES);
  const tag = body.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(associatedData(identity));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}
