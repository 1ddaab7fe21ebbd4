import { msg } from '@lit/localize';

/** The console's tabs, in the order they are shown; each loads its own module the first time it opens. */
export const tabs = ['setup', 'participants', 'matching', 'coaches', 'outcomes'] as const;
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
    case 'outcomes':
      return msg('Outcomes');
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

export const jobLevels = ['IC', 'MANAGER', 'SENIOR_MANAGER', 'DIRECTOR', 'EXECUTIVE'] as const;

export function jobLevelLabel(level: string): string {
  switch (level) {
    case 'IC':
      return msg('Individual contributor');
    case 'MANAGER':
      return msg('Manager');
    case 'SENIOR_MANAGER':
      return msg('Senior manager');
    case 'DIRECTOR':
      return msg('Director');
    case 'EXECUTIVE':
      return msg('Executive');
    default:
      return level;
  }
}

/** A language's name in the viewer's language ("Français" → "French" for an English viewer). */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function enrolmentStatusLabel(status: string): string {
  switch (status) {
    case 'INVITED':
      return msg('Invited');
    case 'ACCEPTED':
      return msg('Accepted');
    case 'DECLINED':
      return msg('Declined');
    case 'WAITLISTED':
      return msg('Waitlisted');
    case 'ACTIVE':
      return msg('Active');
    case 'COMPLETED':
      return msg('Completed');
    case 'WITHDRAWN':
      return msg('Withdrawn');
    default:
      return status;
  }
}
