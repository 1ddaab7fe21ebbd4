/**
 * Wall-clock ↔ UTC conversion for IANA zones using only Intl, so coaches'
 * availability ("09:00 in Asia/Kolkata") lands on the right instant across
 * daylight-saving changes without a date library.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes to add to UTC to get wall-clock time in `timeZone` at `instantMs`. */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
  return Math.round((asUtc - Math.floor(instantMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The UTC instant of `minuteOfDay` (local) on the local calendar day `dayNumber`
 * (days since 1970-01-01) in `timeZone`. The offset is taken at local noon of
 * that day: transitions happen at night, outside the working hours used here.
 */
export function localToUtc(timeZone: string, dayNumber: number, minuteOfDay: number): number {
  const key = `${timeZone}|${dayNumber}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = zoneOffsetMinutes(timeZone, dayNumber * DAY_MS + 12 * HOUR_MS);
    offsetCache.set(key, offset);
  }
  return dayNumber * DAY_MS + (minuteOfDay - offset) * MINUTE_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function dayNumberOf(instantMs: number): number {
  return Math.floor(instantMs / DAY_MS);
}

export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function isoInstant(instantMs: number): string {
  return new Date(instantMs).toISOString();
}
