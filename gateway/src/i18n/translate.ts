/**
 * Formatting catalogue messages with intl-messageformat. A `Translate` is bound
 * to one locale for one request; formatters are compiled once per
 * (locale, key) and reused across requests.
 */
import { IntlMessageFormat, type Formats } from 'intl-messageformat';
import { catalogues, DEFAULT_LOCALE, type MessageKey, type SupportedLocale } from './catalogue.js';

/** Values a message may interpolate: numbers and dates are formatted by the message with `Intl`. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A message not yet rendered: thrown errors carry one so the request's locale can be applied later. */
export interface LocalisedMessage {
  key: MessageKey;
  values?: MessageValues;
}

/**
 * Named formats the catalogue uses. Calendar dates (`YYYY-MM-DD`) travel as UTC
 * midnights, so they are formatted in UTC to stay the same day everywhere;
 * instants say their zone (UTC) because the reader's zone is not known here.
 */
const formats: Partial<Formats> = {
  date: {
    calendar: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  },
  time: {
    instant: {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    },
  },
};

const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: SupportedLocale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    // ignoreTag: messages quote `Bearer <token>`; they hold no rich-text tags.
    format = new IntlMessageFormat(catalogues[locale][key], locale, formats, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

function render(locale: SupportedLocale, key: MessageKey, values: MessageValues | undefined): string {
  const output = formatter(locale, key).format(values);
  return typeof output === 'string' ? output : String(output);
}

/**
 * `key` in `locale`. A translation that cannot be formatted (a bug the catalogue
 * test should have caught) falls back to English rather than failing the request.
 */
export function translate(locale: SupportedLocale, key: MessageKey, values?: MessageValues): string {
  try {
    return render(locale, key, values);
  } catch (error) {
    if (locale === DEFAULT_LOCALE) throw error;
    return render(DEFAULT_LOCALE, key, values);
  }
}

export function translator(locale: SupportedLocale): Translate {
  return (key, values) => translate(locale, key, values);
}

/** A `YYYY-MM-DD` calendar date as the UTC midnight the `calendar` date format expects. */
export function calendarDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/** A list in the locale's words ("en, fr, ar" / "en、fr、ar"), for lists of codes inside messages. */
export function formatList(locale: SupportedLocale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(items);
}
