/**
 * The custom scalars. Each validates on input (variables and literals) so a bad
 * value is a GraphQL validation error, never something a resolver must re-check.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function stringLiteral(name: string, ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string.`);
  return ast.value;
}

function stringValue(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string.`);
  return value;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(text: string): Date {
  const date = new Date(text);
  if (!isoDateTime.test(text) || Number.isNaN(date.getTime())) {
    throw new GraphQLError(
      `DateTime must be ISO 8601 with an offset, e.g. 2026-03-01T09:30:00Z; got "${text}".`,
    );
  }
  return date;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601, serialised in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime cannot represent this value.');
    return date.toISOString();
  },
  parseValue: (value) => parseDateTime(stringValue('DateTime', value)),
  parseLiteral: (ast) => parseDateTime(stringLiteral('DateTime', ast)),
});

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(text: string): string {
  const match = isoDate.exec(text);
  const date = new Date(`${text}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD; got "${text}".`);
  }
  return text;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    // Dates are selected as text in SQL so no driver turns them into a local-midnight instant.
    if (typeof value === 'string') return parseDate(value.slice(0, 10));
    throw new GraphQLError('Date cannot represent this value.');
  },
  parseValue: (value) => parseDate(stringValue('Date', value)),
  parseLiteral: (ast) => parseDate(stringLiteral('Date', ast)),
});

/**
 * Verdicts on names of the right shape: building an Intl.DateTimeFormat to ask costs more than the
 * rest of a small answer, and every coach and slot list names a zone. Bounded for made-up names.
 */
const zoneVerdicts = new Map<string, boolean>();
const ZONE_VERDICT_LIMIT = 1_000;

export function isTimeZone(name: string): boolean {
  // The same shape the database's cw_is_time_zone CHECK accepts: UTC or Area/Location[/Sub].
  if (name.length > 64 || !/^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/.test(name)) return false;
  let known = zoneVerdicts.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (zoneVerdicts.size >= ZONE_VERDICT_LIMIT) zoneVerdicts.clear();
    zoneVerdicts.set(name, known);
  }
  return known;
}

function parseTimeZone(text: string): string {
  if (!isTimeZone(text))
    throw new GraphQLError(`TimeZone must be an IANA time zone name such as Europe/Paris; got "${text}".`);
  return text;
}

export const TimeZone = new GraphQLScalarType<string, string>({
  name: 'TimeZone',
  description: 'An IANA time zone name.',
  serialize: (value) => stringValue('TimeZone', value),
  parseValue: (value) => parseTimeZone(stringValue('TimeZone', value)),
  parseLiteral: (ast) => parseTimeZone(stringLiteral('TimeZone', ast)),
});

/** The canonical form of a BCP 47 tag, or null when it is not one. */
export function canonicalLocale(tag: string): string | null {
  if (tag.length > 35) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

function parseLocale(text: string): string {
  const canonical = canonicalLocale(text);
  if (!canonical)
    throw new GraphQLError(`Locale must be a BCP 47 language tag such as en or fr-CA; got "${text}".`);
  return canonical;
}

export const Locale = new GraphQLScalarType<string, string>({
  name: 'Locale',
  description: 'A BCP 47 language tag.',
  serialize: (value) => stringValue('Locale', value),
  parseValue: (value) => parseLocale(stringValue('Locale', value)),
  parseLiteral: (ast) => parseLocale(stringLiteral('Locale', ast)),
});
