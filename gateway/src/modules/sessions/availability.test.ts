import { describe, expect, it } from 'vitest';
import { openSlots, slotProblem, type AvailabilityRule } from './availability.js';
import { inputOf, rule } from './availability.testing.js';

const everyDay = (startTime: string, endTime: string, timeZone: string): AvailabilityRule[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => rule({ weekday, startTime, endTime, timeZone }));

const starts = (slots: Array<{ start: Date }>): string[] => slots.map((s) => s.start.toISOString());

function day(date: string): [Date, Date] {
  return [new Date(`${date}T00:00:00Z`), new Date(`${date}T23:59:59Z`)];
}

describe('open slots across daylight-saving changes', () => {
  it('keeps 09:00 Madrid time across the spring change (CET → CEST on 29 March 2026)', () => {
    const rules = everyDay('09:00', '10:00', 'Europe/Madrid');
    const i = inputOf({ rules, coachTimeZone: 'Europe/Madrid' });
    expect(starts(openSlots(i, ...day('2026-03-28')))).toEqual(['2026-03-28T08:00:00.000Z']);
    expect(starts(openSlots(i, ...day('2026-03-29')))).toEqual(['2026-03-29T07:00:00.000Z']);
  });

  it('keeps 09:00 Madrid time across the autumn change (CEST → CET on 25 October 2026)', () => {
    const i = inputOf({ rules: everyDay('09:00', '10:00', 'Europe/Madrid'), coachTimeZone: 'Europe/Madrid' });
    expect(starts(openSlots(i, ...day('2026-10-24')))).toEqual(['2026-10-24T07:00:00.000Z']);
    expect(starts(openSlots(i, ...day('2026-10-25')))).toEqual(['2026-10-25T08:00:00.000Z']);
  });

  it('shrinks a window that spans the skipped hour: 01:00–04:00 Madrid on 29 March lasts two hours', () => {
    const i = inputOf({ rules: everyDay('01:00', '04:00', 'Europe/Madrid'), coachTimeZone: 'Europe/Madrid' });
    // 01:00 CET = 00:00Z; 04:00 CEST = 02:00Z: 60-minute slots at 00:00, 00:30, 01:00 UTC.
    const morning = [new Date('2026-03-29T00:00:00Z'), new Date('2026-03-29T12:00:00Z')] as const;
    expect(starts(openSlots(i, ...morning))).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
  });

  it('moves New York slots by an hour in UTC on 8 March and 1 November 2026', () => {
    const i = inputOf({
      rules: everyDay('09:00', '10:00', 'America/New_York'),
      coachTimeZone: 'America/New_York',
    });
    expect(starts(openSlots(i, ...day('2026-03-07')))).toEqual(['2026-03-07T14:00:00.000Z']);
    expect(starts(openSlots(i, ...day('2026-03-09')))).toEqual(['2026-03-09T13:00:00.000Z']);
    expect(starts(openSlots(i, ...day('2026-10-31')))).toEqual(['2026-10-31T13:00:00.000Z']);
    expect(starts(openSlots(i, ...day('2026-11-02')))).toEqual(['2026-11-02T14:00:00.000Z']);
  });

  it('handles the half-hour offset of Asia/Kolkata (UTC+05:30, no DST)', () => {
    const i = inputOf({ rules: everyDay('09:00', '11:00', 'Asia/Kolkata'), coachTimeZone: 'Asia/Kolkata' });
    expect(starts(openSlots(i, ...day('2026-03-29')))).toEqual([
      '2026-03-29T03:30:00.000Z',
      '2026-03-29T04:00:00.000Z',
      '2026-03-29T04:30:00.000Z',
    ]);
  });

  it('offers a Kolkata coach to a Madrid participant at the same instants whatever zone shows them', () => {
    const i = inputOf({ rules: everyDay('14:00', '15:00', 'Asia/Kolkata'), coachTimeZone: 'Asia/Kolkata' });
    const [slot] = openSlots(i, ...day('2026-03-30'));
    expect(slot?.start.toISOString()).toBe('2026-03-30T08:30:00.000Z');
    const madrid = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Madrid',
      hour: '2-digit',
      minute: '2-digit',
    }).format(slot!.start);
    expect(madrid).toBe('10:30');
  });
});

describe('availability rules', () => {
  const monday = '2026-02-02';
  const rules = everyDay('09:00', '12:00', 'UTC');

  it('drops exception days, in the coach’s zone', () => {
    const i = inputOf({ rules, coachTimeZone: 'UTC', exceptions: [{ startsOn: monday, endsOn: monday }] });
    expect(openSlots(i, ...day(monday))).toEqual([]);
    expect(openSlots(i, ...day('2026-02-03'))).toHaveLength(5);
  });

  it('keeps the buffer clear around the coach’s sessions, but not around the participant’s', () => {
    const busy = { start: new Date(`${monday}T10:00:00Z`), end: new Date(`${monday}T11:00:00Z`) };
    const policy = { sessionMinutes: 60, bufferMinutes: 15, minNoticeHours: 0, horizonDays: 365 };
    const coach = inputOf({ rules, coachTimeZone: 'UTC', coachBusy: [busy], policy });
    // 09:00 would end at 10:00, inside the 15-minute buffer; 11:00 starts inside it too.
    expect(starts(openSlots(coach, ...day(monday)))).toEqual([]);
    const own = inputOf({ rules, coachTimeZone: 'UTC', participantBusy: [busy], policy });
    expect(starts(openSlots(own, ...day(monday)))).toEqual([
      `${monday}T09:00:00.000Z`,
      `${monday}T11:00:00.000Z`,
    ]);
  });

  it('applies minimum notice and the horizon', () => {
    const policy = { sessionMinutes: 60, bufferMinutes: 0, minNoticeHours: 24, horizonDays: 2 };
    const i = inputOf({ rules, coachTimeZone: 'UTC', policy, now: new Date(`${monday}T10:00:00Z`) });
    const slots = openSlots(i, new Date(`${monday}T00:00:00Z`), new Date('2026-02-06T00:00:00Z'));
    expect(slots[0]?.start.toISOString()).toBe('2026-02-03T10:00:00.000Z');
    expect(slots.at(-1)?.start.toISOString()).toBe('2026-02-04T09:30:00.000Z');
  });

  it('names the first problem with a requested start', () => {
    const policy = { sessionMinutes: 60, bufferMinutes: 0, minNoticeHours: 24, horizonDays: 10 };
    const now = new Date(`${monday}T10:00:00Z`);
    const busy = [{ start: new Date('2026-02-04T09:00:00Z'), end: new Date('2026-02-04T10:00:00Z') }];
    const i = inputOf({ rules, coachTimeZone: 'UTC', policy, now, coachBusy: busy });
    expect(slotProblem(i, new Date('2026-02-01T09:00:00Z'))).toBe('IN_PAST');
    expect(slotProblem(i, new Date('2026-02-02T11:00:00Z'))).toBe('TOO_SOON');
    expect(slotProblem(i, new Date('2026-03-02T09:00:00Z'))).toBe('BEYOND_HORIZON');
    expect(slotProblem(i, new Date('2026-02-04T14:00:00Z'))).toBe('OUTSIDE_AVAILABILITY');
    expect(slotProblem(i, new Date('2026-02-04T11:15:00Z'))).toBe('OUTSIDE_AVAILABILITY');
    expect(slotProblem(i, new Date('2026-02-04T09:30:00Z'))).toBe('COACH_BUSY');
    expect(slotProblem(i, new Date('2026-02-04T10:00:00Z'))).toBeNull();
  });
});
