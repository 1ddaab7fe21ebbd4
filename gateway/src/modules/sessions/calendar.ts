/**
 * A session as an iCalendar object (RFC 5545) the participant can add to their
 * calendar. The UID is derived from the session id so every version of the
 * file updates the same calendar entry; SEQUENCE is the session's sequence
 * column (raised by each reschedule and by cancellation); a cancelled session
 * is sent as METHOD:CANCEL so calendar clients remove it.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { Translate } from '../../i18n/translate.js';
import type { SessionRow } from './sql.js';

export interface CalendarParty {
  name: string;
  email: string;
}

export interface CalendarFile {
  filename: string;
  contentType: string;
  ics: string;
}

/**
 * A name as a quoted parameter value (CN). RFC 5545 forbids DQUOTE there and has no escape for it;
 * ical-generator writes `\"`, which readers take as the end of the value, so a name could append
 * parameters of its own (ROLE, SENT-BY, …). RFC 6868's caret encoding is the standard way to carry
 * `"`, a line break and `^` itself; readers without it show the caret sequence, never a new parameter.
 */
function parameterText(text: string): string {
  return text
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n');
}

export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@coachwork`;
}

/** `t` words the event in the requester's language (the file is theirs to import). */
export function sessionCalendar(
  session: Pick<SessionRow, 'id' | 'startsAt' | 'endsAt' | 'status' | 'sequence' | 'joinUrl' | 'updatedAt'>,
  parties: { coach: CalendarParty; participant: CalendarParty; programName: string | null },
  t: Translate,
): CalendarFile {
  const cancelled = session.status === 'CANCELLED';
  const calendar = ical({
    prodId: { company: 'Coachwork', product: 'session-booker', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: sessionUid(session.id),
    sequence: session.sequence,
    // No `timezone`: DTSTART/DTEND are written in UTC ("…Z"), which every
    // client converts to its own zone without needing a VTIMEZONE block.
    start: session.startsAt,
    end: session.endsAt,
    stamp: session.updatedAt,
    summary: t('calendar.summary', { participant: parties.participant.name, coach: parties.coach.name }),
    description: [
      parties.programName ?? t('calendar.fallbackProgram'),
      ...(session.joinUrl ? [t('calendar.join', { url: session.joinUrl })] : []),
    ].join('\n'),
    location: session.joinUrl,
    url: session.joinUrl,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: parameterText(parties.coach.name), email: parties.coach.email },
    attendees: [
      {
        name: parameterText(parties.participant.name),
        email: parties.participant.email,
        role: ICalAttendeeRole.REQ,
        status: cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  const day = session.startsAt.toISOString().slice(0, 10);
  return {
    filename: `coaching-session-${day}${cancelled ? '-cancelled' : ''}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
    ics: calendar.toString(),
  };
}
