/**
 * Calendar arithmetic in an arbitrary IANA zone with nothing but Intl: the booker shows slots
 * (UTC instants from the gateway) by local day and time in the zone the viewer picked.
 */

export interface LocalParts {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM (24 h) in the zone. */
  time: string;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    // Root English, whose data an English page has loaded already: a regional variant (en-GB)
    // loads its own tables, in the booker's first render on a slow phone.
    format = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const { date, time } = localParts(new Date(instant), timeZone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** The instant the zone's clock reads 00:00 on `date` (re-checked once: midnight may sit on the other side of a DST change). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`);
  let instant = guess - offsetAt(guess, timeZone);
  instant = guess - offsetAt(instant, timeZone);
  return new Date(instant);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Noon UTC of a local date: a safe instant for formatting the date itself in any zone near it. */
export function dateAsInstant(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
