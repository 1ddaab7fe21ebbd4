/**
 * The checks a page makes as an admin pastes a learning platform's public keys (a JWK Set) to
 * register it, before anything is sent: the gateway checks the set again, fully (key types and
 * sizes, that jose can import each key), and its userErrors say the rest. Shared by the program
 * console and host pages, each with its own words for the problem.
 */

/** What is wrong with a pasted JWK Set, as far as a page can see. */
export type PastedJwksProblem =
  /** Not JSON. */
  | 'JSON'
  /** JSON, but no non-empty `keys` list. */
  | 'NO_KEYS'
  /** A key with private or symmetric members: the key has leaked and must not be registered. */
  | 'PRIVATE'
  /** A key without its own `kid`. */
  | 'KID';

/** Members only a private or symmetric JWK has. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** The first problem seen in `text`, or null when none is (blank text included: nothing typed yet). */
export function pastedJwksProblem(text: string): PastedJwksProblem | null {
  if (!text.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'JSON';
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) return 'NO_KEYS';
  if (keys.some((key) => typeof key === 'object' && key !== null && PRIVATE_MEMBERS.some((m) => m in key)))
    return 'PRIVATE';
  const kids = keys.map((key) => (key as { kid?: unknown } | null)?.kid);
  if (kids.some((kid) => typeof kid !== 'string' || !kid.trim()) || new Set(kids).size !== kids.length)
    return 'KID';
  return null;
}

/** The `kid`s of a JWK Set the gateway sent back (`LtiRegistration.jwks`); empty when unreadable. */
export function jwksKeyIds(text: string | null | undefined): string[] {
  try {
    const keys = (JSON.parse(text ?? '') as { keys?: Array<{ kid?: unknown }> }).keys ?? [];
    return keys.map((key) => (typeof key.kid === 'string' ? key.kid : '?'));
  } catch {
    return [];
  }
}
