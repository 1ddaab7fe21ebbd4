import type { DocumentType } from '@coachwork/schema/gql';
import type { TemplateResult } from 'lit';
import type { enrolmentQuery } from './session-booker.graphql.js';
import { feedbackMutation } from './session-booker.panels.graphql.js';
import { css } from './session-booker.panel-css.js';
import type { PanelContext } from './session-booker.panels.js';

type Detail = DocumentType<typeof enrolmentQuery>;
type Capability = Extract<
  NonNullable<Detail['node']>,
  { status: unknown }
>['program']['focusCapabilities'][number];

export interface FeedbackForm {
  readonly coachName: string;
  readonly startsAt: string;
  /** 1–5; 0 while none is chosen. */
  rating: number;
  readonly capabilities: Set<string>;
}

export function renderFeedback(
  context: PanelContext,
  form: FeedbackForm,
  focusCapabilities: readonly Capability[],
  submit: (event: Event) => void,
): TemplateResult {
  const { html, nothing, msg, str } = context.kit;
  const labels = [
    msg('1 – Poor'),
    msg('2 – Fair'),
    msg('3 – Good'),
    msg('4 – Very good'),
    msg('5 – Excellent'),
  ];
  return html`<form class="body panel" part="panel" @submit=${submit}>
    <h3 tabindex="-1">${msg(str`Rate your session with ${form.coachName}`)}</h3>
    <p class="muted">${context.when(form.startsAt)}</p>
    <fieldset class="rating">
      <legend>${msg('How useful was it?')}</legend>
      ${labels.map(
        (label, i) =>
          html`<label class="choice">
            <input
              type="radio"
              name="rating"
              value=${i + 1}
              ?checked=${form.rating === i + 1}
              @change=${() => {
                form.rating = i + 1;
              }}
            />
            <span>${label}</span>
          </label>`,
      )}
    </fieldset>
    ${
      focusCapabilities.length > 0
        ? html`<fieldset class="caps">
            <legend>${msg('What did you work on? (optional)')}</legend>
            ${focusCapabilities.map(
              (capability) =>
                html`<label class="choice">
                  <input
                    type="checkbox"
                    value=${capability.id}
                    @change=${(e: Event) => {
                      if ((e.target as HTMLInputElement).checked) form.capabilities.add(capability.id);
                      else form.capabilities.delete(capability.id);
                    }}
                  />
                  <span>${capability.name}</span>
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    <label class="field">
      <span>${msg('Comment (optional)')}</span>
      <textarea rows="3" maxlength="4000" id="feedback-comment"></textarea>
    </label>
    <div class="actions">
      <button type="submit" part="confirm-button" ?disabled=${context.busy}>${msg('Send feedback')}</button>
      <button type="button" class="secondary" part="back-button" @click=${context.back}>
        ${msg('Back')}
      </button>
    </div>
  </form>`;
}

/** Sends the rating with the comment typed in the form under `root` (none when left empty). */
export function submitFeedback(
  context: PanelContext,
  sessionId: string,
  form: FeedbackForm,
  root: ParentNode,
) {
  const comment = root.querySelector<HTMLTextAreaElement>('#feedback-comment')?.value.trim() || null;
  return context.kit.mutate(context.gateway, feedbackMutation, {
    input: { sessionId, rating: form.rating, capabilities: [...form.capabilities], comment },
  });
}

/** The feedback form's rules: the rating and capability choices. */
export const feedbackCss = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  legend {
    padding: 0 var(--_space-1);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
`;
