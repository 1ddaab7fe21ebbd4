import type { AnyVariables, GatewayError, QueryControllerOptions, QueryState } from '@coachwork/client';
import type { QueryView } from '../shared/coachwork-element.js';
import type { SupportedLocale } from '../shared/localization.js';
import type { TabName } from './program-console.strings.js';

/**
 * What a tab module gets from the console. Tabs are loaded with import() the first time they are
 * shown (the size budget: the first paint carries only the list and the tab bar), so they cannot
 * be reactive elements of their own; they borrow the console's queries, states and notices.
 */
export interface TabHost {
  /** The gateway address (configuration already checked by the console). */
  readonly gateway: string;
  readonly locale: SupportedLocale;
  /** The open program; undefined while a new one is being set up. */
  readonly programId: string | undefined;
  /** The tab on screen: a tab's queries pause while another is shown. */
  readonly activeTab: TabName | undefined;
  /** The console's query factory: bound to its gateway, paused until a token provider exists. */
  createQuery<TData, TVars extends AnyVariables = AnyVariables>(
    options: Omit<QueryControllerOptions<TData, TVars>, 'gateway'>,
  ): QueryState<TData> & { readonly stale: boolean };
  /** The console's standard states around a query. */
  renderQuery<TData>(query: QueryState<TData>, view: QueryView<TData>): unknown;
  describeError(error: GatewayError): string;
  /** Read out by the console's live region (a change saved, a filter applied). */
  announce(text: string): void;
  /** A refusal shown above the tab (role=alert) until dismissed. */
  notice(text: string | undefined): void;
  /** Focuses the first element matching `selector` once it has rendered. */
  focusAfterUpdate(selector: string): void;
  /** Opens a program (e.g. the one just created) on a tab. */
  open(programId: string, tab: TabName): void;
  dispatchEvent(event: Event): boolean;
  requestUpdate(): void;
}

/** One tab's view; the console keeps one per tab for the life of the element. */
export interface Tab {
  render(): unknown;
}

export type TabModule = { createTab(host: TabHost): Tab };
