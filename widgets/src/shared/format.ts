/**
 * Intl formatting for every widget. Formatters are cached (constructing them is the slow part)
 * and no helper throws: an unknown time zone or locale falls back instead of breaking a render.
 */
export type DateInput = Date | string | number;

const cache = new Map<
  string,
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat
>();

function cached<
  T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat,
>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The cached formatter for these options (an unknown `timeZone`: the browser's), for formats the helpers below do not name. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));
  } catch {
    // An unknown IANA zone (RangeError): show the instant in the browser's zone rather than nothing.
    const { timeZone: _ignored, ...rest } = options;
    return cached('dt', locale, rest, () => new Intl.DateTimeFormat(locale, rest));
  }
}

export interface DateTimeFormatOptions {
  locale: string;
  /** IANA zone to show the instant in; the browser's zone when omitted. */
  timeZone?: string | undefined;
}

export function formatDateTime(
  value: DateInput,
  {
    locale,
    timeZone,
    dateStyle = 'medium',
    timeStyle = 'short',
  }: DateTimeFormatOptions & Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>,
): string {
  return dateTimeFormat(locale, { dateStyle, timeStyle, timeZone }).format(toDate(value));
}

export function formatDate(
  value: DateInput,
  {
    locale,
    timeZone,
    dateStyle = 'medium',
  }: DateTimeFormatOptions & Pick<Intl.DateTimeFormatOptions, 'dateStyle'>,
): string {
  return dateTimeFormat(locale, { dateStyle, timeZone }).format(toDate(value));
}

export function formatTime(
  value: DateInput,
  {
    locale,
    timeZone,
    timeStyle = 'short',
  }: DateTimeFormatOptions & Pick<Intl.DateTimeFormatOptions, 'timeStyle'>,
): string {
  return dateTimeFormat(locale, { timeStyle, timeZone }).format(toDate(value));
}

/** "Apr – Jun 2026", "Apr.–Juni 2026", "2026年4月～6月": the months from `start` to `end` (UTC dates). */
export function formatMonthRange(
  start: DateInput,
  end: DateInput,
  { locale, month = 'short' }: { locale: string; month?: 'short' | 'long' },
): string {
  return dateTimeFormat(locale, { month, year: 'numeric', timeZone: 'UTC' }).formatRange(
    toDate(start),
    toDate(end),
  );
}

/**
 * A zone as people know it ("Central European Time", "توقيت وسط أوروبا") rather than its IANA id;
 * the id itself when the browser has no name for it.
 */
export function formatTimeZoneName(
  timeZone: string,
  {
    locale,
    at = new Date(),
    style = 'longGeneric',
  }: { locale: string; at?: DateInput; style?: Intl.DateTimeFormatOptions['timeZoneName'] },
): string {
  try {
    const parts = cached(
      'tz',
      locale,
      { timeZone, style },
      () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }),
    ).formatToParts(toDate(at));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** "GMT+1", "GMT-5:30": the zone's offset at `at`. */
export function formatUtcOffset(
  timeZone: string,
  { locale, at = new Date() }: { locale: string; at?: DateInput },
): string {
  return formatTimeZoneName(timeZone, { locale, at, style: 'shortOffset' });
}

export function formatNumber(
  value: number,
  { locale, ...options }: { locale: string } & Intl.NumberFormatOptions,
): string {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** `fraction` is 0–1 (0.42 → "42%"). */
export function formatPercent(
  fraction: number,
  { locale, maximumFractionDigits = 0 }: { locale: string; maximumFractionDigits?: number },
): string {
  return formatNumber(fraction, { locale, style: 'percent', maximumFractionDigits });
}

const RELATIVE_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "in 3 days", "yesterday", "5 minutes ago", in the largest unit that reads naturally. */
export function formatRelativeTime(
  value: DateInput,
  {
    locale,
    now = Date.now(),
    numeric = 'auto',
  }: { locale: string; now?: DateInput; numeric?: Intl.RelativeTimeFormatNumeric },
): string {
  let amount = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [candidate, size] of RELATIVE_UNITS) {
    unit = candidate;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  return cached('rt', locale, { numeric }, () => new Intl.RelativeTimeFormat(locale, { numeric })).format(
    Math.round(amount),
    unit,
  );
}

/** "Manager, Coach and Program admin" in the locale's way of listing. */
export function formatList(
  items: readonly string[],
  { locale, type = 'conjunction' }: { locale: string; type?: Intl.ListFormatType },
): string {
  return cached('l', locale, { type }, () => new Intl.ListFormat(locale, { type })).format(items);
}
