import { mutate, query } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { AvailabilitySavedEvent } from '../events/availability-saved.js';
import { formatDateTime, formatNumber, formatTimeZoneName } from '../shared/format.js';
import {
  availabilityQuery,
  moveSessionMutation,
  moveSlotsQuery,
  setAvailabilityMutation,
} from './coach-desk.availability.graphql.js';
import { conflictLabel } from './coach-desk.strings.js';
import { refusalText as refusal } from '../shared/refusal.js';
import type { Tab, TabHost } from './coach-desk.tab.js';

type Availability = NonNullable<DocumentType<typeof availabilityQuery>['coachDesk']>['availability'];
type Payload = DocumentType<typeof setAvailabilityMutation>['setCoachAvailability'];
type Conflict = Payload['conflicts'][number];
type Kept = Availability['conflicts'][number];

/** How far ahead a kept booking's new time is looked for. */
const MOVE_WINDOW_DAYS = 14;

/** A kept booking being moved: the free slots found for it, and the one chosen. */
interface Move {
  sessionId: string;
  slots: string[] | undefined;
  chosen: string;
  error: string | undefined;
}

interface Window {
  key: number;
  weekday: number;
  startTime: string;
  endTime: string;
}
interface DayOff {
  key: number;
  startsOn: string;
  endsOn: string;
  reason: string;
}
interface Form {
  windows: Window[];
  daysOff: DayOff[];
  capacity: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The weekday's name in the locale (ISO: 1 is Monday); 2024-01-01 was a Monday. */
function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** Which form field a userError's path (`input.weeklyHours.2.endTime`) belongs to. */
function fieldKey(field: readonly string[] | null | undefined, form: Form): string {
  const path = (field ?? []).filter((part) => part !== 'input');
  const [list, index, name] = path;
  if (list === 'weeklyHours' && index !== undefined)
    return `w${form.windows[Number(index)]?.key}-${name ?? ''}`;
  if (list === 'exceptions' && index !== undefined)
    return `d${form.daysOff[Number(index)]?.key}-${name ?? ''}`;
  return list ?? '';
}

/**
 * Weekly hours in the coach's zone, time off and capacity. Saving asks the gateway first: when the
 * change would leave booked sessions outside the new availability it is not saved, the sessions
 * are listed, and the coach either keeps them (and saves) or goes back to editing.
 */
class AvailabilityTab implements Tab {
  readonly #host: TabHost;
  readonly #availability;
  #form: Form | undefined;
  #nextKey = 1;
  #busy = false;
  #errors = new Map<string, string>();
  #formError: string | undefined;
  #conflicts: readonly Conflict[] = [];
  #move: Move | undefined;

