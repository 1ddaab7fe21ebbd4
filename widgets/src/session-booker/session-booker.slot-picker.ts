import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTimeZoneName } from '../shared/format.js';
import { OFFERED_TIME_ZONES } from '../shared/offered-time-zones.js';
import { dayPart, renderSlotGrid, type SlotGridView } from './session-booker.slot-grid.js';
import { dateAsInstant } from './session-booker.time.js';

/** The zones to offer: `preferred` first (the one shown, the viewer's, the browser's, the coach's), then common ones, each once. */
export function zoneChoices(preferred: ReadonlyArray<string | null | undefined>): string[] {
  const zones = [...preferred, ...OFFERED_TIME_ZONES];
  return [...new Set(zones.filter((z): z is string => typeof z === 'string' && z.length > 0))];
}

export interface SlotPickerView extends Omit<SlotGridView, 'labelledBy'> {
  /** Zones the viewer can pick; `timeZone` is the one shown. */
  readonly zones: readonly string[];
  /** When moving a session: its start, named in the title, with a way back. */
  readonly rescheduling: string | undefined;
  readonly canGoEarlier: boolean;
  readonly canGoLater: boolean;
  /** The next day with an open slot when the days shown have none. */
  readonly nextDay: string | undefined;
  /** The instant in words, in the zone shown. */
  when(startsAt: string): string;
  earlier(): void;
  later(): void;
  goToDay(date: string): void;
  changeZone(zone: string): void;
  keepCurrentTime(): void;
}

/**
 * Picking a time: the title (or, when moving a session, which one), the time-zone control, the
 * previous and next days, and the slot grid, or, for days without open time, the next day that
 * has some.
 */
export function renderSlotPicker(view: SlotPickerView): TemplateResult {
  const { layout, locale, timeZone } = view;
  const { days } = layout;
  const rangeLabel = `${formatDate(dateAsInstant(days[0]!), { locale, timeZone: 'UTC' })} – ${formatDate(
    dateAsInstant(days[days.length - 1]!),
    { locale, timeZone: 'UTC' },
  )}`;
  const title = view.rescheduling
    ? msg(str`Pick a new time for your session on ${view.when(view.rescheduling)}`)
    : msg('Pick a time');
  return html`<div class="body picker" part="picker">
    <div class="picker__head">
      <h3 id="picker-title" tabindex="-1">${title}</h3>
      ${
        view.rescheduling
          ? html`<button type="button" class="secondary" part="back-button" @click=${view.keepCurrentTime}>
              ${msg('Keep the current time')}
            </button>`
          : nothing
      }
    </div>
    <div class="picker__controls">
      <label class="zone" part="zone-select">
        <span>${msg('Times shown in')}</span>
        <select @change=${(event: Event) => view.changeZone((event.target as HTMLSelectElement).value)}>
          ${view.zones.map(
            (z) =>
              html`<option value=${z} ?selected=${z === timeZone}>
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
          ?disabled=${!view.canGoEarlier}
          @click=${view.earlier}
        >
          <span aria-hidden="true" class="arrow">‹</span>
        </button>
        <span class="week-nav__label" aria-live="polite">${rangeLabel}</span>
        <button
          type="button"
          class="secondary"
          aria-label=${msg('Later dates')}
          ?disabled=${!view.canGoLater}
          @click=${view.later}
        >
          <span aria-hidden="true" class="arrow">›</span>
        </button>
      </div>
    </div>
    ${layout.times.length > 0 ? renderSlotGrid({ ...view, labelledBy: 'picker-title' }) : renderEmptyRange(view)}
  </div>`;
}

function renderEmptyRange({ nextDay, locale, goToDay }: SlotPickerView): TemplateResult {
  if (!nextDay) {
    return html`<p class="muted empty-week" part="empty-range">
      ${msg('No open times on these days. Try later dates.')}
    </p>`;
  }
  return html`<div class="empty-week" part="empty-range">
    <p class="muted">${msg('No open times on these days.')}</p>
    <button type="button" class="secondary" data-action="next-available" @click=${() => goToDay(nextDay)}>
      ${msg(str`Next available: ${dayPart(nextDay, locale, { weekday: 'long', day: 'numeric', month: 'long' })}`)}
    </button>
  </div>`;
}
