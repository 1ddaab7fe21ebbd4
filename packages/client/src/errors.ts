import type { CombinedError } from '@urql/core';
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

/** Picks the error that decides what the user sees (auth problems first). */
export function toGatewayError(error: CombinedError): GatewayError {
  const coded = error.graphQLErrors
    .map((e) => ({ code: e.extensions?.['code'], message: e.message }))
    .filter((e): e is { code: GatewayErrorCode; message: string } => isServerCode(e.code));
  const first =
    coded.find((e) => e.code === 'UNAUTHENTICATED') ?? coded.find((e) => e.code === 'FORBIDDEN') ?? coded[0];
  if (first) return new GatewayError(first.code, first.message, { cause: error });

  const network = error.networkError;
  if (network instanceof TokenProviderError) {
    return new GatewayError('TOKEN_PROVIDER', network.message, { cause: error });
  }
  const status = (error.response as { status?: unknown } | undefined)?.status;
  if (status === 401) return new GatewayError('UNAUTHENTICATED', error.message, { cause: error });
  if (status === 403) return new GatewayError('FORBIDDEN', error.message, { cause: error });
  if (status === 429) return new GatewayError('RATE_LIMITED', error.message, { cause: error });
  if (network) return new GatewayError('NETWORK', network.message, { cause: error });
  return new GatewayError('INTERNAL', error.graphQLErrors[0]?.message ?? error.message, { cause: error });
}
