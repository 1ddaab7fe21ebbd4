/**
 * Prices every operation once it is resolved, before any resolver runs:
 * refuses a request dearer than `limits.maxCost` (the operations of a batch
 * together), charges the caller's budget, and answers a caller whose budget is
 * spent with 429, `Retry-After` and a RATE_LIMITED error — never by dropping
 * the request. In a batch, each operation is charged on its own and a
 * throttled one answers RATE_LIMITED (with `retryAfterSeconds`) beside the
 * others' data, under HTTP 200. Every answer carries `extensions.cost` (Shopify's shape).
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { limits } from '../config.js';
import type { GraphQLContext } from '../context.js';
import { gatewayError } from '../errors.js';
import type { BudgetKeys, CostBudget, Receipt, ThrottleStatus } from './budget.js';
import { actualCost, requestedCost, type Operation } from './query-cost.js';

/** `extensions.cost` of every answer. */
export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus: ThrottleStatus;
}

/**
 * One HTTP request's account, shared by the operations of a batch (Apollo gives
 * each a shallow copy of the context, so this object is the same for all).
 */
export interface RequestCost {
  keys: BudgetKeys;
  /** Operations in the request: 1, or the length of a batch. */
  operations: number;
  /** Requested cost of the operations priced so far. */
  requested: number;
  /** Actual cost of the operations answered so far. */
  actual: number;
  /** The budget's state after the latest charge. */
  throttleStatus: ThrottleStatus | null;
  /** Resolves once every operation is priced or has failed before it could be. */
  allPriced: Promise<void>;
  /** Counts one operation priced or failed early. */
  settle(): void;
}

export function newRequestCost(keys: BudgetKeys, operations = 1): RequestCost {
  let settled = 0;
  let release!: () => void;
  const allPriced = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    keys,
    operations,
    requested: 0,
    actual: 0,
    throttleStatus: null,
    allPriced,
    settle() {
      settled += 1;
      if (settled >= operations) release();
    },
  };
}

/** An operation whose variables do not coerce fails in execution; it is priced at one point until then. */
function priceOf(operation: Operation): number {
  try {
    return requestedCost(operation);
  } catch {
    return 1;
  }
}

export function costPlugin(budget: CostBudget): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let operation: Operation | null = null;
      let requested = 0;
      let receipt: Receipt | undefined;
      let settled = false;
      const settle = (account: RequestCost) => {
        if (settled) return;
        settled = true;
        account.settle();
      };
      return {
        async didEncounterErrors({ contextValue }) {
          // Failed before pricing (parse, validation, persisted query): the batch need not wait for it.
          if (contextValue.cost) settle(contextValue.cost);
        },
        async didResolveOperation({ document, request, contextValue, schema, operation: definition }) {
          const account = contextValue.cost;
          if (!account) return;
          operation = {
            schema: schema as GraphQLSchema,
            document,
            operationName: request.operationName ?? definition?.name?.value ?? null,
            variables: request.variables ?? null,
          };
          requested = priceOf(operation);
          account.requested += requested;
          settle(account);
          // The operations of a batch are refused or charged only once all are priced: their
          // sum is what one request costs.
          await account.allPriced;
          const max = Math.min(limits.maxCost, budget.capacityFor(account.keys));
          if (account.requested > max) {
            throw gatewayError(
              'MAX_COST_EXCEEDED',
              'limits.tooCostly',
              { cost: account.requested, max },
              { maxCost: max, requestedQueryCost: account.requested, http: { status: 400 } },
            );
          }
          const charge = await budget.charge(account.keys, requested);
          account.throttleStatus = charge.throttleStatus;
          receipt = charge.receipt;
          if (!charge.allowed) {
            const cost: CostExtension = {
              requestedQueryCost: requested,
              actualQueryCost: 0,
              throttleStatus: charge.throttleStatus,
            };
            throw gatewayError(
              'RATE_LIMITED',
              'limits.rateLimited',
              {
                cost: requested,
                available: charge.throttleStatus.currentlyAvailable,
                seconds: charge.retryAfterSeconds,
              },
              {
                retryAfterSeconds: charge.retryAfterSeconds,
                cost,
                // Apollo applies and removes `http`; the client sees the other extensions. In a
                // batch the HTTP status is the envelope's: the other operations were answered, so
                // it stays 200 and each throttled operation says so in its own answer.
                http:
                  account.operations > 1
                    ? { status: 200, headers: new HeaderMap() }
                    : {
                        status: 429,
                        headers: new HeaderMap([['retry-after', String(charge.retryAfterSeconds)]]),
                      },
              },
            );
          }
        },
        async willSendResponse({ response, contextValue, errors }) {
          const account = contextValue.cost;
          if (!account || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const ran = operation !== null && result.data !== undefined && result.data !== null;
          const actual = ran && operation ? actualCost(operation, result.data) : 0;
          account.actual += actual;
          const refused = errors?.some((error) => error.extensions?.code === 'RATE_LIMITED') ?? false;
          if (receipt && ran && actual < requested) {
            account.throttleStatus = await budget.refund(receipt, requested - actual);
          }
          const throttleStatus = account.throttleStatus ?? (await budget.status(account.keys));
          const cost: CostExtension = {
            requestedQueryCost: requested,
            actualQueryCost: refused ? 0 : actual,
            throttleStatus,
          };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
