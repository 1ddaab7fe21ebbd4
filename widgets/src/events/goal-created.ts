import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface GoalCreatedDetail {
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
 * `cw-goal-created`
 *
 * Purpose: tells the host that the viewer created a goal in the tracker.
 * Fires: once the gateway has saved the new goal (never for a refused one).
 * The host may: record it (analytics), update its own summary, or show the goal elsewhere; nothing is needed for the tracker itself.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-goal-created.v1.schema.json`.
 */
export class GoalCreatedEvent extends CoachworkEvent<GoalCreatedDetail> {
  static override readonly eventName = 'cw-goal-created';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof GoalCreatedEvent> {}
}
