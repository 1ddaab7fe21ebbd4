/**
 * Booking, rescheduling, cancelling, completing and no-shows. Each operation
 * runs in one tenant transaction, validates everything before its single
 * write, and reports what the user can fix as userErrors. The double-booking
 * invariant is the database's: when two transactions take one slot at once,
 * the exclusion constraint refuses the second insert, which surfaces here as a
 * CONFLICT userError, and the failed transaction leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { holdsSession as coachHoldsSession } from '../../auth/policy.js';
import type { Queryable } from '../../db/types.js';
import type { Tenant } from '../core/loaders.js';
import { isStorageError } from '../../db/errors.js';
import type { UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageValues, Translate } from '../../i18n/translate.js';
import {
  noticeSessionCancelled,
  noticeSessionClosed,
  noticeSessionScheduled,
} from '../../notifications/reminders.js';
import { sharedLanguage } from '../coaching/score.js';
import { recordAudit } from '../audit/sql.js';
import { announceSessionBooked, announceSessionCancelled, announceSessionHeld } from '../webhooks/events.js';
import { rulesOfCoaches } from '../coaching/index.js';
import { slotProblem, type AvailabilityInput } from './availability.js';
import {
  cancellationReason,
  cancelRefusal,
  closeRefusal,
  enrolmentRefusal,
  isLate,
  mayActOnEnrolment,
  participantActs,
  quotaRefusal,
  rescheduleRefusal,
  sessionLanguageOf,
  slotRefusal,
  type Refusal,
} from './booking-rules.js';
import {
  bookingContexts,
  busyIntervals,
  cancelSessionRow,
  exceptionsOfCoach,
  insertSession,
  lockSession,
  moveSession,
  quotaUsed,
  sessionsByIds,
  setSessionStatus,
  type BookingContext,
  type SessionRow,
} from './sql.js';
import { addDays, instantToWallClock } from './zoned-time.js';

export type SessionOutcome =
  { session: SessionRow; userErrors: [] } | { session: null; userErrors: UserError[] };

export interface Actor {
  orgId: string;
  personId: string;
  isAdmin: boolean;
  /** Words refusals in the actor's language (the request's locale). */
  t: Translate;
}

export { lateFrom } from './booking-rules.js';

const HOUR = 3_600_000;

export class UserErrorAbort extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join(' '));
  }
}

const refuse = (
  actor: Actor,
  field: string[] | null,
  code: UserError['code'],
  key: MessageKey,
  values?: MessageValues,
): SessionOutcome => ({
  session: null,
  userErrors: [{ field, code, message: actor.t(key, values) }],
});

/** A refusal decided by booking-rules.ts, worded in the actor's language. */
const refuseWith = (actor: Actor, refusal: Refusal): SessionOutcome =>
  refuse(actor, refusal.field, refusal.code, refusal.key, refusal.values);

/**
 * Runs a write in a tenant transaction; a storage CONFLICT (the exclusion
 * constraint) rolls the transaction back and becomes the "slot taken" userError.
 */
export async function inBookingTransaction(
  tenant: Tenant,
  actor: Actor,
  work: (tx: Queryable) => Promise<SessionOutcome>,
): Promise<SessionOutcome> {
  try {
    return await tenant(async (tx) => {
      const outcome = await work(tx);
      // Refusals found after a write must undo it: throwing rolls back.
      if (outcome.session === null) throw new UserErrorAbort(outcome.userErrors);
      return outcome;
    });
  } catch (error) {
    if (error instanceof UserErrorAbort) return { session: null, userErrors: error.userErrors };
    if (isStorageError(error) && error.code === 'CONFLICT') {
      return refuse(actor, ['startsAt'], 'CONFLICT', 'booking.slotTaken');
    }
    throw error;
  }
}

type MatchedContext = BookingContext & { coachId: string; coachTimeZone: string };

function matched(context: BookingContext): context is MatchedContext {
  return context.coachId !== null && context.coachTimeZone !== null;
}

/** What availability needs around one instant (two days each side covers any zone offset). */
export async function availabilityAround(
  tx: Queryable,
  orgId: string,
  context: MatchedContext,
  around: Date,
  exceptSessionId: string | null,
  now: Date,
): Promise<AvailabilityInput> {
  return availabilityBetween(
    tx,
    orgId,
    context,
    new Date(around.getTime() - 2 * 24 * HOUR),
    new Date(around.getTime() + 2 * 24 * HOUR),
    exceptSessionId,
    now,
  );
}

