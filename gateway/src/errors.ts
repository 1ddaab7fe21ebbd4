/**
 * The gateway's error vocabulary (DESIGN §4). Anything thrown that is not one of
 * these, or one of Apollo's own request errors, is an internal error and is
 * masked outside dev mode.
 */
import { GraphQLError } from 'graphql';

export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function gatewayError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function httpStatusOf(code: ErrorCode): number {
  return httpStatus[code];
}

export const unauthenticated = (message: string): GraphQLError => gatewayError('UNAUTHENTICATED', message);
export const forbidden = (message: string): GraphQLError => gatewayError('FORBIDDEN', message);
export const notFound = (message: string): GraphQLError => gatewayError('NOT_FOUND', message);
export const badUserInput = (message: string, argument?: string): GraphQLError =>
  gatewayError('BAD_USER_INPUT', message, argument ? { argument } : {});

/** Codes whose message is meant for the client: everything else is masked in production. */
export const publicCodes: ReadonlySet<string> = new Set<string>([
  ...errorCodes,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
