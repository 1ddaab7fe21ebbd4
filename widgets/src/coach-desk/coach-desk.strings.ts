import { msg } from '@lit/localize';

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
  switch (pace) {
    case 'NOT_STARTED':
      return msg('Not started');
    case 'ON_TRACK':
      return msg('On track');
    case 'BEHIND':
      return msg('Behind');
    case 'FINISHED':
      return msg('Finished');
    case 'WITHDRAWN':
      return msg('Withdrawn');
    default:
      return pace ?? '—';
  }
}

export function goalStatusLabel(status: string): string {
  switch (status) {
    case 'NOT_STARTED':
      return msg('Not started');
    case 'IN_PROGRESS':
      return msg('In progress');
    case 'COMPLETED':
      return msg('Completed');
    case 'ABANDONED':
      return msg('Abandoned');
    default:
      return status;
  }
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
