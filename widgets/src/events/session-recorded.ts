import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface SessionRecordedDetail {
  /** The session's global ID. */
  sessionId: string;
  /** What the coach recorded: `COMPLETED` (held) or `NO_SHOW` (the participant did not attend). */
  status: 'COMPLETED' | 'NO_SHOW';
}

/**
 * `cw-session-recorded`
 *
 * Purpose: tells the host that a coach recorded a session as held or missed.
 * Fires: once the gateway has saved the new status.
 * The host may: ask the participant for feedback through its own channels, or refresh a calendar.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-session-recorded.v1.schema.json`.
 */
export class SessionRecordedEvent extends CoachworkEvent<SessionRecordedDetail> {
  static override readonly eventName = 'cw-session-recorded';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof SessionRecordedEvent> {}
}