export async function availabilityBetween(
  tx: Queryable,
  orgId: string,
  context: MatchedContext,
  from: Date,
  to: Date,
  exceptSessionId: string | null,
  now: Date,
): Promise<AvailabilityInput> {
  const zone = context.coachTimeZone;
  const rules = await rulesOfCoaches(tx, orgId, [context.coachId]);
  const pad = 24 * HOUR;
  // Bookings a day either side of the window can still overlap a slot in it.
  const busyFrom = new Date(from.getTime() - pad);
  const busyTo = new Date(to.getTime() + pad);
  const busy = (column: 'coach_id' | 'participant_id', ownerId: string) =>
    busyIntervals(tx, orgId, column, ownerId, busyFrom, busyTo, exceptSessionId);
  return {
    rules: rules.get(context.coachId) ?? [],
    exceptions: await exceptionsOfCoach(
      tx,
      orgId,
      context.coachId,
      addDays(instantToWallClock(from, zone).date, -1),
      addDays(instantToWallClock(to, zone).date, 1),
    ),
    coachBusy: await busy('coach_id', context.coachId),
    participantBusy: await busy('participant_id', context.participantId),
    coachTimeZone: zone,
    policy: context.policy,
    now,
  };
}

function sessionLanguage(context: MatchedContext): string {
  return sessionLanguageOf(
    sharedLanguage({ languages: context.coachLanguages }, { locale: context.participantLocale }),
    context.coachLanguages,
    context.programLanguages,
  );
}

function joinUrl(): string {
  return `https://meet.coachwork.app/s/${randomBytes(9).toString('base64url')}`;
}

/** The enrolment's rules, locked; or the userError explaining why it cannot be booked. */
async function openEnrolment(
  tx: Queryable,
  actor: Actor,
  enrolmentId: string,
): Promise<MatchedContext | SessionOutcome> {
  const [context] = await bookingContexts(tx, actor.orgId, [enrolmentId], true);
  if (!context || !mayActOnEnrolment(actor, context)) {
    return refuse(actor, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotYours');
  }
  const refusal = enrolmentRefusal(context);
  if (refusal) return refuseWith(actor, refusal);
  // enrolmentRefusal has refused an enrolment without a coach or a coach's zone.
  if (!matched(context)) return refuse(actor, ['enrolmentId'], 'INVALID', 'booking.chooseCoachFirst');
  return context;
}

/** Opening an enrolment or a session either yields what to work on or the refusal to answer with. */
function isOutcome<Opened extends object>(value: Opened | SessionOutcome): value is SessionOutcome {
  return 'userErrors' in value;
}

/**
 * A booking transaction on what `open` yields for `id` (an enrolment's rules, a session with its
 * rules): `work` runs on it, or the refusal to open it is the answer.
 */
function inOpened<Opened extends object>(
  tenant: Tenant,
  actor: Actor,
  open: (tx: Queryable, actor: Actor, id: string) => Promise<Opened | SessionOutcome>,
  id: string,
  work: (tx: Queryable, opened: Opened) => Promise<SessionOutcome>,
): Promise<SessionOutcome> {
  return inBookingTransaction(tenant, actor, async (tx) => {
    const opened = await open(tx, actor, id);
    return isOutcome(opened) ? opened : work(tx, opened);
  });
}

export async function bookSession(
  tenant: Tenant,
  actor: Actor,
  input: { enrolmentId: string; startsAt: Date },
  now: Date,
): Promise<SessionOutcome> {
  return inOpened(tenant, actor, openEnrolment, input.enrolmentId, async (tx, context) => {
    const used = (await quotaUsed(tx, actor.orgId, [context.enrolmentId])).get(context.enrolmentId) ?? 0;
    const overQuota = quotaRefusal(used, context.sessionsPerParticipant);
    if (overQuota) return refuseWith(actor, overQuota);
    const availability = await availabilityAround(tx, actor.orgId, context, input.startsAt, null, now);
    const problem = slotProblem(availability, input.startsAt);
    if (problem) return refuseWith(actor, slotRefusal(problem));
    const session = await insertSession(tx, {
      orgId: actor.orgId,
      coachId: context.coachId,
      participantId: context.participantId,
      enrolmentId: context.enrolmentId,
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + context.policy.sessionMinutes * 60_000),
      language: sessionLanguage(context),
      joinUrl: joinUrl(),
    });
    await noticeSessionScheduled(tx, session, now);
    await announceSessionBooked(tx, session, false);
    return { session, userErrors: [] };
  });
}

