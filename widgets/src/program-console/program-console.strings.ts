import { msg } from '@lit/localize';

/**
 * The console's tabs, in the order they are shown; each loads its own module the first time it opens.
 * `platforms` (the organisation's learning platforms) is offered to org admins only.
 */
export const tabs = [
  'setup',
  'participants',
  'matching',
  'coaches',
  'pulses',
  'outcomes',
  'platforms',
] as const;
export type TabName = (typeof tabs)[number];

export const isTab = (value: string | undefined): value is TabName =>
  (tabs as readonly string[]).includes(value ?? '');

export function tabLabel(tab: TabName): string {
  switch (tab) {
    case 'setup':
      return msg('Setup');
    case 'participants':
      return msg('Participants');
    case 'matching':
      return msg('Matching');
    case 'coaches':
      return msg('Coaches');
    case 'pulses':
      return msg('360 pulses');
    case 'outcomes':
      return msg('Outcomes');
    case 'platforms':
      return msg('Learning platforms');
  }
}

/** A program's state in words; an unknown value (a newer gateway) is shown as the gateway spells it. */
export function programStatusLabel(status: string): string {
  switch (status) {
    case 'DRAFT':
      return msg('Draft');
    case 'ACTIVE':
      return msg('Active');
    case 'PAUSED':
      return msg('Paused');
    case 'CLOSED':
      return msg('Closed');
    case 'COMPLETED':
      return msg('Completed');
    case 'ARCHIVED':
      return msg('Archived');
    default:
      return status;
  }
}
