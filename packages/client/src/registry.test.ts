import { describe, expect, it, vi } from 'vitest';
import { getClient, hasTokenProvider, setTokenProvider } from './registry.js';

describe('client registry', () => {
  it('returns one client per gateway, whether named by base URL or endpoint', () => {
    const a = getClient('http://gw.test:4000');
    expect(getClient('http://gw.test:4000/graphql')).toBe(a);
    expect(getClient('http://gw.test:4000/')).toBe(a);
    expect(getClient('http://other.test:4000')).not.toBe(a);
  });

  it('is shared by a second copy of the package loaded on the same page', async () => {
    const first = getClient('http://shared.test');
    setTokenProvider('http://shared.test', async () => 'token');
    vi.resetModules();
    const secondCopy = await import('./registry.js');
    expect(secondCopy.getClient).not.toBe(getClient);
    expect(secondCopy.getClient('http://shared.test/graphql')).toBe(first);
    expect(secondCopy.hasTokenProvider('http://shared.test')).toBe(true);
    const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('coachwork.clients')];
    expect(registry).toBeInstanceOf(Map);
  });

  it('knows whether a gateway has a token provider', () => {
    expect(hasTokenProvider('http://no-provider.test')).toBe(false);
    setTokenProvider('http://no-provider.test', async () => null);
    expect(hasTokenProvider('http://no-provider.test')).toBe(true);
  });

  it('rejects gateway URLs it cannot resolve', () => {
    expect(() => getClient('not a url')).toThrow(/not a valid gateway URL/);
  });
});
