import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface AvailabilitySavedDetail {
  /** Weekly windows offered now. */
  weeklyWindows: number;
  /** Coming periods of time off. */
  daysOff: number;
  /** Most clients the coach takes at once. */
  capacity: number;
  /** Booked sessions outside the new availability that the coach chose to keep (0 when none conflicted). */
  keptSessions: number;
}

/**
 * `cw-availability-saved`
 *
 * Purpose: tells the host that a coach saved their weekly hours, time off and capacity.
 * Fires: once the gateway has stored them (after the coach decided about any conflicting booking).
 * The host may: refresh its own calendar views of the coach.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-availability-saved.v1.schema.json`.
 */
export class AvailabilitySavedEvent extends CoachworkEvent<AvailabilitySavedDetail> {
  static override readonly eventName = 'cw-availability-saved';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof AvailabilitySavedEvent> {}
}
