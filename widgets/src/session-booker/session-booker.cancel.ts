import type { DocumentType } from '@coachwork/schema/gql';
import type { TemplateResult } from 'lit';
import type { sessionFields } from './session-booker.graphql.js';
import { cancelMutation } from './session-booker.panels.graphql.js';
import { css } from './session-booker.panel-css.js';
import type { PanelContext } from './session-booker.panels.js';

type Session = DocumentType<typeof sessionFields>;

/** `hours`: the late-cancellation window, formatted in the booker's locale. */
export function renderCancel(
  context: PanelContext,
  session: Session,
  hours: string,
  cancel: () => void,
): TemplateResult {
  const { html, msg, str } = context.kit;
  const policy = session.cancellationPolicy;
  return html`<div class="body panel" part="panel">
    <h3 tabindex="-1">${msg('Cancel this session?')}</h3>
    <p class="when">${context.when(session.startsAt)}</p>
    <p class="policy ${policy.lateNow ? 'policy--late' : ''}" data-late=${policy.lateNow ? 'true' : 'false'}>
      ${
        policy.lateNow
          ? msg(
              str`This is less than ${hours} hours before the session: cancelling now is late and the session still counts as one of your sessions.`,
            )
          : msg(str`You can cancel free of charge until ${context.when(policy.lateFrom)}.`)
      }
    </p>
    <label class="field">
      <span>${msg('Reason (optional)')}</span>
      <textarea rows="2" maxlength="1000" id="cancel-reason"></textarea>
    </label>
    <div class="actions">
      <button type="button" class="danger" part="confirm-button" ?disabled=${context.busy} @click=${cancel}>
        ${msg('Cancel session')}
      </button>
      <button type="button" class="secondary" part="back-button" @click=${context.back}>
        ${msg('Keep session')}
      </button>
    </div>
  </div>`;
}

/** Cancels with the reason typed in the panel under `root` (none when left empty). */
export function cancelSession(context: PanelContext, sessionId: string, root: ParentNode) {
  const reason = root.querySelector<HTMLTextAreaElement>('#cancel-reason')?.value.trim() || null;
  return context.kit.mutate(context.gateway, cancelMutation, { input: { sessionId, reason } });
}

/** The cancel panel's rules: the late-cancellation policy stands out, the confirm button warns. */
export const cancelCss = css`
  button.danger {
    color: var(--_color-on-accent);
    background: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  .policy {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-muted);
  }
  .policy--late {
    border-inline-start-color: var(--_color-danger);
  }
`;
