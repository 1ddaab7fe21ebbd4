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
import { ActionStatusController, type UserErrorLike } from '../shared/action-status.js';
import { cardStyles } from '../shared/card.styles.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatDateTime, formatNumber, formatTime, formatTimeZoneName } from '../shared/format.js';
import { GridNavigationController } from '../shared/grid-navigation.js';
import { addSessionToCalendar } from '../shared/session-calendar.js';
import { renderError, renderSkeleton, type SkeletonOptions } from '../shared/states.js';
import { feedbackPromptStyles, renderFeedbackPrompt } from './session-booker.feedback-prompt.js';
import {
  enrolmentQuery,
  enrolmentsQuery,
  sessionsQuery,
  suggestionsQuery,
  type coachFields,
  type sessionFields,
} from './session-booker.graphql.js';
import type * as panels from './session-booker.panels.js';
import type { FeedbackForm, InvitationResponse, PanelContext, PanelKit } from './session-booker.panels.js';
import { layOutSlots, type Slot, type SlotLayout } from './session-booker.slot-grid.js';
import { slotGridStyles } from './session-booker.slot-grid.styles.js';
import { renderSlotPicker, zoneChoices } from './session-booker.slot-picker.js';
import { slotPickerStyles } from './session-booker.slot-picker.styles.js';
import { sessionBookerStyles } from './session-booker.styles.js';
import { addDays, dateAsInstant, localParts, startOfLocalDay } from './session-booker.time.js';
import { renderUpcoming } from './session-booker.upcoming.js';
import { upcomingStyles } from './session-booker.upcoming.styles.js';

// This file holds the booker's state, its queries and the changes it sends. Each part renders
// beside it: the slot picker and grid (session-booker.slot-picker.ts, .slot-grid.ts), the booking
// confirmation (.confirmation.ts), upcoming sessions (.upcoming.ts), the feedback prompt
// (.feedback-prompt.ts) and, loaded when first shown, the coach picker, cancel and feedback
// panels (.panels.ts).

type Coach = DocumentType<typeof coachFields>;
type Session = DocumentType<typeof sessionFields>;
type Detail = DocumentType<typeof enrolmentQuery>;
type EnrolmentNode = Extract<NonNullable<Detail['node']>, { status: unknown }>;
type SessionLists = Extract<NonNullable<DocumentType<typeof sessionsQuery>['node']>, { upcoming: unknown }>;

type Panel =
  | { kind: 'confirm'; slot: Slot; moving?: Session }
  | { kind: 'cancel'; session: Session }
  | { kind: 'feedback'; sessionId: string; form: FeedbackForm };

type Panels = typeof panels;

/** What the panels module renders and sends with (see PanelKit). */
const panelKit: PanelKit = { html, nothing, msg, str, formatNumber, formatTime, formatTimeZoneName, mutate };

