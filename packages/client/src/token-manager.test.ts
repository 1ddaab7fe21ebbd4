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
});
