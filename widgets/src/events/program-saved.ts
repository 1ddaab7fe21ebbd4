import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface ProgramSavedDetail {
  /** The program's global ID (as `Program.id` in the gateway's schema). */
  programId: string;
  /** The program's status after the save, as the gateway names it (e.g. `DRAFT`, `ACTIVE`). */
  status: string;
  /** True when this save created the program. */
  created: boolean;
}

/**
 * `cw-program-saved`
 *
 * Purpose: tells the host that a program admin created or edited a program in the console.
 * Fires: once the gateway has saved the program (never for a refused one).
 * The host may: record it (audit, analytics), refresh its own list of programs, or link to the program.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-program-saved.v1.schema.json`.
 */
export class ProgramSavedEvent extends CoachworkEvent<ProgramSavedDetail> {
  static override readonly eventName = 'cw-program-saved';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof ProgramSavedEvent> {}
}
