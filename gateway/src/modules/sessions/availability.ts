/**
 * Open slots of a coach, computed from weekly rules in the coach's zone, whole-day
 * exceptions, sessions already booked (with the program's buffer around the
 * coach's), the minimum notice and the booking horizon. Pure: the caller loads
 * the rows, so the same function answers the slot picker and validates a booking.
 */
import { addDays, instantToWallClock, isoWeekday, zonedToInstant, type LocalDate } from './zoned-time.js';

export interface AvailabilityRule {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** HH:MM[:SS] wall-clock time in `timeZone`. */
  startTime: string;
  endTime: string;
  timeZone: string;
  validFrom: LocalDate | null;
  validUntil: LocalDate | null;
}

/** Whole days, inclusive, in the coach's zone. */
export interface AvailabilityException {
  startsOn: LocalDate;
  endsOn: LocalDate;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface BookingPolicy {
  sessionMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
}

export interface AvailabilityInput {
  rules: readonly AvailabilityRule[];
  exceptions: readonly AvailabilityException[];
  /** The coach's live sessions: kept clear by `bufferMinutes` on both sides. */
  coachBusy: readonly Interval[];
  /** The participant's own live sessions: no overlap, no buffer. */
  participantBusy: readonly Interval[];
  coachTimeZone: string;
  policy: BookingPolicy;
  now: Date;
}

/** Slot starts are offered every half hour from the start of each window. */
export const SLOT_STEP_MINUTES = 30;

const MINUTE = 60_000;

export function bookableFrom(now: Date, policy: BookingPolicy): Date {
  return new Date(now.getTime() + policy.minNoticeHours * 60 * MINUTE);
}

export function bookableUntil(now: Date, policy: BookingPolicy): Date {
  return new Date(now.getTime() + policy.horizonDays * 24 * 60 * MINUTE);
}

function inException(date: LocalDate, exceptions: readonly AvailabilityException[]): boolean {
  return exceptions.some((e) => e.startsOn <= date && date <= e.endsOn);
}

function ruleApplies(rule: AvailabilityRule, date: LocalDate): boolean {
  return (
    isoWeekday(date) === rule.weekday &&
    (rule.validFrom === null || rule.validFrom <= date) &&
    (rule.validUntil === null || date <= rule.validUntil)
  );
}

/** The rule windows (as instants) touching [from, to). */
export function availabilityWindows(
  input: Pick<AvailabilityInput, 'rules' | 'exceptions' | 'coachTimeZone'>,
  from: Date,
  to: Date,
): Interval[] {
  const windows: Interval[] = [];
  // One local day of slack on each side: a window on the coach's Monday may be
  // the viewer's Sunday or Tuesday.
  const first = addDays(instantToWallClock(from, input.coachTimeZone).date, -1);
  const last = addDays(instantToWallClock(to, input.coachTimeZone).date, 1);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (inException(date, input.exceptions)) continue;
    for (const rule of input.rules) {
      if (!ruleApplies(rule, date)) continue;
      const start = zonedToInstant(date, rule.startTime, rule.timeZone);
      const end = zonedToInstant(date, rule.endTime, rule.timeZone);
      if (end > start && end > from && start < to) windows.push({ start, end });
    }
  }
  return windows.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function overlaps(a: Interval, b: Interval, padMinutes: number): boolean {
  const pad = padMinutes * MINUTE;
  return a.start.getTime() < b.end.getTime() + pad && b.start.getTime() - pad < a.end.getTime();
}

/** Open slots starting in [from, to), ascending, de-duplicated (two rules may overlap). */
export function openSlots(input: AvailabilityInput, from: Date, to: Date): Interval[] {
  const length = input.policy.sessionMinutes * MINUTE;
  const earliest = Math.max(from.getTime(), bookableFrom(input.now, input.policy).getTime());
  const latest = Math.min(to.getTime(), bookableUntil(input.now, input.policy).getTime());
  const seen = new Set<number>();
  const slots: Interval[] = [];
  for (const window of availabilityWindows(input, from, to)) {
    for (
      let t = window.start.getTime();
      t + length <= window.end.getTime();
      t += SLOT_STEP_MINUTES * MINUTE
    ) {
      if (t < earliest || t >= latest || seen.has(t)) continue;
      const slot = { start: new Date(t), end: new Date(t + length) };
      if (input.coachBusy.some((busy) => overlaps(slot, busy, input.policy.bufferMinutes))) continue;
      if (input.participantBusy.some((busy) => overlaps(slot, busy, 0))) continue;
      seen.add(t);
      slots.push(slot);
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

export type SlotProblem =
  'IN_PAST' | 'TOO_SOON' | 'BEYOND_HORIZON' | 'OUTSIDE_AVAILABILITY' | 'COACH_BUSY' | 'PARTICIPANT_BUSY';

/**
 * Why `start` cannot be booked, or null when it can. Checked in the order a
 * person would want to hear it: a time in the past is that, not "too soon".
 */
export function slotProblem(input: AvailabilityInput, start: Date): SlotProblem | null {
  const length = input.policy.sessionMinutes * MINUTE;
  const slot = { start, end: new Date(start.getTime() + length) };
  if (start.getTime() <= input.now.getTime()) return 'IN_PAST';
  if (start < bookableFrom(input.now, input.policy)) return 'TOO_SOON';
  if (start >= bookableUntil(input.now, input.policy)) return 'BEYOND_HORIZON';
  const onGrid = availabilityWindows(input, start, slot.end).some(
    (w) =>
      w.start <= start &&
      slot.end <= w.end &&
      (start.getTime() - w.start.getTime()) % (SLOT_STEP_MINUTES * MINUTE) === 0,
  );
  if (!onGrid) return 'OUTSIDE_AVAILABILITY';
  if (input.coachBusy.some((busy) => overlaps(slot, busy, input.policy.bufferMinutes))) return 'COACH_BUSY';
  if (input.participantBusy.some((busy) => overlaps(slot, busy, 0))) return 'PARTICIPANT_BUSY';
  return null;
}
