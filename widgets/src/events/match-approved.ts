import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface MatchApprovedDetail {
  /** The program's global ID. */
  programId: string;
  /**
   * Participants matched with a coach by the approved proposal.
   * @asType integer
   * @minimum 0
   */
  matched: number;
  /**
   * Participants the proposal could not match (left for a later proposal or a match by hand).
   * @asType integer
   * @minimum 0
   */
  unmatched: number;
}

/**
 * `cw-match-approved`
 *
 * Purpose: tells the host that a program admin approved a match proposal: its pairs are now each participant's coach.
 * Fires: once the gateway has applied the proposal.
 * The host may: tell coaches and participants through its own channels, or record it.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-match-approved.v1.schema.json`.
 */
export class MatchApprovedEvent extends CoachworkEvent<MatchApprovedDetail> {
  static override readonly eventName = 'cw-match-approved';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof MatchApprovedEvent> {}
}
