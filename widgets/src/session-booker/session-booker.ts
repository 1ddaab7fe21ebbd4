import { mutate, type GatewayError } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import {
  adoptStyles,
  html,
  nothing,
  unsafeCSS,
  type CSSResult,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { CoachSelectedEvent } from '../events/coach-selected.js';
import { FeedbackSubmittedEvent } from '../events/feedback-submitted.js';
import { SessionBookedEvent } from '../events/session-booked.js';
import { SessionCancelledEvent } from '../events/session-cancelled.js';
import { SessionRescheduledEvent } from '../events/session-rescheduled.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { renderError, renderSkeleton } from '../shared/states.js';
import { downloadSessionCalendar } from '../shared/session-calendar.js';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  formatTimeZoneName,
} from '../shared/format.js';
import {
  bookMutation,
  chooseCoachMutation,
  enrolmentQuery,
  enrolmentsQuery,
  rescheduleMutation,
  sessionsQuery,
  suggestionsQuery,
  type coachFields,
  type sessionFields,
} from './session-booker.graphql.js';
import { sessionBookerStyles } from './session-booker.styles.js';
import { cardStyles } from '../shared/card.styles.js';
import { renderInvitation, respondMutation } from './session-booker.invitation.js';
import type * as panels from './session-booker.panels.js';
import type { FeedbackForm, PanelContext, PanelKit } from './session-booker.panels.js';
import { addDays, dateAsInstant, localParts, startOfLocalDay } from './session-booker.time.js';

type Coach = DocumentType<typeof coachFields>;
type Session = DocumentType<typeof sessionFields>;
type Detail = DocumentType<typeof enrolmentQuery>;
type EnrolmentNode = Extract<NonNullable<Detail['node']>, { status: unknown }>;
type SessionLists = Extract<NonNullable<DocumentType<typeof sessionsQuery>['node']>, { upcoming: unknown }>;
interface Slot {
  startsAt: string;
  endsAt: string;
}
interface UserErrorLike {
  code: string;
  message: string;
}

type Panel =
  | { kind: 'confirm'; slot: Slot; moving?: Session }
  | { kind: 'cancel'; session: Session }
  | { kind: 'feedback'; sessionId: string; form: FeedbackForm };

type Panels = typeof panels;

/** What the panels module renders and sends with (see PanelKit). */
const panelKit: PanelKit = { html, nothing, msg, str, formatNumber, mutate };

/** The panels module's rules, made once per page when it first loads. */
let panelStyles: CSSResult | undefined;

/** Zones offered in the picker besides the viewer's, the coach's and the browser's own. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Tokyo',
];

/**
 * Coaching sessions for one enrolment: choose a coach (with the reasons each is suggested), pick a
 * time from a week of open slots shown in the viewer's time zone (which they can change), confirm,
 * then reschedule, cancel (the late-cancellation policy is shown first) or add sessions to a
 * calendar, and rate sessions that took place. When two people take the same slot at once, the
 * one who lost is told and sees fresh slots.
 *
 * @summary Choose a coach, book, move and cancel coaching sessions, and rate them.
 * @attr enrolment - An Enrolment ID; defaults to the viewer's active enrolment.
 * @attr weeks - How many weeks ahead the slot picker pages (default 4).
 * @attr compact - Three days per page and a denser layout, for narrow slots.
 * @fires {CoachSelectedEvent} cw-coach-selected - The participant chose a coach. detail: `{ enrolmentId, coachId }`.
 * @fires {SessionBookedEvent} cw-session-booked - A session was booked. detail: `{ sessionId, enrolmentId, startsAt, endsAt }`.
 * @fires {SessionRescheduledEvent} cw-session-rescheduled - A session moved. detail: `{ sessionId, startsAt, endsAt, previousStartsAt }`.
 * @fires {SessionCancelledEvent} cw-session-cancelled - A session was cancelled. detail: `{ sessionId, lateCancellation }`.
 * @fires {FeedbackSubmittedEvent} cw-feedback-submitted - A completed session was rated. detail: `{ sessionId, rating }`.
 * @csspart base - The card around everything.
 * @csspart header - Heading, program and quota.
 * @csspart notice - A refusal's message (role=alert).
 * @csspart invitation - An invitation to the program the participant has not answered yet, with `accept-button` and `decline-button`.
 * @csspart accept-button - Joins the program.
 * @csspart decline-button - Declines the invitation.
 * @csspart coaches - The suggested coaches; each is `coach`.
 * @csspart coach - One suggested coach with `reasons` and `choose-button`.
 * @csspart reasons - Why a coach is suggested.
 * @csspart choose-button - Chooses that coach.
 * @csspart picker - The slot picker (zone, week navigation and grid).
 * @csspart zone-select - The time-zone control.
 * @csspart week-nav - Previous/next buttons and the range shown.
 * @csspart grid - The slot grid (ARIA grid: arrow keys, Home/End, Ctrl+Home/End, PageUp/PageDown).
 * @csspart slot - An open slot (gridcell).
 * @csspart empty-range - Shown instead of the grid when the days shown have no open time; offers the next available day when there is one.
 * @csspart panel - A confirmation, cancellation or feedback panel.
 * @csspart confirm-button - Confirms the panel's action.
 * @csspart back-button - Leaves the panel.
 * @csspart sessions - Upcoming sessions; each is `session`.
 * @csspart session - One upcoming session with its actions.
 * @csspart action-button - Reschedule, Cancel, Add to calendar, Rate.
 * @csspart feedback-prompt - Invitation to rate a completed session.
 * @csspart state - Any non-content state (loading, empty, error, signed-out, unauthorised, rate-limited).
 */
