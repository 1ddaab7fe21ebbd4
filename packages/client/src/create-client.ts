import { Client, fetchExchange } from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { cacheKeys } from './cache-keys.js';
import { cacheUpdates } from './cache-updates.js';
import type { TokenManager } from './token-manager.js';

/**
 * One urql client for one gateway endpoint. Prefer `getClient()`, which shares the client
 * between every widget (and every bundle) on the page.
 */
export function createGatewayClient(endpoint: string, tokens: TokenManager): Client {
  return new Client({
    url: endpoint,
    // POST with application/json passes the gateway's CSRF prevention without extra headers.
    preferGetMethod: false,
    // Embed tokens only: cookies are never sent, so third-party-cookie blocking cannot break a widget.
    fetchOptions: { credentials: 'omit' },
    exchanges: [
      // Global opaque IDs already contain the type name, so they key entities on their own.
      cacheExchange({ globalIDs: true, keys: cacheKeys, updates: cacheUpdates }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = tokens.current();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError: () => tokens.needsRefresh(),
        // The exchange refreshes once and retries the operation once; a second failure is delivered.
        didAuthError: (error) =>
          error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
          (error.response as { status?: unknown } | undefined)?.status === 401,
        refreshAuth: () => tokens.refresh(),
      })),
      fetchExchange,
    ],
  });
}