/** The session (locked) with its enrolment's rules (locked first, the order booking uses). */
async function openSession(
  tx: Queryable,
  actor: Actor,
  sessionId: string,
): Promise<{ session: SessionRow; context: BookingContext } | SessionOutcome> {
  const [peek] = await sessionsByIds(tx, actor.orgId, [sessionId]);
  const notFound = refuse(actor, ['sessionId'], 'NOT_FOUND', 'booking.sessionNotYours');
  if (!peek) return notFound;
  const [context] = await bookingContexts(tx, actor.orgId, [peek.enrolmentId], true);
  const session = await lockSession(tx, actor.orgId, sessionId);
  if (!context || !session) return notFound;
  const mine =
    actor.isAdmin || actor.personId === session.participantId || holdsSession(actor, session, context);
  return mine ? { session, context } : notFound;
}

/** The coach acting holds the session (auth/policy.ts decides what that means). */
function holdsSession(actor: Actor, session: SessionRow, context: BookingContext): boolean {
  const sessionCoachPersonId = session.coachId === context.coachId ? context.coachPersonId : null;
  return coachHoldsSession(actor.personId, sessionCoachPersonId, {
    coachPersonId: context.coachPersonId,
    status: context.enrolmentStatus,
  });
}

export async function rescheduleSession(
  tenant: Tenant,
  actor: Actor,
  input: { sessionId: string; startsAt: Date },
  now: Date,
): Promise<SessionOutcome> {
  return inOpened(tenant, actor, openSession, input.sessionId, async (tx, { session, context }) => {
    const refusal = rescheduleRefusal(actor, session, context.policy.lateCancelHours, input.startsAt, now);
    if (refusal) return refuseWith(actor, refusal);
    // The session keeps its coach even if the enrolment's coach changed since.
    const matchedContext: MatchedContext = {
      ...context,
      coachId: session.coachId,
      coachTimeZone: context.coachTimeZone ?? 'UTC',
    };
    const availability = await availabilityAround(
      tx,
      actor.orgId,
      matchedContext,
      input.startsAt,
      session.id,
      now,
    );
    const problem = slotProblem(availability, input.startsAt);
    if (problem) return refuseWith(actor, slotRefusal(problem));
    const moved = await moveSession(
      tx,
      actor.orgId,
      session.id,
      input.startsAt,
      new Date(input.startsAt.getTime() + (session.endsAt.getTime() - session.startsAt.getTime())),
    );
    // A coach (on their desk) or an admin moving someone's session is audited with the times it
    // had and has; a participant moving their own booking is not an admin action.
    if (!participantActs(actor, session)) {
      await recordAudit(tx, actor.orgId, {
        action: 'SESSION_RESCHEDULED',
        actorId: actor.personId,
        programId: context.programId,
        subjectType: 'Session',
        subjectId: session.id,
        before: { startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString() },
        after: { startsAt: moved.startsAt.toISOString(), endsAt: moved.endsAt.toISOString() },
      });
    }
    await noticeSessionScheduled(tx, moved, now);
    await announceSessionBooked(tx, moved, true);
    return { session: moved, userErrors: [] };
  });
}

export async function cancelSession(
  tenant: Tenant,
  actor: Actor,
  input: { sessionId: string; reason: string | null },
  now: Date,
): Promise<SessionOutcome> {
  const stored = cancellationReason(input.reason);
  if ('key' in stored) return refuseWith(actor, stored);
  const { reason } = stored;
  return inOpened(tenant, actor, openSession, input.sessionId, async (tx, { session, context }) => {
    const refusal = cancelRefusal(session, now);
    if (refusal) return refuseWith(actor, refusal);
    // Only the participant's own late cancellation costs them a session.
    const late = isLate(actor, session, context.policy.lateCancelHours, now);
    const cancelled = await cancelSessionRow(tx, actor.orgId, session.id, reason, late);
    await noticeSessionCancelled(tx, cancelled);
    await announceSessionCancelled(tx, cancelled);
    return { session: cancelled, userErrors: [] };
  });
}

/** Held or missed: the coach of the session (or an admin) records it once it has started. */
export async function closeSession(
  tenant: Tenant,
  actor: Actor,
  input: { sessionId: string; status: 'COMPLETED' | 'NO_SHOW' },
  now: Date,
): Promise<SessionOutcome> {
  return inOpened(tenant, actor, openSession, input.sessionId, async (tx, { session, context }) => {
    const refusal = closeRefusal(actor, holdsSession(actor, session, context), session, now);
    if (refusal) return refuseWith(actor, refusal);
    const closed = await setSessionStatus(tx, actor.orgId, session.id, input.status);
    await noticeSessionClosed(tx, closed, now);
    if (closed.status === 'COMPLETED') await announceSessionHeld(tx, closed);
    return { session: closed, userErrors: [] };
  });
}
