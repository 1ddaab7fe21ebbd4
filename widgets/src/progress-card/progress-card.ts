import { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { ProgressOpenBookingEvent } from '../events/progress-open-booking.js';
import { ProgressOpenGoalsEvent } from '../events/progress-open-goals.js';
import { cardBodyStyles } from '../shared/card-body.styles.js';
import { cardStyles } from '../shared/card.styles.js';
import { ActionStatusController } from '../shared/action-status.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatDateTime, formatNumber, formatPercent } from '../shared/format.js';
import { directionOf } from '../shared/localization.js';
import { addSessionToCalendar } from '../shared/session-calendar.js';
import { styleProperties } from '../shared/style-properties.js';
import { progressCardQuery, progressSharingMutation } from './progress-card.graphql.js';
import { cadenceLabel, goalsOnTrack, phaseLabel, sessionsDone } from './progress-card.strings.js';
import { progressCardStyles } from './progress-card.styles.js';

type Data = DocumentType<typeof progressCardQuery>;
type Card = Data['progressCard'];
type Progress = NonNullable<Card['progress']>;
type CapabilityProgress = Progress['capabilities'][number];
type Figure = NonNullable<CapabilityProgress['baseline']>;

export type ProgressCardLayout = 'compact' | 'full';

/** 360 ratings run from 1 to 5; the bars are drawn on that scale. */
const SCALE_MIN = 1;
const SCALE_MAX = 5;

/**
 * One glance at a participant's coaching progress: sessions done and the next one, attendance,
 * pace against the program's plan, goals and 360 deltas per focus capability. It shares the page's
 * client cache, so a booking or check-in made in another Coachwork widget updates it at once.
 * A manager sees a report's card only when the report shares it; private goals never count.
 *
 * @summary A participant's coaching progress at a glance.
 * @attr enrolment - An Enrolment ID: that enrolment's progress.
 * @attr person - A Person ID: that person's current enrolment (default: the viewer's own).
 * @attr layout - `full` (default) or `compact` (one short block for dashboards and team strips).
 * @fires {ProgressOpenGoalsEvent} cw-progress-open-goals - The goals link was activated; the host shows the goals. detail: `{ personId, enrolmentId }`.
 * @fires {ProgressOpenBookingEvent} cw-progress-open-booking - The booking link was activated; the host shows the booker. detail: `{ personId, enrolmentId, sessionId }`.
 * @csspart base - The card around everything.
 * @csspart header - Program name, person and coach.
 * @csspart heading - The program's name.
 * @csspart subheading - Who the card is about and their coach.
 * @csspart sessions - Sessions done, the bar, and the counts under it.
 * @csspart sessions-bar - The sessions track (role=progressbar); its fill is `sessions-bar-fill`.
 * @csspart sessions-bar-fill - The filled part of the sessions track.
 * @csspart pace - The pace label; carries `data-status` (ON_TRACK, BEHIND, …).
 * @csspart attendance - Attendance rate.
 * @csspart next-session - The next session and its actions.
 * @csspart goals - The goals summary and its link.
 * @csspart capabilities - The 360 list; each item is `capability`.
 * @csspart capability - One capability with its chart and figures.
 * @csspart chart - A capability's SVG bar (decorative; the figures beside it say the same).
 * @csspart figures - A capability's baseline → latest text.
 * @csspart delta - The signed change, when there is one; carries `data-direction` (up or down).
 * @csspart sharing - The participant's share-with-manager switch.
 * @csspart action-button - Add to calendar, Book a session, Open goals.
 * @csspart notice - A refused change's message (role=alert).
 * @csspart private - The not-shared message a manager sees.
 * @csspart state - Any non-content state; also `state-loading`, `state-empty`, `state-error`, `state-signed-out`, `state-unauthorised`, `state-rate-limited`.
 * @csspart retry-button - The error state's button.
 */
export class ProgressCard extends CoachworkElement {
  static override styles: CSSResultGroup = [
    CoachworkElement.styles,
    cardStyles,
    cardBodyStyles,
    progressCardStyles,
  ];

  static override properties: PropertyDeclarations = {
    enrolment: {},
    person: {},
    layout: { reflect: true },
  };

  enrolment?: string;
  person?: string;
  layout: ProgressCardLayout = 'full';

  readonly #status = new ActionStatusController(this, { describe: (error) => this.describeError(error) });

  readonly #card = this.createQuery({
    query: progressCardQuery,
    // Counted from sessions and goals it does not show as such: a booking, a cancellation or a goal
    // created or checked in anywhere on the page must refresh it.
    additionalTypenames: ['Goal', 'Session'],
    variables: () => ({
      enrolment: this.enrolment || null,
      person: this.enrolment ? null : this.person || null,
      locale: this.resolvedLocale,
    }),
  });

  get #compact(): boolean {
    return this.layout === 'compact';
  }

  protected renderContent(): unknown {
    // Named by program and person: a manager's strip shows several cards of the same program.
    return html`<section class="card" part="base" aria-labelledby="heading subheading">
      ${this.renderQuery(this.#card, {
        loading: { label: msg('Loading coaching progress…'), lines: this.#compact ? 11 : 26 },
        isEmpty: (data) => data.progressCard.availability === 'NOT_ENROLLED',
        empty: () => ({ message: this.#notEnrolledMessage() }),
        content: (data) => this.#renderCard(data),
      })}
      ${this.#status.renderAnnouncer()}
    </section>`;
  }

  #notEnrolledMessage(): string {
    const data = this.#card.data;
    const person = data?.progressCard.person;
    return person && person.id !== data.viewer.id
      ? msg(str`${person.name} is not in a coaching program.`)
      : msg('You are not in a coaching program yet.');
  }

  #renderCard(data: Data): unknown {
    const card = data.progressCard;
    const isViewer = card.person.id === data.viewer.id;
    if (!card.progress) {
      return html`<header class="header" part="header">
          <h2 id="heading" part="heading">${card.person.name}</h2>
        </header>
        <p class="private" part="private">
          ${msg(str`${card.person.name} keeps their coaching progress private.`)}
        </p>`;
    }
    const progress = card.progress;
    const timeZone = data.viewer.timeZone ?? undefined;
    return html`${this.#renderHeader(card, progress, isViewer)}
      ${this.#status.renderNotice({ dismissible: false })}
      <div class="body">
        ${this.#renderSessions(progress)} ${this.#renderNextSession(card, progress, timeZone)}
        ${this.#renderGoals(card, progress)} ${this.#renderCapabilities(progress)}
        ${progress.viewerCanChangeSharing && !this.#compact ? this.#renderSharing(progress) : nothing}
      </div>`;
  }

  #renderHeader(card: Card, progress: Progress, isViewer: boolean): unknown {
    const coach = progress.coach?.name;
    const about = isViewer
      ? coach
        ? msg(str`With ${coach}`)
        : msg('No coach matched yet')
      : coach
        ? msg(str`${card.person.name} with ${coach}`)
        : card.person.name;
    return html`<header class="header" part="header">
      <h2 id="heading" part="heading">${progress.program.name}</h2>
      <p id="subheading" class="subheading" part="subheading">${about}</p>
    </header>`;
  }

  #renderSessions(progress: Progress): unknown {
    const { sessions, attendance, cadence } = progress;
    const locale = this.resolvedLocale;
    const fraction = sessions.planned > 0 ? Math.min(1, sessions.completed / sessions.planned) : 0;
    const counts = [
      sessions.upcoming > 0 ? msg(str`${sessions.upcoming} booked`) : null,
      msg(str`${sessions.remaining} left to book`),
      sessions.noShows > 0 ? msg(str`${sessions.noShows} missed`) : null,
      sessions.lateCancellations > 0 ? msg(str`${sessions.lateCancellations} cancelled late`) : null,
    ].filter((item): item is string => item !== null);
    const label = sessionsDone(sessions.completed, sessions.planned);
    return html`<div class="block sessions" part="sessions">
      <div class="row">
        <p class="strong">${label}</p>
        <p class="pace" part="pace" data-status=${cadence.status}>${cadenceLabel(cadence.status)}</p>
      </div>
      <div
        class="bar"
        part="sessions-bar"
        role="progressbar"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax=${sessions.planned}
        aria-valuenow=${sessions.completed}
        aria-valuetext=${label}
      >
        <span
          class="bar__fill"
          part="sessions-bar-fill"
          ${styleProperties({ 'inline-size': `${(fraction * 100).toFixed(1)}%` })}
        ></span>
      </div>
      ${
        this.#compact
          ? nothing
          : html`<p class="muted">${counts.join(' · ')}</p>
              <p class="muted">
                ${
                  cadence.meanDaysBetweenSessions !== null && cadence.meanDaysBetweenSessions !== undefined
                    ? msg(
                        str`A session every ${formatNumber(cadence.meanDaysBetweenSessions, { locale, maximumFractionDigits: 1 })} days (plan: every ${formatNumber(cadence.targetDaysBetweenSessions, { locale, maximumFractionDigits: 1 })})`,
                      )
                    : msg(
                        str`Plan: a session every ${formatNumber(cadence.targetDaysBetweenSessions, { locale, maximumFractionDigits: 1 })} days`,
                      )
                }
              </p>
              ${
                attendance.rate !== null && attendance.rate !== undefined
                  ? html`<p class="muted" part="attendance">
                      ${msg(
                        str`Attendance ${formatPercent(attendance.rate, { locale })} (${attendance.attended} of ${attendance.attended + attendance.missed})`,
                      )}
                    </p>`
                  : nothing
              }`
      }
    </div>`;
  }

  #renderNextSession(card: Card, progress: Progress, timeZone: string | undefined): unknown {
    const next = progress.nextSession;
    const locale = this.resolvedLocale;
    const canBook = progress.viewerCanChangeSharing;
    const bookingButton = canBook
      ? html`<button
          type="button"
          class="link"
          part="action-button"
          data-action="booking"
          @click=${() => this.#openBooking(card, progress)}
        >
          ${next ? msg('Manage sessions') : msg('Book a session')}
        </button>`
      : nothing;
    if (!next) {
      if (progress.sessions.remaining === 0 && this.#compact) return nothing;
      return html`<div class="block next" part="next-session">
        <p>${msg('No session booked.')}</p>
        ${progress.sessions.remaining > 0 ? bookingButton : nothing}
      </div>`;
    }
    const when = formatDateTime(next.startsAt, { locale, timeZone });
    const coach = progress.coach?.name;
    return html`<div class="block next" part="next-session">
      <p>
        <span class="strong">${msg('Next:')}</span>
        <time datetime=${next.startsAt}>${when}</time>${coach ? html` · ${msg(str`with ${coach}`)}` : nothing}
      </p>
      <div class="actions">
        ${
          canBook || !this.#compact
            ? html`<button
                type="button"
                class="link"
                part="action-button"
                data-action="calendar"
                @click=${() => void addSessionToCalendar(this.gateway ?? '', next.id, this.#status)}
              >
                ${msg('Add to calendar')}
              </button>`
            : nothing
        }
        ${this.#compact ? nothing : bookingButton}
      </div>
    </div>`;
  }

  #renderGoals(card: Card, progress: Progress): unknown {
    const { goals } = progress;
    const locale = this.resolvedLocale;
    return html`<div class="block goals" part="goals">
      <p>
        ${goals.total === 0 ? msg('No goals shared yet.') : goalsOnTrack(goals.total, goals.onTrack)}
        ${
          !this.#compact && goals.meanProgress !== null && goals.meanProgress !== undefined
            ? html`<span class="muted">
                · ${msg(str`${formatPercent(goals.meanProgress / 100, { locale })} done on average`)}</span
              >`
            : nothing
        }
      </p>
      ${
        this.#compact && goals.total === 0
          ? nothing
          : html`<button
              type="button"
              class="link"
              part="action-button"
              data-action="goals"
              @click=${() => this.#openGoals(card, progress)}
            >
              ${msg('Open goals')}
            </button>`
      }
    </div>`;
  }

  #renderCapabilities(progress: Progress): unknown {
    const all = progress.capabilities;
    // Compact: the first capability with a change to show, else the first one and where it stands.
    const shown = this.#compact ? all.filter((c) => c.delta != null).slice(0, 1) : all;
    if (this.#compact && shown.length === 0 && all[0]) shown.push(all[0]);
    if (shown.length === 0) return nothing;
    if (shown.every((c) => !c.baseline && !c.latest)) {
      return html`<div class="block" part="capabilities">
        <h3>${msg('360 feedback since the baseline')}</h3>
        <p class="muted">${msg('No 360 feedback yet.')}</p>
      </div>`;
    }
    return html`<div class="block" part="capabilities">
      ${this.#compact ? nothing : html`<h3>${msg('360 feedback since the baseline')}</h3>`}
      <ul class="capabilities">
        ${shown.map((c) => this.#renderCapability(c))}
      </ul>
    </div>`;
  }

  /**
   * Where a capability stands against its baseline, in words: no baseline yet, no later rating
   * yet, withheld, or the change with its direction and the raters behind it. A zero is "no
   * change", never a bare 0.0 that could mean any of the others.
   */
  #renderChange(item: CapabilityProgress): unknown {
    const { baseline, latest, delta } = item;
    if (!baseline)
      return html`<span class="change" data-state="no-baseline">${msg('No baseline yet')}</span>`;
    if (!latest)
      return html`<span class="change" data-state="no-latest">${msg('No later rating yet')}</span>`;
    if (delta == null || latest.raters == null) {
      return html`<span class="change" data-state="withheld">${msg('withheld (too few raters)')}</span>`;
    }
    const locale = this.resolvedLocale;
    const raters = formatNumber(latest.raters, { locale });
    // The same rounding as the figure shown: a change that prints as 0.0 is no change.
    const shown = Math.round(delta * 10) / 10;
    const direction = shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
    const signed = formatNumber(shown, {
      locale,
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return html`<span class="change" data-state=${direction}>
      ${
        direction === 'flat'
          ? msg(str`No change since the baseline (${raters} raters)`)
          : html`<span class="delta" part="delta" data-direction=${direction}>${signed}</span> ${
                direction === 'up'
                  ? msg(str`up since the baseline (${raters} raters)`)
                  : msg(str`down since the baseline (${raters} raters)`)
              }`
      }
    </span>`;
  }

  #renderCapability(item: CapabilityProgress): unknown {
    const locale = this.resolvedLocale;
    const name = item.capability.name;
    const number = (value: number) =>
      formatNumber(value, { locale, maximumFractionDigits: 1, minimumFractionDigits: 1 });
    if (this.#compact) {
      return html`<li part="capability">${name}: ${this.#renderChange(item)}</li>`;
    }
    const figure = (f: Figure | null | undefined) =>
      !f
        ? msg('not taken yet')
        : f.withheld || f.mean === null || f.mean === undefined
          ? msg('withheld (too few raters)')
          : msg(str`${number(f.mean)} (${phaseLabel(f.phase)}, ${f.raters} raters)`);
    return html`<li class="capability" part="capability">
      <span class="capability__name strong">${name}</span>
      ${this.#renderChart(item)}
      ${
        item.baseline || item.latest
          ? html`<span class="figures" part="figures">
              ${figure(item.baseline)} ${directionOf(locale) === 'rtl' ? '←' : '→'} ${figure(item.latest)}
            </span>`
          : nothing
      }
      <span class="figures">${this.#renderChange(item)}</span>
    </li>`;
  }

  /** Baseline as a tick, latest as a bar on the 1–5 scale; aria-hidden because the figures say it in words. */
  #renderChart(item: CapabilityProgress): unknown {
    const width = 120;
    const x = (value: number) => ((value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * width;
    const base = item.baseline?.mean;
    const latest = item.latest?.mean;
    return html`<svg
      class="chart"
      part="chart"
      viewBox="0 0 ${width} 12"
      aria-hidden="true"
      focusable="false"
    >
      ${svg`<rect class="chart__track" x="0" y="4" width=${width} height="4" rx="2"></rect>`}
      ${typeof latest === 'number' ? svg`<rect class="chart__latest" x="0" y="3" width=${x(latest)} height="6" rx="3"></rect>` : nothing}
      ${typeof base === 'number' ? svg`<rect class="chart__baseline" x=${Math.max(0, x(base) - 1)} y="0" width="2" height="12"></rect>` : nothing}
    </svg>`;
  }

  #renderSharing(progress: Progress): unknown {
    return html`<label class="sharing" part="sharing">
      <input
        type="checkbox"
        .checked=${progress.sharedWithManager}
        ?disabled=${this.#status.busy}
        @change=${(event: Event) =>
          void this.#setSharing(progress, (event.target as HTMLInputElement).checked)}
      />
      ${msg('Share this progress with my manager')}
    </label>`;
  }

  async #setSharing(progress: Progress, shared: boolean): Promise<void> {
    if (!this.gateway || !this.#status.start()) return;
    const { data, error } = await mutate(this.gateway, progressSharingMutation, {
      input: { enrolmentId: progress.enrolment.id, sharedWithManager: shared },
    });
    this.#status.finish();
    const refusal = data?.setProgressSharing.userErrors;
    if (error || (refusal && refusal.length > 0)) {
      this.#status.refuse(refusal, error);
    } else {
      this.#status.announce(
        shared ? msg('Your manager can now see this progress.') : msg('This progress is now private.'),
      );
    }
  }

  #openGoals(card: Card, progress: Progress): void {
    this.dispatchEvent(
      new ProgressOpenGoalsEvent({ personId: card.person.id, enrolmentId: progress.enrolment.id }),
    );
  }

  #openBooking(card: Card, progress: Progress): void {
    this.dispatchEvent(
      new ProgressOpenBookingEvent({
        personId: card.person.id,
        enrolmentId: progress.enrolment.id,
        sessionId: progress.nextSession?.id ?? null,
      }),
    );
  }
}
