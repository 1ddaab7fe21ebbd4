import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface GoalCheckedInDetail {
  /** The goal's global ID (as `Goal.id` in the gateway's schema). */
  goalId: string;
  /**
   * The goal's progress after the change, 0–100.
   * @asType integer
   * @minimum 0
   * @maximum 100
   */
  progress: number;
}

/**
 * `cw-goal-checked-in`
 *
 * Purpose: tells the host that the viewer recorded a check-in (new progress with an optional note) on a goal.
 * Fires: once the gateway has saved the check-in; `progress` is the goal's progress after it.
 * The host may: celebrate, nudge the next coaching step, or refresh its own progress summary.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-goal-checked-in.v1.schema.json`.
 */
export class GoalCheckedInEvent extends CoachworkEvent<GoalCheckedInDetail> {
  static override readonly eventName = 'cw-goal-checked-in';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof GoalCheckedInEvent> {}
}