  constructor(host: TabHost) {
    this.#host = host;
    this.#availability = host.createQuery({
      query: availabilityQuery,
      additionalTypenames: ['Coach'],
      pause: () => host.activeTab !== 'availability',
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#availability, {
      loading: { label: msg('Loading your availability…'), lines: 10 },
      content: (data) => {
        const availability = data.coachDesk?.availability;
        if (!availability) return nothing;
        this.#form ??= this.#formOf(availability);
        return html`${this.#renderForm(availability, this.#form)}${this.#renderKept(availability.conflicts)}`;
      },
    });
  }

  #formOf(a: Pick<Availability, 'weeklyHours' | 'exceptions' | 'capacity'>): Form {
    return {
      windows: a.weeklyHours.map((w) => ({ key: this.#nextKey++, ...w })),
      daysOff: a.exceptions.map((e) => ({
        key: this.#nextKey++,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        reason: e.reason ?? '',
      })),
      capacity: String(a.capacity),
    };
  }

  #control(key: string): { invalid: 'true' | 'false'; describedBy: string | typeof nothing } {
    const error = this.#errors.get(key);
    return { invalid: error ? 'true' : 'false', describedBy: error ? `error-${key}` : nothing };
  }

  #errorOf(key: string): TemplateResult | typeof nothing {
    const error = this.#errors.get(key);
    return error
      ? html`<p class="field__error" id=${`error-${key}`} part="field-error">${error}</p>`
      : nothing;
  }

  #renderForm(a: Availability, form: Form): TemplateResult {
    const locale = this.#host.locale;
    return html`<form
      class="form"
      part="availability-form"
      novalidate
      @submit=${(e: Event) => this.#save(e, false)}
    >
      <p class="muted">${msg(str`Times are in your zone: ${formatTimeZoneName(a.timeZone, { locale })}.`)}</p>
      <fieldset>
        <legend>${msg('Weekly hours')}</legend>
        ${WEEKDAYS.map((weekday) => {
          const name = weekdayName(weekday, locale);
          const windows = form.windows.filter((w) => w.weekday === weekday);
          return html`<div class="weekday" part="weekday" data-weekday=${weekday}>
            <strong id=${`weekday-${weekday}`}>${name}</strong>
            <div class="windows">
              ${
                windows.length === 0
                  ? html`<span class="muted">${msg('Not available')}</span>`
                  : windows.map((w) => this.#renderWindow(w, name))
              }
              <div>
                <button
                  type="button"
                  class="secondary"
                  part="add-window"
                  @click=${() => this.#addWindow(weekday)}
                >
                  ${msg(str`Add hours on ${name}`)}
                </button>
              </div>
            </div>
          </div>`;
        })}
      </fieldset>
      <fieldset>
        <legend>${msg('Time off')}</legend>
        ${
          form.daysOff.length === 0
            ? html`<p class="muted">${msg('No time off planned.')}</p>`
            : form.daysOff.map((d, i) => this.#renderDayOff(d, i + 1))
        }
        <div>
          <button type="button" class="secondary" part="add-day-off" @click=${this.#addDayOff}>
            ${msg('Add time off')}
          </button>
        </div>
      </fieldset>
      <div class="field" part="field">
        <label for="capacity">${msg('Capacity (most clients at once)')}</label>
        <input
          id="capacity"
          name="capacity"
          type="number"
          inputmode="numeric"
          min="0"
          max="200"
          style="inline-size: 8em"
          .value=${form.capacity}
          aria-invalid=${this.#control('capacity').invalid}
          aria-describedby=${[this.#errors.has('capacity') ? 'error-capacity' : '', 'capacity-hint'].filter(Boolean).join(' ')}
          @input=${(e: Event) => (form.capacity = (e.target as HTMLInputElement).value)}
        />
        <p class="muted" id="capacity-hint">
          ${
            a.activeClients === 1
              ? msg('You coach 1 client now.')
              : msg(str`You coach ${formatNumber(a.activeClients, { locale })} clients now.`)
          }
        </p>
        ${this.#errorOf('capacity')}
      </div>
      ${this.#formError ? html`<p class="field__error" part="form-error" role="alert">${this.#formError}</p>` : nothing}
      ${this.#conflicts.length > 0 ? this.#renderConflicts() : nothing}
      <div class="actions">
        <button type="submit" part="save-button" ?disabled=${this.#busy || this.#conflicts.length > 0}>
          ${msg('Save availability')}
        </button>
      </div>
    </form>`;
  }

  #renderWindow(w: Window, dayName: string): TemplateResult {
    const from = `w${w.key}-startTime`;
    const to = `w${w.key}-endTime`;
    return html`<div
      class="window"
      role="group"
      aria-label=${msg(str`${dayName}, ${w.startTime} to ${w.endTime}`)}
    >
      <div class="field">
        <label for=${from}>${msg('From')}</label>
        <input
          id=${from}
          type="time"
          .value=${w.startTime}
          aria-invalid=${this.#control(from).invalid}
          aria-describedby=${this.#control(from).describedBy}
          @change=${(e: Event) => this.#edit(() => (w.startTime = (e.target as HTMLInputElement).value))}
        />
        ${this.#errorOf(from)}
      </div>
      <div class="field">
        <label for=${to}>${msg('To')}</label>
        <input
          id=${to}
          type="time"
          .value=${w.endTime}
          aria-invalid=${this.#control(to).invalid}
          aria-describedby=${this.#control(to).describedBy}
          @change=${(e: Event) => this.#edit(() => (w.endTime = (e.target as HTMLInputElement).value))}
        />
        ${this.#errorOf(to)}
      </div>
      <button
        type="button"
        class="secondary"
        part="remove-button"
        aria-label=${msg(str`Remove ${dayName} ${w.startTime} to ${w.endTime}`)}
        @click=${() => this.#edit(() => (this.#form!.windows = this.#form!.windows.filter((x) => x !== w)))}
      >
        ${msg('Remove')}
      </button>
    </div>`;
  }

  #renderDayOff(d: DayOff, position: number): TemplateResult {
    const from = `d${d.key}-startsOn`;
    const to = `d${d.key}-endsOn`;
    const reason = `d${d.key}-reason`;
    return html`<div class="day-off" role="group" aria-label=${msg(str`Time off ${position}`)}>
      <div class="field">
        <label for=${from}>${msg('First day')}</label>
        <input
          id=${from}
          type="date"
          required
          .value=${d.startsOn}
          aria-invalid=${this.#control(from).invalid}
          aria-describedby=${this.#control(from).describedBy}
          @change=${(e: Event) => this.#edit(() => (d.startsOn = (e.target as HTMLInputElement).value))}
        />
        ${this.#errorOf(from)}
      </div>
      <div class="field">
        <label for=${to}>${msg('Last day')}</label>
        <input
          id=${to}
          type="date"
          required
          .value=${d.endsOn}
          aria-invalid=${this.#control(to).invalid}
          aria-describedby=${this.#control(to).describedBy}
          @change=${(e: Event) => this.#edit(() => (d.endsOn = (e.target as HTMLInputElement).value))}
        />
        ${this.#errorOf(to)}
      </div>
      <div class="field">
        <label for=${reason}>${msg('Reason (optional, not shown to clients)')}</label>
        <input
          id=${reason}
          maxlength="500"
          dir="auto"
          .value=${d.reason}
          aria-invalid=${this.#control(reason).invalid}
          aria-describedby=${this.#control(reason).describedBy}
          @input=${(e: Event) => (d.reason = (e.target as HTMLInputElement).value)}
        />
        ${this.#errorOf(reason)}
      </div>
      <button
        type="button"
        class="secondary"
        part="remove-button"
        aria-label=${msg(str`Remove time off ${position}`)}
        @click=${() => this.#edit(() => (this.#form!.daysOff = this.#form!.daysOff.filter((x) => x !== d)))}
      >
        ${msg('Remove')}
      </button>
    </div>`;
  }

  #renderConflicts(): TemplateResult {
    const locale = this.#host.locale;
    const timeZone = this.#host.timeZone;
    const count = this.#conflicts.length;
    return html`<div class="conflicts" part="conflicts" role="alert" aria-labelledby="conflicts-heading">
      <p id="conflicts-heading">
        <strong
          >${
            count === 1
              ? msg('Not saved yet: 1 booked session falls outside the new availability.')
              : msg(
                  str`Not saved yet: ${formatNumber(count, { locale })} booked sessions fall outside the new availability.`,
                )
          }</strong
        >
      </p>
      <ul class="list">
        ${this.#conflicts.map(
          (c) =>
            html`<li data-session=${c.session.id} data-reason=${c.reason}>
              ${formatDateTime(c.session.startsAt, { locale, timeZone, dateStyle: 'full', timeStyle: 'short' })}
              ·
              <span dir="auto">${c.session.participant.name}</span> ·
              <span class="muted">${conflictLabel(c.reason)}</span>
            </li>`,
        )}
      </ul>
      <p class="muted">
        ${msg('Keeping them leaves these sessions booked: move or cancel them with each client if you need to.')}
      </p>
      <div class="actions">
        <button
          type="button"
          part="keep-button"
          ?disabled=${this.#busy}
          @click=${(e: Event) => this.#save(e, true)}
        >
          ${msg('Save and keep these sessions')}
        </button>
        <button type="button" class="secondary" part="back-button" @click=${this.#backToEditing}>
          ${msg('Back to editing')}
        </button>
      </div>
    </div>`;
  }

  /**
   * Bookings kept outside the hours, each with a way to move it to a free slot of the hours as they
   * are now (the participant is sent the new time, as for any move).
   */
  #renderKept(kept: readonly Kept[]): TemplateResult | typeof nothing {
    if (kept.length === 0) return nothing;
    const locale = this.#host.locale;
    const timeZone = this.#host.timeZone;
    return html`<section class="kept" part="kept" aria-labelledby="kept-heading">
      <h3 id="kept-heading">${msg('Bookings outside your availability')}</h3>
      <p class="muted">
        ${msg('You kept these sessions when you changed your availability. Move them to a free time, or leave them as they are.')}
      </p>
      <ul class="list">
        ${kept.map((c) => {
          const move = this.#move?.sessionId === c.session.id ? this.#move : undefined;
          const when = formatDateTime(c.session.startsAt, {
            locale,
            timeZone,
            dateStyle: 'full',
            timeStyle: 'short',
          });
          return html`<li part="kept-session" data-session=${c.session.id} data-reason=${c.reason}>
            <span>${when}</span> · <span dir="auto">${c.session.participant.name}</span> ·
            <span class="muted">${conflictLabel(c.reason)}</span>
            ${
              move
                ? this.#renderMove(c, move)
                : html`<button
                    type="button"
                    class="secondary"
                    part="move-button"
                    aria-label=${msg(str`Move the session with ${c.session.participant.name} on ${when}`)}
                    ?disabled=${this.#busy}
                    @click=${() => void this.#openMove(c)}
                  >
                    ${msg('Move…')}
                  </button>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderMove(c: Kept, move: Move): TemplateResult {
    const locale = this.#host.locale;
    const timeZone = this.#host.timeZone;
    const id = `move-${c.session.id}`;
    if (move.slots === undefined && !move.error) {
      return html`<p class="muted" role="status">${msg('Looking for free times…')}</p>`;
    }
    return html`<div class="move" part="move">
      ${
        move.slots && move.slots.length > 0
          ? html`<label for=${id}>${msg('New time')}</label>
              <select
                id=${id}
                part="move-select"
                aria-describedby=${move.error ? `${id}-error` : nothing}
                @change=${(e: Event) => {
                  move.chosen = (e.target as HTMLSelectElement).value;
                }}
              >
                ${move.slots.map(
                  (at) =>
                    html`<option value=${at} ?selected=${at === move.chosen}>
                      ${formatDateTime(at, { locale, timeZone, dateStyle: 'full', timeStyle: 'short' })}
                    </option>`,
                )}
              </select>`
          : move.slots
            ? html`<p class="muted" part="move-none">
                ${msg(str`No free time in the next ${formatNumber(MOVE_WINDOW_DAYS, { locale })} days.`)}
              </p>`
            : nothing
      }
      ${move.error ? html`<p class="field__error" id=${`${id}-error`} part="move-error" role="alert">${move.error}</p>` : nothing}
      <div class="actions">
        ${
          move.slots && move.slots.length > 0
            ? html`<button
                type="button"
                part="move-confirm-button"
                ?disabled=${this.#busy}
                @click=${() => void this.#confirmMove(c)}
              >
                ${msg('Move the session')}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" part="move-cancel-button" @click=${() => this.#closeMove(c)}>
          ${msg('Keep it')}
        </button>
      </div>
    </div>`;
  }

  async #openMove(c: Kept): Promise<void> {
    const move: Move = { sessionId: c.session.id, slots: undefined, chosen: '', error: undefined };
    this.#move = move;
    this.#host.requestUpdate();
    const from = new Date();
    const to = new Date(from.getTime() + MOVE_WINDOW_DAYS * 86_400_000);
    const result = await query(
      this.#host.gateway,
      moveSlotsQuery,
      { id: c.session.enrolment.id, from: from.toISOString(), to: to.toISOString() },
      { requestPolicy: 'network-only' },
    );
    if (this.#move !== move) return;
    const node = result.data?.node;
    if (!node || !('availableSlots' in node)) {
      move.error = refusal(this.#host, undefined, result.error);
      move.slots = [];
    } else {
      move.slots = node.availableSlots.slots.map((slot) => slot.startsAt);
      move.chosen = move.slots[0] ?? '';
    }
    this.#host.focusAfterUpdate(
      move.slots.length > 0 ? '[part~="move-select"]' : '[part~="move-cancel-button"]',
    );
    this.#host.requestUpdate();
  }

  #closeMove(c: Kept): void {
    this.#move = undefined;
    this.#host.focusAfterUpdate(
      `[part~="kept-session"][data-session="${CSS.escape(c.session.id)}"] [part~="move-button"]`,
    );
    this.#host.requestUpdate();
  }

  async #confirmMove(c: Kept): Promise<void> {
    const move = this.#move;
    if (!move || this.#busy || !move.chosen) return;
    this.#busy = true;
    move.error = undefined;
    this.#host.requestUpdate();
    try {
      const result = await mutate(this.#host.gateway, moveSessionMutation, {
        input: { sessionId: c.session.id, startsAt: move.chosen },
      });
      const payload = result.data?.rescheduleSession;
      if (!payload?.session) {
        move.error = refusal(this.#host, payload?.userErrors, result.error);
        this.#host.focusAfterUpdate('[part~="move-select"]');
        return;
      }
      const when = formatDateTime(payload.session.startsAt, {
        locale: this.#host.locale,
        timeZone: this.#host.timeZone,
        dateStyle: 'full',
        timeStyle: 'short',
      });
      this.#move = undefined;
      this.#host.announce(
        msg(str`Session with ${c.session.participant.name} moved to ${when}. They are sent the new time.`),
      );
      this.#host.focusAfterUpdate('[part~="save-button"]');
      this.#availability.retry();
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Any edit invalidates a conflict list computed for the previous proposal. */
  #edit(change: () => void): void {
    change();
    this.#conflicts = [];
    this.#host.requestUpdate();
  }

  #addWindow(weekday: number): void {
    const key = this.#nextKey++;
    this.#edit(() => this.#form!.windows.push({ key, weekday, startTime: '09:00', endTime: '12:00' }));
    this.#host.focusAfterUpdate(`#w${key}-startTime`);
  }

  readonly #addDayOff = (): void => {
    const key = this.#nextKey++;
    const today = new Date().toISOString().slice(0, 10);
    this.#edit(() => this.#form!.daysOff.push({ key, startsOn: today, endsOn: today, reason: '' }));
    this.#host.focusAfterUpdate(`#d${key}-startsOn`);
  };

  readonly #backToEditing = (): void => {
    this.#conflicts = [];
    this.#host.focusAfterUpdate('[part~="save-button"]');
    this.#host.requestUpdate();
  };

  async #save(event: Event, keep: boolean): Promise<void> {
    event.preventDefault();
    const form = this.#form;
    if (!form || this.#busy) return;
    this.#busy = true;
    this.#formError = undefined;
    this.#errors = new Map();
    this.#host.requestUpdate();
    try {
      const capacity = /^\d+$/.test(form.capacity.trim()) ? Number(form.capacity.trim()) : -1;
      const result = await mutate(this.#host.gateway, setAvailabilityMutation, {
        input: {
          weeklyHours: form.windows.map(({ weekday, startTime, endTime }) => ({
            weekday,
            startTime,
            endTime,
          })),
          exceptions: form.daysOff.map(({ startsOn, endsOn, reason }) => ({
            startsOn,
            endsOn,
            reason: reason.trim() === '' ? null : reason,
          })),
          capacity,
          keepConflictingSessions: keep,
        },
      });
      const payload = result.data?.setCoachAvailability;
      if (!payload) {
        this.#formError = refusal(this.#host, undefined, result.error);
        return;
      }
      if (payload.userErrors.length > 0) {
        const unplaced: string[] = [];
        for (const e of payload.userErrors) {
          const key = fieldKey(e.field, form);
          if (key === 'capacity' || /^[wd]\d+-/.test(key)) this.#errors.set(key, e.message);
          else unplaced.push(e.message);
        }
        if (unplaced.length > 0) this.#formError = unplaced.join(' ');
        const first = [...this.#errors.keys()][0];
        this.#host.focusAfterUpdate(first ? `#${first}` : '[part~="form-error"]');
        return;
      }
      if (!payload.saved) {
        this.#conflicts = payload.conflicts;
        this.#host.focusAfterUpdate('[part~="keep-button"]');
        return;
      }
      this.#conflicts = [];
      if (payload.availability) this.#form = this.#formOf(payload.availability);
      this.#host.announce(msg('Availability saved.'));
      this.#host.dispatchEvent(
        new AvailabilitySavedEvent({
          weeklyWindows: payload.availability?.weeklyHours.length ?? form.windows.length,
          daysOff: payload.availability?.exceptions.length ?? form.daysOff.length,
          capacity: payload.availability?.capacity ?? capacity,
          keptSessions: payload.conflicts.length,
        }),
      );
      this.#host.focusAfterUpdate('[part~="save-button"]');
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

export function createTab(host: TabHost): Tab {
  return new AvailabilityTab(host);
}
