import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface FeedbackSubmittedDetail {
  /** The rated session's global ID. */
  sessionId: string;
  /**
   * The rating given, 1–5.
   * @asType integer
   * @minimum 1
   * @maximum 5
   */
  rating: number;
}

/**
 * `cw-feedback-submitted`
 *
 * Purpose: tells the host that the participant rated a completed session.
 * Fires: once the gateway has stored the feedback (a session is rated once).
 * The host may: thank the participant or record it; the comment is not passed on (it is for the program's quality review).
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-feedback-submitted.v1.schema.json`.
 */
export class FeedbackSubmittedEvent extends CoachworkEvent<FeedbackSubmittedDetail> {
  static override readonly eventName = 'cw-feedback-submitted';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof FeedbackSubmittedEvent> {}
}
