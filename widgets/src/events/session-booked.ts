import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface SessionBookedDetail {
  /** The new session's global ID (`Session.id`). */
  sessionId: string;
  /** The enrolment the session belongs to. */
  enrolmentId: string;
  /**
   * ISO 8601 instant (UTC).
   * @format date-time
   */
  startsAt: string;
  /**
   * ISO 8601 instant (UTC).
   * @format date-time
   */
  endsAt: string;
}

/**
 * `cw-session-booked`
 *
 * Purpose: tells the host that a session was booked.
 * Fires: once the gateway has stored the session (never when the slot was taken by someone else first).
 * The host may: refresh other views of the participant's sessions (other Coachwork widgets on the page update by themselves), or record it.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-session-booked.v1.schema.json`.
 */
export class SessionBookedEvent extends CoachworkEvent<SessionBookedDetail> {
  static override readonly eventName = 'cw-session-booked';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof SessionBookedEvent> {}
}
