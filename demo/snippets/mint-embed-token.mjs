// Mint a Coachwork embed token on your backend. Node 18+, no dependencies.
// Never in the browser: it needs your organisation's embed signing secret.
import { createHmac } from 'node:crypto';

const base64url = (json) => Buffer.from(JSON.stringify(json)).toString('base64url');

/**
 * A JWT signed with HS256 for one person of your organisation.
 *
 * @param {object} options
 * @param {string} options.organisationId  your organisation's id (a UUID); also the `kid` header
 * @param {string} options.personId        the person's Coachwork id (a UUID)
 * @param {string} options.secret          the organisation's embed signing secret
 * @param {string[]} [options.roles]       narrow the person's roles for this page (optional)
 * @param {string} [options.locale]        the language of the gateway's messages to this person, a
 *                                         BCP 47 tag (optional: else the widgets' language)
 * @param {number} [options.ttlSeconds]    lifetime; keep it short (default 15 minutes; the gateway
 *                                         refuses more than 12 hours)
 * @returns {{ token: string, expiresAt: string }}
 */
export function mintEmbedToken({ organisationId, personId, secret, roles, locale, ttlSeconds = 15 * 60 }) {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expires = issuedAt + ttlSeconds;
  const header = { alg: 'HS256', typ: 'JWT', kid: organisationId };
  // `aud` names the Coachwork gateway: a token minted for another API with the same secret is refused.
  const claims = {
    aud: 'coachwork-gateway',
    org: organisationId,
    sub: personId,
    iat: issuedAt,
    exp: expires,
  };
  if (roles) claims.roles = roles;
  if (locale) claims.locale = locale;
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return { token: `${unsigned}.${signature}`, expiresAt: new Date(expires * 1000).toISOString() };
}
