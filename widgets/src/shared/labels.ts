import { msg } from '@lit/localize';

/*
 * Labels of the gateway's enums that more than one widget shows, looked up at render time so they
 * follow the active locale. An unknown value (a newer gateway) is shown as the gateway spells it.
 */

/** A development goal's state. */
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

/**
 * A participant's pace against the program's cadence (the gateway's CadenceStatus), for the states
 * every view words alike; undefined for `WITHDRAWN`, which the coach's desk and the program console
 * each word their own way, and for anything else.
 */
export function cadenceLabel(pace: string | null | undefined): string | undefined {
  switch (pace) {
    case 'NOT_STARTED':
      return msg('Not started');
    case 'ON_TRACK':
      return msg('On track');
    case 'BEHIND':
      return msg('Behind');
    case 'FINISHED':
      return msg('Finished');
    default:
      return undefined;
  }
}