export class SessionBooker extends CoachworkElement {
  static override styles: CSSResultGroup = [CoachworkElement.styles, cardStyles, sessionBookerStyles];

  static override properties: PropertyDeclarations = {
    enrolment: {},
    weeks: { type: Number },
    compact: { type: Boolean, reflect: true },
  };

  enrolment?: string;
  weeks = 4;
  compact = false;

  #zone: string | undefined;
  #page = 0;
  #panel: Panel | undefined;
  #rescheduling: Session | undefined;
  #notice: string | undefined;
  #announcement = '';
  #busy = false;
  #focusCell: [row: number, col: number] = [0, 0];
  #focusAfterRender: string | undefined;
  #skippedFeedback = new Set<string>();
  /** The module of the coach list and the cancel and feedback panels, once one was shown. */
  #panels: Panels | undefined;
  #panelsLoading: Promise<Panels> | undefined;
  /** The last attempt to load it failed: shown, and not tried again until the user asks. */
  #panelsFailed = false;
  /** Its rules are in this element's shadow root. */
  #panelStylesAdopted = false;

  readonly #viewer = this.createQuery({ query: enrolmentsQuery, variables: () => ({}) });

  readonly #detail = this.createQuery({
    query: enrolmentQuery,
    variables: () => {
      const range = this.#range();
      return {
        id: this.#enrolmentId() ?? '',
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        timeZone: this.#timeZone(),
        locale: this.resolvedLocale,
        slots: true,
      };
    },
    pause: () => this.#enrolmentId() === undefined || this.#viewer.data === undefined,
  });

  readonly #sessions = this.createQuery({
    query: sessionsQuery,
    // The lists can be empty, and then show no Session: a booking must still refresh them.
    additionalTypenames: ['Session'],
    variables: () => ({ id: this.#enrolmentId() ?? '' }),
    pause: () => this.#node()?.matchedCoach == null,
  });

  readonly #suggestions = this.createQuery({
    query: suggestionsQuery,
    variables: () => ({ id: this.#enrolmentId() ?? '', locale: this.resolvedLocale }),
    pause: () => {
      const node = this.#node();
      return node === undefined || node.matchedCoach !== null || !this.#isOpen(node);
    },
  });

  #enrolmentId(): string | undefined {
    if (this.enrolment) return this.enrolment;
    const edges = this.#viewer.data?.viewer.enrolments?.edges ?? [];
    const active = ['ACTIVE', 'INVITED', 'ACCEPTED', 'WAITLISTED']
      .map((status) => edges.find((e) => e.node.status === status))
      .find((edge) => edge !== undefined);
    return active?.node.id;
  }

  #node(): EnrolmentNode | undefined {
    const node = this.#detail.data?.node;
    return node && 'status' in node ? node : undefined;
  }

  #lists(): SessionLists | undefined {
    const node = this.#sessions.data?.node;
    return node && 'upcoming' in node ? node : undefined;
  }

  #refresh(): void {
    this.#detail.retry();
    this.#sessions.retry();
  }

  #isOpen(node: EnrolmentNode): boolean {
    return node.status === 'ACTIVE' || node.status === 'INVITED' || node.status === 'ACCEPTED';
  }

  #timeZone(): string {
    return (
      this.#zone ?? this.#viewer.data?.viewer.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    );
  }

  get #daysPerPage(): number {
    return this.compact ? 3 : 7;
  }

  get #pages(): number {
    return Math.max(1, Math.ceil((Math.max(1, this.weeks) * 7) / this.#daysPerPage));
  }

  /** The local dates on the current page, from the first bookable day (minimum notice) in the shown zone. */
  #days(): string[] {
    const noticeHours =
      this.#detail.data?.node && 'bookingPolicy' in this.#detail.data.node
        ? this.#detail.data.node.bookingPolicy.minNoticeHours
        : 0;
    const today = localParts(new Date(Date.now() + noticeHours * 3_600_000), this.#timeZone()).date;
    const first = addDays(today, this.#page * this.#daysPerPage);
    return Array.from({ length: this.#daysPerPage }, (_, i) => addDays(first, i));
  }

  #range(): { from: Date; to: Date } {
    const days = this.#days();
    const zone = this.#timeZone();
    return {
      from: startOfLocalDay(days[0]!, zone),
      to: startOfLocalDay(addDays(days[days.length - 1]!, 1), zone),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('enrolment') && this.hasUpdated) {
      this.#panel = undefined;
      this.#rescheduling = undefined;
      this.#page = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      if (target) {
        this.#focusAfterRender = undefined;
        target.focus();
      }
    }
  }

  protected renderContent(): unknown {
    const node = this.#node();
    return html`<section class="card" part="base" aria-labelledby="heading">
      <header class="header" part="header">
        <h2 id="heading" tabindex="-1">${msg('Coaching sessions')}</h2>
        ${
          node
            ? html`<p class="muted">
                ${node.program.name} ·
                ${msg(
                  str`${formatNumber(node.quota.used, { locale: this.resolvedLocale })} of ${formatNumber(node.quota.allowed, { locale: this.resolvedLocale })} sessions used`,
                )}
              </p>`
            : nothing
        }
      </header>
      <p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p>
      ${
        this.#notice
          ? html`<div class="notice" part="notice" role="alert">
              <p>${this.#notice}</p>
              <button type="button" class="secondary" @click=${() => this.#setNotice(undefined)}>
                ${msg('Dismiss')}
              </button>
            </div>`
          : nothing
      }
      ${this.renderQuery(this.#viewer, {
        loading: { label: msg('Loading your coaching…'), lines: 3 },
        isEmpty: () => this.#enrolmentId() === undefined,
        empty: () => ({ message: msg('You are not enrolled in a coaching program yet.') }),
        content: () =>
          this.renderQuery(this.#detail, {
            loading: { label: msg('Loading your coaching…'), lines: 4 },
            isEmpty: () => this.#node() === undefined,
            empty: () => ({ message: msg('This enrolment is not available.') }),
            content: () => this.#renderEnrolment(this.#node()!),
          }),
      })}
    </section>`;
  }

  #renderEnrolment(node: EnrolmentNode): TemplateResult {
    if (node.status === 'INVITED' && node.viewerCanRespond) {
      return html`${renderInvitation(node.program.name, this.#busy, (r) => void this.#respond(node, r))}
      ${this.#renderEnrolmentBody(node)}`;
    }
    if (node.status === 'WAITLISTED') {
      return html`<p class="body">
        ${msg('The program is full: you are on its waiting list and will be told when a place frees up.')}
      </p>`;
    }
    return this.#renderEnrolmentBody(node);
  }

  async #respond(node: EnrolmentNode, response: 'ACCEPT' | 'DECLINE'): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#setNotice(undefined);
    this.requestUpdate();
    const result = await mutate(this.gateway ?? '', respondMutation, {
      input: { enrolmentId: node.id, response },
    });
    this.#busy = false;
    const enrolment = result.data?.respondToProgramInvitation.enrolment;
    if (!enrolment) {
      this.#refused(result.data?.respondToProgramInvitation.userErrors, result.error);
      return;
    }
    this.#announce(
      response === 'ACCEPT'
        ? msg(str`You joined “${node.program.name}”.`)
        : msg(str`You declined “${node.program.name}”.`),
    );
    this.#focusAfterRender = '#heading';
    this.#refresh();
  }

  #renderEnrolmentBody(node: EnrolmentNode): TemplateResult {
    if (!this.#isOpen(node)) {
      return html`<p class="body">${msg('This enrolment is closed; no more sessions can be booked.')}</p>`;
    }
    if (!node.matchedCoach) return this.#renderCoachChoice();
    const panel = this.#panel;
    if (panel?.kind === 'confirm') return this.#renderConfirm(panel.slot, node.matchedCoach, panel.moving);
    if (panel?.kind === 'cancel') {
      const hours = formatNumber(panel.session.cancellationPolicy.lateCancelHours, {
        locale: this.resolvedLocale,
      });
      return this.#panels!.renderCancel(
        this.#panelContext(),
        panel.session,
        hours,
        () => void this.#cancel(panel.session),
      );
    }
    if (panel?.kind === 'feedback')
      return this.#panels!.renderFeedback(
        this.#panelContext(),
        panel.form,
        node.program.focusCapabilities,
        (e) => void this.#submitFeedback(e, panel),
      );
    const lists = this.#lists();
    const upcoming = lists?.upcoming.edges.map((e) => e.node) ?? [];
    const canBook = node.quota.remaining > 0 || this.#rescheduling !== undefined;
    return html`${lists ? this.#renderFeedbackPrompt(lists) : nothing}
    ${upcoming.length > 0 ? this.#renderUpcoming(upcoming) : nothing}
    ${
      canBook
        ? this.#renderPicker(node)
        : html`<p class="body">${msg('You have booked all the sessions of this program.')}</p>`
    }`;
  }

  // —— Coach choice ——

  #renderCoachChoice(): TemplateResult {
    const loading = { label: msg('Finding coaches for you…'), lines: 3, avatar: true };
    return html`<div class="body">
      <h3>${msg('Choose your coach')}</h3>
      ${this.renderQuery(this.#suggestions, {
        loading,
        isEmpty: (d) => !d.node || !('coachSuggestions' in d.node) || d.node.coachSuggestions.length === 0,
        empty: () => ({ message: msg('No coach is available for you right now. Please check again later.') }),
        content: (d) => {
          // The list and its texts load with the panels module: a coach is chosen once.
          if (!this.#panels) {
            if (this.#panelsFailed) {
              const message = msg('This part of the page could not be shown.');
              return renderError({ message, onRetry: () => void this.#loadPanels() });
            }
            if (!this.#panelsLoading) void this.#loadPanels();
            return renderSkeleton(loading);
          }
          return this.#panels.renderCoaches(
            this.#panelContext(),
            d.node && 'coachSuggestions' in d.node ? d.node.coachSuggestions : [],
            (coach) => void this.#choose(coach),
          );
        },
      })}
    </div>`;
  }

  async #choose(coach: Coach): Promise<void> {
    const enrolmentId = this.#enrolmentId();
    if (!enrolmentId || this.#busy) return;
    this.#busy = true;
    this.#setNotice(undefined);
    this.requestUpdate();
    const result = await mutate(this.gateway ?? '', chooseCoachMutation, {
      input: { enrolmentId, coachId: coach.id },
    });
    this.#busy = false;
    const payload = result.data?.chooseCoach;
    if (!payload?.enrolment) {
      this.#refused(payload?.userErrors, result.error);
      this.#suggestions.retry();
      return;
    }
    this.#announce(msg(str`${coach.name} is now your coach. Pick a time for your first session.`));
    this.dispatchEvent(new CoachSelectedEvent({ enrolmentId, coachId: coach.id }));
    this.#focusAfterRender = '[part~="grid"] [tabindex="0"], [part~="picker"] h3';
    this.#refresh();
  }

  // —— Slot picker ——

  #zoneChoices(node: EnrolmentNode): string[] {
    const zones = [
      this.#timeZone(),
      this.#viewer.data?.viewer.timeZone ?? undefined,
      Intl.DateTimeFormat().resolvedOptions().timeZone,
      node.matchedCoach?.timeZone,
      ...COMMON_ZONES,
    ];
    return [...new Set(zones.filter((z): z is string => typeof z === 'string' && z.length > 0))];
  }

  #renderPicker(node: EnrolmentNode): TemplateResult {
    const locale = this.resolvedLocale;
    const zone = this.#timeZone();
    const days = this.#days();
    const slots = node.availableSlots?.slots ?? [];
    const byCell = new Map<string, Slot>();
    const times = new Set<string>();
    for (const slot of slots) {
      const { date, time } = localParts(new Date(slot.startsAt), zone);
      if (!days.includes(date)) continue;
      byCell.set(`${date} ${time}`, slot);
      times.add(time);
    }
    const rows = [...times].sort();
    const open = new Set([...byCell.keys()].map((key) => key.slice(0, 10)));
    const next = node.availableSlots?.nextSlot;
    const nextDay = next ? localParts(new Date(next.startsAt), zone).date : undefined;
    const [focusRow, focusCol] = this.#clampFocus(rows.length, days.length);
    const rangeLabel = `${formatDate(dateAsInstant(days[0]!), { locale, timeZone: 'UTC' })} – ${formatDate(
      dateAsInstant(days[days.length - 1]!),
      { locale, timeZone: 'UTC' },
    )}`;
    const title = this.#rescheduling
      ? msg(str`Pick a new time for your session on ${this.#when(this.#rescheduling.startsAt)}`)
      : msg('Pick a time');
    return html`<div class="body picker" part="picker">
      <div class="picker__head">
        <h3 id="picker-title" tabindex="-1">${title}</h3>
        ${
          this.#rescheduling
            ? html`<button
                type="button"
                class="secondary"
                part="back-button"
                @click=${this.#stopRescheduling}
              >
                ${msg('Keep the current time')}
              </button>`
            : nothing
        }
      </div>
      <div class="picker__controls">
        <label class="zone" part="zone-select">
          <span>${msg('Times shown in')}</span>
          <select @change=${this.#onZoneChange}>
            ${this.#zoneChoices(node).map(
              (z) =>
                html`<option value=${z} ?selected=${z === zone}>
                  ${formatTimeZoneName(z, { locale })} (${z.replace(/_/g, ' ')})
                </option>`,
            )}
          </select>
        </label>
        <div class="week-nav" part="week-nav">
          <button
            type="button"
            class="secondary"
            aria-label=${msg('Earlier dates')}
            ?disabled=${this.#page === 0}
            @click=${() => this.#goToPage(this.#page - 1)}
          >
            <span aria-hidden="true" class="arrow">‹</span>
          </button>
          <span class="week-nav__label" aria-live="polite">${rangeLabel}</span>
          <button
            type="button"
            class="secondary"
            aria-label=${msg('Later dates')}
            ?disabled=${this.#page >= this.#pages - 1}
            @click=${() => this.#goToPage(this.#page + 1)}
          >
            <span aria-hidden="true" class="arrow">›</span>
          </button>
        </div>
      </div>
      ${
        rows.length === 0
          ? nextDay
            ? html`<div class="empty-week" part="empty-range">
                <p class="muted">${msg('No open times on these days.')}</p>
                <button
                  type="button"
                  class="secondary"
                  data-action="next-available"
                  @click=${() => this.#goToDay(nextDay)}
                >
                  ${msg(str`Next available: ${dayPart(nextDay, locale, { weekday: 'long', day: 'numeric', month: 'long' })}`)}
                </button>
              </div>`
            : html`<p class="muted empty-week" part="empty-range">
                ${msg('No open times on these days. Try later dates.')}
              </p>`
          : html`<div class="grid-scroll">
                <table
                  role="grid"
                  part="grid"
                  aria-labelledby="picker-title"
                  aria-describedby="grid-help"
                  @keydown=${(e: KeyboardEvent) => this.#onGridKey(e, rows, days, byCell)}
                >
                  <thead>
                    <tr role="row">
                      ${days.map(
                        (day) =>
                          html`<th role="columnheader" scope="col">
                            <span class="day">${dayPart(day, locale, { weekday: 'short' })}</span>
                            <span class="date"
                              >${dayPart(day, locale, { day: 'numeric', month: 'short' })}</span
                            >
                            ${open.has(day) ? nothing : html`<span class="none">${msg('No times')}</span>`}
                          </th>`,
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (time, r) =>
                        html`<tr role="row">
                          ${days.map((day, c) => {
                            const slot = byCell.get(`${day} ${time}`);
                            const focus = r === focusRow && c === focusCol;
                            const label = slot ? formatTime(slot.startsAt, { locale, timeZone: zone }) : '';
                            return slot
                              ? html`<td
                                  role="gridcell"
                                  part="slot"
                                  class="slot"
                                  data-cell=${`${r}-${c}`}
                                  data-starts-at=${slot.startsAt}
                                  tabindex=${focus ? 0 : -1}
                                  @click=${() => this.#select(slot)}
                                >
                                  ${label}
                                </td>`
                              : html`<td
                                  role="gridcell"
                                  class="gap"
                                  data-cell=${`${r}-${c}`}
                                  tabindex=${focus ? 0 : -1}
                                >
                                  <span class="visually-hidden">${msg('Not available')}</span>
                                </td>`;
                          })}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <p id="grid-help" class="visually-hidden">
                ${msg('Use the arrow keys to move between times and Enter to choose one.')}
              </p>`
      }
    </div>`;
  }

  #clampFocus(rows: number, cols: number): [number, number] {
    const [r, c] = this.#focusCell;
    this.#focusCell = [Math.min(Math.max(r, 0), Math.max(rows - 1, 0)), Math.min(Math.max(c, 0), cols - 1)];
    return this.#focusCell;
  }

  #onGridKey(event: KeyboardEvent, rows: string[], days: string[], byCell: Map<string, Slot>): void {
    let [r, c] = this.#focusCell;
    const lastRow = rows.length - 1;
    const lastCol = days.length - 1;
    const rtl = this.dir === 'rtl';
    switch (event.key) {
      case 'ArrowRight':
        c = rtl ? c - 1 : c + 1;
        break;
      case 'ArrowLeft':
        c = rtl ? c + 1 : c - 1;
        break;
      case 'ArrowDown':
        r += 1;
        break;
      case 'ArrowUp':
        r -= 1;
        break;
      case 'Home':
        c = 0;
        if (event.ctrlKey) r = 0;
        break;
      case 'End':
        c = lastCol;
        if (event.ctrlKey) r = lastRow;
        break;
      case 'PageDown':
        if (this.#page < this.#pages - 1) this.#goToPage(this.#page + 1, true);
        event.preventDefault();
        return;
      case 'PageUp':
        if (this.#page > 0) this.#goToPage(this.#page - 1, true);
        event.preventDefault();
        return;
      case 'Enter':
      case ' ': {
        const slot = byCell.get(`${days[c]} ${rows[r]}`);
        if (slot) this.#select(slot);
        event.preventDefault();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.#focusCell = [Math.min(Math.max(r, 0), lastRow), Math.min(Math.max(c, 0), lastCol)];
    this.#focusAfterRender = `[data-cell="${this.#focusCell[0]}-${this.#focusCell[1]}"]`;
    this.requestUpdate();
  }

  /** The page that shows `date`, even past the `weeks` the arrows page through. */
  #goToDay(date: string): void {
    const ahead = (dateAsInstant(date).getTime() - dateAsInstant(this.#days()[0]!).getTime()) / 86_400_000;
    this.#page = Math.max(0, this.#page + Math.floor(ahead / this.#daysPerPage));
    this.#focusCell = [0, 0];
    this.#focusAfterRender = '[part~="grid"] [tabindex="0"]';
    this.requestUpdate();
  }

  #goToPage(page: number, keepGridFocus = false): void {
    this.#page = Math.min(Math.max(page, 0), this.#pages - 1);
    this.#focusCell = [0, 0];
    if (keepGridFocus) this.#focusAfterRender = '[part~="grid"] [tabindex="0"]';
    this.requestUpdate();
  }

  #onZoneChange = (event: Event): void => {
    this.#zone = (event.target as HTMLSelectElement).value;
    this.#announce(
      msg(str`Times are now shown in ${formatTimeZoneName(this.#zone, { locale: this.resolvedLocale })}.`),
    );
    this.requestUpdate();
  };

  #when(startsAt: string): string {
    return formatDateTime(startsAt, {
      locale: this.resolvedLocale,
      timeZone: this.#timeZone(),
      dateStyle: 'full',
      timeStyle: 'short',
    });
  }

  #select(slot: Slot): void {
    this.#panel = { kind: 'confirm', slot, ...(this.#rescheduling ? { moving: this.#rescheduling } : {}) };
    this.#focusAfterRender = '[part~="panel"] h3';
    this.requestUpdate();
  }

  #stopRescheduling = (): void => {
    this.#rescheduling = undefined;
    this.requestUpdate();
  };

  // —— Confirmation ——

  #renderConfirm(slot: Slot, coach: Coach, moving: Session | undefined): TemplateResult {
    const locale = this.resolvedLocale;
    const zone = this.#timeZone();
    const end = formatTime(slot.endsAt, { locale, timeZone: zone });
    const zoneName = formatTimeZoneName(zone, { locale, at: slot.startsAt });
    return html`<div class="body panel" part="panel">
      <h3 tabindex="-1">${moving ? msg('Move this session?') : msg('Book this session?')}</h3>
      ${moving ? html`<p class="muted">${msg(str`From ${this.#when(moving.startsAt)}`)}</p>` : nothing}
      <p class="when">${this.#when(slot.startsAt)} – ${end}</p>
      <p class="muted">${zoneName} · ${msg(str`with ${coach.name}`)}</p>
      <div class="actions">
        <button
          type="button"
          part="confirm-button"
          ?disabled=${this.#busy}
          @click=${() => void (moving ? this.#reschedule(moving, slot) : this.#book(slot))}
        >
          ${moving ? msg('Move session') : msg('Confirm booking')}
        </button>
        <button type="button" class="secondary" part="back-button" @click=${this.#closePanel}>
          ${msg('Back')}
        </button>
      </div>
    </div>`;
  }

  #closePanel = (): void => {
    this.#panel = undefined;
    this.#focusAfterRender = '[part~="grid"] [tabindex="0"], #picker-title';
    this.requestUpdate();
  };

  async #book(slot: Slot): Promise<void> {
    const enrolmentId = this.#enrolmentId();
    if (!enrolmentId || this.#busy) return;
    this.#startSaving();
    const result = await mutate(this.gateway ?? '', bookMutation, {
      input: { enrolmentId, startsAt: slot.startsAt },
    });
    this.#busy = false;
    const session = result.data?.bookSession.session;
    if (!session) {
      this.#slotRefused(result.data?.bookSession.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#announce(msg(str`Booked: ${this.#when(session.startsAt)}.`));
    this.#focusAfterRender = `[data-session="${session.id}"] [data-action="calendar"]`;
    this.dispatchEvent(
      new SessionBookedEvent({
        sessionId: session.id,
        enrolmentId,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
      }),
    );
    this.#refresh();
  }

  async #reschedule(moving: Session, slot: Slot): Promise<void> {
    if (this.#busy) return;
    this.#startSaving();
    const result = await mutate(this.gateway ?? '', rescheduleMutation, {
      input: { sessionId: moving.id, startsAt: slot.startsAt },
    });
    this.#busy = false;
    const session = result.data?.rescheduleSession.session;
    if (!session) {
      this.#slotRefused(result.data?.rescheduleSession.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#rescheduling = undefined;
    this.#announce(msg(str`Moved to ${this.#when(session.startsAt)}.`));
    this.#focusAfterRender = `[data-session="${session.id}"] [data-action="calendar"]`;
    this.dispatchEvent(
      new SessionRescheduledEvent({
        sessionId: session.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        previousStartsAt: moving.startsAt,
      }),
    );
    this.#refresh();
  }

  #startSaving(): void {
    this.#busy = true;
    this.#setNotice(undefined);
    this.requestUpdate();
  }

  /** A refused slot (usually taken a moment ago): say so, and show fresh slots. */
  #slotRefused(errors: readonly UserErrorLike[] | undefined, error: GatewayError | undefined): void {
    this.#panel = undefined;
    this.#refused(errors, error);
    this.#focusAfterRender = '[part~="notice"] button';
    this.#refresh();
  }

  // —— Upcoming sessions ——

  #renderUpcoming(sessions: Session[]): TemplateResult {
    return html`<div class="body">
      <h3>${msg('Upcoming sessions')}</h3>
      <ul class="sessions" part="sessions">
        ${sessions.map(
          (session) =>
            html`<li class="session" part="session" data-session=${session.id}>
              <div>
                <p class="when">${this.#when(session.startsAt)}</p>
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
                        @click=${() => this.#startRescheduling(session)}
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
                  @click=${() => void this.#openPanel({ kind: 'cancel', session })}
                >
                  ${msg('Cancel')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="action-button"
                  data-action="calendar"
                  @click=${() => void this.#downloadCalendar(session)}
                >
                  ${msg('Add to calendar')}
                </button>
              </div>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  async #downloadCalendar(session: Session): Promise<void> {
    if (!(await downloadSessionCalendar(this.gateway ?? '', session.id))) {
      this.#setNotice(msg('The calendar file could not be made. Please try again.'));
      return;
    }
    this.#announce(msg('The calendar file was downloaded.'));
  }

  #startRescheduling(session: Session): void {
    this.#rescheduling = session;
    this.#focusAfterRender = '#picker-title';
    this.#announce(msg('Pick a new time below.'));
    this.requestUpdate();
  }

  /** Loads the panels module once; false (and a notice) when it cannot be had. */
  async #loadPanels(): Promise<boolean> {
    this.#panelsFailed = false;
    try {
      this.#panels ??= await (this.#panelsLoading ??= import('./session-booker.panels.js'));
      if (!this.#panelStylesAdopted) {
        panelStyles ??= unsafeCSS(this.#panels.panelCss);
        adoptStyles(this.renderRoot as ShadowRoot, [...SessionBooker.elementStyles, panelStyles]);
        this.#panelStylesAdopted = true;
      }
      return true;
    } catch (error) {
      this.#panelsLoading = undefined;
      this.#panelsFailed = true;
      console.error('Coachwork: <cw-session-booker> could not load a panel.', error);
      return false;
    } finally {
      this.requestUpdate();
    }
  }

  /** Shows the cancel or feedback panel, whose module loads the first time one opens. */
  async #openPanel(panel: Extract<Panel, { kind: 'cancel' | 'feedback' }>): Promise<void> {
    if (!(await this.#loadPanels())) {
      this.#setNotice(msg('This part of the page could not be shown.'));
      return;
    }
    this.#panel = panel;
    this.#focusAfterRender = '[part~="panel"] h3';
    this.requestUpdate();
  }

  #panelContext(): PanelContext {
    return {
      kit: panelKit,
      gateway: this.gateway ?? '',
      locale: this.resolvedLocale,
      busy: this.#busy,
      when: (startsAt) => this.#when(startsAt),
      back: this.#closePanel,
    };
  }

  async #cancel(session: Session): Promise<void> {
    if (this.#busy) return;
    const reason = this.renderRoot.querySelector<HTMLTextAreaElement>('#cancel-reason')?.value.trim() || null;
    this.#startSaving();
    const result = await this.#panels!.cancelSession(this.#panelContext(), session.id, reason);
    this.#busy = false;
    const cancelled = result.data?.cancelSession.session;
    if (!cancelled) {
      this.#panel = undefined;
      this.#refused(result.data?.cancelSession.userErrors, result.error);
      this.#refresh();
      return;
    }
    this.#panel = undefined;
    this.#announce(msg(str`Cancelled your session on ${this.#when(cancelled.startsAt)}.`));
    this.#focusAfterRender = '#picker-title';
    this.dispatchEvent(
      new SessionCancelledEvent({ sessionId: cancelled.id, lateCancellation: cancelled.lateCancellation }),
    );
    this.#refresh();
  }

  // —— Feedback ——

  #renderFeedbackPrompt(lists: SessionLists): TemplateResult | typeof nothing {
    const unrated = lists.held.edges
      .map((e) => e.node)
      .filter((s) => s.feedback === null && !this.#skippedFeedback.has(s.id))
      .at(-1);
    if (!unrated) return nothing;
    const coachName = this.#node()?.matchedCoach?.name ?? '';
    return html`<div class="body prompt" part="feedback-prompt">
      <p>${msg(str`How was your session with ${coachName} on ${this.#when(unrated.startsAt)}?`)}</p>
      <div class="actions">
        <button
          type="button"
          part="action-button"
          data-action="rate"
          @click=${() =>
            void this.#openPanel({
              kind: 'feedback',
              sessionId: unrated.id,
              form: { coachName, startsAt: unrated.startsAt, rating: 0, capabilities: new Set() },
            })}
        >
          ${msg('Rate this session')}
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => {
            this.#skippedFeedback.add(unrated.id);
            this.requestUpdate();
          }}
        >
          ${msg('Not now')}
        </button>
      </div>
    </div>`;
  }

  async #submitFeedback(event: Event, panel: Extract<Panel, { kind: 'feedback' }>): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    const { rating } = panel.form;
    if (rating === 0) {
      this.#setNotice(msg('Choose a rating from 1 to 5.'));
      this.#focusAfterRender = '[part~="panel"] input[name="rating"]';
      return;
    }
    const comment =
      this.renderRoot.querySelector<HTMLTextAreaElement>('#feedback-comment')?.value.trim() || null;
    this.#startSaving();
    const result = await this.#panels!.submitFeedback(
      this.#panelContext(),
      panel.sessionId,
      panel.form,
      comment,
    );
    this.#busy = false;
    if (!result.data?.submitSessionFeedback.feedback) {
      this.#refused(result.data?.submitSessionFeedback.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#announce(msg('Thank you for your feedback.'));
    this.dispatchEvent(new FeedbackSubmittedEvent({ sessionId: panel.sessionId, rating }));
    this.#refresh();
  }

  // —— Messages ——

  #refused(errors: readonly UserErrorLike[] | undefined, error: GatewayError | undefined): void {
    const message =
      errors?.map((e) => e.message).join(' ') ||
      (error ? this.describeError(error) : msg('The coaching service had a problem.'));
    this.#setNotice(message);
  }

  #setNotice(message: string | undefined): void {
    this.#notice = message;
    this.requestUpdate();
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }
}

function dayPart(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(dateAsInstant(date));
}
