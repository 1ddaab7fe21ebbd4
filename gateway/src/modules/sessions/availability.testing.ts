/**
 * What availability's tests without a database share: a rule, a booking policy and an input with
 * defaults (Mondays 09:00–11:00 UTC, one-hour sessions, no notice, a year ahead), and the wall-clock
 * times on the quarter hour that the property tests draw rules from.
 */
import fc from 'fast-check';
import type { AvailabilityInput, AvailabilityRule, BookingPolicy } from './availability.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const at = (iso: string) => new Date(iso);

export const rule = (fields: Partial<AvailabilityRule> = {}): AvailabilityRule => ({
  weekday: 1,
  startTime: '09:00',
  endTime: '11:00',
  timeZone: 'UTC',
  validFrom: null,
  validUntil: null,
  ...fields,
});

export const policyOf = (fields: Partial<BookingPolicy> = {}): BookingPolicy => ({
  sessionMinutes: 60,
  bufferMinutes: 0,
  minNoticeHours: 0,
  horizonDays: 365,
  ...fields,
});

export const inputOf = (fields: Partial<AvailabilityInput> = {}): AvailabilityInput => ({
  rules: [rule()],
  exceptions: [],
  coachBusy: [],
  participantBusy: [],
  coachTimeZone: 'UTC',
  policy: policyOf(),
  now: at('2026-01-01T00:00:00Z'),
  ...fields,
});

/** "HH:MM" on the quarter hour. */
export const quarterHourTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
