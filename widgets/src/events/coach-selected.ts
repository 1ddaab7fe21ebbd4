import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface CoachSelectedDetail {
  /** The enrolment's global ID. */
  enrolmentId: string;
  /** The chosen coach's global ID (`Coach.id`). */
  coachId: string;
}

/**
 * `cw-coach-selected`
 *
 * Purpose: tells the host that the participant chose a coach in the booker.
 * Fires: once the gateway has set the enrolment's coach (never for a refused choice, e.g. a coach who just filled their last place).
 * The host may: update its own view of the participant's coach, or record it; the booker moves on to the slot picker by itself.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-coach-selected.v1.schema.json`.
 */
export class CoachSelectedEvent extends CoachworkEvent<CoachSelectedDetail> {
  static override readonly eventName = 'cw-coach-selected';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof CoachSelectedEvent> {}
}
