export { getClient, setTokenProvider, hasTokenProvider, TOKEN_PROVIDER_EVENT } from './registry.js';
export { resolveEndpoint } from './gateway-url.js';
export { QueryController, type QueryControllerOptions, type QueryState } from './query-controller.js';
export {
  MutationController,
  mutate,
  type MutationControllerOptions,
  type MutationOutcome,
} from './mutation-controller.js';
export { GatewayError, type GatewayErrorCode } from './errors.js';
export { TokenProviderError, type TokenProvider, type TokenProviderResult } from './token-provider.js';
export { REFRESH_AHEAD_MS, PROVIDER_TIMEOUT_MS } from './token-manager.js';
export { decodeJwtExpiry } from './jwt.js';
export type { AnyVariables, DocumentInput } from './operation.js';
export {
  GatewayClient,
  setRequestLanguage,
  type OperationResult,
  type QueryOptions,
  type QuerySource,
  type RequestPolicy,
} from './gateway-client.js';
