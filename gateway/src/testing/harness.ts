/** Starts a gateway on a random port over a test database and speaks GraphQL to it. */
import { mintToken } from '../auth/tokens.js';
import type { Database } from '../db/types.js';
import { CostBudget } from '../limits/budget.js';
import type { CostExtension } from '../limits/cost-plugin.js';
import { TokenEndpointLimits } from '../limits/token-endpoint.js';
import { createGateway, type Gateway, type GatewayOptions } from '../server.js';

export interface RunningGateway {
  gateway: Gateway;
  url: string;
  close(): Promise<void>;
}

/**
 * Suites about something else send many requests from one person in a few seconds; they
 * get a budget nobody exhausts (the answers still carry `extensions.cost`). The rate-limit
 * and abuse suites pass a real one.
 */
export function unlimitedBudget(): CostBudget {
  const endless = { capacity: Number.MAX_SAFE_INTEGER / 4, restoreRate: Number.MAX_SAFE_INTEGER / 4 };
  return new CostBudget({ person: endless, organisation: endless });
}

/** Likewise for `/oauth/token`: suites that send many bad tokens on purpose are not refused for it. */
export function unlimitedTokenLimits(): TokenEndpointLimits {
  const endless = { points: Number.MAX_SAFE_INTEGER / 4, durationSeconds: 1 };
  return new TokenEndpointLimits({ perClient: endless, failuresPerAddress: endless });
}

export async function startGateway(
  db: Database,
  options: Partial<GatewayOptions> = {},
): Promise<RunningGateway> {
  const gateway = createGateway({
    db,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    budget: unlimitedBudget(),
    tokenLimits: unlimitedTokenLimits(),
    ...options,
  });
  const { url } = await gateway.listen(0, '127.0.0.1');
  return { gateway, url, close: () => gateway.close() };
}

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: D | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  /**
   * `extensions.cost` of the answer (of each answer of a batch), taken out of `body` so
   * that suites about something else can compare bodies whole.
   */
  cost: CostExtension | Array<CostExtension | undefined> | undefined;
}

/** Moves `extensions.cost` out of one answer; drops `extensions` when nothing else is in it. */
function withoutCost(answer: unknown): { answer: unknown; cost: CostExtension | undefined } {
  if (answer === null || typeof answer !== 'object' || !('extensions' in answer)) {
    return { answer, cost: undefined };
  }
  const { extensions, ...rest } = answer as { extensions?: Record<string, unknown> };
  if (!extensions || !('cost' in extensions)) return { answer, cost: undefined };
  const { cost, ...others } = extensions;
  return {
    answer: Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest,
    cost: cost as CostExtension,
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
  const parsed: unknown = await response.json();
  if (Array.isArray(parsed)) {
    const answers = parsed.map(withoutCost);
    return {
      status: response.status,
      headers: response.headers,
      body: answers.map((item) => item.answer) as GraphQLResponse<D>['body'],
      cost: answers.map((item) => item.cost),
    };
  }
  const { answer, cost } = withoutCost(parsed);
  return {
    status: response.status,
    headers: response.headers,
    body: answer as GraphQLResponse<D>['body'],
    cost,
  };
}

export async function tokenFor(db: Database, personId: string, ttlSeconds?: number): Promise<string> {
  const minted = await mintToken(db, { personId }, ttlSeconds ? { ttlSeconds } : {});
  return minted.token;
}
