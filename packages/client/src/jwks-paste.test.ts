import { describe, expect, it } from 'vitest';
import { jwksKeyIds, pastedJwksProblem } from './jwks-paste.js';

const rsa = { kty: 'RSA', kid: 'k1', n: 'AQAB', e: 'AQAB' };

describe('pastedJwksProblem', () => {
  it('sees nothing wrong in blank text or a set of public keys with their own kids', () => {
    expect(pastedJwksProblem('')).toBe(null);
    expect(pastedJwksProblem('  \n')).toBe(null);
    expect(pastedJwksProblem(JSON.stringify({ keys: [rsa, { ...rsa, kid: 'k2' }] }))).toBe(null);
  });

  it('names the first problem: not JSON, no keys, a private key, a missing or repeated kid', () => {
    expect(pastedJwksProblem('{"keys": [')).toBe('JSON');
    expect(pastedJwksProblem('{"keys": []}')).toBe('NO_KEYS');
    expect(pastedJwksProblem(JSON.stringify(rsa))).toBe('NO_KEYS');
    expect(pastedJwksProblem('null')).toBe('NO_KEYS');
    expect(pastedJwksProblem(JSON.stringify({ keys: [{ ...rsa, d: 'secret' }] }))).toBe('PRIVATE');
    expect(pastedJwksProblem(JSON.stringify({ keys: [{ kty: 'oct', kid: 'h', k: 'c2VjcmV0' }] }))).toBe(
      'PRIVATE',
    );
    expect(pastedJwksProblem(JSON.stringify({ keys: [{ ...rsa, kid: undefined }] }))).toBe('KID');
    expect(pastedJwksProblem(JSON.stringify({ keys: [{ ...rsa, kid: ' ' }] }))).toBe('KID');
    expect(pastedJwksProblem(JSON.stringify({ keys: [rsa, rsa] }))).toBe('KID');
  });
});

describe('jwksKeyIds', () => {
  it('lists the kids of a stored set, and nothing of an unreadable one', () => {
    expect(jwksKeyIds(JSON.stringify({ keys: [rsa, { ...rsa, kid: 'k2' }, { kty: 'EC' }] }))).toEqual([
      'k1',
      'k2',
      '?',
    ]);
    expect(jwksKeyIds(null)).toEqual([]);
    expect(jwksKeyIds('not json')).toEqual([]);
  });
});
