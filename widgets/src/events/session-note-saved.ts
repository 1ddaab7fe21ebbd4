import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface SessionNoteSavedDetail {
  /** The session's global ID. */
  sessionId: string;
  /** How many capabilities the coach tagged as worked on (0–5). */
  capabilities: number;
  /** True when the coach emptied the note and the gateway deleted it. */
  deleted: boolean;
}

/**
 * `cw-session-note-saved`
 *
 * Purpose: tells the host that a coach saved (or deleted) their private note on a session. The
 * note's text never leaves the widget: it is the coach's alone.
 * Fires: once the gateway has stored the note.
 * The host may: record that the session is documented.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-session-note-saved.v1.schema.json`.
 */
export class SessionNoteSavedEvent extends CoachworkEvent<SessionNoteSavedDetail> {
  static override readonly eventName = 'cw-session-note-saved';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof SessionNoteSavedEvent> {}
}
