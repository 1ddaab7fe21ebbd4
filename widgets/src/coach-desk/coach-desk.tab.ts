import type { AnyVariables, GatewayError, QueryControllerOptions, QueryState } from '@coachwork/client';
import { msg } from '@lit/localize';
import type { QueryView } from '../shared/coachwork-element.js';
import type { SupportedLocale } from '../shared/localization.js';
import type { TabName } from './coach-desk.strings.js';

/**
 * What a tab module gets from the desk. Tabs are loaded with import() the first time they are
 * shown, so the first paint carries only the frame and the tab bar; they borrow the desk's
 * queries, states and live region rather than being elements of their own.
 */
export interface TabHost {
  readonly gateway: string;
  readonly locale: SupportedLocale;
  /** The coach's zone, once the desk's frame has loaded. */
  readonly timeZone: string | undefined;
  /** The tab on screen: a tab's queries pause while another is shown. */
  readonly activeTab: TabName;
  readonly rtl: boolean;
  createQuery<TData, TVars extends AnyVariables = AnyVariables>(
    options: Omit<QueryControllerOptions<TData, TVars>, 'gateway'>,
  ): QueryState<TData> & { readonly stale: boolean };
  renderQuery<TData>(query: QueryState<TData>, view: QueryView<TData>): unknown;
  describeError(error: GatewayError): string;
  /** Read out by the desk's live region. */
  announce(text: string): void;
  /** Focuses the first element matching `selector` once it has rendered. */
  focusAfterUpdate(selector: string): void;
  dispatchEvent(event: Event): boolean;
  requestUpdate(): void;
}

export interface Tab {
  render(): unknown;
}

export type TabModule = { createTab(host: TabHost): Tab };

/** The gateway's userErrors, else its error in words. */
export function refusal(
  host: TabHost,
  userErrors: ReadonlyArray<{ message: string }> | undefined,
  error: GatewayError | undefined,
): string {
  if (userErrors && userErrors.length > 0) return userErrors.map((e) => e.message).join(' ');
  return error ? host.describeError(error) : msg('The coaching service had a problem.');
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDate(instant: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The instant the day of `instant` began in `timeZone` (to the minute; zones move by whole minutes). */
export function startOfDay(instant: Date, timeZone: string | undefined): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const elapsed =
    ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + instant.getMilliseconds();
  return new Date(instant.getTime() - elapsed);
}
