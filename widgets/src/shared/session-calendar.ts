import { query } from '@coachwork/client';

/**
 * Saves a session's invitation as an .ics file, which the user's calendar application opens. False
 * when it could not be made: the gateway refused, or the code that asks for it did not load. That
 * code loads the first time a user asks, so a widget's first load does not carry it (the size
 * budget, widgets/README.md).
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
