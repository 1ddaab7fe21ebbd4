import { graphql } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/** The participant's answer to a program's invitation. */
export const respondMutation = graphql(`
  mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {
    respondToProgramInvitation(input: $input) {
      enrolment {
        id
        status
        viewerCanRespond
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * An invitation to a program, above the rest of the enrolment: join it or say no. Joining keeps
 * the booker as it was (choosing a coach, or waiting for the program's match); declining closes
 * the enrolment.
 */
export function renderInvitation(
  programName: string,
  busy: boolean,
  respond: (response: 'ACCEPT' | 'DECLINE') => void,
): TemplateResult {
  return html`<div
    class="body invitation"
    part="invitation"
    role="group"
    aria-labelledby="invitation-heading"
  >
    <h3 id="invitation-heading">${msg(str`You are invited to “${programName}”`)}</h3>
    <p>${msg('Join to be matched with a coach and book your sessions here.')}</p>
    <div class="invitation__actions">
      <button type="button" part="accept-button" ?disabled=${busy} @click=${() => respond('ACCEPT')}>
        ${msg('Join the program')}
      </button>
      <button
        type="button"
        class="secondary"
        part="decline-button"
        ?disabled=${busy}
        @click=${() => respond('DECLINE')}
      >
        ${msg('No, thank you')}
      </button>
    </div>
  </div>`;
}
