import { failureOf, toGatewayError, type GatewayError, type GraphQLErrorLike } from './errors.js';
import { entitiesOf, entityTypenames, patchEntities, readsDerivedField } from './invalidation.js';
import { documentText, requestKey, type AnyVariables, type DocumentInput } from './operation.js';
import type { TokenManager } from './token-manager.js';

/**
 * - `cache-first` (default): a cached result if there is one, else the network;
 * - `cache-and-network`: the cached result marked `stale`, then the network's;
 * - `network-only`: the network's answer, which then also serves later cache reads.
 */
export type RequestPolicy = 'cache-first' | 'cache-and-network' | 'network-only';

export interface OperationResult<TData> {
  readonly data: TData | undefined;
  /** `extensions.code` errors and transport failures; `userErrors` stay in `data`. */
  readonly error: GatewayError | undefined;
  /** This result is shown while a fresher one is on its way. */
  readonly stale: boolean;
}

export interface QueryOptions {
  requestPolicy?: RequestPolicy | undefined;
  /**
   * Typenames whose mutation re-runs this query even when its result shows none of them: a list
   * that can be empty (see invalidation.ts).
   */
  refetchOn?: readonly string[] | undefined;
}

export interface QuerySource<TData> {
  /** Delivers results as they come: cached, fetched, and re-fetched after mutations. */
  subscribe(listener: (result: OperationResult<TData>) => void): { unsubscribe(): void };
  /** The first result that is not stale. */
  toPromise(): Promise<OperationResult<TData>>;
}

type Listener = (result: OperationResult<unknown>) => void;

/** One query+variables: its cached result and who is showing it. */
interface CacheEntry {
  readonly query: string;
  readonly variables: AnyVariables | undefined;
  result: OperationResult<unknown> | undefined;
  readonly listeners: Set<Listener>;
  /** Typenames a mutation must return for this entry to be re-fetched (result + refetchOn). */
  readonly typenames: Set<string>;
  derived: boolean;
  /** The request on its way, shared by every identical request (in-flight dedup). */
  inflight: Promise<OperationResult<unknown>> | undefined;
}

/**
 * Where the page's request language lives: on `globalThis`, because every copy of the kit on a
 * page shares one client per gateway (registry.ts), and a copy's own module variable would only be
 * read by the clients that copy created.
 */
const LANGUAGE_KEY = Symbol.for('coachwork.requestLanguage');
type LanguageHolder = typeof globalThis & { [LANGUAGE_KEY]?: string | undefined };

/**
 * Sends `Accept-Language: <tag>` with every request from now on, so the gateway's messages
 * (`userErrors`, refusals) come in the language the widgets show rather than the browser's. A
 * token's `locale` claim still wins at the gateway. One language per page, set by whichever widget
 * applied its locale last, as @lit/localize keeps one locale; undefined: the browser's own header.
 */
export function setRequestLanguage(tag: string | undefined): void {
  (globalThis as LanguageHolder)[LANGUAGE_KEY] = tag;
}

/** Results nobody shows any more stay cached for a revisit; past this many, the oldest go. */
const MAX_ENTRIES = 100;

const stale = <T>(result: OperationResult<T>): OperationResult<T> => ({ ...result, stale: true });

/**
 * The client of one gateway endpoint: POST JSON with the embed token as a Bearer header (never a
 * cookie), a result cache per query+variables, in-flight dedup, and re-fetching of the queries a
 * mutation may have changed. Prefer `getClient()`, which shares one per gateway across the page.
 */
export class GatewayClient {
  readonly endpoint: string;
  readonly #tokens: TokenManager;
  readonly #entries = new Map<string, CacheEntry>();

  constructor(endpoint: string, tokens: TokenManager) {
    this.endpoint = endpoint;
    this.#tokens = tokens;
  }

  query<TData = unknown, TVars extends AnyVariables = AnyVariables>(
    document: DocumentInput<TData, TVars>,
    variables?: TVars,
    options: QueryOptions = {},
  ): QuerySource<TData> {
    const policy = options.requestPolicy ?? 'cache-first';
    const entryFor = (): CacheEntry => {
      const entry = this.#entry(document, variables);
      for (const typename of options.refetchOn ?? []) entry.typenames.add(typename);
      return entry;
    };
    return {
      subscribe: (listener) => {
        const entry = entryFor();
        const deliver = listener as Listener;
        entry.listeners.add(deliver);
        const cached = entry.result;
        if (cached && policy !== 'network-only') deliver(policy === 'cache-first' ? cached : stale(cached));
        if (!cached || policy !== 'cache-first') void this.#fetch(entry);
        return { unsubscribe: () => entry.listeners.delete(deliver) };
      },
      toPromise: async () => {
        const entry = entryFor();
        const cached = entry.result;
        return (
          cached && policy === 'cache-first' ? cached : await this.#fetch(entry)
        ) as OperationResult<TData>;
      },
    };
  }

