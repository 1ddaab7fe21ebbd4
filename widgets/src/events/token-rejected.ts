import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface TokenRejectedDetail {
  /** The widget's `gateway` attribute. */
  gateway: string;
}

/**
 * `cw-token-rejected`
 *
 * Purpose: tells the host that the gateway refused the embed token even after the widget asked
 * its `tokenProvider` for a new one, so the widget now shows its signed-out state.
 * Fires: once each time a widget lands in the signed-out state because of a rejected token
 * (not when no `tokenProvider` was ever set).
 * The host may: re-authenticate the user (e.g. refresh its own session), then set a new
 * `tokenProvider`; the widget queries again as soon as it is set.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-token-rejected.v1.schema.json`.
 */
export class TokenRejectedEvent extends CoachworkEvent<TokenRejectedDetail> {
  static override readonly eventName = 'cw-token-rejected';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof TokenRejectedEvent> {}
}
