import { decodeJwtExpiry } from './jwt.js';
import { TokenProviderError, type TokenProvider, type TokenProviderResult } from './token-provider.js';

/** Ask for a new token this long before the current one expires (covers clock skew and latency). */
export const REFRESH_AHEAD_MS = 60_000;
/** A provider that never settles would leave every widget loading forever. */
export const PROVIDER_TIMEOUT_MS = 10_000;

interface HeldToken {
  readonly token: string;
  readonly expiresAt: number | undefined;
}

/**
 * The part of a token manager other bundles on the page rely on (see registry.ts):
 * keep it backwards compatible.
 */
export interface TokenStore {
  setProvider(provider: TokenProvider | undefined): void;
  hasProvider(): boolean;
}

/**
 * Holds the embed token of one gateway: what the host's provider answered (a JWT, `{ token,
 * expiresAt }` or null), when it expires, and which provider it came from. When to ask and when to
 * retry is @urql/exchange-auth's job (token-auth.ts).
 */
export class TokenManager implements TokenStore {
  #provider: TokenProvider | undefined;
  /** undefined: never asked; null: the provider said nobody is signed in. */
  #held: HeldToken | null | undefined;
  /** Bumped on every provider change so an answer from a replaced provider is dropped. */
  #generation = 0;

  setProvider(provider: TokenProvider | undefined): void {
    if (provider === this.#provider) return;
    this.#provider = provider;
    this.#held = undefined;
    this.#generation++;
  }

  hasProvider(): boolean {
    return this.#provider !== undefined;
  }

  /** The token to send now, if any. */
  current(): string | undefined {
    return this.#held?.token;
  }

  /** True when an operation should wait for a new token before it is sent. */
  needsRefresh(now: number = Date.now()): boolean {
    if (this.#provider === undefined || this.#held === null) return false;
    if (this.#held === undefined) return true;
    const { expiresAt } = this.#held;
    return expiresAt !== undefined && now >= expiresAt - REFRESH_AHEAD_MS;
  }

  /**
   * Asks the provider for a token. Called by @urql/exchange-auth, which holds every operation
   * meanwhile and never runs two refreshes at once (token-auth.ts).
   */
  async refresh(): Promise<void> {
    const provider = this.#provider;
    if (provider === undefined) {
      this.#held = null;
      return;
    }
    const generation = this.#generation;
    const result = await withTimeout(provider);
    if (generation !== this.#generation) return;
    this.#held = toHeldToken(result);
  }
}

async function withTimeout(provider: TokenProvider): Promise<TokenProviderResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TokenProviderError(`tokenProvider did not answer within ${PROVIDER_TIMEOUT_MS} ms`)),
      PROVIDER_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([provider(), timeout]);
  } catch (error) {
    if (error instanceof TokenProviderError) throw error;
    throw new TokenProviderError('tokenProvider failed', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function toHeldToken(result: TokenProviderResult): HeldToken | null {
  if (result === null) return null;
  if (typeof result === 'string') {
    if (result === '') return null;
    return { token: result, expiresAt: decodeJwtExpiry(result) };
  }
  if (typeof result === 'object' && typeof result.token === 'string' && result.token !== '') {
    return { token: result.token, expiresAt: toEpochMs(result.expiresAt) ?? decodeJwtExpiry(result.token) };
  }
  throw new TokenProviderError('tokenProvider must resolve to a token string, { token, expiresAt } or null');
}

function toEpochMs(value: string | number | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
