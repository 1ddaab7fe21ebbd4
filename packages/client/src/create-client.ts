import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { requestLanguage } from './language.js';
import { reconnectExchange } from './reconnect.js';
import { refetchInFlightExchange } from './refetch-in-flight.js';
import { tokenAuthExchange } from './token-auth.js';
import type { TokenManager } from './token-manager.js';

/**
 * The urql client of one gateway endpoint. Prefer `getClient()`, which shares one per gateway
 * across the page and every copy of the kit on it.
 *
 * - cacheExchange: urql's document cache. Results are kept per query and variables; a mutation's
 *   result invalidates every query that showed one of its `__typename`s (or named it in
 *   `additionalTypenames`), and the ones still shown re-fetch, keeping their data marked `stale`.
 * - refetchInFlightExchange: what the document cache cannot see, answers on their way.
 * - reconnectExchange: queries that failed because nothing answered are sent again by themselves,
 *   all of them as soon as the gateway answers again.
 * - tokenAuthExchange: the host's embed token.
 */
export function createGatewayClient(endpoint: string, tokens: TokenManager): Client {
  return new Client({
    url: endpoint,
    // POST with application/json passes the gateway's CSRF prevention without extra headers.
    preferGetMethod: false,
    fetchOptions: () => {
      const language = requestLanguage();
      return {
        // Embed tokens only: cookies are never sent, so third-party-cookie blocking cannot break a widget.
        credentials: 'omit',
        ...(language ? { headers: { 'accept-language': language } } : {}),
      };
    },
    exchanges: [
      cacheExchange,
      refetchInFlightExchange,
      reconnectExchange(),
      tokenAuthExchange(tokens),
      fetchExchange,
    ],
  });
}
