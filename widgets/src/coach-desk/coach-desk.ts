import { msg, str } from '@lit/localize';
import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { formatNumber, formatTimeZoneName } from '../shared/format.js';
import { LazyTabs, renderTabList } from '../shared/lazy-tabs.js';
import { renderNoAccess } from '../shared/states.js';
import { TabbedElement } from '../shared/tabbed-element.js';
import { deskHeaderQuery } from './coach-desk.graphql.js';
import { isTab, tabLabel, tabs, type TabName } from './coach-desk.strings.js';
import { coachDeskStyles } from './coach-desk.styles.js';
import type { Tab, TabHost, TabModule } from './coach-desk.tab.js';

/** Each tab's code, loaded the first time the tab is shown. */
const tabModules: Record<TabName, () => Promise<TabModule>> = {
  week: () => import('./coach-desk.week.js'),
  clients: () => import('./coach-desk.clients.js'),
  availability: () => import('./coach-desk.availability.js'),
};

/**
 * The coach's working day: their sessions today and this week across every client and program, in
 * their own time zone, with the participant's shared goals and the previous session's private
 * note one click away; recording a session as held or missed, writing the private note and tagging
 * the capabilities worked on; their current clients with pace, sessions left and shared goals; and
 * their weekly hours, time off and capacity, with the bookings a change would break shown before
 * it is saved. Each tab's code loads the first time it opens. Private notes are the coach's alone:
 * the gateway refuses them to everyone else, managers and admins included.
 *
 * @summary A coach's sessions, notes, clients and availability.
 * @attr tab - The tab to show: `week` (default), `clients`, `availability`.
 * @attr compact - Denser layout for narrow slots.
 * @fires {SessionRecordedEvent} cw-session-recorded - The coach recorded a session as held or missed. detail: `{ sessionId, status }`.
 * @fires {SessionNoteSavedEvent} cw-session-note-saved - The coach saved or deleted a private note (its text stays in the widget). detail: `{ sessionId, capabilities, deleted }`.
 * @fires {AvailabilitySavedEvent} cw-availability-saved - The coach saved their weekly hours, time off and capacity. detail: `{ weeklyWindows, daysOff, capacity, keptSessions }`.
 * @csspart base - The card around everything.
 * @csspart header - Heading row (the coach's name, zone and rating).
 * @csspart heading - The desk's heading.
 * @csspart rating - The coach's own average rating and how many ratings it rests on.
 * @csspart tablist - The row of tabs; each is `tab`, the selected one also `tab-selected`.
 * @csspart tab - One tab.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The selected tab's panel.
 * @csspart day - One day's sessions (its heading and list); the sessions still to record are `day to-record`.
 * @csspart to-record - Started sessions not yet recorded as held or missed.
 * @csspart session - One session; carries `data-status` and `data-session`.
 * @csspart session-toggle - Opens or closes a session's details.
 * @csspart session-detail - An open session: shared goals, the previous note, recording and the note form.
 * @csspart goals - A participant's shared goals.
 * @csspart previous-note - The private note of the participant's previous session.
 * @csspart mark-held - Records a started session as held.
 * @csspart mark-no-show - Records a started session as missed by the participant.
 * @csspart note-form - The private note's form (text and capabilities).
 * @csspart save-button - Saves a form (the note, the availability).
 * @csspart status - A session's, client's or goal's status badge.
 * @csspart table - The clients' table.
 * @csspart client - One client's row; carries `data-pace`.
 * @csspart client-goals - Opens a client's shared goals.
 * @csspart field - A label with its control.
 * @csspart field-error - A field's message from the gateway.
 * @csspart form-error - A message that belongs to no single field.
 * @csspart availability-form - The availability form.
 * @csspart weekday - One weekday's windows.
 * @csspart add-window - Adds a window to a weekday.
 * @csspart remove-button - Removes a window or a period of time off.
 * @csspart add-day-off - Adds a period of time off.
 * @csspart conflicts - The bookings a proposed availability would leave outside it (role=alert), with `keep-button` and `back-button`.
 * @csspart keep-button - Saves the availability and keeps the conflicting sessions booked.
 * @csspart back-button - Returns to editing without saving.
 * @csspart kept - Bookings the coach kept outside their availability, each with a `move-button`.
 * @csspart kept-session - One kept booking (a list item, `data-session`, `data-reason`).
 * @csspart move-button - Opens the choice of a new time for a kept booking.
 * @csspart move - The choice of a new time: `move-select`, `move-confirm-button`, `move-cancel-button`.
 * @csspart move-select - The free times in the coach's hours as they are now.
 * @csspart move-confirm-button - Moves the booking; the participant is sent the new time.
 * @csspart move-cancel-button - Closes the choice and keeps the booking where it is.
 * @csspart move-none - Says no free time was found.
 * @csspart move-error - Why the move was refused (role=alert).
 * @csspart state - Any non-content state; also `state-loading`, `state-empty`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class CoachDesk extends TabbedElement {
  static override styles: CSSResultGroup = [TabbedElement.styles, coachDeskStyles];

  static override properties: PropertyDeclarations = {
    tab: { reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  tab?: string;
  compact = false;

  readonly #header = this.createQuery({
    query: deskHeaderQuery,
    // The rating moves with feedback participants give elsewhere: a desk opened again shows what is
    // cached at once and asks the gateway for the current figure.
    requestPolicy: 'cache-and-network',
    additionalTypenames: ['Coach', 'Session', 'SessionFeedback'],
  });

  readonly #host: TabHost = ((self: CoachDesk) =>
    self.tabHost({
      get timeZone() {
        return self.#header.data?.coachDesk?.timeZone;
      },
      get activeTab() {
        return self.#activeTab;
      },
      get rtl() {
        return self.dir === 'rtl';
      },
    }))(this);

  /** Each tab's code, loaded the first time the tab is shown. */
  readonly #panels = new LazyTabs<TabName, Tab>(
    this,
    async (tab) => (await tabModules[tab]()).createTab(this.#host),
    {
      loading: (tab) => msg(str`Loading ${tabLabel(tab)}…`),
      failed: () => msg('This part of the desk could not be loaded. Check your connection and try again.'),
      lines: 6,
    },
  );

  get #activeTab(): TabName {
    return isTab(this.tab) ? this.tab : 'week';
  }

  protected renderContent(): unknown {
    const desk = this.#header.data?.coachDesk;
    const coach = desk?.coach;
    const locale = this.resolvedLocale;
    return html`<section class="card" part="base" aria-labelledby="heading">
      <header class="header" part="header">
        <h2 id="heading" part="heading" tabindex="-1" dir="auto">
          ${coach ? msg(str`${coach.name}’s desk`) : msg('Coach desk')}
        </h2>
        ${desk ? html`<span class="muted">${formatTimeZoneName(desk.timeZone, { locale })}</span>` : nothing}
        ${
          coach?.rating
            ? html`<span class="rating" part="rating" data-count=${coach.rating.count ?? 0}>
                ${
                  coach.rating.average == null
                    ? msg('No ratings yet')
                    : msg(
                        str`Rated ${formatNumber(coach.rating.average, {
                          locale,
                          minimumFractionDigits: 1,
                          maximumFractionDigits: 1,
                        })} of 5 from ${formatNumber(coach.rating.count ?? 0, { locale })} ratings`,
                      )
                }
              </span>`
            : nothing
        }
      </header>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderQuery(this.#header, {
        loading: { label: msg('Loading your desk…'), lines: 6 },
        content: (data) => (data.coachDesk ? this.#renderTabs() : renderNoAccess('unauthorised')),
      })}
    </section>`;
  }

  #renderTabs(): unknown {
    const active = this.#activeTab;
    return renderTabList(
      { tabs, active, label: tabLabel, select: (tab) => this.#select(tab), rtl: this.dir === 'rtl' },
      this.#panels.render(active),
    );
  }

  #select(tab: TabName): void {
    if (tab === this.#activeTab) return;
    this.tab = tab;
    this.pendingFocus.request(`[data-tab="${tab}"]`);
  }
}
