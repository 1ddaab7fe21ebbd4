import { query } from '@coachwork/client';
import { msg } from '@lit/localize';
import type { ActionStatusController } from './action-status.js';

/**
 * Saves a session's invitation as an .ics file, which the user's calendar application opens. False
 * when it could not be made: the gateway refused, or the code that asks for it did not load. That
 * code loads the first time a user asks, so a widget's first load does not carry it (the size
 * budget, docs/ARCHITECTURE.md).
 */
export async function downloadSessionCalendar(gateway: string, sessionId: string): Promise<boolean> {
  try {
    const { saveSessionCalendar } = await import('./session-calendar.download.js');
    return await saveSessionCalendar(query, gateway, sessionId);
  } catch (error) {
    console.error('Coachwork: the calendar file could not be made.', error);
    return false;
  }
}

/** "Add to calendar": saves the invitation and tells the user how it went, in `status`. */
export async function addSessionToCalendar(
  gateway: string,
  sessionId: string,
  status: ActionStatusController,
): Promise<void> {
  status.setNotice(undefined);
  if (await downloadSessionCalendar(gateway, sessionId)) {
    status.announce(msg('The calendar file was downloaded.'));
  } else {
    status.setNotice(msg('The calendar file could not be made. Please try again.'));
  }
}
