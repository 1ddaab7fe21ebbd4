import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface ProgressOpenBookingDetail {
  /** The participant's global ID (`Person.id`). */
  personId: string;
  /** The enrolment the card shows (`Enrolment.id`). */
  enrolmentId: string;
  /** The next booked session's global ID, when there is one. */
  sessionId: string | null;
}

/**
 * `cw-progress-open-booking`
 *
 * Purpose: asks the host to show session booking for this enrolment (for example its page with <cw-session-booker>).
 * Fires: when the participant activates the card's booking link (Book a session, or Manage sessions when one is booked).
 * The host may: route to its booking page for `enrolmentId`; the card itself does not navigate.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-progress-open-booking.v1.schema.json`.
 */
export class ProgressOpenBookingEvent extends CoachworkEvent<ProgressOpenBookingDetail> {
  static override readonly eventName = 'cw-progress-open-booking';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof ProgressOpenBookingEvent> {}
}
