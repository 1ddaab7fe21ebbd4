/** Starts a gateway on a random port over a test database and speaks GraphQL to it. */
import { mintToken } from '../auth/tokens.js';
import type { Database } from '../db/types.js';
import { createGateway, type Gateway, type GatewayOptions } from '../server.js';

export interface RunningGateway {
  gateway: Gateway;
  url: string;
  close(): Promise<void>;
}

export async function startGateway(
  db: Database,
  options: Partial<GatewayOptions> = {},
): Promise<RunningGateway> {
  const gateway = createGateway({ db, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', ...options });
  const { url } = await gateway.listen(0, '127.0.0.1');
  return { gateway, url, close: () => gateway.close() };
}

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: D | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export async function postGraphQL<D = Record<string, unknown>>(
  url: string,
  request:
    { query?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> } | unknown[],
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<D>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(request),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse<D>['body'],
  };
}

export async function tokenFor(db: Database, personId: string, ttlSeconds?: number): Promise<string> {
  const minted = await mintToken(db, { personId }, ttlSeconds ? { ttlSeconds } : {});
  return minted.token;
}
