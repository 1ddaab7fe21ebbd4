import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface EnrolmentChangedDetail {
  /** The program's global ID. */
  programId: string;
  /** The enrolments changed (global IDs of `Enrolment`). */
  enrolmentIds: string[];
  /** What happened to them: `WITHDRAWN`, `REINVITED` (a declined or withdrawn person invited again) or `REMATCHED` (another coach). */
  change: 'WITHDRAWN' | 'REINVITED' | 'REMATCHED';
}

/**
 * `cw-enrolment-changed`
 *
 * Purpose: tells the host that a program admin changed enrolments from the console's participants or coaches tab.
 * Fires: once the gateway has saved the change, with every enrolment it applied to.
 * The host may: send its own notification to the people concerned, or record it.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-enrolment-changed.v1.schema.json`.
 */
export class EnrolmentChangedEvent extends CoachworkEvent<EnrolmentChangedDetail> {
  static override readonly eventName = 'cw-enrolment-changed';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof EnrolmentChangedEvent> {}
}
