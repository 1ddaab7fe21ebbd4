import { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { AvailabilitySavedEvent } from '../events/availability-saved.js';
import { formatDateTime, formatNumber, formatTimeZoneName } from '../shared/format.js';
import { availabilityQuery, setAvailabilityMutation } from './coach-desk.availability.graphql.js';
import { conflictLabel } from './coach-desk.strings.js';
import { refusal, type Tab, type TabHost } from './coach-desk.tab.js';

type Availability = NonNullable<DocumentType<typeof availabilityQuery>['coachDesk']>['availability'];
type Payload = DocumentType<typeof setAvailabilityMutation>['setCoachAvailability'];
type Conflict = Payload['conflicts'][number];

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
        return this.#renderForm(availability, this.#form);
      },
    });
  }

  #formOf(a: Availability): Form {
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
