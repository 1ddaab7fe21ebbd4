/**
 * The booking decisions from plain values, without a database (booking.test.ts checks the same
 * operations end to end): each refusal at its boundary, and random sequences of bookings,
 * cancellations and closings against the quota's invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REASON,
  cancellationReason,
  cancelRefusal,
  closeRefusal,
  enrolmentRefusal,
  isLate,
  lateFrom,
  mayActOnEnrolment,
  quotaRefusal,
  rescheduleRefusal,
  sessionLanguageOf,
  slotRefusal,
} from './booking-rules.js';
import type { SessionStatus } from './sql.js';

const HOUR = 3_600_000;
const START = new Date('2026-05-04T10:00:00Z');
const PARTICIPANT = { personId: 'participant', isAdmin: false };
const ADMIN = { personId: 'admin', isAdmin: true };
const COACH = { personId: 'coach', isAdmin: false };
const session = (status: SessionStatus = 'BOOKED', startsAt = START) => ({
  participantId: 'participant',
  startsAt,
  status,
});
const before = (hours: number) => new Date(START.getTime() - hours * HOUR);

describe('who may act on an enrolment', () => {
  const enrolment = { participantId: 'participant', coachPersonId: 'coach' };

  it('is its participant, its coach or an admin, nobody else', () => {
    expect(mayActOnEnrolment(PARTICIPANT, enrolment)).toBe(true);
    expect(mayActOnEnrolment(COACH, enrolment)).toBe(true);
    expect(mayActOnEnrolment(ADMIN, enrolment)).toBe(true);
    expect(mayActOnEnrolment({ personId: 'someone', isAdmin: false }, enrolment)).toBe(false);
  });

  it('is not a coach when the enrolment has none', () => {
    expect(mayActOnEnrolment(COACH, { participantId: 'participant', coachPersonId: null })).toBe(false);
  });
});

describe('an enrolment taking a booking', () => {
  const open = { enrolmentStatus: 'ACTIVE', programStatus: 'ACTIVE', coachId: 'c', coachTimeZone: 'UTC' };

  it('is active, in a running program, with a coach in a known zone', () => {
    expect(enrolmentRefusal(open)).toBeNull();
  });

  it('names the first thing missing', () => {
    const field = ['enrolmentId'];
    expect(enrolmentRefusal({ ...open, enrolmentStatus: 'PAUSED', programStatus: 'DRAFT' })).toEqual({
      field,
      code: 'INVALID',
      key: 'booking.enrolmentNotActive',
    });
    expect(enrolmentRefusal({ ...open, programStatus: 'DRAFT', coachId: null })).toEqual({
      field,
      code: 'INVALID',
      key: 'booking.programNotRunning',
    });
    const chooseCoach = { field, code: 'INVALID', key: 'booking.chooseCoachFirst' };
    expect(enrolmentRefusal({ ...open, coachId: null })).toEqual(chooseCoach);
    expect(enrolmentRefusal({ ...open, coachTimeZone: null })).toEqual(chooseCoach);
  });
});

describe('the sessions-per-participant quota', () => {
  it('takes bookings while fewer than the quota count against it', () => {
    expect(quotaRefusal(0, 1)).toBeNull();
    expect(quotaRefusal(2, 3)).toBeNull();
    expect(quotaRefusal(3, 3)).toEqual({
      field: ['enrolmentId'],
      code: 'INVALID',
      key: 'booking.quotaUsed',
      values: { count: 3 },
    });
    expect(quotaRefusal(4, 3)).toMatchObject({ key: 'booking.quotaUsed', values: { count: 3 } });
    expect(quotaRefusal(0, 0)).toMatchObject({ key: 'booking.quotaUsed', values: { count: 0 } });
  });
});

describe('the late-cancellation policy', () => {
  it('starts the late window lateCancelHours before the session', () => {
    expect(lateFrom(session(), 24)).toEqual(before(24));
    expect(lateFrom(session(), 0)).toEqual(START);
  });

  it('makes the participant late from that instant on, and nobody else ever', () => {
    expect(isLate(PARTICIPANT, session(), 24, before(24.001))).toBe(false);
    expect(isLate(PARTICIPANT, session(), 24, before(24))).toBe(true);
    expect(isLate(PARTICIPANT, session(), 24, before(1))).toBe(true);
    for (const actor of [COACH, ADMIN, { personId: 'participant', isAdmin: true }]) {
      expect(isLate(actor, session(), 24, before(1)), JSON.stringify(actor)).toBe(false);
    }
  });

  it('lets the participant move a session until the late window, anyone else until it starts', () => {
    const later = new Date(START.getTime() + 48 * HOUR);
    expect(rescheduleRefusal(PARTICIPANT, session(), 24, later, before(24.001))).toBeNull();
    expect(rescheduleRefusal(PARTICIPANT, session(), 24, later, before(24))).toEqual({
      field: ['sessionId'],
      code: 'INVALID',
      key: 'booking.tooLateToMove',
      values: { hours: 24 },
    });
    expect(rescheduleRefusal(ADMIN, session(), 24, later, before(1))).toBeNull();
    expect(rescheduleRefusal(COACH, session(), 24, later, before(1))).toBeNull();
  });

  it('moves only a booked session, and only to another time', () => {
    const later = new Date(START.getTime() + HOUR);
    for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) {
      expect(rescheduleRefusal(ADMIN, session(status), 24, later, before(48)), status).toEqual({
        field: ['sessionId'],
        code: 'INVALID',
        key: 'booking.onlyBookedReschedule',
      });
    }
    // Not booked is said before too late.
    expect(rescheduleRefusal(PARTICIPANT, session('CANCELLED'), 24, later, before(1))).toMatchObject({
      key: 'booking.onlyBookedReschedule',
    });
    // Too late is said before the same time.
    expect(rescheduleRefusal(PARTICIPANT, session(), 24, new Date(START), before(1))).toMatchObject({
      key: 'booking.tooLateToMove',
    });
    expect(rescheduleRefusal(ADMIN, session(), 24, new Date(START), before(48))).toEqual({
      field: ['startsAt'],
      code: 'INVALID',
      key: 'booking.alreadyAtTime',
    });
  });

  it('cancels a booked session until it starts', () => {
    expect(cancelRefusal(session(), new Date(START.getTime() - 1))).toBeNull();
    const started = { field: ['sessionId'], code: 'INVALID', key: 'booking.alreadyStarted' };
    expect(cancelRefusal(session(), START)).toEqual(started);
    expect(cancelRefusal(session(), new Date(START.getTime() + HOUR))).toEqual(started);
    for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) {
      expect(cancelRefusal(session(status), before(48)), status).toEqual({
        field: ['sessionId'],
        code: 'INVALID',
        key: 'booking.onlyBookedCancel',
      });
    }
  });
});

describe('a cancellation reason', () => {
  it('is stored trimmed, and blank as none', () => {
    expect(cancellationReason('  ill  ')).toEqual({ reason: 'ill' });
    expect(cancellationReason('   ')).toEqual({ reason: null });
    expect(cancellationReason('')).toEqual({ reason: null });
    expect(cancellationReason(null)).toEqual({ reason: null });
  });

  it('holds at most MAX_REASON characters once trimmed', () => {
    expect(MAX_REASON).toBe(1000);
    expect(cancellationReason(` ${'a'.repeat(MAX_REASON)} `)).toEqual({ reason: 'a'.repeat(MAX_REASON) });
    expect(cancellationReason('a'.repeat(MAX_REASON + 1))).toEqual({
      field: ['reason'],
      code: 'INVALID',
      key: 'booking.reasonTooLong',
      values: { max: 1000 },
    });
  });
});

describe('recording a session as held or missed', () => {
  const started = new Date(START.getTime() + 1);

  it('is for the coach holding it, or an admin, once it has started', () => {
    expect(closeRefusal(COACH, true, session(), START)).toBeNull();
    expect(closeRefusal(ADMIN, false, session(), started)).toBeNull();
    expect(closeRefusal(PARTICIPANT, false, session(), started)).toEqual({
      field: ['sessionId'],
      code: 'INVALID',
      key: 'booking.onlyCoachCloses',
    });
    expect(closeRefusal(COACH, true, session(), new Date(START.getTime() - 1))).toEqual({
      field: ['sessionId'],
      code: 'INVALID',
      key: 'booking.notStarted',
    });
  });

  it('closes a booked session only, and says who may close before anything else', () => {
    for (const status of ['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const) {
      expect(closeRefusal(COACH, true, session(status), started), status).toEqual({
        field: ['sessionId'],
        code: 'INVALID',
        key: 'booking.onlyBookedClose',
      });
    }
    expect(closeRefusal(PARTICIPANT, false, session('CANCELLED'), before(1))).toMatchObject({
      key: 'booking.onlyCoachCloses',
    });
    expect(closeRefusal(COACH, true, session('CANCELLED'), before(1))).toMatchObject({
      key: 'booking.onlyBookedClose',
    });
  });
});

describe('the refusal of a start time', () => {
  it('names the problem on the startsAt field, a taken slot as a conflict', () => {
    const field = ['startsAt'];
    expect(slotRefusal('IN_PAST')).toEqual({ field, code: 'INVALID', key: 'booking.inPast' });
    expect(slotRefusal('TOO_SOON')).toEqual({ field, code: 'INVALID', key: 'booking.tooSoon' });
    expect(slotRefusal('BEYOND_HORIZON')).toEqual({ field, code: 'INVALID', key: 'booking.beyondHorizon' });
    expect(slotRefusal('OUTSIDE_AVAILABILITY')).toEqual({
      field,
      code: 'INVALID',
      key: 'booking.outsideAvailability',
    });
    expect(slotRefusal('COACH_BUSY')).toEqual({ field, code: 'CONFLICT', key: 'booking.slotTaken' });
    expect(slotRefusal('PARTICIPANT_BUSY')).toEqual({
      field,
      code: 'CONFLICT',
      key: 'booking.participantBusy',
    });
  });
});

describe('the language of a new session', () => {
  it('is the one coach and participant share, else one the program offers the coach speaks, else the coach’s first', () => {
    expect(sessionLanguageOf('de', ['fr', 'de'], ['fr'])).toBe('de');
    expect(sessionLanguageOf(null, ['fr', 'es', 'it'], ['en', 'it', 'es'])).toBe('it');
    expect(sessionLanguageOf(null, ['fr', 'es'], ['en'])).toBe('fr');
    expect(sessionLanguageOf(null, [], ['en', 'de'])).toBe('en');
    expect(sessionLanguageOf(null, [], [])).toBe('en');
    expect(sessionLanguageOf('', ['fr'], [])).toBe('fr');
  });
});

/**
 * A model of one enrolment's sessions, driven only through the rules: bookings are taken when
 * quotaRefusal allows, cancellations when cancelRefusal does, late as isLate says; sessions
 * count against the quota as sql.ts's COUNTS_AGAINST_QUOTA counts them.
 */
