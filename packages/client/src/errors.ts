import { TokenProviderError } from './token-provider.js';

/** The gateway's `extensions.code` values (DESIGN §4) plus what can go wrong before it answers. */
export type GatewayErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The gateway could not be reached or answered with something that is not GraphQL. */
  | 'NETWORK'
  /** The host's tokenProvider failed or timed out. */
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

/** One error a widget can act on: `code` picks the state to show, `message` is for logs. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly code: GatewayErrorCode;
  constructor(code: GatewayErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorLike {
  readonly message: string;
  readonly extensions?: { readonly code?: unknown } | undefined;
}

/**
 * Picks the error that decides what the user sees (auth problems first) from an HTTP answer;
 * undefined when there is none. `unreadable`: the body was not JSON (a proxy's error page).
 */
export function toGatewayError(
  status: number,
  errors: readonly GraphQLErrorLike[] | undefined,
  unreadable = false,
): GatewayError | undefined {
  const coded = (errors ?? [])
    .map((e) => ({ code: e.extensions?.code, message: e.message }))
    .filter((e): e is { code: GatewayErrorCode; message: string } => isServerCode(e.code));
  const first =
    coded.find((e) => e.code === 'UNAUTHENTICATED') ?? coded.find((e) => e.code === 'FORBIDDEN') ?? coded[0];
  if (first) return new GatewayError(first.code, first.message, { cause: errors });

  const statusCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 429
          ? 'RATE_LIMITED'
          : undefined;
  if (statusCode) return new GatewayError(statusCode, `HTTP ${status}`, { cause: errors });
  if (errors?.[0]) return new GatewayError('INTERNAL', errors[0].message, { cause: errors });
  if (unreadable || status < 200 || status > 299)
    return new GatewayError('NETWORK', `the gateway answered HTTP ${status} without a GraphQL result`);
  return undefined;
}

/** A thrown failure as a GatewayError: the token provider's, else the network's (or a bad URL's). */
export function failureOf(cause: unknown): GatewayError {
  return new GatewayError(
    cause instanceof TokenProviderError ? 'TOKEN_PROVIDER' : 'NETWORK',
    cause instanceof Error ? cause.message : String(cause),
    { cause },
  );
}
