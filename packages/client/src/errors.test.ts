/**
 * toGatewayError and failureOf on urql's CombinedError built by hand (no network): which code
 * wins, which message, how long a throttled widget waits.
 */
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  failureOf,
  GatewayError,
  isFetchFailure,
  toGatewayError,
} from './errors.js';
import { isAuthError } from './token-auth.js';
import { TokenProviderError } from './token-provider.js';

const coded = (code: unknown, message = String(code), extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });
const response = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});
const combined = (init: ConstructorParameters<typeof CombinedError>[0]) => new CombinedError(init);

describe('toGatewayError', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2026-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('is undefined without an error, and a GatewayError named so with one', () => {
    expect(toGatewayError(undefined)).toBeUndefined();
    const error = toGatewayError(combined({ graphQLErrors: [coded('FORBIDDEN')] }));
    expect(error).toBeInstanceOf(GatewayError);
    expect(error?.name).toBe('GatewayError');
    expect(error?.cause).toBeInstanceOf(CombinedError);
  });

  it('puts auth problems first: UNAUTHENTICATED, then FORBIDDEN, then the first code, with its message', () => {
    const errors = [coded('NOT_FOUND', 'nf'), coded('FORBIDDEN', 'fb'), coded('UNAUTHENTICATED', 'ua')];
    expect(toGatewayError(combined({ graphQLErrors: errors }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'ua',
    });
    expect(toGatewayError(combined({ graphQLErrors: errors.slice(0, 2) }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'fb',
    });
    expect(
      toGatewayError(combined({ graphQLErrors: [coded('CONFLICT', 'c'), coded('NOT_FOUND', 'nf')] })),
    ).toMatchObject({ code: 'CONFLICT', message: 'c' });
  });

  it('ignores codes that are not the gateway’s, and codes that are not strings', () => {
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 42, undefined]) {
      expect(toGatewayError(combined({ graphQLErrors: [coded(code, 'odd')] }))).toMatchObject({
        code: 'INTERNAL',
        message: 'odd',
      });
    }
    expect(
      toGatewayError(combined({ networkError: new Error('down'), graphQLErrors: [coded(undefined, 'odd')] })),
    ).toMatchObject({ code: 'NETWORK', message: 'down' });
  });

  it('falls back on the HTTP status: 401, 403, 429', () => {
    const status = (code: number) =>
      toGatewayError(combined({ graphQLErrors: [coded(undefined, 'x')], response: response(code) }))?.code;
    expect([status(401), status(403), status(429), status(500)]).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'RATE_LIMITED',
      'INTERNAL',
    ]);
  });

  it('tells a token provider that was refused from one that could not reach its service', () => {
    const provider = (cause?: unknown) =>
      toGatewayError(combined({ networkError: new TokenProviderError('no token', { cause }) }));
    expect(provider()).toMatchObject({ code: 'TOKEN_PROVIDER', message: 'no token' });
    expect(provider(new Error('refused'))?.code).toBe('TOKEN_PROVIDER');
    expect(provider(new TypeError('Failed to fetch'))?.code).toBe('NETWORK');
    expect(provider(new Error('wrapped', { cause: new TypeError('Load failed') }))?.code).toBe('NETWORK');
  });

  it('gives a throttled caller the wait the gateway names, else Retry-After, else the default', () => {
    const throttled = (extension: unknown, headers?: Record<string, string>) =>
      toGatewayError(
        combined({
          graphQLErrors: [coded('RATE_LIMITED', 'slow down', { retryAfterSeconds: extension })],
          response: headers ? response(429, headers) : undefined,
        }),
      )?.retryAfterSeconds;
    expect(throttled(7, { 'retry-after': '30' })).toBe(7);
    expect(throttled(2.1)).toBe(3);
    expect(throttled(0)).toBe(1);
    expect(throttled(undefined, { 'retry-after': '30' })).toBe(30);
    expect(throttled('12')).toBe(12);
    expect(throttled(undefined, { 'retry-after': 'Thu, 01 Jan 2026 00:00:45 GMT' })).toBe(45);
    expect(throttled(undefined, { 'retry-after': 'soon' })).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(throttled(undefined, { 'retry-after': '' })).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(throttled(undefined, { 'retry-after': '   ' })).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(throttled(null, {})).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(throttled(undefined)).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    // Blank is no number (Number('  ') is 0); Headers trims a header, so the extension shows it.
    expect(throttled('  ')).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(DEFAULT_RETRY_AFTER_SECONDS).toBe(5);
  });

  it('names a wait for RATE_LIMITED only', () => {
    const forbidden = toGatewayError(
      combined({
        graphQLErrors: [coded('FORBIDDEN', 'no', { retryAfterSeconds: 3 })],
        response: response(403, { 'retry-after': '3' }),
      }),
    );
    expect(forbidden?.retryAfterSeconds).toBeUndefined();
  });
});

describe('isFetchFailure', () => {
  it('is a TypeError, or an error whose direct cause is one', () => {
    expect(isFetchFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isFetchFailure(new Error('wrapped', { cause: new TypeError('x') }))).toBe(true);
    expect(isFetchFailure(new Error('x', { cause: new Error('y', { cause: new TypeError('z') }) }))).toBe(
      false,
    );
    expect(isFetchFailure(new Error('refused'))).toBe(false);
    expect(isFetchFailure(null)).toBe(false);
    expect(isFetchFailure(undefined)).toBe(false);
  });
});

describe('failureOf', () => {
  it('is TOKEN_PROVIDER for a provider that failed, NETWORK for anything else thrown', () => {
    const refused = new TokenProviderError('no token', { cause: new Error('401') });
    expect(failureOf(refused)).toMatchObject({ code: 'TOKEN_PROVIDER', message: 'no token', cause: refused });
    const offline = new TokenProviderError('no token', { cause: new TypeError('Failed to fetch') });
    expect(failureOf(offline)).toMatchObject({ code: 'NETWORK', message: 'no token', cause: offline });
    expect(failureOf(new TypeError('Failed to fetch'))).toMatchObject({
      code: 'NETWORK',
      message: 'Failed to fetch',
    });
    expect(failureOf('bad url')).toMatchObject({ code: 'NETWORK', message: 'bad url', cause: 'bad url' });
  });
});

describe('isAuthError', () => {
  it('is the gateway’s UNAUTHENTICATED among other errors, or HTTP 401', () => {
    expect(isAuthError(combined({ graphQLErrors: [coded('NOT_FOUND'), coded('UNAUTHENTICATED')] }))).toBe(
      true,
    );
    expect(isAuthError(combined({ graphQLErrors: [coded('FORBIDDEN')], response: response(403) }))).toBe(
      false,
    );
    expect(isAuthError(combined({ networkError: new Error('401'), response: response(401) }))).toBe(true);
    expect(isAuthError(combined({ networkError: new Error('down') }))).toBe(false);
  });
});
