import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat, formatTime } from '../shared/format.js';
import type { GridNavigationController } from '../shared/grid-navigation.js';
import { dateAsInstant, localParts } from './session-booker.time.js';

export interface Slot {
  readonly startsAt: string;
  readonly endsAt: string;
}

/** Open slots laid out in one zone: a column per local day, a row per local start time. */
export interface SlotLayout {
  /** The local dates shown (YYYY-MM-DD), one column each. */
  readonly days: readonly string[];
  /** Local start times (HH:MM) with an open slot on any of the days, earliest first. */
  readonly times: readonly string[];
  /** The days with at least one open slot. */
  readonly openDays: ReadonlySet<string>;
  slotAt(day: string, time: string): Slot | undefined;
}

/** Lays out the gateway's slots (UTC instants) on `days` as `timeZone`'s clock reads them; others are left out. */
export function layOutSlots(slots: readonly Slot[], days: readonly string[], timeZone: string): SlotLayout {
  const byCell = new Map<string, Slot>();
  const times = new Set<string>();
  const openDays = new Set<string>();
  for (const slot of slots) {
    const { date, time } = localParts(new Date(slot.startsAt), timeZone);
    if (!days.includes(date)) continue;
    byCell.set(`${date} ${time}`, slot);
    times.add(time);
    openDays.add(date);
  }
  return {
    days,
    times: [...times].sort(),
    openDays,
    slotAt: (day, time) => byCell.get(`${day} ${time}`),
  };
}

/**
 * A part of a local date (weekday, day, month) in the locale, whatever zone the page is in. The
 * formatter is the shared cached one: a column header asks twice per day on every render.
 */
export function dayPart(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(dateAsInstant(date));
}

export interface SlotGridView {
  readonly layout: SlotLayout;
  readonly locale: string;
  readonly timeZone: string;
  /** Roving tabindex and keys (position: row = time, column = day). */
  readonly grid: GridNavigationController;
  /** The element that names the grid. */
  readonly labelledBy: string;
  select(slot: Slot): void;
}

/**
 * The slot grid: an ARIA grid of days × start times, an open slot a button-like cell, a gap a
 * cell that says "Not available" to screen readers. The arrow keys, Home/End and Ctrl+Home/End
 * move (grid-navigation.ts); PageUp/PageDown turn the page of days; Enter or Space chooses.
 */
export function renderSlotGrid({
  layout,
  locale,
  timeZone,
  grid,
  labelledBy,
  select,
}: SlotGridView): TemplateResult {
  const { days, times, openDays } = layout;
  return html`<div class="grid-scroll">
      <table
        role="grid"
        part="grid"
        aria-labelledby=${labelledBy}
        aria-describedby="grid-help"
        @keydown=${grid.onKeyDown}
      >
        <thead>
          <tr role="row">
            ${days.map(
              (day) =>
                html`<th role="columnheader" scope="col">
                  <span class="day">${dayPart(day, locale, { weekday: 'short' })}</span>
                  <span class="date">${dayPart(day, locale, { day: 'numeric', month: 'short' })}</span>
                  ${openDays.has(day) ? nothing : html`<span class="none">${msg('No times')}</span>`}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${times.map(
            (time, r) =>
              html`<tr role="row">
                ${days.map((day, c) => {
                  const slot = layout.slotAt(day, time);
                  return slot
                    ? html`<td
                        role="gridcell"
                        part="slot"
                        class="slot"
                        data-cell=${`${r}-${c}`}
                        data-starts-at=${slot.startsAt}
                        tabindex=${grid.tabIndex(r, c)}
                        @focus=${() => grid.track(r, c)}
                        @click=${() => select(slot)}
                      >
                        ${formatTime(slot.startsAt, { locale, timeZone })}
                      </td>`
                    : html`<td
                        role="gridcell"
                        class="gap"
                        data-cell=${`${r}-${c}`}
                        tabindex=${grid.tabIndex(r, c)}
                        @focus=${() => grid.track(r, c)}
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
    </p>`;
}
