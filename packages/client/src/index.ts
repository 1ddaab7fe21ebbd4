export { getClient, setTokenProvider, hasTokenProvider, TOKEN_PROVIDER_EVENT } from './registry.js';
export { resolveEndpoint } from './gateway-url.js';
export { setRequestLanguage } from './language.js';
export { QueryController, type QueryControllerOptions, type QueryState } from './query-controller.js';
export {
  MutationController,
  mutate,
  type MutationControllerOptions,
  type MutationOutcome,
} from './mutation-controller.js';
export { query } from './query.js';
export {
  GatewayError,
  toGatewayError,
  DEFAULT_RETRY_AFTER_SECONDS,
  type GatewayErrorCode,
} from './errors.js';
export { TokenProviderError, type TokenProvider, type TokenProviderResult } from './token-provider.js';
export { REFRESH_AHEAD_MS, PROVIDER_TIMEOUT_MS } from './token-manager.js';
export { decodeJwtExpiry } from './jwt.js';
export type { AnyVariables, DocumentInput } from './documents.js';
export type { Client, OperationResult, RequestPolicy } from '@urql/core';
export { pastedJwksProblem, jwksKeyIds, type PastedJwksProblem } from './jwks-paste.js';
