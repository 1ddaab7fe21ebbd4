import { createRequest, type OperationResult, type RequestPolicy } from '@urql/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentText, type AnyVariables, type DocumentInput } from './documents.js';
import { failureOf, toGatewayError, type GatewayError } from './errors.js';
import { getClient } from './registry.js';

export interface QueryControllerOptions<TData, TVars extends AnyVariables> {
  /** A typed document from `graphql()` of '@coachwork/schema/gql'. */
  query: DocumentInput<TData, TVars>;
  /** Read on every host update, so attribute changes take effect. */
  gateway: () => string | undefined;
  /** Read on every host update; the query re-runs when the variables change. */
  variables?: () => TVars;
  /** While true nothing is fetched (e.g. no token provider yet). */
  pause?: () => boolean;
  /** urql's: `cache-first` (default), `cache-and-network`, `network-only`, `cache-only`. */
  requestPolicy?: RequestPolicy;
  /**
   * Typenames whose mutation re-runs this query even when its result shows none of them (urql's
   * context option): a list that can be empty (`['Goal']`), or a view computed from other
   * entities, such as a progress card counting sessions and goals.
   */
  additionalTypenames?: readonly string[];
}

/** What a widget reads from a query to pick the state it shows. */
export interface QueryState<TData> {
  readonly loading: boolean;
  readonly data: TData | undefined;
  readonly error: GatewayError | undefined;
  /** Nothing is or will be fetched (paused or no gateway). */
  readonly idle: boolean;
  /** When the query will be sent again by itself (epoch ms), after a RATE_LIMITED answer. */
  readonly retryAt?: number | undefined;
  retry(): void;
}

interface Unsubscribable {
  unsubscribe(): void;
}

/**
 * Runs a query for a Lit element and keeps its result current: the subscription stays open, so
 * when a mutation anywhere on the page may have changed the result, urql re-fetches it and the
 * host re-renders (showing the old data with `stale` set meanwhile). A RATE_LIMITED answer is
 * asked again by itself once the gateway's wait is over.
 */
export class QueryController<TData, TVars extends AnyVariables = AnyVariables>
  implements ReactiveController, QueryState<TData>
{
  /** True from the start of a request until its first result. */
  loading = false;
  data: TData | undefined = undefined;
  error: GatewayError | undefined = undefined;
  /** A result is shown while a fresher one is on its way. */
  stale = false;
  retryAt: number | undefined = undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: QueryControllerOptions<TData, TVars>;
  #subscription: Unsubscribable | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** gateway + request key of the running query; undefined when idle. */
  #key: string | undefined;
  /** The key `data` was answered for: a failed re-fetch of the same query keeps showing it. */
  #dataKey: string | undefined;
  #gateway: string | undefined;
  #variables: TVars | undefined;

  constructor(host: ReactiveControllerHost, options: QueryControllerOptions<TData, TVars>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True when the query is paused or has no gateway: nothing is or will be fetched. */
  get idle(): boolean {
    return this.#key === undefined;
  }

  hostConnected(): void {
    // Re-attached after a move in the DOM: subscribe again even if no property changed.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = undefined;
  }

  /** Runs the query again from the network (the error state's Retry button, a throttled query's wait). */
  retry(): void {
    if (this.#gateway === undefined || this.#variables === undefined) {
      this.#host.requestUpdate();
      return;
    }
    this.#start(this.#gateway, this.#variables, 'network-only');
    this.#host.requestUpdate();
  }

  #sync(): void {
    const gateway = this.#options.gateway();
    if (!gateway || this.#options.pause?.() === true) {
      if (this.#key !== undefined) this.#reset();
      return;
    }
    const variables = this.#options.variables?.() ?? ({} as TVars);
    const key = `${gateway} ${createRequest(documentText(this.#options.query), variables).key}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#gateway = gateway;
    this.#variables = variables;
    this.#start(gateway, variables, this.#options.requestPolicy);
  }

  #start(gateway: string, variables: TVars, requestPolicy: RequestPolicy | undefined): void {
    this.#stop();
    this.loading = true;
    this.error = undefined;
    const { additionalTypenames } = this.#options;
    try {
      const source = getClient(gateway).query<TData, TVars>(documentText(this.#options.query), variables, {
        ...(requestPolicy ? { requestPolicy } : {}),
        ...(additionalTypenames ? { additionalTypenames: [...additionalTypenames] } : {}),
      });
      this.#subscription = source.subscribe((result) => this.#receive(result));
    } catch (cause) {
      // e.g. an invalid gateway URL: surface it as a state, never as an exception in the host page.
      this.loading = false;
      this.error = failureOf(cause);
    }
  }

  #receive(result: OperationResult<TData, TVars>): void {
    const error = toGatewayError(result.error);
    this.loading = false;
    this.stale = result.stale;
    this.error = error;
    if (result.data != null) {
      this.data = result.data;
      this.#dataKey = this.#key;
    } else if (!error || this.#dataKey !== this.#key) {
      this.data = undefined;
    }
    if (error?.code === 'RATE_LIMITED') {
      const wait = (error.retryAfterSeconds ?? 1) * 1000;
      this.retryAt = Date.now() + wait;
      this.#retryTimer = setTimeout(() => this.retry(), wait);
    }
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.retryAt = undefined;
  }

  #reset(): void {
    this.#stop();
    this.#key = undefined;
    this.loading = false;
    this.stale = false;
    this.data = undefined;
    this.error = undefined;
  }
}
