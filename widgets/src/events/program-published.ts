import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface ProgramPublishedDetail {
  /** The program's global ID. */
  programId: string;
  /**
   * How many people the publication invited (the target population when it was published).
   * @asType integer
   * @minimum 0
   */
  invited: number;
}

/**
 * `cw-program-published`
 *
 * Purpose: tells the host that a program was published: it is active and its target population was invited.
 * Fires: once the gateway has published the program.
 * The host may: announce the program in its own channels (intranet news, e-mail), or record it.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-program-published.v1.schema.json`.
 */
export class ProgramPublishedEvent extends CoachworkEvent<ProgramPublishedDetail> {
  static override readonly eventName = 'cw-program-published';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof ProgramPublishedEvent> {}
}
