/**
 * The decisions of booking.ts, from plain values: who may act on an enrolment, the
 * sessions-per-participant quota, the late-cancellation policy, and which refusal each
 * operation answers with, in the order a person would want to hear it. booking.ts loads the
 * rows, locks them and writes; everything it decides is decided here, so that these rules can
 * be tested without a database (booking-rules.test.ts, `pnpm mutation quota-cancellation`).
 */
import type { UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues } from '../../i18n/translate.js';
import type { SlotProblem } from './availability.js';
import type { SessionStatus } from './sql.js';

const HOUR = 3_600_000;
/** Characters in a cancellation reason. */
export const MAX_REASON = 1000;

/** A refusal before it is worded in the actor's language. */
export interface Refusal {
  field: string[];
  code: UserError['code'];
  key: MessageKey;
  values?: MessageValues;
}

/** Who acts: the person, and whether they administer the program (admins act on any session). */
export interface ActingPerson {
  personId: string;
  isAdmin: boolean;
}

const problemRefusals: Record<SlotProblem, Pick<Refusal, 'code' | 'key'>> = {
  IN_PAST: { code: 'INVALID', key: 'booking.inPast' },
  TOO_SOON: { code: 'INVALID', key: 'booking.tooSoon' },
  BEYOND_HORIZON: { code: 'INVALID', key: 'booking.beyondHorizon' },
  OUTSIDE_AVAILABILITY: { code: 'INVALID', key: 'booking.outsideAvailability' },
  COACH_BUSY: { code: 'CONFLICT', key: 'booking.slotTaken' },
  PARTICIPANT_BUSY: { code: 'CONFLICT', key: 'booking.participantBusy' },
};

/** The refusal of a start time availability.ts found a problem with. */
export function slotRefusal(problem: SlotProblem): Refusal {
  return { field: ['startsAt'], ...problemRefusals[problem] };
}

/** The participant and admins act on any session of the enrolment; the coach on their own sessions. */
export function mayActOnEnrolment(
  actor: ActingPerson,
  enrolment: { participantId: string; coachPersonId: string | null },
): boolean {
  return (
    actor.isAdmin || actor.personId === enrolment.participantId || actor.personId === enrolment.coachPersonId
  );
}

/** Why an enrolment the actor may act on cannot take a booking, or null. */
export function enrolmentRefusal(enrolment: {
  enrolmentStatus: string;
  programStatus: string;
  coachId: string | null;
  coachTimeZone: string | null;
}): Refusal | null {
  if (enrolment.enrolmentStatus !== 'ACTIVE') {
    return { field: ['enrolmentId'], code: 'INVALID', key: 'booking.enrolmentNotActive' };
  }
  if (enrolment.programStatus !== 'ACTIVE') {
    return { field: ['enrolmentId'], code: 'INVALID', key: 'booking.programNotRunning' };
  }
  if (enrolment.coachId === null || enrolment.coachTimeZone === null) {
    return { field: ['enrolmentId'], code: 'INVALID', key: 'booking.chooseCoachFirst' };
  }
  return null;
}

/**
 * The quota: `used` sessions count against it (booked, held, missed, and cancelled late: sql.ts's
 * COUNTS_AGAINST_QUOTA); one more may be booked while fewer than `sessionsPerParticipant` do.
 */
export function quotaRefusal(used: number, sessionsPerParticipant: number): Refusal | null {
  if (used < sessionsPerParticipant) return null;
  return {
    field: ['enrolmentId'],
    code: 'INVALID',
    key: 'booking.quotaUsed',
    values: { count: sessionsPerParticipant },
  };
}

/** From this instant on, the participant can no longer move the session, and cancelling it costs them one. */
export function lateFrom(session: { startsAt: Date }, lateCancelHours: number): Date {
  return new Date(session.startsAt.getTime() - lateCancelHours * HOUR);
}

/** The participant acting for themselves (an admin who is also the participant acts as an admin). */
export function participantActs(actor: ActingPerson, session: { participantId: string }): boolean {
  return actor.personId === session.participantId && !actor.isAdmin;
}

/** Within the late window for this actor: only the participant's own late actions are late. */
export function isLate(
  actor: ActingPerson,
  session: { participantId: string; startsAt: Date },
  lateCancelHours: number,
  now: Date,
): boolean {
  return participantActs(actor, session) && now >= lateFrom(session, lateCancelHours);
}

/** The language a new session is held in: one coach and participant share, else one the program offers that the coach speaks, else the coach's first, else English. */
export function sessionLanguageOf(
  shared: string | null,
  coachLanguages: readonly string[],
  programLanguages: readonly string[],
): string {
  if (shared) return shared;
  const offered = programLanguages.find((tag) => coachLanguages.includes(tag));
  return offered ?? coachLanguages[0] ?? 'en';
}

/** Why the session cannot move to `startsAt`, before its availability is looked at; or null. */
export function rescheduleRefusal(
  actor: ActingPerson,
  session: { participantId: string; startsAt: Date; status: SessionStatus },
  lateCancelHours: number,
  startsAt: Date,
  now: Date,
): Refusal | null {
  if (session.status !== 'BOOKED') {
    return { field: ['sessionId'], code: 'INVALID', key: 'booking.onlyBookedReschedule' };
  }
  if (isLate(actor, session, lateCancelHours, now)) {
    return {
      field: ['sessionId'],
      code: 'INVALID',
      key: 'booking.tooLateToMove',
      values: { hours: lateCancelHours },
    };
  }
  if (startsAt.getTime() === session.startsAt.getTime()) {
    return { field: ['startsAt'], code: 'INVALID', key: 'booking.alreadyAtTime' };
  }
  return null;
}

/** A cancellation reason as stored: trimmed, null when blank; or the refusal of one too long. */
export function cancellationReason(reason: string | null): { reason: string | null } | Refusal {
  const trimmed = reason?.trim() ? reason.trim() : null;
  if (trimmed !== null && trimmed.length > MAX_REASON) {
    return { field: ['reason'], code: 'INVALID', key: 'booking.reasonTooLong', values: { max: MAX_REASON } };
  }
  return { reason: trimmed };
}

/** Why the session cannot be cancelled, or null. */
export function cancelRefusal(session: { startsAt: Date; status: SessionStatus }, now: Date): Refusal | null {
  if (session.status !== 'BOOKED') {
    return { field: ['sessionId'], code: 'INVALID', key: 'booking.onlyBookedCancel' };
  }
  if (now >= session.startsAt) {
    return { field: ['sessionId'], code: 'INVALID', key: 'booking.alreadyStarted' };
  }
  return null;
}

/** Why the session cannot be recorded as held or missed by this actor (its coach, or an admin), or null. */
export function closeRefusal(
  actor: ActingPerson,
  coachHoldsSession: boolean,
  session: { startsAt: Date; status: SessionStatus },
  now: Date,
): Refusal | null {
  if (!coachHoldsSession && !actor.isAdmin) {
    return { field: ['sessionId'], code: 'INVALID', key: 'booking.onlyCoachCloses' };
  }
  if (session.status !== 'BOOKED') {
    return { field: ['sessionId'], code: 'INVALID', key: 'booking.onlyBookedClose' };
  }
  if (now < session.startsAt) return { field: ['sessionId'], code: 'INVALID', key: 'booking.notStarted' };
  return null;
}
