import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface ProgressOpenGoalsDetail {
  /** The participant's global ID (`Person.id`). */
  personId: string;
  /** The enrolment the card shows (`Enrolment.id`). */
  enrolmentId: string;
}

/**
 * `cw-progress-open-goals`
 *
 * Purpose: asks the host to show the participant's goals (for example its page with <cw-goal-tracker>).
 * Fires: when the viewer activates the card's goals link.
 * The host may: route to its goals page for `personId`; the card itself does not navigate.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-progress-open-goals.v1.schema.json`.
 */
export class ProgressOpenGoalsEvent extends CoachworkEvent<ProgressOpenGoalsDetail> {
  static override readonly eventName = 'cw-progress-open-goals';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof ProgressOpenGoalsEvent> {}
}
