import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface SessionRescheduledDetail {
  /** The session's global ID. */
  sessionId: string;
  /**
   * The new start, ISO 8601 (UTC).
   * @format date-time
   */
  startsAt: string;
  /**
   * The new end, ISO 8601 (UTC).
   * @format date-time
   */
  endsAt: string;
  /**
   * The start before the change, ISO 8601 (UTC).
   * @format date-time
   */
  previousStartsAt: string;
}

/**
 * `cw-session-rescheduled`
 *
 * Purpose: tells the host that a booked session moved to another time.
 * Fires: once the gateway has moved the session (the session holds exactly one of the two times at every moment).
 * The host may: refresh its own calendar views; the session's iCalendar file now has a higher SEQUENCE.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-session-rescheduled.v1.schema.json`.
 */
export class SessionRescheduledEvent extends CoachworkEvent<SessionRescheduledDetail> {
  static override readonly eventName = 'cw-session-rescheduled';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof SessionRescheduledEvent> {}
}
