/**
 * What a launched page holds instead of a cookie: a short signed value naming the person and the
 * registration, exchanged at /lti/token for embed tokens. It is signed with the tool's key and
 * typed, so neither a deep-linking response nor an embed token passes for one.
 */
import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';
import type { Queryable } from '../../db/types.js';
import { publicKeys, signingKey, TOOL_KEY_ALGORITHM } from './keys.js';

const SESSION_TYPE = 'cw-lti-session+jwt';
const SESSION_AUDIENCE = 'coachwork:lti-session';

export const sessionSettings = {
  /** A course page stays open for a lesson; the embed tokens minted from it live their usual 15 minutes. */
  ttlSeconds: 8 * 60 * 60,
};

export interface LaunchSession {
  personId: string;
  orgId: string;
  registrationId: string;
}

export async function signLaunchSession(
  db: Queryable,
  session: LaunchSession,
  now = new Date(),
): Promise<string> {
  const key = await signingKey(db);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ org: session.orgId, reg: session.registrationId })
    .setProtectedHeader({ alg: TOOL_KEY_ALGORITHM, kid: key.kid, typ: SESSION_TYPE })
    .setSubject(session.personId)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + sessionSettings.ttlSeconds)
    .sign(key.privateKey);
}

/** The session a value names, or null when it is not one of ours, expired or malformed. */
export async function verifyLaunchSession(
  db: Queryable,
  value: string,
  now = new Date(),
): Promise<LaunchSession | null> {
  try {
    const keys = createLocalJWKSet({ keys: await publicKeys(db) });
    const { payload } = await jwtVerify<{ org?: unknown; reg?: unknown }>(value, keys, {
      algorithms: [TOOL_KEY_ALGORITHM],
      audience: SESSION_AUDIENCE,
      typ: SESSION_TYPE,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: now,
    });
    if (typeof payload.org !== 'string' || typeof payload.reg !== 'string' || !payload.sub) return null;
    return { personId: payload.sub, orgId: payload.org, registrationId: payload.reg };
  } catch {
    return null;
  }
}
