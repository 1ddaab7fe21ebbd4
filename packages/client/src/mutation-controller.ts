import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentText, type AnyVariables, type DocumentInput } from './documents.js';
import { failureOf, GatewayError, toGatewayError } from './errors.js';
import { getClient } from './registry.js';

export interface MutationOutcome<TData> {
  data: TData | undefined;
  /** Set for `extensions.code` errors and transport failures; `userErrors` stay in `data`. */
  error: GatewayError | undefined;
}

/**
 * Sends a mutation through the page's shared client; urql's document cache then re-fetches every
 * shown query that showed one of the result's typenames (or names it in `additionalTypenames`).
 * Resolves with the mutation's own result without waiting for those re-fetches. Never rejects:
 * failures come back as `error`.
 */
export async function mutate<TData, TVars extends AnyVariables>(
  gateway: string,
  mutation: DocumentInput<TData, TVars>,
  variables: TVars,
): Promise<MutationOutcome<TData>> {
  try {
    const { data, error } = await getClient(gateway)
      .mutation<TData, TVars>(documentText(mutation), variables)
      .toPromise();
    return { data: data ?? undefined, error: toGatewayError(error) };
  } catch (cause) {
    return { data: undefined, error: failureOf(cause) };
  }
}

export interface MutationControllerOptions<TData, TVars extends AnyVariables> {
  mutation: DocumentInput<TData, TVars>;
  gateway: () => string | undefined;
}

/** `mutate()` with `loading`, `data` and `error` kept on the controller and the host re-rendered. */
export class MutationController<
  TData,
  TVars extends AnyVariables = AnyVariables,
> implements ReactiveController {
  loading = false;
  data: TData | undefined = undefined;
  error: GatewayError | undefined = undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: MutationControllerOptions<TData, TVars>;

  constructor(host: ReactiveControllerHost, options: MutationControllerOptions<TData, TVars>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  async run(variables: TVars): Promise<MutationOutcome<TData>> {
    const gateway = this.#options.gateway();
    this.loading = true;
    this.error = undefined;
    this.#host.requestUpdate();
    const outcome: MutationOutcome<TData> = gateway
      ? await mutate(gateway, this.#options.mutation, variables)
      : { data: undefined, error: new GatewayError('NETWORK', 'the element has no gateway attribute') };
    this.loading = false;
    this.data = outcome.data;
    this.error = outcome.error;
    this.#host.requestUpdate();
    return outcome;
  }
}