/** The panels module's rules, made once per page when it first loads. */
let panelStyles: CSSResult | undefined;

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
 * @csspart notice - A refusal's message (role=alert), with `notice-dismiss`.
 * @csspart notice-dismiss - Closes the notice.
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
  static override styles: CSSResultGroup = [
    CoachworkElement.styles,
    cardStyles,
    sessionBookerStyles,
    slotPickerStyles,
    slotGridStyles,
    upcomingStyles,
    feedbackPromptStyles,
  ];

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
  #focusAfterRender: string | undefined;
  #skippedFeedback = new Set<string>();
  /** The slots as the grid shows them now: what its keys move through. */
  #layout: SlotLayout | undefined;
  /** The module of the coach list and the cancel and feedback panels, once one was shown. */
  #panels: Panels | undefined;
  #panelsLoading: Promise<Panels> | undefined;
  /** The last attempt to load it failed: shown, and not tried again until the user asks. */
  #panelsFailed = false;
  /** Its rules are in this element's shadow root. */
  #panelStylesAdopted = false;

  readonly #status = new ActionStatusController(this, { describe: (error) => this.describeError(error) });

  /** Positions: row = start time, column = day; PageUp/PageDown turn the page of days. */
  readonly #grid = new GridNavigationController(this, {
    size: () => ({ rows: this.#layout?.times.length ?? 0, columns: this.#layout?.days.length ?? 0 }),
    cell: ({ row, column }) =>
      this.renderRoot.querySelector<HTMLElement>(`[part~="grid"] [data-cell="${row}-${column}"]`),
    page: (direction) => {
      const page = this.#page + direction;
      if (page >= 0 && page < this.#pages) this.#goToPage(page, true);
    },
    activate: ({ row, column }) => {
      const layout = this.#layout;
      const slot = layout?.slotAt(layout.days[column] ?? '', layout.times[row] ?? '');
      if (slot) this.#select(slot);
    },
  });

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
    // From the viewer's enrolments, which the enrolment query waits for: known before its first
    // request, so the days it asks for are the ones it keeps.
    const id = this.#enrolmentId();
    const noticeHours =
      this.#viewer.data?.viewer.enrolments?.edges.find((e) => e.node.id === id)?.node.bookingPolicy
        .minNoticeHours ?? 0;
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

  /** The instant in words, in the zone shown. */
  #when(startsAt: string): string {
    return formatDateTime(startsAt, {
      locale: this.resolvedLocale,
      timeZone: this.#timeZone(),
      dateStyle: 'full',
      timeStyle: 'short',
    });
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
    // A matched coach's sessions are asked for once the enrolment is in: the skeleton stays until
    // they are too, so the booker grows once, not once per answer.
    const node = this.#sessions.loading && !this.#lists() ? undefined : this.#node();
    const loading = { label: msg('Loading your coaching…'), lines: 40 };
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
      ${this.#status.renderAnnouncer()} ${this.#status.renderNotice()}
      ${this.renderQuery(this.#viewer, {
        loading,
        isEmpty: () => this.#enrolmentId() === undefined,
        empty: () => ({ message: msg('You are not enrolled in a coaching program yet.') }),
        content: () =>
          this.renderQuery(this.#detail, {
            loading,
            isEmpty: () => this.#node() === undefined,
            empty: () => ({ message: msg('This enrolment is not available.') }),
            content: () => (node ? this.#renderEnrolment(node) : renderSkeleton(loading)),
          }),
      })}
    </section>`;
  }

  #renderEnrolment(node: EnrolmentNode): TemplateResult {
    const invited = node.status === 'INVITED' && node.viewerCanRespond;
    if (invited || node.status === 'WAITLISTED') {
      // An invitation and a waiting list are seen once or rarely: they load with the panels module.
      if (!this.#panels) return this.#awaitPanels({ label: msg('Loading your coaching…'), lines: 2 });
      const context = this.#panelContext();
      if (!invited) return this.#panels.renderWaitlisted(context);
      return html`${this.#panels.renderInvitation(context, node.program.name, (r) => void this.#respond(node, r))}
      ${this.#renderEnrolmentBody(node)}`;
    }
    return this.#renderEnrolmentBody(node);
  }

  /** Stands in for a part of the panels module until it is loaded (asking for it), or failed to load. */
  #awaitPanels(loading: SkeletonOptions): TemplateResult {
    if (this.#panelsFailed)
      return renderError({
        message: msg('This part of the page could not be shown.'),
        onRetry: () => void this.#loadPanels(),
      });
    if (!this.#panelsLoading) void this.#loadPanels();
    return renderSkeleton(loading);
  }

  async #respond(node: EnrolmentNode, response: InvitationResponse): Promise<void> {
    if (!this.#panels || !this.#status.start()) return;
    const result = await this.#panels.respondToInvitation(this.#panelContext(), node.id, response);
    this.#status.finish();
    const enrolment = result.data?.respondToProgramInvitation.enrolment;
    if (!enrolment) {
      this.#status.refuse(result.data?.respondToProgramInvitation.userErrors, result.error);
      return;
    }
    this.#status.announce(
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
    if (panel?.kind === 'confirm') {
      if (!this.#panels) return this.#awaitPanels({ label: msg('Loading your coaching…'), lines: 2 });
      return this.#panels.renderConfirmation({
        kit: panelKit,
        slot: panel.slot,
        coachName: node.matchedCoach.name,
        movingFrom: panel.moving?.startsAt,
        busy: this.#status.busy,
        locale: this.resolvedLocale,
        timeZone: this.#timeZone(),
        when: (startsAt) => this.#when(startsAt),
        confirm: () =>
          void (panel.moving ? this.#reschedule(panel.moving, panel.slot) : this.#book(panel.slot)),
        back: this.#closePanel,
      });
    }
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
    ${
      upcoming.length > 0
        ? renderUpcoming({
            sessions: upcoming,
            when: (startsAt) => this.#when(startsAt),
            reschedule: (session) => this.#startRescheduling(session),
            cancel: (session) => void this.#openPanel({ kind: 'cancel', session }),
            addToCalendar: (session) =>
              void addSessionToCalendar(this.gateway ?? '', session.id, this.#status),
          })
        : nothing
    }
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
          if (!this.#panels) return this.#awaitPanels(loading);
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
    if (!enrolmentId || !this.#status.start()) return;
    const result = await this.#panels!.chooseCoach(this.#panelContext(), enrolmentId, coach.id);
    this.#status.finish();
    const payload = result.data?.chooseCoach;
    if (!payload?.enrolment) {
      this.#status.refuse(payload?.userErrors, result.error);
      this.#suggestions.retry();
      return;
    }
    this.#status.announce(msg(str`${coach.name} is now your coach. Pick a time for your first session.`));
    this.dispatchEvent(new CoachSelectedEvent({ enrolmentId, coachId: coach.id }));
    this.#focusAfterRender = '[part~="grid"] [tabindex="0"], [part~="picker"] h3';
    this.#refresh();
  }

  // —— Slot picker ——

  #renderPicker(node: EnrolmentNode): TemplateResult {
    const zone = this.#timeZone();
    const layout = layOutSlots(node.availableSlots?.slots ?? [], this.#days(), zone);
    this.#layout = layout;
    this.#grid.clamp();
    const next = node.availableSlots?.nextSlot;
    return renderSlotPicker({
      layout,
      locale: this.resolvedLocale,
      timeZone: zone,
      grid: this.#grid,
      zones: zoneChoices([
        zone,
        this.#viewer.data?.viewer.timeZone,
        Intl.DateTimeFormat().resolvedOptions().timeZone,
        node.matchedCoach?.timeZone,
      ]),
      rescheduling: this.#rescheduling?.startsAt,
      canGoEarlier: this.#page > 0,
      canGoLater: this.#page < this.#pages - 1,
      nextDay: next ? localParts(new Date(next.startsAt), zone).date : undefined,
      when: (startsAt) => this.#when(startsAt),
      select: (slot) => this.#select(slot),
      earlier: () => this.#goToPage(this.#page - 1),
      later: () => this.#goToPage(this.#page + 1),
      goToDay: (date) => this.#goToDay(date),
      changeZone: (zone) => this.#changeZone(zone),
      keepCurrentTime: this.#stopRescheduling,
    });
  }

  /** The page that shows `date`, even past the `weeks` the arrows page through. */
  #goToDay(date: string): void {
    const ahead = (dateAsInstant(date).getTime() - dateAsInstant(this.#days()[0]!).getTime()) / 86_400_000;
    this.#page = Math.max(0, this.#page + Math.floor(ahead / this.#daysPerPage));
    this.#grid.moveTo(0, 0);
  }

  /** `focusGrid`: the grid keeps the keyboard focus (PageUp/PageDown in it). */
  #goToPage(page: number, focusGrid = false): void {
    this.#page = Math.min(Math.max(page, 0), this.#pages - 1);
    this.#grid.moveTo(0, 0, { focus: focusGrid });
  }

  #changeZone(zone: string): void {
    this.#zone = zone;
    this.#status.announce(
      msg(str`Times are now shown in ${formatTimeZoneName(zone, { locale: this.resolvedLocale })}.`),
    );
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

  #startRescheduling(session: Session): void {
    this.#rescheduling = session;
    this.#focusAfterRender = '#picker-title';
    this.#status.announce(msg('Pick a new time below.'));
  }

  // —— Booking and moving ——

  #closePanel = (): void => {
    this.#panel = undefined;
    this.#focusAfterRender = '[part~="grid"] [tabindex="0"], #picker-title';
    this.requestUpdate();
  };

  async #book(slot: Slot): Promise<void> {
    const enrolmentId = this.#enrolmentId();
    if (!enrolmentId || !this.#status.start()) return;
    const result = await this.#panels!.bookSession(this.#panelContext(), enrolmentId, slot.startsAt);
    this.#status.finish();
    const session = result.data?.bookSession.session;
    if (!session) {
      this.#slotRefused(result.data?.bookSession.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#status.announce(msg(str`Booked: ${this.#when(session.startsAt)}.`));
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
    if (!this.#status.start()) return;
    const result = await this.#panels!.rescheduleSession(this.#panelContext(), moving.id, slot.startsAt);
    this.#status.finish();
    const session = result.data?.rescheduleSession.session;
    if (!session) {
      this.#slotRefused(result.data?.rescheduleSession.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#rescheduling = undefined;
    this.#status.announce(msg(str`Moved to ${this.#when(session.startsAt)}.`));
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

  /** A refused slot (usually taken a moment ago): say so, and show fresh slots. */
  #slotRefused(errors: readonly UserErrorLike[] | undefined, error: GatewayError | undefined): void {
    this.#panel = undefined;
    this.#status.refuse(errors, error);
    this.#focusAfterRender = '[part~="notice"] button';
    this.#refresh();
  }

  // —— Panels loaded on demand: cancel and feedback ——

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
      // The reader sees the notice; the import's own error names the module that did not load.
      console.error(error);
      return false;
    } finally {
      this.requestUpdate();
    }
  }

  /** Shows the cancel or feedback panel, whose module loads the first time one opens. */
  async #openPanel(panel: Extract<Panel, { kind: 'cancel' | 'feedback' }>): Promise<void> {
    if (!(await this.#loadPanels())) {
      this.#status.setNotice(msg('This part of the page could not be shown.'));
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
      busy: this.#status.busy,
      when: (startsAt) => this.#when(startsAt),
      back: this.#closePanel,
    };
  }

  async #cancel(session: Session): Promise<void> {
    if (!this.#status.start()) return;
    const result = await this.#panels!.cancelSession(this.#panelContext(), session.id, this.renderRoot);
    this.#status.finish();
    this.#panel = undefined;
    const cancelled = result.data?.cancelSession.session;
    if (!cancelled) {
      this.#status.refuse(result.data?.cancelSession.userErrors, result.error);
      this.#refresh();
      return;
    }
    this.#status.announce(msg(str`Cancelled your session on ${this.#when(cancelled.startsAt)}.`));
    this.#focusAfterRender = '#picker-title';
    this.dispatchEvent(
      new SessionCancelledEvent({ sessionId: cancelled.id, lateCancellation: cancelled.lateCancellation }),
    );
    this.#refresh();
  }

  #renderFeedbackPrompt(lists: SessionLists): TemplateResult | typeof nothing {
    const unrated = lists.held.edges
      .map((e) => e.node)
      .filter((s) => s.feedback === null && !this.#skippedFeedback.has(s.id))
      .at(-1);
    if (!unrated) return nothing;
    const coachName = this.#node()?.matchedCoach?.name ?? '';
    return renderFeedbackPrompt({
      coachName,
      when: this.#when(unrated.startsAt),
      rate: () =>
        void this.#openPanel({
          kind: 'feedback',
          sessionId: unrated.id,
          form: { coachName, startsAt: unrated.startsAt, rating: 0, capabilities: new Set() },
        }),
      notNow: () => {
        this.#skippedFeedback.add(unrated.id);
        this.requestUpdate();
      },
    });
  }

  async #submitFeedback(event: Event, panel: Extract<Panel, { kind: 'feedback' }>): Promise<void> {
    event.preventDefault();
    if (this.#status.busy) return;
    const { rating } = panel.form;
    if (rating === 0) {
      this.#status.setNotice(msg('Choose a rating from 1 to 5.'));
      this.#focusAfterRender = '[part~="panel"] input[name="rating"]';
      return;
    }
    this.#status.start();
    const result = await this.#panels!.submitFeedback(
      this.#panelContext(),
      panel.sessionId,
      panel.form,
      this.renderRoot,
    );
    this.#status.finish();
    if (!result.data?.submitSessionFeedback.feedback) {
      this.#status.refuse(result.data?.submitSessionFeedback.userErrors, result.error);
      return;
    }
    this.#panel = undefined;
    this.#status.announce(msg('Thank you for your feedback.'));
    this.dispatchEvent(new FeedbackSubmittedEvent({ sessionId: panel.sessionId, rating }));
    this.#refresh();
  }
}
