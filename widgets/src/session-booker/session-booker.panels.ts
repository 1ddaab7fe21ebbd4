import type { mutate } from '@coachwork/client';
import type { msg, str } from '@lit/localize';
import type { html, nothing } from 'lit';
import type { formatNumber, formatTime, formatTimeZoneName } from '../shared/format.js';
import { cancelCss } from './session-booker.cancel.js';
import { coachPickerCss } from './session-booker.coach-picker.js';
import { feedbackCss } from './session-booker.feedback.js';
import { invitationCss } from './session-booker.invitation.js';
import { bookMutation, chooseCoachMutation, rescheduleMutation } from './session-booker.panels.graphql.js';

export { cancelSession, renderCancel } from './session-booker.cancel.js';
export { renderConfirmation } from './session-booker.confirmation.js';
export { renderCoaches } from './session-booker.coach-picker.js';
export { renderFeedback, submitFeedback, type FeedbackForm } from './session-booker.feedback.js';
export {
  renderInvitation,
  renderWaitlisted,
  respondToInvitation,
  type InvitationResponse,
} from './session-booker.invitation.js';

/**
 * What the booker shows rarely or only after a click: the booking confirmation
 * (session-booker.confirmation.ts), a program's invitation or waiting list (session-booker.invitation.ts),
 * the suggested coaches (a coach is chosen once per enrolment, session-booker.coach-picker.ts) and the panels for cancelling a session (session-booker.cancel.ts)
 * and rating one (session-booker.feedback.ts). This module is their one entry: loaded with
 * import() the first time one is shown, so what a page loads first does not carry their templates
 * and texts (the size budget, docs/ARCHITECTURE.md). The element keeps their state and actions;
 * these only render, and send the cancel and feedback mutations, so their documents load with them
 * (the element still decides what the answer means).
 *
 * Lit, @lit/localize and the client come in through `kit` rather than imports: a module this chunk
 * imported would also be one the element imports, and the bundler would then move every such
 * module into a third file that loads up front. `kit.msg` is still @lit/localize's `msg`
 * (lit-localize finds the calls by type), and `html` keeps its name so the build minifies the
 * templates. The parts import each other's types only.
 */
export interface PanelKit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly msg: typeof msg;
  readonly str: typeof str;
  readonly formatNumber: typeof formatNumber;
  readonly formatTime: typeof formatTime;
  readonly formatTimeZoneName: typeof formatTimeZoneName;
  readonly mutate: typeof mutate;
}

export interface PanelContext {
  readonly kit: PanelKit;
  readonly gateway: string;
  readonly locale: string;
  readonly busy: boolean;
  /** The instant in words, in the zone the booker shows. */
  when(startsAt: string): string;
  back(): void;
}

/** The parts' rules, added to the element's styles when this module loads. */
export const panelCss = coachPickerCss + cancelCss + feedbackCss + invitationCss;

// The confirmation's and the coach choice's changes send from here, so their documents load with
// the parts that ask for them; the element decides what each answer means.

export function bookSession(context: PanelContext, enrolmentId: string, startsAt: string) {
  return context.kit.mutate(context.gateway, bookMutation, { input: { enrolmentId, startsAt } });
}

export function rescheduleSession(context: PanelContext, sessionId: string, startsAt: string) {
  return context.kit.mutate(context.gateway, rescheduleMutation, { input: { sessionId, startsAt } });
}

export function chooseCoach(context: PanelContext, enrolmentId: string, coachId: string) {
  return context.kit.mutate(context.gateway, chooseCoachMutation, { input: { enrolmentId, coachId } });
}
