import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface LtiRegistrationChangedDetail {
  /** The registration's ID (as `LtiRegistration.id`). */
  registrationId: string;
  /** What changed: a platform was registered, its keys were replaced, or it was removed. */
  change: 'registered' | 'keys-replaced' | 'removed';
}

/**
 * `cw-lti-registration-changed`
 *
 * Purpose: tells the host that an org admin registered a learning platform (LTI 1.3), replaced its
 * keys or removed it, from the program console.
 * Fires: once the gateway has saved the change.
 * The host may: record it in its own audit trail, or tell the LMS's administrators.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-lti-registration-changed.v1.schema.json`.
 */
export class LtiRegistrationChangedEvent extends CoachworkEvent<LtiRegistrationChangedDetail> {
  static override readonly eventName = 'cw-lti-registration-changed';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof LtiRegistrationChangedEvent> {}
}
