import type { AnyVariables, GatewayError, QueryControllerOptions, QueryState } from '@coachwork/client';
import type { CSSResultGroup } from 'lit';
import { cardStyles } from './card.styles.js';
import { CoachworkElement, type QueryView } from './coachwork-element.js';
import { formControlStyles } from './form-controls.styles.js';
import { tabsStyles } from './lazy-tabs.styles.js';
import type { SupportedLocale } from './localization.js';
import { PendingFocus } from './pending-focus.js';
import { tableStyles } from './table.styles.js';
import { tabbedElementStyles } from './tabbed-element.styles.js';

/**
 * What every tab module borrows from the element that shows it. Tabs are loaded with import() the
 * first time they are shown (`LazyTabs`), so they are not elements of their own: they use the
 * element's gateway, language, queries, states and live region through this.
 */
export interface TabHostBase {
  /** The gateway address (configuration already checked by the element). */
  readonly gateway: string;
  readonly locale: SupportedLocale;
  /** The element's query factory: bound to its gateway, paused until a token provider exists. */
  createQuery<TData, TVars extends AnyVariables = AnyVariables>(
    options: Omit<QueryControllerOptions<TData, TVars>, 'gateway'>,
  ): QueryState<TData> & { readonly stale: boolean };
  /** The element's standard states around a query. */
  renderQuery<TData>(query: QueryState<TData>, view: QueryView<TData>): unknown;
  describeError(error: GatewayError): string;
  /** Read out by the element's live region (a change saved, a filter applied). */
  announce(text: string): void;
  /** Focuses the first element matching `selector` once it has rendered. */
  focusAfterUpdate(selector: string): void;
  dispatchEvent(event: Event): boolean;
  requestUpdate(): void;
}

/** An element whose panels are tabs loaded on demand: the live region and focus its tabs share. */
export abstract class TabbedElement extends CoachworkElement {
  /** The frame, tabs, tables and forms both tabbed elements draw; each adds its own sheet after these. */
  static override styles: CSSResultGroup = [
    CoachworkElement.styles,
    cardStyles,
    tabsStyles,
    tableStyles,
    formControlStyles,
    tabbedElementStyles,
  ];

  /** The live region's text; render it in a `role="status"` paragraph. */
  protected announcement = '';
  protected readonly pendingFocus = new PendingFocus(this);

  /**
   * The host handed to the element's tabs: the members every tab borrows, joined with `own` (the
   * element's own members; its getters stay getters, read when a tab asks).
   */
  protected tabHost<Own extends object>(own: Own): TabHostBase & Own {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below have their own `this`
    const element = this;
    const base: TabHostBase = {
      get gateway() {
        return element.gateway ?? '';
      },
      get locale() {
        return element.resolvedLocale;
      },
      createQuery: (options) => this.createQuery(options),
      renderQuery: (query, view) => this.renderQuery(query, view),
      describeError: (error) => this.describeError(error),
      announce: (text) => {
        this.announcement = text;
        this.requestUpdate();
      },
      focusAfterUpdate: (selector) => this.pendingFocus.request(selector),
      dispatchEvent: (event) => this.dispatchEvent(event),
      requestUpdate: () => this.requestUpdate(),
    };
    return Object.defineProperties(base, Object.getOwnPropertyDescriptors(own)) as TabHostBase & Own;
  }
}
