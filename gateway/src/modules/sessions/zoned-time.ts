/**
 * Wall-clock ↔ instant conversions in an IANA zone. Availability rules are
 * stored as local times in the coach's zone ("Mondays 09:00–12:00
 * Europe/Madrid") and must stay at 09:00 local across daylight-saving changes,
 * so every conversion goes through the zone's rules for that very date.
 */
import { TZDate } from '@date-fns/tz';

/** A calendar date, YYYY-MM-DD. */
export type LocalDate = string;

function parseDate(date: LocalDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/**
 * Every slot list converts the same few rule times on the same days again: one TZDate costs
 * several Intl look-ups, a Map hit almost nothing. The answer depends on its three arguments only.
 */
const instants = new Map<string, number>();
const MEMO_LIMIT = 10_000;

/**
 * The instant at which the wall clock in `zone` reads `date` `time`.
 * A time inside a spring-forward gap (02:30 on the day Madrid skips 02:00–03:00)
 * does not exist; it is moved forward by the gap's length, as calendar
 * applications do. An ambiguous time in the repeated autumn hour resolves to
 * the later (standard-time) occurrence.
 */
export function zonedToInstant(date: LocalDate, time: string, zone: string): Date {
  const key = `${date} ${time} ${zone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const [y, m, d] = parseDate(date);
    const [hh, mm] = time.split(':').map(Number);
    instant = new TZDate(y, m - 1, d, hh ?? 0, mm ?? 0, 0, zone).getTime();
    // Zone rules change only with a new build of the runtime's time zone data; the bound keeps
    // odd inputs from growing the memo without end.
    if (instants.size >= MEMO_LIMIT) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

export interface WallClock {
  date: LocalDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function instantToWallClock(instant: Date, zone: string): WallClock {
  const local = new TZDate(instant.getTime(), zone);
  const date = `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  const day = local.getDay();
  return { date, weekday: day === 0 ? 7 : day, minutes: local.getHours() * 60 + local.getMinutes() };
}

/** `date` plus `days` calendar days (zone-independent: pure date arithmetic). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = parseDate(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}
