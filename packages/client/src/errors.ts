import type { CombinedError } from '@urql/core';
import { TokenProviderError } from './token-provider.js';

/** The gateway's `extensions.code` values plus what can go wrong before it answers. */
export type GatewayErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  /** The gateway throttled this caller; `retryAfterSeconds` says when to ask again. */
  | 'RATE_LIMITED'
  /**
   * The gateway could not be reached (also when the token provider's request could not) or
   * answered with something that is not GraphQL. Queries that failed because nothing answered are
   * sent again by themselves (reconnect.ts).
   */
  | 'NETWORK'
  /**
   * The host's tokenProvider failed, timed out or answered something that is not a token. One that
   * failed because its own request got no answer (a fetch TypeError, or an error whose `cause` is
   * one) is NETWORK instead: the service is unreachable, the sign-in was not refused.
   */
  | 'TOKEN_PROVIDER'
  /** Anything else, including masked internal server errors. */
  | 'INTERNAL';

const SERVER_CODES: ReadonlySet<GatewayErrorCode> = new Set<GatewayErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

function isServerCode(code: unknown): code is GatewayErrorCode {
  return typeof code === 'string' && SERVER_CODES.has(code as GatewayErrorCode);
}

/** When the gateway names no wait, a throttled widget asks again after this many seconds. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** One error a widget can act on: `code` picks the state to show, `message` is for logs. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly code: GatewayErrorCode;
  /** RATE_LIMITED only: whole seconds to wait before asking again (at least 1). */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    code: GatewayErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number | undefined },
  ) {
    super(message, options);
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** Seconds as the gateway gives them (a number, or HTTP's `Retry-After`: seconds or a date), rounded up. */
function toSeconds(value: unknown): number | undefined {
  let seconds = typeof value === 'number' ? value : Number.NaN;
  if (typeof value === 'string' && value.trim() !== '') {
    seconds = Number(value);
    if (Number.isNaN(seconds)) seconds = (Date.parse(value) - Date.now()) / 1000;
  }
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/** How long a throttled caller waits: the error's extension, else the Retry-After header, else a default. */
function retryAfterOf(extension: unknown, response: unknown): number {
  const header = (
    response as { headers?: { get?(name: string): string | null } } | undefined
  )?.headers?.get?.('retry-after');
  return toSeconds(extension) ?? toSeconds(header) ?? DEFAULT_RETRY_AFTER_SECONDS;
}

/**
 * The error that decides what the user sees (auth problems first), from urql's CombinedError:
 * the gateway's `extensions.code`, else the HTTP status (401, 403, 429), else a network or
 * token-provider failure. Undefined when there is none.
 */
export function toGatewayError(error: CombinedError | undefined): GatewayError | undefined {
  if (!error) return undefined;
  const { response } = error;
  const coded = error.graphQLErrors
    .map((e) => ({ code: e.extensions?.['code'], message: e.message, extensions: e.extensions }))
    .filter((e): e is typeof e & { code: GatewayErrorCode } => isServerCode(e.code));
  const first =
    coded.find((e) => e.code === 'UNAUTHENTICATED') ?? coded.find((e) => e.code === 'FORBIDDEN') ?? coded[0];
  const status = (response as { status?: unknown } | undefined)?.status;
  const code =
    first?.code ??
    (error.networkError instanceof TokenProviderError
      ? isFetchFailure(error.networkError.cause)
        ? 'NETWORK'
        : 'TOKEN_PROVIDER'
      : status === 401
        ? 'UNAUTHENTICATED'
        : status === 403
          ? 'FORBIDDEN'
          : status === 429
            ? 'RATE_LIMITED'
            : error.networkError
              ? 'NETWORK'
              : 'INTERNAL');
  const message =
    first?.message ?? error.networkError?.message ?? error.graphQLErrors[0]?.message ?? error.message;
  return new GatewayError(code, message, {
    cause: error,
    retryAfterSeconds:
      code === 'RATE_LIMITED' ? retryAfterOf(first?.extensions['retryAfterSeconds'], response) : undefined,
  });
}

/**
 * A fetch that never got an answer: browsers reject it with a TypeError ("Failed to fetch",
 * "NetworkError when attempting to fetch resource", "Load failed"). A token provider that fails
 * that way, or wraps such an error as its direct `cause`, failed because the network or the service is
 * down, not because the sign-in was refused.
 */
export const isFetchFailure = (error: unknown): boolean =>
  error instanceof TypeError || (error as { cause?: unknown } | null)?.cause instanceof TypeError;

/** A thrown failure as a GatewayError: the token provider's, else the network's (or a bad URL's). */
export function failureOf(cause: unknown): GatewayError {
  return new GatewayError(
    cause instanceof TokenProviderError && !isFetchFailure(cause.cause) ? 'TOKEN_PROVIDER' : 'NETWORK',
    cause instanceof Error ? cause.message : String(cause),
    { cause },
  );
}
