import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROVIDER_TIMEOUT_MS, REFRESH_AHEAD_MS, TokenManager } from './token-manager.js';
import { TokenProviderError, type TokenProviderResult } from './token-provider.js';
import { unsignedJwt } from './testing/jwt.js';

const MINUTE = 60_000;

describe('TokenManager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a token until REFRESH_AHEAD_MS before its exp, then asks again', async () => {
    let issued = 0;
    const provider = vi.fn(async () => unsignedJwt({ n: ++issued, exp: (Date.now() + 15 * MINUTE) / 1000 }));
    const tokens = new TokenManager();
    tokens.setProvider(provider);

    expect(tokens.needsRefresh()).toBe(true);
    await tokens.refresh();
    const first = tokens.current();
    expect(first).toBeDefined();

    vi.setSystemTime(15 * MINUTE - REFRESH_AHEAD_MS - 1);
    expect(tokens.needsRefresh()).toBe(false);

    vi.setSystemTime(15 * MINUTE - REFRESH_AHEAD_MS);
    expect(tokens.needsRefresh()).toBe(true);
    await tokens.refresh();
    expect(provider).toHaveBeenCalledTimes(2);
    expect(tokens.current()).not.toBe(first);
    expect(tokens.needsRefresh()).toBe(false);
  });

  it('prefers the provider’s expiresAt over the token’s exp', async () => {
    const tokens = new TokenManager();
    tokens.setProvider(async () => ({
      token: unsignedJwt({ exp: 3600 }),
      expiresAt: new Date(5 * MINUTE).toISOString(),
    }));
    await tokens.refresh();
    vi.setSystemTime(4 * MINUTE - 1);
    expect(tokens.needsRefresh()).toBe(false);
    vi.setSystemTime(4 * MINUTE);
    expect(tokens.needsRefresh()).toBe(true);
  });

  it('keeps tokens of unknown expiry until the gateway rejects them', async () => {
    const tokens = new TokenManager();
    tokens.setProvider(async () => 'opaque');
    await tokens.refresh();
    vi.setSystemTime(365 * 24 * 60 * MINUTE);
    expect(tokens.needsRefresh()).toBe(false);
    expect(tokens.current()).toBe('opaque');
  });

  it('treats null as signed out and does not keep asking', async () => {
    const provider = vi.fn(async (): Promise<TokenProviderResult> => null);
    const tokens = new TokenManager();
    tokens.setProvider(provider);
    await tokens.refresh();
    expect(tokens.current()).toBeUndefined();
    expect(tokens.needsRefresh()).toBe(false);
  });

  it('drops the answer of a provider replaced while it was pending', async () => {
    let release: (token: string) => void = () => {};
    const tokens = new TokenManager();
    tokens.setProvider(() => new Promise<string>((resolve) => (release = resolve)));
    const pending = tokens.refresh();
    tokens.setProvider(async () => 'new-person');
    release('old-person');
    await pending;
    expect(tokens.current()).toBeUndefined();
    await tokens.refresh();
    expect(tokens.current()).toBe('new-person');
  });

  it('rejects with TokenProviderError when the provider fails, returns junk or hangs', async () => {
    const tokens = new TokenManager();
    tokens.setProvider(async () => {
      throw new Error('host backend down');
    });
    await expect(tokens.refresh()).rejects.toBeInstanceOf(TokenProviderError);

    tokens.setProvider(async () => ({ token: 42 }) as unknown as TokenProviderResult);
    await expect(tokens.refresh()).rejects.toThrow(/must resolve to a token/);

    tokens.setProvider(() => new Promise<string>(() => {}));
    const hanging = tokens.refresh();
    const assertion = expect(hanging).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(PROVIDER_TIMEOUT_MS);
    await assertion;
  });
  it('knows whether it has a provider, and needs no token without one', async () => {
    const tokens = new TokenManager();
    expect(tokens.hasProvider()).toBe(false);
    expect(tokens.needsRefresh()).toBe(false);
    await tokens.refresh();
    expect(tokens.current()).toBeUndefined();
    const provider = async () => 't';
    tokens.setProvider(provider);
    expect(tokens.hasProvider()).toBe(true);
    await tokens.refresh();
    // The same provider again keeps the token it gave.
    tokens.setProvider(provider);
    expect(tokens.current()).toBe('t');
    tokens.setProvider(undefined);
    expect(tokens.hasProvider()).toBe(false);
    expect(tokens.current()).toBeUndefined();
  });

  it('treats an empty token, bare or in an object, as signed out or as junk', async () => {
    const tokens = new TokenManager();
    tokens.setProvider(async () => '');
    await tokens.refresh();
    expect(tokens.current()).toBeUndefined();
    expect(tokens.needsRefresh()).toBe(false);
    tokens.setProvider(async () => ({ token: '' }));
    await expect(tokens.refresh()).rejects.toThrow(
      'tokenProvider must resolve to a token string, { token, expiresAt } or null',
    );
    tokens.setProvider(async () => 42 as unknown as TokenProviderResult);
    await expect(tokens.refresh()).rejects.toBeInstanceOf(TokenProviderError);
  });

  it('wraps a provider’s failure with its cause, and leaves no timer behind', async () => {
    const cause = new Error('host backend down');
    const tokens = new TokenManager();
    tokens.setProvider(async () => {
      throw cause;
    });
    const failure = await tokens.refresh().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TokenProviderError);
    expect(failure).toMatchObject({ message: 'tokenProvider failed', cause });
    expect(vi.getTimerCount()).toBe(0);
    tokens.setProvider(async () => 't');
    await tokens.refresh();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says how long it waited for a provider that hangs', async () => {
    const tokens = new TokenManager();
    tokens.setProvider(() => new Promise<string>(() => {}));
    const assertion = expect(tokens.refresh()).rejects.toThrow(
      `tokenProvider did not answer within ${PROVIDER_TIMEOUT_MS} ms`,
    );
    await vi.advanceTimersByTimeAsync(PROVIDER_TIMEOUT_MS - 1);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await assertion;
  });

  it('takes expiresAt as epoch milliseconds or a Date, and the token’s exp when it is not a date', async () => {
    const tokens = new TokenManager();
    for (const expiresAt of [5 * MINUTE, new Date(5 * MINUTE)]) {
      vi.setSystemTime(0);
      tokens.setProvider(async () => ({ token: unsignedJwt({ exp: 3600 }), expiresAt }));
      await tokens.refresh();
      vi.setSystemTime(4 * MINUTE - 1);
      expect(tokens.needsRefresh()).toBe(false);
      vi.setSystemTime(4 * MINUTE);
      expect(tokens.needsRefresh()).toBe(true);
    }
    vi.setSystemTime(0);
    tokens.setProvider(async () => ({ token: unsignedJwt({ exp: 3600 }), expiresAt: 'not a date' }));
    await tokens.refresh();
    vi.setSystemTime(59 * MINUTE - 1);
    expect(tokens.needsRefresh()).toBe(false);
    vi.setSystemTime(59 * MINUTE);
    expect(tokens.needsRefresh()).toBe(true);
  });
});
