/**
 * Availability's boundaries by hand, and its invariants over random rules, zones and booking
 * sequences (fast-check): what openSlots offers is exactly what slotProblem accepts, on the
 * half-hour grid of the coach's windows in their zone, and bookings taken one after another
 * never overlap (the coach's with their buffer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SLOT_STEP_MINUTES,
  availabilityWindows,
  bookableFrom,
  bookableUntil,
  openSlots,
  slotProblem,
  type Interval,
} from './availability.js';
import { HOUR, MINUTE, at, inputOf, policyOf, quarterHourTime, rule } from './availability.testing.js';
import { instantToWallClock } from './zoned-time.js';

const MONDAY = '2026-02-02';
const starts = (slots: readonly Interval[]) => slots.map((s) => s.start.toISOString());

const mondayFrom = at(`${MONDAY}T00:00:00Z`);
const mondayTo = at(`${MONDAY}T23:59:00Z`);

describe('notice and horizon', () => {
  it('run from now plus the notice to now plus the horizon', () => {
    const now = at('2026-02-02T10:00:00Z');
    const policy = policyOf({ minNoticeHours: 5, horizonDays: 3 });
    expect(bookableFrom(now, policy)).toEqual(at('2026-02-02T15:00:00Z'));
    expect(bookableUntil(now, policy)).toEqual(at('2026-02-05T10:00:00Z'));
  });

  it('bound the slots offered: from the notice on, before the horizon', () => {
    const now = at('2026-02-01T10:00:00Z');
    const i = inputOf({ now, policy: policyOf({ minNoticeHours: 23, horizonDays: 1 }) });
    // bookableFrom = Monday 09:00, bookableUntil = Monday 10:00: a slot must start before it.
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T09:30:00.000Z`,
    ]);
    expect(slotProblem(i, at(`${MONDAY}T08:30:00Z`))).toBe('TOO_SOON');
    expect(slotProblem(i, at(`${MONDAY}T09:00:00Z`))).toBeNull();
    expect(slotProblem(i, at(`${MONDAY}T09:30:00Z`))).toBeNull();
    expect(slotProblem(i, at(`${MONDAY}T10:00:00Z`))).toBe('BEYOND_HORIZON');
  });

  it('call the present instant the past', () => {
    const now = at(`${MONDAY}T09:00:00Z`);
    expect(slotProblem(inputOf({ now }), now)).toBe('IN_PAST');
    expect(slotProblem(inputOf({ now: at(`${MONDAY}T08:59:59Z`) }), now)).toBeNull();
  });
});

describe('the slots of a window', () => {
  it('start every half hour and end by the window’s end', () => {
    expect(SLOT_STEP_MINUTES).toBe(30);
    expect(starts(openSlots(inputOf(), mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T09:30:00.000Z`,
      `${MONDAY}T10:00:00.000Z`,
    ]);
    const [first] = openSlots(inputOf(), mondayFrom, mondayTo);
    expect(first).toEqual({ start: at(`${MONDAY}T09:00:00Z`), end: at(`${MONDAY}T10:00:00Z`) });
    expect(slotProblem(inputOf(), at(`${MONDAY}T10:00:00Z`))).toBeNull();
    expect(slotProblem(inputOf(), at(`${MONDAY}T10:30:00Z`))).toBe('OUTSIDE_AVAILABILITY');
    expect(slotProblem(inputOf(), at(`${MONDAY}T08:30:00Z`))).toBe('OUTSIDE_AVAILABILITY');
    expect(slotProblem(inputOf(), at(`${MONDAY}T09:15:00Z`))).toBe('OUTSIDE_AVAILABILITY');
  });

  it('count their half hours from the window’s start, not from the hour', () => {
    const i = inputOf({ rules: [rule({ startTime: '09:10' })] });
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T09:10:00.000Z`,
      `${MONDAY}T09:40:00.000Z`,
    ]);
    expect(slotProblem(i, at(`${MONDAY}T09:40:00Z`))).toBeNull();
    expect(slotProblem(i, at(`${MONDAY}T09:20:00Z`))).toBe('OUTSIDE_AVAILABILITY');
    expect(slotProblem(i, at(`${MONDAY}T09:30:00Z`))).toBe('OUTSIDE_AVAILABILITY');
  });

  it('start within [from, to)', () => {
    const i = inputOf();
    expect(starts(openSlots(i, at(`${MONDAY}T09:30:00Z`), at(`${MONDAY}T10:00:00Z`)))).toEqual([
      `${MONDAY}T09:30:00.000Z`,
    ]);
    expect(starts(openSlots(i, at(`${MONDAY}T09:00:01Z`), at(`${MONDAY}T10:00:01Z`)))).toEqual([
      `${MONDAY}T09:30:00.000Z`,
      `${MONDAY}T10:00:00.000Z`,
    ]);
  });

  it('are offered once where two rules overlap, in order', () => {
    const i = inputOf({ rules: [rule({ startTime: '10:00', endTime: '12:00' }), rule()] });
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T09:30:00.000Z`,
      `${MONDAY}T10:00:00.000Z`,
      `${MONDAY}T10:30:00.000Z`,
      `${MONDAY}T11:00:00.000Z`,
    ]);
  });

  it('come from no rule that ends before it starts', () => {
    const i = inputOf({ rules: [rule({ startTime: '11:00', endTime: '09:00' })] });
    expect(openSlots(i, mondayFrom, mondayTo)).toEqual([]);
    expect(availabilityWindows(i, mondayFrom, mondayTo)).toEqual([]);
  });
});

describe('windows', () => {
  it('are the rule’s weekday only, within its validity, inclusive', () => {
    const tuesday = rule({ weekday: 2 });
    expect(availabilityWindows(inputOf({ rules: [tuesday] }), mondayFrom, mondayTo)).toEqual([]);
    for (const [validFrom, validUntil, open] of [
      [MONDAY, MONDAY, true],
      ['2026-02-03', null, false],
      [null, '2026-02-01', false],
      ['2026-01-26', '2026-02-09', true],
    ] as const) {
      const i = inputOf({ rules: [rule({ validFrom, validUntil })] });
      expect(openSlots(i, mondayFrom, mondayTo).length > 0, `${validFrom}–${validUntil}`).toBe(open);
    }
  });

  it('touch [from, to): one ending at from or starting at to is left out, as are exception days', () => {
    const i = inputOf();
    const window = { start: at(`${MONDAY}T09:00:00Z`), end: at(`${MONDAY}T11:00:00Z`) };
    expect(availabilityWindows(i, at(`${MONDAY}T10:59:00Z`), at(`${MONDAY}T12:00:00Z`))).toEqual([window]);
    expect(availabilityWindows(i, at(`${MONDAY}T11:00:00Z`), at(`${MONDAY}T12:00:00Z`))).toEqual([]);
    expect(availabilityWindows(i, at(`${MONDAY}T08:00:00Z`), at(`${MONDAY}T09:01:00Z`))).toEqual([window]);
    expect(availabilityWindows(i, at(`${MONDAY}T08:00:00Z`), at(`${MONDAY}T09:00:00Z`))).toEqual([]);
    for (const [startsOn, endsOn, open] of [
      ['2026-01-30', MONDAY, false],
      [MONDAY, '2026-02-04', false],
      ['2026-01-30', '2026-02-01', true],
      ['2026-02-03', '2026-02-04', true],
    ] as const) {
      const excepted = inputOf({ exceptions: [{ startsOn, endsOn }] });
      expect(availabilityWindows(excepted, mondayFrom, mondayTo).length > 0, `${startsOn}–${endsOn}`).toBe(
        open,
      );
    }
  });

  it('are found a local day beyond the range: a Monday evening in Auckland is Monday morning UTC', () => {
    // Auckland is UTC+13 in February: Tuesday 08:00 there is Monday 19:00 UTC, and Monday 20:00
    // there is Monday 07:00 UTC.
    const tuesday = rule({ weekday: 2, startTime: '08:00', endTime: '09:00', timeZone: 'Pacific/Auckland' });
    const monday = rule({ weekday: 1, startTime: '20:00', endTime: '21:00', timeZone: 'Pacific/Auckland' });
    const i = inputOf({ rules: [tuesday, monday], coachTimeZone: 'Pacific/Auckland' });
    // The range starts in the coach's Monday afternoon: Monday's 20:00 is in it, Tuesday's 08:00 too.
    expect(starts(openSlots(i, at(`${MONDAY}T02:00:00Z`), at(`${MONDAY}T23:00:00Z`)))).toEqual([
      `${MONDAY}T07:00:00.000Z`,
      `${MONDAY}T19:00:00.000Z`,
    ]);
    // New York is UTC−5: Sunday 22:00 there is Monday 03:00 UTC.
    const sunday = rule({ weekday: 7, startTime: '22:00', endTime: '23:00', timeZone: 'America/New_York' });
    const ny = inputOf({ rules: [sunday], coachTimeZone: 'America/New_York' });
    expect(starts(openSlots(ny, mondayFrom, mondayTo))).toEqual([`${MONDAY}T03:00:00.000Z`]);
  });
});

describe('windows and slots in order', () => {
  it('list windows by start whatever the order of the rules, and no empty window', () => {
    const i = inputOf({
      rules: [rule({ startTime: '10:00', endTime: '12:00' }), rule(), rule({ endTime: '09:00' })],
    });
    expect(availabilityWindows(i, mondayFrom, mondayTo).map((w) => w.start.toISOString())).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T10:00:00.000Z`,
    ]);
  });

  it('sort slots when a later window starts between two slots of an earlier one', () => {
    const i = inputOf({
      rules: [rule({ endTime: '12:00' }), rule({ startTime: '09:15', endTime: '10:45' })],
    });
    const offered = starts(openSlots(i, mondayFrom, mondayTo));
    expect(offered).toEqual([...offered].sort());
    expect(offered.slice(0, 3)).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T09:15:00.000Z`,
      `${MONDAY}T09:30:00.000Z`,
    ]);
  });

  it('take a rule in a zone ahead of the coach’s on the coach’s day after the range', () => {
    // A New York coach's Monday (UTC) ends on Monday evening there; Kiritimati (UTC+14) is already
    // at Tuesday: its Tuesday 00:00–02:00 is Monday 10:00–12:00 UTC.
    const early = rule({ weekday: 2, startTime: '00:00', endTime: '02:00', timeZone: 'Pacific/Kiritimati' });
    const i = inputOf({ rules: [early], coachTimeZone: 'America/New_York' });
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T10:00:00.000Z`,
      `${MONDAY}T10:30:00.000Z`,
      `${MONDAY}T11:00:00.000Z`,
    ]);
  });
});

describe('busy times', () => {
  const busy = { start: at(`${MONDAY}T10:00:00Z`), end: at(`${MONDAY}T10:30:00Z`) };

  it('block slots that overlap them, not slots that only touch them', () => {
    const i = inputOf({ rules: [rule({ endTime: '12:00' })], coachBusy: [busy] });
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T09:00:00.000Z`,
      `${MONDAY}T10:30:00.000Z`,
      `${MONDAY}T11:00:00.000Z`,
    ]);
    expect(slotProblem(i, at(`${MONDAY}T09:30:00Z`))).toBe('COACH_BUSY');
    expect(slotProblem(i, at(`${MONDAY}T10:00:00Z`))).toBe('COACH_BUSY');
    expect(slotProblem(i, at(`${MONDAY}T09:00:00Z`))).toBeNull();
    expect(slotProblem(i, at(`${MONDAY}T10:30:00Z`))).toBeNull();
  });

  it('keep the coach’s buffer on both sides, to the minute', () => {
    const rules = [rule({ startTime: '08:00', endTime: '13:00' })];
    const policy = policyOf({ bufferMinutes: 30 });
    const i = inputOf({ rules, coachBusy: [busy], policy });
    expect(starts(openSlots(i, mondayFrom, mondayTo))).toEqual([
      `${MONDAY}T08:00:00.000Z`,
      `${MONDAY}T08:30:00.000Z`,
      `${MONDAY}T11:00:00.000Z`,
      `${MONDAY}T11:30:00.000Z`,
      `${MONDAY}T12:00:00.000Z`,
    ]);
    expect(slotProblem(i, at(`${MONDAY}T09:00:00Z`))).toBe('COACH_BUSY');
    expect(slotProblem(i, at(`${MONDAY}T10:30:00Z`))).toBe('COACH_BUSY');
    // Off the half-hour grid: a slot 15 minutes after a busy time is inside a 30-minute buffer.
    const quarterPast = inputOf({
      rules: [rule({ startTime: '08:15', endTime: '13:15' })],
      coachBusy: [busy],
      policy,
    });
    expect(slotProblem(quarterPast, at(`${MONDAY}T10:45:00Z`))).toBe('COACH_BUSY');
    expect(slotProblem(quarterPast, at(`${MONDAY}T11:15:00Z`))).toBeNull();
    // The participant's own sessions keep no buffer.
    const own = inputOf({ rules, participantBusy: [busy], policy });
    expect(slotProblem(own, at(`${MONDAY}T09:00:00Z`))).toBeNull();
    expect(slotProblem(own, at(`${MONDAY}T10:30:00Z`))).toBeNull();
    expect(slotProblem(own, at(`${MONDAY}T09:30:00Z`))).toBe('PARTICIPANT_BUSY');
    expect(starts(openSlots(own, mondayFrom, mondayTo))).not.toContain(`${MONDAY}T10:00:00.000Z`);
  });

  it('are the coach’s before the participant’s', () => {
    const i = inputOf({ coachBusy: [busy], participantBusy: [busy] });
    expect(slotProblem(i, at(`${MONDAY}T10:00:00Z`))).toBe('COACH_BUSY');
  });
});

const zones = ['UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const ruleArb = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  startTime: quarterHourTime,
  endTime: quarterHourTime,
  timeZone: fc.constant('UTC'),
  validFrom: fc.constantFrom(null, '2026-03-20', '2026-03-29'),
  validUntil: fc.constantFrom(null, '2026-03-29', '2026-04-05'),
});
const scenario = fc
  .record({
    zone: fc.constantFrom(...zones),
    rules: fc.array(ruleArb, { minLength: 1, maxLength: 4 }),
    exceptions: fc.array(
      fc.constantFrom(
        { startsOn: '2026-03-28', endsOn: '2026-03-28' },
        { startsOn: '2026-03-30', endsOn: '2026-04-01' },
      ),
      { maxLength: 1 },
    ),
    policy: fc.record({
      sessionMinutes: fc.constantFrom(30, 45, 60, 90),
      bufferMinutes: fc.constantFrom(0, 10, 15, 30),
      minNoticeHours: fc.integer({ min: 0, max: 48 }),
      horizonDays: fc.integer({ min: 1, max: 10 }),
    }),
    // Around the spring change in Madrid and New York's, and Lord Howe's half-hour autumn one (5 April).
    nowHours: fc.integer({ min: 0, max: 24 * 10 }),
  })
  .map(({ zone, rules, nowHours, ...rest }) => ({
    ...rest,
    rules: rules.map((r) => ({ ...r, timeZone: zone })),
    coachTimeZone: zone,
    coachBusy: [] as Interval[],
    participantBusy: [] as Interval[],
    now: new Date(at('2026-03-26T00:00:00Z').getTime() + nowHours * HOUR),
  }));

const RANGE = [at('2026-03-26T00:00:00Z'), at('2026-04-08T00:00:00Z')] as const;

describe('availability invariants over random rules in zones with daylight saving', () => {
  it('offers exactly the half-hour starts slotProblem accepts, inside a rule’s window in the coach’s zone', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const slots = openSlots(input, ...RANGE);
        const offered = new Set(slots.map((s) => s.start.getTime()));
        expect(offered.size).toBe(slots.length);
        for (let k = 1; k < slots.length; k += 1) {
          expect(slots[k]!.start.getTime()).toBeGreaterThan(slots[k - 1]!.start.getTime());
        }
        for (const slot of slots) {
          expect(slot.end.getTime() - slot.start.getTime()).toBe(input.policy.sessionMinutes * MINUTE);
          expect(slotProblem(input, slot.start)).toBeNull();
          const local = instantToWallClock(slot.start, input.coachTimeZone);
          const applying = input.rules.filter(
            (r) =>
              r.weekday === local.weekday &&
              (r.validFrom === null || r.validFrom <= local.date) &&
              (r.validUntil === null || local.date <= r.validUntil),
          );
          expect(applying.length).toBeGreaterThan(0);
        }
        // Every quarter hour that slotProblem accepts is offered (checked over the two days from
        // the notice on, where slots start; the whole range takes seconds a run).
        const first = bookableFrom(input.now, input.policy).getTime() - HOUR;
        for (let t = first; t < Math.min(RANGE[1].getTime(), first + 2 * 24 * HOUR); t += 15 * MINUTE) {
          if (slotProblem(input, new Date(t)) === null) expect(offered.has(t)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('never books overlapping sessions, keeping the coach’s buffer, whatever the order of requests', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.integer({ min: 0, max: 2 * 24 * 4 }), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (base, requests, forParticipant) => {
          const coachBusy: Interval[] = [];
          const participantBusy: Interval[] = [];
          requests.forEach((quarter, k) => {
            const input = { ...base, coachBusy, participantBusy };
            // Requests crowd the two days from the notice on, where slots are open.
            const start = new Date(bookableFrom(base.now, base.policy).getTime() + quarter * 15 * MINUTE);
            if (slotProblem(input, start) !== null) return;
            const slot = { start, end: new Date(start.getTime() + base.policy.sessionMinutes * MINUTE) };
            // Another participant's booking keeps the coach busy only; this participant's, both.
            coachBusy.push(slot);
            if (forParticipant[k]) participantBusy.push(slot);
          });
          const pad = base.policy.bufferMinutes * MINUTE;
          const sorted = [...coachBusy].sort((a, b) => a.start.getTime() - b.start.getTime());
          for (let k = 1; k < sorted.length; k += 1) {
            expect(sorted[k]!.start.getTime()).toBeGreaterThanOrEqual(sorted[k - 1]!.end.getTime() + pad);
          }
          // What is still offered overlaps none of them.
          for (const slot of openSlots({ ...base, coachBusy, participantBusy }, ...RANGE)) {
            for (const busy of coachBusy) {
              expect(
                slot.start.getTime() >= busy.end.getTime() + pad ||
                  slot.end.getTime() + pad <= busy.start.getTime(),
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
