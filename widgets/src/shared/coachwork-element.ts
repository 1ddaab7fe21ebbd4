import {
  QueryController,
  hasTokenProvider,
  resolveEndpoint,
  setRequestLanguage,
  setTokenProvider,
  TOKEN_PROVIDER_EVENT,
  type GatewayError,
  type QueryControllerOptions,
  type QueryState,
  type TokenProvider,
  type AnyVariables,
} from '@coachwork/client';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TokenRejectedEvent } from '../events/token-rejected.js';
import {
  directionOf,
  getLocale,
  resolveLocale,
  setLocale,
  sourceLocale,
  type SupportedLocale,
} from './localization.js';
import {
  renderError,
  renderNoAccess,
  renderRateLimited,
  renderSkeleton,
  type EmptyOptions,
  renderEmpty,
  type SkeletonOptions,
} from './states.js';
import { stateStyles } from './states.styles.js';
import { themeStyles } from './theme.styles.js';
import type { ThemeName } from './theme-tokens.js';
import { VERSION } from './version.js';

export interface QueryView<TData> {
  /** Skeleton shape while the first result is on its way. */
  loading?: SkeletonOptions;
  /** True when the data has nothing to show; the empty state is rendered instead. */
  isEmpty?: (data: TData) => boolean;
  empty?: () => EmptyOptions;
  content: (data: TData) => unknown;
}

/**
 * One observer for every element on the page: an element asks for its data once it comes within a
 * viewport's height of the visible part of the page (one in view at once, on its first frame), so
 * a long host page does not fetch and render what no one has scrolled to yet.
 */
let nearViewport: IntersectionObserver | undefined;

/**
 * Base of every `cw-*` element: configuration attributes, the shared client, locale and
 * direction, theme, the standard states, and a guarantee that nothing it does throws into the
 * host page (failures become the error state and a console message).
 *
 * @attr gateway - The gateway's base URL or its `/graphql` endpoint.
 * @attr locale - BCP 47 tag; defaults to the page's `lang`, then the browser's language.
 * @attr theme - `auto` (default: follows prefers-color-scheme, prefers-contrast and forced-colors), `light`, `dark`, `high-contrast`.
 * @fires {TokenRejectedEvent} cw-token-rejected - The gateway refused the token after one refresh; the element shows signed-out. detail: `{ gateway }`.
 * @csspart state - Any non-content state (every element renders these through `renderQuery`).
 * @csspart state-loading - The skeleton shown while data loads (role=status).
 * @csspart state-empty - The empty state's message (and its `action-button`, when it offers one).
 * @csspart state-error - The error state (role=alert), with `retry-button` when retrying can help.
 * @csspart state-signed-out - Shown without a token provider, or when the gateway refused the token.
 * @csspart state-unauthorised - Shown when the viewer may not see this data (FORBIDDEN).
 * @csspart state-rate-limited - The gateway throttled the page's requests (RATE_LIMITED); the element asks again by itself after the wait it named (role=status).
 * @csspart retry-button - The error state's Try again button.
 */
