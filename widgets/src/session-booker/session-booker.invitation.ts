import type { TemplateResult } from 'lit';
import { css } from './session-booker.panel-css.js';
import { respondMutation } from './session-booker.panels.graphql.js';
import type { PanelContext } from './session-booker.panels.js';

export type InvitationResponse = 'ACCEPT' | 'DECLINE';

/**
 * An invitation to a program, above the rest of the enrolment: join it or say no. Joining keeps
 * the booker as it was (choosing a coach, or waiting for the program's match); declining closes
 * the enrolment. Shown once per enrolment, so it loads with the panels.
 */
export function renderInvitation(
  context: PanelContext,
  programName: string,
  respond: (response: InvitationResponse) => void,
): TemplateResult {
  const { html, msg, str } = context.kit;
  return html`<div
    class="body invitation"
    part="invitation"
    role="group"
    aria-labelledby="invitation-heading"
  >
    <h3 id="invitation-heading">${msg(str`You are invited to “${programName}”`)}</h3>
    <p>${msg('Join to be matched with a coach and book your sessions here.')}</p>
    <div class="invitation__actions">
      <button type="button" part="accept-button" ?disabled=${context.busy} @click=${() => respond('ACCEPT')}>
        ${msg('Join the program')}
      </button>
      <button
        type="button"
        class="secondary"
        part="decline-button"
        ?disabled=${context.busy}
        @click=${() => respond('DECLINE')}
      >
        ${msg('No, thank you')}
      </button>
    </div>
  </div>`;
}

/** An accepted invitation to a full program: the participant waits for a place. */
export function renderWaitlisted(context: PanelContext): TemplateResult {
  const { html, msg } = context.kit;
  return html`<p class="body">
    ${msg('The program is full: you are on its waiting list and will be told when a place frees up.')}
  </p>`;
}

export function respondToInvitation(
  context: PanelContext,
  enrolmentId: string,
  response: InvitationResponse,
) {
  return context.kit.mutate(context.gateway, respondMutation, { input: { enrolmentId, response } });
}

/** The invitation's rules: its two answers side by side. */
export const invitationCss = css`
  .invitation__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
`;