describe('random sequences of bookings, cancellations and closings', () => {
  type Op =
    | { kind: 'book'; hoursAhead: number }
    | { kind: 'cancel'; which: number; byParticipant: boolean; hoursBefore: number }
    | { kind: 'close'; which: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('book' as const), hoursAhead: fc.integer({ min: 1, max: 500 }) }),
    fc.record({
      kind: fc.constant('cancel' as const),
      which: fc.nat(20),
      byParticipant: fc.boolean(),
      hoursBefore: fc.integer({ min: -2, max: 72 }),
    }),
    fc.record({ kind: fc.constant('close' as const), which: fc.nat(20) }),
  );

  it('never lets more sessions count than the quota, and frees a place only for a cancellation in time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 48 }),
        fc.array(op),
        (quota, hours, ops) => {
          const sessions: { startsAt: Date; status: SessionStatus; late: boolean; participantId: string }[] =
            [];
          const counted = () => sessions.filter((s) => s.status !== 'CANCELLED' || s.late).length;
          for (const step of ops) {
            const before = counted();
            if (step.kind === 'book') {
              const refused = quotaRefusal(before, quota);
              expect(refused === null).toBe(before < quota);
              if (!refused) {
                const startsAt = new Date(START.getTime() + step.hoursAhead * HOUR);
                sessions.push({ startsAt, status: 'BOOKED', late: false, participantId: 'participant' });
              }
            } else if (sessions.length > 0) {
              const target = sessions[step.which % sessions.length]!;
              if (step.kind === 'cancel') {
                const now = new Date(target.startsAt.getTime() - step.hoursBefore * HOUR);
                const actor = step.byParticipant ? PARTICIPANT : ADMIN;
                if (cancelRefusal(target, now) === null) {
                  target.late = isLate(actor, target, hours, now);
                  target.status = 'CANCELLED';
                  // Only a cancellation in time gives a place back, and only the participant is ever late.
                  expect(counted()).toBe(target.late ? before : before - 1);
                  expect(target.late).toBe(step.byParticipant && step.hoursBefore <= hours);
                } else {
                  expect(target.status !== 'BOOKED' || step.hoursBefore <= 0).toBe(true);
                }
              } else if (closeRefusal(COACH, true, target, target.startsAt) === null) {
                target.status = 'COMPLETED';
                expect(counted()).toBe(before);
              }
            }
            expect(counted()).toBeLessThanOrEqual(Math.max(quota, 0));
          }
        },
      ),
    );
  });
});
