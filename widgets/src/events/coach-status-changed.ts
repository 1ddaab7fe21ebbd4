import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface CoachStatusChangedDetail {
  /** The program's global ID. */
  programId: string;
  /** The coach's global ID (as `Coach.id`). */
  coachId: string;
  /** The coach's status in the program after the change: `PAUSED` or `ACTIVE`. */
  status: 'PAUSED' | 'ACTIVE';
}

/**
 * `cw-coach-status-changed`
 *
 * Purpose: tells the host that a program admin paused or reinstated a coach in a program.
 * Fires: once the gateway has saved the change.
 * The host may: tell the coach's clients through its own channels, or record it.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-coach-status-changed.v1.schema.json`.
 */
export class CoachStatusChangedEvent extends CoachworkEvent<CoachStatusChangedDetail> {
  static override readonly eventName = 'cw-coach-status-changed';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof CoachStatusChangedEvent> {}
}
