import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface GoalCompletedDetail {
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
 * `cw-goal-completed`
 *
 * Purpose: tells the host that a goal reached completion (100% through a check-in or an edit, or marked complete).
 * Fires: once the gateway has saved the change that completed the goal, right after `cw-goal-checked-in` or `cw-goal-updated`; not again while it stays complete.
 * The host may: celebrate, or suggest setting the next goal.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-goal-completed.v1.schema.json`.
 */
export class GoalCompletedEvent extends CoachworkEvent<GoalCompletedDetail> {
  static override readonly eventName = 'cw-goal-completed';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof GoalCompletedEvent> {}
}
