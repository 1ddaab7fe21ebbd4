import { msg } from '@lit/localize';
import { cadenceLabel } from '../shared/labels.js';

/** The desk's tabs, in the order they are shown; each loads its own module the first time it opens. */
export const tabs = ['week', 'clients', 'availability'] as const;
export type TabName = (typeof tabs)[number];

export const isTab = (value: string | undefined): value is TabName =>
  (tabs as readonly string[]).includes(value ?? '');

export function tabLabel(tab: TabName): string {
  switch (tab) {
    case 'week':
      return msg('Today and this week');
    case 'clients':
      return msg('Clients');
    case 'availability':
      return msg('Availability');
  }
}

/** A session's state in words; an unknown value (a newer gateway) is shown as the gateway spells it. */
export function sessionStatusLabel(status: string): string {
  switch (status) {
    case 'BOOKED':
      return msg('Booked');
    case 'COMPLETED':
      return msg('Held');
    case 'CANCELLED':
      return msg('Cancelled');
    case 'NO_SHOW':
      return msg('No-show');
    default:
      return status;
  }
}

/** A client's pace against the program's plan. */
export function paceLabel(pace: string | null | undefined): string {
  return pace === 'WITHDRAWN' ? msg('Withdrawn') : (cadenceLabel(pace) ?? pace ?? '—');
}

export function conflictLabel(reason: string): string {
  switch (reason) {
    case 'TIME_OFF':
      return msg('Falls on time off');
    case 'OUTSIDE_WEEKLY_HOURS':
      return msg('Outside the new weekly hours');
    default:
      return reason;
  }
}
