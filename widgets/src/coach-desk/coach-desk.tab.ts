import type { TabHostBase } from '../shared/tabbed-element.js';
import type { TabName } from './coach-desk.strings.js';

/** What a tab module gets from the desk, besides what every tab host gives (`TabHostBase`). */
export interface TabHost extends TabHostBase {
  /** The coach's zone, once the desk's frame has loaded. */
  readonly timeZone: string | undefined;
  /** The tab on screen: a tab's queries pause while another is shown. */
  readonly activeTab: TabName;
  readonly rtl: boolean;
}

export interface Tab {
  render(): unknown;
}

export type TabModule = { createTab(host: TabHost): Tab };

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
