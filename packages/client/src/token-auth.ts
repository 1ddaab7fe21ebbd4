import type { CombinedError, Exchange } from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import type { TokenManager } from './token-manager.js';

/** A refused token: the gateway's `UNAUTHENTICATED`, or HTTP 401 from something in front of it. */
export const isAuthError = (error: CombinedError): boolean =>
  // Stryker disable next-line OptionalChaining: graphql-js gives every GraphQLError an extensions object
  error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
  (error.response as { status?: unknown } | undefined)?.status === 401;

/**
 * The host's embed token as a Bearer header. @urql/exchange-auth holds operations while a token
 * is asked for (once for all of them), asks ahead of expiry (willAuthError), and on a refusal asks
 * once more and retries once; an operation already sent with a token fetched for it is not retried.
 */
export const tokenAuthExchange = (tokens: TokenManager): Exchange =>
  authExchange(async (utils) => ({
    addAuthToOperation(operation) {
      const token = tokens.current();
      return token ? utils.appendHeaders(operation, { authorization: `Bearer ${token}` }) : operation;
    },
    willAuthError: () => tokens.needsRefresh(),
    didAuthError: isAuthError,
    refreshAuth: () => tokens.refresh(),
  }));
