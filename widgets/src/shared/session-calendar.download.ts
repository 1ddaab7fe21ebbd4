import type { query } from '@coachwork/client';
import { graphql } from '@coachwork/schema/gql';
import { saveFile } from './download.js';

export const sessionCalendarQuery = graphql(`
  query CwSessionCalendar($id: ID!) {
    node(id: $id) {
      ... on Session {
        id
        calendar {
          filename
          contentType
          ics
        }
      }
    }
  }
`);

/**
 * Asks the gateway for a session's invitation and saves it; the user's calendar application opens
 * the .ics file. False when the gateway could not make it. Loaded by session-calendar.ts when first
 * asked for; `query` comes from there, because a module both this chunk and the widget import
 * would be split into a third file that loads up front.
 */
export async function saveSessionCalendar(
  run: typeof query,
  gateway: string,
  sessionId: string,
): Promise<boolean> {
  const result = await run(
    gateway,
    sessionCalendarQuery,
    { id: sessionId },
    { requestPolicy: 'network-only' },
  );
  const node = result.data?.node;
  if (!node || !('calendar' in node)) return false;
  const { ics, contentType, filename } = node.calendar;
  saveFile({ content: ics, filename, type: contentType });
  return true;
}
