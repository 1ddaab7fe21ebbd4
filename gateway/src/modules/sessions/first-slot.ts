/**
 * The earliest open slot in a long range without listing the whole range: the booker shows a week
 * and offers "next available" after it, up to the booking horizon (weeks away), and that slot is
 * almost always within the next day or two.
 */
import { openSlots, type AvailabilityInput, type Interval } from './availability.js';

const DAY = 86_400_000;

/**
 * `openSlots(input, from, until)[0]`, found by listing ever longer pieces of the range in order.
 * Slots fall on a grid anchored at their window's start and each is judged on its own, so the slots
 * of a piece are exactly the slots of the whole range that start inside it: the first piece with a
 * slot holds the first slot of the range.
 */
export function firstOpenSlot(input: AvailabilityInput, from: Date, until: Date): Interval | undefined {
  let start = from.getTime();
  let length = DAY;
  while (start < until.getTime()) {
    const end = Math.min(start + length, until.getTime());
    const [first] = openSlots(input, new Date(start), new Date(end));
    if (first) return first;
    start = end;
    length *= 2;
  }
  return undefined;
}
