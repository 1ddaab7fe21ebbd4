/**
 * What a host hands the widgets: a function that returns a fresh embed token.
 * Return `null` when nobody is signed in; the widgets then show their signed-out state.
 * `expiresAt` (ISO string, epoch milliseconds or Date) wins over the token's own `exp` claim.
 */
export type TokenProviderResult =
  string | { token: string; expiresAt?: string | number | Date | undefined } | null;

export type TokenProvider = () => Promise<TokenProviderResult>;

/** The provider threw, rejected, timed out or returned something that is not a token. */
export class TokenProviderError extends Error {
  override readonly name = 'TokenProviderError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
