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
              ${
                session.cancellationPolicy.canReschedule
                  ? html`<button
                      type="button"
                      class="secondary"
                      part="action-button"
                      data-action="reschedule"
                      @click=${() => reschedule(session)}
                    >
                      ${msg('Reschedule')}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                class="secondary"
                part="action-button"
                data-action="cancel"
                @click=${() => cancel(session)}
              >
                ${msg('Cancel')}
              </button>
              <button
                type="button"
                class="secondary"
                part="action-button"
                data-action="calendar"
                @click=${() => addToCalendar(session)}
              >
                ${msg('Add to calendar')}
              </button>
            </div>
          </li>`,
      )}
    </ul>
  </div>`;
}
