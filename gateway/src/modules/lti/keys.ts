/**
 * The tool's own RSA key pair, published at /lti/jwks. Created on first use and kept in the
 * database, so every gateway instance signs with the same key and platforms that cached the JWKS
 * keep verifying after a restart.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Queryable } from '../../db/types.js';

export const TOOL_KEY_ALGORITHM = 'RS256';

export interface ToolKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof importJWK>>;
  publicJwk: JWK;
}

interface KeyRow {
  kid: string;
  private_jwk: JWK;
  public_jwk: JWK;
}

async function newestKey(db: Queryable): Promise<KeyRow | undefined> {
  const [row] = await db.query<KeyRow>(
    `select kid, private_jwk, public_jwk from lti_tool_keys order by created_at desc, kid limit 1`,
  );
  return row;
}

async function createKey(db: Queryable): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair(TOOL_KEY_ALGORITHM, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: TOOL_KEY_ALGORITHM, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: TOOL_KEY_ALGORITHM };
  await db.query(
    `insert into lti_tool_keys (kid, private_jwk, public_jwk) values ($1, $2::jsonb, $3::jsonb)`,
    [kid, JSON.stringify(privateJwk), JSON.stringify(publicJwk)],
  );
}

const imported = new Map<string, Promise<ToolKey>>();

/** The key that signs now (owner access); also refreshes the published keys. */
export async function signingKey(db: Queryable): Promise<ToolKey> {
  let row = await newestKey(db);
  if (!row) {
    await createKey(db);
    row = (await newestKey(db))!;
  }
  const cached = published.get(db);
  if (cached && !cached.keys.some((key) => key.kid === row.kid)) published.delete(db);
  const { kid, private_jwk: privateJwk, public_jwk: publicJwk } = row;
  let key = imported.get(kid);
  if (!key) {
    key = importJWK(privateJwk, TOOL_KEY_ALGORITHM).then((privateKey) => ({ kid, privateKey, publicJwk }));
    imported.set(kid, key);
  }
  return key;
}

const published = new WeakMap<Queryable, { keys: JWK[]; at: number }>();
const PUBLISHED_TTL_MS = 10 * 60_000;

/**
 * Every published public key (the JWKS document's `keys`), kept in memory for a while: a platform
 * fetches them while a grade job of this gateway holds a transaction, which on the single-connection
 * PGlite would otherwise wait for that job to end (and the job for the platform).
 */
export async function publicKeys(db: Queryable): Promise<JWK[]> {
  const cached = published.get(db);
  if (cached && Date.now() - cached.at < PUBLISHED_TTL_MS) return cached.keys;
  await signingKey(db);
  const rows = await db.query<{ public_jwk: JWK }>(
    `select public_jwk from lti_tool_keys order by created_at desc, kid`,
  );
  const keys = rows.map((row) => row.public_jwk);
  published.set(db, { keys, at: Date.now() });
  return keys;
}

/** The signing key for background jobs, with the published keys loaded (read before the queue starts). */
export async function toolKeyForJobs(db: Queryable): Promise<ToolKey> {
  const key = await signingKey(db);
  await publicKeys(db);
  return key;
}
