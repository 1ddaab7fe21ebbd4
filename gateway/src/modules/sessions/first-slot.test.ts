/**
 * firstOpenSlot answers what the first of openSlots over the whole range would: by hand where the
 * pieces it lists meet, and over random rules in several zones, leave, bookings and ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSlots, type Interval } from './availability.js';
import { HOUR, MINUTE, at, inputOf, quarterHourTime, rule } from './availability.testing.js';
import { firstOpenSlot } from './first-slot.js';

const DAY = 24 * HOUR;

describe('the first open slot of a range', () => {
  it('is the first of the whole range’s slots, weeks away behind leave', () => {
    // Mondays only, and away the first three of them: the first slot is in the fourth week.
    const input = inputOf({ exceptions: [{ startsOn: '2026-02-01', endsOn: '2026-02-20' }] });
    const from = at('2026-02-01T00:00:00Z');
    const until = at('2026-04-01T00:00:00Z');
    expect(firstOpenSlot(input, from, until)).toEqual({
      start: at('2026-02-23T09:00:00Z'),
      end: at('2026-02-23T10:00:00Z'),
    });
    expect(firstOpenSlot(input, from, until)).toEqual(openSlots(input, from, until)[0]);
  });

  it('starts exactly where one piece ends, and never at or after the range’s end', () => {
    // A window across midnight: its first slot that is still open starts on the next day's stroke,
    // the end of the first piece (a day from `from`).
    const input = inputOf({
      rules: [
        rule({ weekday: 1, startTime: '22:00', endTime: '23:59' }),
        rule({ weekday: 2, startTime: '00:00', endTime: '03:00' }),
      ],
      coachBusy: [{ start: at('2026-02-02T22:00:00Z'), end: at('2026-02-02T23:59:00Z') }],
    });
    const from = at('2026-02-02T00:00:00Z');
    expect(firstOpenSlot(input, from, at('2026-02-10T00:00:00Z'))?.start).toEqual(at('2026-02-03T00:00:00Z'));
    expect(firstOpenSlot(input, from, at('2026-02-03T00:00:00Z'))).toBeUndefined();
  });

  it('is none when nothing is open before the range’s end', () => {
    const input = inputOf({ exceptions: [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }] });
    expect(firstOpenSlot(input, at('2026-02-01T00:00:00Z'), at('2026-04-01T00:00:00Z'))).toBeUndefined();
    expect(firstOpenSlot(inputOf(), at('2026-02-02T10:00:00Z'), at('2026-02-02T10:00:00Z'))).toBeUndefined();
  });
});

const zones = [
  'UTC',
  'Europe/Madrid',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];
const START = at('2026-03-01T00:00:00Z').getTime();
const instant = (maxHours: number) =>
  fc.integer({ min: 0, max: maxHours }).map((h) => new Date(START + h * HOUR));
const interval = instant(70 * 24).chain((start) =>
  fc
    .integer({ min: 1, max: 48 })
    .map((quarters) => ({ start, end: new Date(start.getTime() + quarters * 15 * MINUTE) })),
);
const day = fc.integer({ min: 0, max: 70 }).map((d) => new Date(START + d * DAY).toISOString().slice(0, 10));

const scenario = fc.record({
  coachTimeZone: fc.constantFrom(...zones),
  rules: fc.array(
    fc.record({
      weekday: fc.integer({ min: 1, max: 7 }),
      startTime: quarterHourTime,
      endTime: quarterHourTime,
      // A rule may keep a zone of its own: its windows need not come in the coach's day order.
      timeZone: fc.constantFrom(...zones),
      validFrom: fc.option(day, { nil: null }),
      validUntil: fc.option(day, { nil: null }),
    }),
    { minLength: 0, maxLength: 4 },
  ),
  exceptions: fc.array(
    fc.tuple(day, fc.integer({ min: 0, max: 20 })).map(([startsOn, days]) => ({
      startsOn,
      endsOn: new Date(at(`${startsOn}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10),
    })),
    { maxLength: 3 },
  ),
  coachBusy: fc.array(interval, { maxLength: 12 }),
  participantBusy: fc.array(interval, { maxLength: 6 }),
  policy: fc.record({
    sessionMinutes: fc.constantFrom(30, 45, 60, 90),
    bufferMinutes: fc.constantFrom(0, 15, 30),
    minNoticeHours: fc.integer({ min: 0, max: 72 }),
    horizonDays: fc.integer({ min: 1, max: 90 }),
  }),
  now: instant(20 * 24),
});

describe('over random rules, zones, leave and bookings', () => {
  it('answers the first of openSlots over the whole range', () => {
    fc.assert(
      fc.property(scenario, instant(30 * 24), fc.integer({ min: 0, max: 60 * 24 }), (input, from, hours) => {
        const until = new Date(from.getTime() + hours * HOUR);
        const expected: Interval | undefined = openSlots(input, from, until)[0];
        expect(firstOpenSlot(input, from, until)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
