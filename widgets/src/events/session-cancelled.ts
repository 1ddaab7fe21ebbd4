import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface SessionCancelledDetail {
  /** The session's global ID. */
  sessionId: string;
  /** True when the cancellation fell inside the program's late window and still counts against the participant's sessions. */
  lateCancellation: boolean;
}

/**
 * `cw-session-cancelled`
 *
 * Purpose: tells the host that a booked session was cancelled.
 * Fires: once the gateway has cancelled it, after the participant confirmed having seen the cancellation policy.
 * The host may: refresh its own views or notify someone; nothing is needed for the booker itself.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-session-cancelled.v1.schema.json`.
 */
export class SessionCancelledEvent extends CoachworkEvent<SessionCancelledDetail> {
  static override readonly eventName = 'cw-session-cancelled';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof SessionCancelledEvent> {}
}