export abstract class CoachworkElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, stateStyles];
  static readonly version: string = VERSION;
  /** Reactive properties declared here rather than with decorators: no decorator helpers ship. */
  static override properties: PropertyDeclarations = {
    gateway: {},
    locale: {},
    theme: { reflect: true },
    tokenProvider: { attribute: false },
  };

  gateway?: string;
  locale?: string;
  theme: ThemeName = 'auto';
  /** Returns a fresh embed token; set once per page is enough (it is shared per gateway). */
  tokenProvider?: TokenProvider;

  /** The locale this element formats dates and numbers in, and whose direction it uses. */
  protected resolvedLocale: SupportedLocale = sourceLocale;

  readonly #queries: Array<QueryState<unknown>> = [];
  /** Near or in the viewport: its queries may run. */
  #near = false;
  #failure: unknown;
  #announcedRejection: GatewayError | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener(TOKEN_PROVIDER_EVENT, this.#onTokenProvider);
    if (!this.#near)
      // Every browser the kit supports (ES2022) has IntersectionObserver.
      (nearViewport ??= new IntersectionObserver(
        (entries) => {
          for (const entry of entries)
            if (entry.isIntersecting) (entry.target as CoachworkElement).#approach();
        },
        { rootMargin: '100% 0px' },
      )).observe(this);
  }

  #approach(): void {
    nearViewport?.unobserve(this);
    this.#near = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener(TOKEN_PROVIDER_EVENT, this.#onTokenProvider);
    nearViewport?.unobserve(this);
  }

  /** The host (or an element) set a provider for this gateway, e.g. in answer to cw-token-rejected. */
  readonly #onTokenProvider = (event: Event): void => {
    const endpoint = (event as CustomEvent<{ endpoint?: unknown }>).detail?.endpoint;
    if (this.configurationProblem !== undefined || endpoint !== resolveEndpoint(this.gateway ?? '')) return;
    for (const query of this.#queries) if (query.error) query.retry();
    this.requestUpdate();
  };

  /** What is wrong with the element's configuration, in words for the host's developer. */
  protected get configurationProblem(): string | undefined {
    if (!this.gateway) return msg('This widget has no gateway address.');
    try {
      resolveEndpoint(this.gateway);
      return undefined;
    } catch {
      return msg('This widget’s gateway address is not valid.');
    }
  }

  /** A token can be had: this element or another one on the page set a provider for the gateway. */
  protected get canAuthenticate(): boolean {
    if (this.tokenProvider) return true;
    return (
      this.configurationProblem === undefined && this.gateway !== undefined && hasTokenProvider(this.gateway)
    );
  }

  /** A query bound to this element's gateway that waits until configuration and a token provider exist. */
  protected createQuery<TData, TVars extends AnyVariables = AnyVariables>(
    options: Omit<QueryControllerOptions<TData, TVars>, 'gateway'>,
  ): QueryController<TData, TVars> {
    const query = new QueryController<TData, TVars>(this, {
      ...options,
      gateway: () => (this.configurationProblem === undefined ? this.gateway : undefined),
      // Until it is near the viewport the element shows its skeleton, which holds its place.
      pause: () => !this.#near || !this.canAuthenticate || options.pause?.() === true,
    });
    this.#queries.push(query);
    return query;
  }

  /**
   * Picks the state for a query: misconfigured, signed out, unauthorised, throttled, error,
   * loading, empty or content. A throttled re-fetch of data already shown keeps showing it.
   */
  protected renderQuery<TData>(query: QueryState<TData>, view: QueryView<TData>): unknown {
    const problem = this.configurationProblem;
    if (problem) return renderError({ message: problem });
    if (!this.canAuthenticate) return renderNoAccess('signed-out');
    const { data, error } = query;
    if (error?.code === 'UNAUTHENTICATED') return renderNoAccess('signed-out');
    if (error?.code === 'FORBIDDEN' && data === undefined) return renderNoAccess('unauthorised');
    if (data === undefined) {
      if (error?.code === 'RATE_LIMITED') {
        const left = query.retryAt === undefined ? 1 : Math.ceil((query.retryAt - Date.now()) / 1000);
        return renderRateLimited(Math.max(1, left));
      }
      if (error) return renderError({ message: this.describeError(error), onRetry: () => query.retry() });
      return renderSkeleton(view.loading);
    }
    if (view.isEmpty?.(data)) return renderEmpty(view.empty?.() ?? { message: msg('Nothing to show yet.') });
    return view.content(data);
  }

  /** A sentence for the error state, by `extensions.code`. */
  protected describeError(error: GatewayError): string {
    switch (error.code) {
      case 'NETWORK':
        return msg('The coaching service could not be reached. Check your connection and try again.');
      case 'RATE_LIMITED':
        return msg('There are too many requests right now. Wait a moment and try again.');
      case 'TOKEN_PROVIDER':
        return msg('Your sign-in could not be confirmed.');
      case 'NOT_FOUND':
        return msg('This item no longer exists.');
      default:
        return msg('The coaching service had a problem.');
    }
  }

  /** Subclasses render here instead of `render()`; exceptions become the error state. */
  protected abstract renderContent(): unknown;

  protected override render(): unknown {
    if (this.#failure !== undefined)
      return renderError({ message: msg('This part of the page could not be shown.') });
    try {
      return this.renderContent();
    } catch (error) {
      this.#fail(error);
      return renderError({ message: msg('This part of the page could not be shown.') });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('locale')) this.#applyLocale();
    if ((changed.has('gateway') || changed.has('tokenProvider')) && this.gateway && this.tokenProvider) {
      // Announced page-wide (TOKEN_PROVIDER_EVENT): elements that failed, this one included, try again.
      if (this.configurationProblem === undefined) setTokenProvider(this.gateway, this.tokenProvider);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const rejected = this.#queries.find((q) => q.error?.code === 'UNAUTHENTICATED')?.error;
    if (rejected && rejected !== this.#announcedRejection && this.gateway) {
      this.#announcedRejection = rejected;
      this.dispatchEvent(new TokenRejectedEvent({ gateway: this.gateway }));
    }
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // Lit rethrows lifecycle errors into a microtask, i.e. into the host page; show the error state instead.
      if (this.#failure === undefined) {
        this.#fail(error);
        this.requestUpdate();
      }
    }
  }

  #fail(error: unknown): void {
    this.#failure = error;
    console.error(`Coachwork: <${this.localName}> failed and shows its error state.`, error);
  }

  #applyLocale(): void {
    const locale = resolveLocale(this.locale || document.documentElement.lang || navigator.language);
    this.resolvedLocale = locale;
    this.lang = locale;
    this.dir = directionOf(locale);
    // The gateway's messages in the widget's language, when the token names none.
    setRequestLanguage(locale);
    if (getLocale() !== locale) {
      setLocale(locale).catch((error: unknown) =>
        console.error(`Coachwork: could not load locale ${locale}.`, error),
      );
    }
  }
}
