/**
 * Reads a JWT's `exp` claim as epoch milliseconds. No signature check: the gateway verifies,
 * the client only needs to know when to ask for a new token.
 */
export function decodeJwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const claims: unknown = JSON.parse(atob(padded));
    if (typeof claims === 'object' && claims !== null && 'exp' in claims) {
      const { exp } = claims;
      if (typeof exp === 'number' && Number.isFinite(exp)) return exp * 1000;
    }
  } catch {
    // Not a JWT we can read: treat the expiry as unknown and rely on UNAUTHENTICATED.
  }
  return undefined;
}
