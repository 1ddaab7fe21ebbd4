/**
 * The gateway's error vocabulary (docs/ARCHITECTURE.md, gateway/README.md). Anything thrown that is not one of
 * these, or one of Apollo's own request errors, is an internal error and is
 * masked outside dev mode. The HTTP status a code arrives with depends on where it
 * is raised (a refused field is still a 200 answer); src/api/error-contract.ts
 * states it per code and its test holds the running gateway to it.
 */
import { GraphQLError } from 'graphql';
import type { MessageKey } from './i18n/catalogue.js';
import { translate, type LocalisedMessage, type MessageValues } from './i18n/translate.js';

export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'MAX_COST_EXCEEDED',
  'RESPONSE_TOO_LARGE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * A gateway error whose message comes from the catalogue. It is built in English
 * (what logs and any path outside a request see); the `localiseErrors` plugin
 * (src/server.ts) re-renders `localised` in the request's locale before the
 * response is formatted, so code deep in a module needs no request context.
 */
export class LocalisedGraphQLError extends GraphQLError {
  readonly localised: LocalisedMessage;

  constructor(code: ErrorCode, localised: LocalisedMessage, extra: Record<string, unknown> = {}) {
    super(translate('en', localised.key, localised.values), { extensions: { code, ...extra } });
    this.localised = localised;
  }
}

export function gatewayError(
  code: ErrorCode,
  key: MessageKey,
  values?: MessageValues,
  extra: Record<string, unknown> = {},
): LocalisedGraphQLError {
  return new LocalisedGraphQLError(code, values ? { key, values } : { key }, extra);
}

export const unauthenticated = (key: MessageKey, values?: MessageValues): GraphQLError =>
  gatewayError('UNAUTHENTICATED', key, values);
export const forbidden = (key: MessageKey, values?: MessageValues): GraphQLError =>
  gatewayError('FORBIDDEN', key, values);
export const notFound = (key: MessageKey, values?: MessageValues): GraphQLError =>
  gatewayError('NOT_FOUND', key, values);
/** `argument` names the input at fault (`extensions.argument`), e.g. `input.depth`. */
export const badUserInput = (key: MessageKey, argument: string, values?: MessageValues): GraphQLError =>
  gatewayError('BAD_USER_INPUT', key, values, { argument });

/**
 * The catalogue message an error carries, looking through the wrappers the
 * executor adds when it locates a resolver's error (graphql-js's located error,
 * or the copy src/compiled-execution.ts makes of graphql-jit's), which keep the
 * thrown error as `originalError`.
 */
export function localisedMessageOf(error: unknown): LocalisedMessage | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof LocalisedGraphQLError) return current.localised;
    current = 'originalError' in current ? current.originalError : undefined;
  }
  return null;
}

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
