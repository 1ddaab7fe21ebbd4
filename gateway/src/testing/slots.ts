/** Asking for an enrolment's open slots, as a participant's booking widget does before a booking. */

/** The starts of an enrolment's open slots between `$from` and `$to`. */
export const SLOT_STARTS_QUERY = `query($id: ID!, $from: DateTime!, $to: DateTime!) {
  node(id: $id) { ... on Enrolment { availableSlots(from: $from, to: $to) { slots { startsAt } } } } }`;

export interface SlotStarts {
  node: { availableSlots: { slots: Array<{ startsAt: string }> } };
}

const DAY_MS = 86_400_000;

/**
 * `SLOT_STARTS_QUERY`'s variables for the enrolment with global id `id`, from `fromDays` to `toDays`
 * days after now: far enough ahead that the booking rules' notice never refuses the first slot.
 */
export function slotsInDays(
  id: string,
  fromDays: number,
  toDays: number,
): { id: string; from: string; to: string } {
  return {
    id,
    from: new Date(Date.now() + fromDays * DAY_MS).toISOString(),
    to: new Date(Date.now() + toDays * DAY_MS).toISOString(),
  };
}
