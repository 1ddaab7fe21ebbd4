import { describe, expect, it } from 'vitest';
import { decodeJwtExpiry } from './jwt.js';
import { unsignedJwt } from './testing/jwt.js';

describe('decodeJwtExpiry', () => {
  it('reads exp as epoch milliseconds', () => {
    expect(decodeJwtExpiry(unsignedJwt({ sub: 'p', exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
  });

  it('decodes base64url payloads that need padding and url-safe characters', () => {
    const token = unsignedJwt({ name: 'Zoë ~~~ ???', exp: 42 });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(decodeJwtExpiry(token)).toBe(42_000);
  });

  it('returns undefined for tokens without a readable exp', () => {
    expect(decodeJwtExpiry('opaque-token')).toBeUndefined();
    expect(decodeJwtExpiry('a.%%%.c')).toBeUndefined();
    expect(decodeJwtExpiry(unsignedJwt({ exp: 'soon' }))).toBeUndefined();
  });
});
