/**
 * The TypeScript client the cookbook shows, whole: one function around `fetch`
 * that any backend or script can copy. cookbook.test.ts runs every recipe
 * through it, so the code on the page is the code that is tested.
 */

export interface GraphQLErrorAnswer {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argument?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

export interface GraphQLAnswer<TData> {
  /** The HTTP status: 200 even when a field failed; see the error contract. */
  status: number;
  /** Seconds to wait before retrying, from `Retry-After` (a RATE_LIMITED answer). */
  retryAfterSeconds: number | null;
  data?: TData | null;
  errors?: GraphQLErrorAnswer[];
  extensions?: { cost?: QueryCost };
}

/**
 * Sends one operation. `TData` is the shape your query selects (write it by hand, or
 * generate it with GraphQL Code Generator from packages/schema/schema.graphql).
 */
export async function request<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  gateway: string,
  token: string,
  query: string,
  variables?: TVariables,
): Promise<GraphQLAnswer<TData>> {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const retryAfter = response.headers.get('retry-after');
  const body = (await response.json()) as Omit<GraphQLAnswer<TData>, 'status' | 'retryAfterSeconds'>;
  return { ...body, status: response.status, retryAfterSeconds: retryAfter ? Number(retryAfter) : null };
}

/** The code of the first error, to branch on (never on `message`, which is translated). */
export function errorCode(answer: GraphQLAnswer<unknown>): string | null {
  return answer.errors?.[0]?.extensions?.code ?? null;
}