  /**
   * Sends a mutation, then re-fetches in the background every active query it may have changed
   * (invalidation.ts) and drops such results nobody shows. Meanwhile those queries show their old
   * data marked `stale`, with the leaf fields of the entities the mutation returned already
   * written in (patchEntities), so when this resolves the widget that mutated shows its change.
   * It does not wait for the re-fetches: the widget reacts (announces, fires its event) before
   * what only the server can compute (lists, counts) changes.
   */
  async mutation<TData = unknown, TVars extends AnyVariables = AnyVariables>(
    document: DocumentInput<TData, TVars>,
    variables?: TVars,
  ): Promise<OperationResult<TData>> {
    const result = await this.#send(documentText(document), variables);
    if (result.data !== undefined) this.#invalidate(result.data);
    return result as OperationResult<TData>;
  }

  #entry(document: DocumentInput<unknown, never>, variables: AnyVariables | undefined): CacheEntry {
    const key = requestKey(document, variables);
    let entry = this.#entries.get(key);
    if (!entry) {
      for (const [oldKey, old] of this.#entries) {
        if (this.#entries.size < MAX_ENTRIES) break;
        if (old.listeners.size === 0 && !old.inflight) this.#entries.delete(oldKey);
      }
      entry = {
        query: documentText(document),
        variables,
        result: undefined,
        listeners: new Set(),
        typenames: new Set(),
        derived: false,
        inflight: undefined,
      };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #fetch(entry: CacheEntry): Promise<OperationResult<unknown>> {
    const request = (entry.inflight ??= this.#send(entry.query, entry.variables).then((fetched) => {
      // A request replaced by a newer one (after a mutation) must not overwrite the newer answer.
      if (entry.inflight !== request) return entry.result ?? fetched;
      entry.inflight = undefined;
      // A failed re-fetch keeps showing what was shown, with the error alongside.
      const result: OperationResult<unknown> = fetched.error
        ? { ...fetched, data: fetched.data ?? entry.result?.data }
        : fetched;
      // Errors are not cached: the next cache read asks the gateway again.
      if (!fetched.error) {
        entry.result = result;
        entityTypenames(result.data, entry.typenames);
        entry.derived = readsDerivedField(result.data);
      }
      for (const listener of entry.listeners) listener(result);
      return result;
    }));
    return request;
  }

  #invalidate(mutationData: unknown): void {
    const mutated = entityTypenames(mutationData);
    const entities = entitiesOf(mutationData);
    for (const [key, entry] of this.#entries) {
      // A first answer on its way was computed before the mutation, and which types it shows is
      // not known yet: it is asked again like any affected query.
      const firstLoad = entry.inflight !== undefined && entry.result === undefined;
      if (!firstLoad && !entry.derived && ![...entry.typenames].some((typename) => mutated.has(typename)))
        continue;
      if (entry.listeners.size === 0) {
        this.#entries.delete(key);
        continue;
      }
      // A request sent before the mutation may answer with what it changed: start a new one.
      entry.inflight = undefined;
      if (entry.result) {
        // What the payload says about the entities shown is shown at once, the rest after the re-fetch.
        entry.result = { ...entry.result, data: patchEntities(entry.result.data, entities) };
        for (const listener of entry.listeners) listener(stale(entry.result));
      }
      void this.#fetch(entry);
    }
  }

  /** One operation over HTTP; refreshes the token ahead of expiry and retries once when it is refused. */
  async #send(query: string, variables: AnyVariables | undefined): Promise<OperationResult<unknown>> {
    const tokens = this.#tokens;
    try {
      let refreshed = tokens.needsRefresh();
      if (refreshed) await tokens.refresh();
      for (;;) {
        const token = tokens.current();
        const language = (globalThis as LanguageHolder)[LANGUAGE_KEY];
        const response = await fetch(this.endpoint, {
          method: 'POST',
          // Embed tokens only: cookies are never sent, so third-party-cookie blocking cannot break a widget.
          credentials: 'omit',
          // application/json is not a "simple" content type, so the gateway's CSRF prevention lets it through.
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(language ? { 'accept-language': language } : {}),
          },
          body: JSON.stringify({ query, variables: variables ?? {} }),
        });
        const body = (await response.json().catch(() => undefined)) as
          { data?: unknown; errors?: readonly GraphQLErrorLike[] } | undefined;
        const error = toGatewayError(response.status, body?.errors, body === undefined);
        // A token fetched for this very request will not get better by asking again: deliver the error.
        if (error?.code === 'UNAUTHENTICATED' && !refreshed) {
          refreshed = true;
          // Another request may have refreshed it already; then just send again with the new one.
          if (tokens.current() === token) await tokens.refresh();
          continue;
        }
        return { data: body?.data ?? undefined, error, stale: false };
      }
    } catch (cause) {
      return { data: undefined, error: failureOf(cause), stale: false };
    }
  }
}
