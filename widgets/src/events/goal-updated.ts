import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface GoalUpdatedDetail {
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
 * `cw-goal-updated`
 *
 * Purpose: tells the host that the viewer changed a goal: its title, capability, target date, description, visibility, a milestone or its status.
 * Fires: once the gateway has saved the change. A change the gateway refuses is rolled back in the tracker and fires nothing.
 * The host may: refresh anything of its own that shows the goal.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-goal-updated.v1.schema.json`.
 */
export class GoalUpdatedEvent extends CoachworkEvent<GoalUpdatedDetail> {
  static override readonly eventName = 'cw-goal-updated';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof GoalUpdatedEvent> {}
}
