import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

export interface FeedbackPromptView {
  readonly coachName: string;
  /** The start of the held session to rate, in words. */
  readonly when: string;
  rate(): void;
  notNow(): void;
}

/** The invitation to rate the latest held session not rated yet; "Not now" hides it until the next visit. */
export function renderFeedbackPrompt({ coachName, when, rate, notNow }: FeedbackPromptView): TemplateResult {
  return html`<div class="body prompt" part="feedback-prompt">
    <p>${msg(str`How was your session with ${coachName} on ${when}?`)}</p>
    <div class="actions">
      <button type="button" part="action-button" data-action="rate" @click=${rate}>
        ${msg('Rate this session')}
      </button>
      <button type="button" class="secondary" @click=${notNow}>${msg('Not now')}</button>
    </div>
  </div>`;
}

export const feedbackPromptStyles = css`
  .prompt {
    background: var(--_color-surface-muted);
  }
`;
