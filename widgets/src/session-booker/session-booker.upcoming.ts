import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { sessionFields } from './session-booker.graphql.js';

export type UpcomingSession = DocumentType<typeof sessionFields>;

export interface UpcomingView {
  readonly sessions: readonly UpcomingSession[];
  /** The instant in words, in the zone shown. */
  when(startsAt: string): string;
  reschedule(session: UpcomingSession): void;
  cancel(session: UpcomingSession): void;
  addToCalendar(session: UpcomingSession): void;
}

/** The booked sessions still ahead, each with Reschedule (when its policy allows), Cancel and Add to calendar. */
export function renderUpcoming({
  sessions,
  when,
  reschedule,
  cancel,
  addToCalendar,
}: UpcomingView): TemplateResult {
  return html`<div class="body">
    <h3>${msg('Upcoming sessions')}</h3>
    <ul class="sessions" part="sessions">
      ${sessions.map(
        (session) =>
          html`<li class="session" part="session" data-session=${session.id}>
            <div>
              <p class="when">${when(session.startsAt)}</p>
              <p class="muted">${msg(str`with ${session.coach.name}`)}</p>
            </div>
            <div class="actions">
              ${session.cancellationPolicy.canReschedule ? action('reschedule', msg('Reschedule'), () => reschedule(session)) : nothing}
              ${action('cancel', msg('Cancel'), () => cancel(session))}
              ${action('calendar', msg('Add to calendar'), () => addToCalendar(session))}
            </div>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** A session's action; `name` is its `data-action`, which focus moves and tests find it by. */
function action(name: string, label: string, run: () => void): TemplateResult {
  return html`<button type="button" class="secondary" part="action-button" data-action=${name} @click=${run}>
    ${label}
  </button>`;
}
