import { managesProgram, mayRead, requireRead, type Category } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput, forbidden, notFound } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { fromGlobalId, toGlobalId } from '../../ids.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { required } from '../core/resolving.js';
import type { EnrolmentRow } from '../programs/sql.js';
import { viewerPerson } from '../viewer/resolvers.js';
import { bookableFrom, bookableUntil, openSlots } from './availability.js';
import {
  availabilityBetween,
  bookSession,
  cancelSession,
  closeSession,
  lateFrom,
  rescheduleSession,
  type Actor,
  type SessionOutcome,
} from './booking.js';
import { sessionCalendar } from './calendar.js';
import { submitFeedback } from './feedback.js';
import { firstOpenSlot } from './first-slot.js';
import { personContacts, type BookingContext, type SessionRow } from './sql.js';

const MAX_SLOT_RANGE_DAYS = 31;

/**
 * Who changes one enrolment's sessions. Admin rights count only where the caller manages the
 * enrolment's program (an org admin, or a program admin assigned to it); elsewhere a program admin
 * acts as anyone else would, and a session they may not touch answers NOT_FOUND.
 */
async function actorFor(caller: Caller, enrolmentId: string | null): Promise<Actor> {
  const context = enrolmentId ? await caller.loaders.sessions.bookingContext.load(enrolmentId) : null;
  return {
    orgId: caller.viewer.orgId,
    personId: caller.viewer.personId,
    isAdmin: context ? await managesProgram(caller, context.programId) : false,
    t: caller.t,
  };
}

/** The actor for a change to one session: judged on the session's enrolment. */
async function actorForSession(caller: Caller, sessionId: string): Promise<Actor> {
  const session = await caller.loaders.sessions.byId.load(sessionId);
  return actorFor(caller, session?.enrolmentId ?? null);
}

async function contextOf(caller: Caller, enrolmentId: string): Promise<BookingContext> {
  const context = await caller.loaders.sessions.bookingContext.load(enrolmentId);
  if (!context) throw notFound('sessions.enrolmentNotFound');
  return context;
}

/** An enrolment field the policy's `category` row decides. */
function requireEnrolmentField(
  caller: Caller,
  enrolment: EnrolmentRow,
  category: Category,
  field: string,
): Promise<void> {
  return requireRead(caller, category, { kind: 'enrolment', enrolment }, field);
}

/** A session field the policy's `category` row decides, asked of that session whichever path reached it. */
function requireSessionField(
  caller: Caller,
  row: SessionRow,
  category: Category,
  field: string,
): Promise<void> {
  return requireRead(caller, category, { kind: 'session', session: row }, field);
}

function sessionIdOf(id: string): string | null {
  const decoded = fromGlobalId(id);
  return decoded?.type === 'Session' ? decoded.uuid : null;
}

function notASession(caller: Caller): SessionOutcome {
  return {
    session: null,
    userErrors: [{ field: ['sessionId'], code: 'INVALID', message: caller.t('sessions.notSessionId') }],
  };
}

/** Records how a session that has started went: held, or missed by the participant. */
async function closeAs(
  caller: Caller,
  sessionId: string,
  status: 'COMPLETED' | 'NO_SHOW',
): Promise<SessionOutcome> {
  const id = sessionIdOf(sessionId);
  if (!id) return notASession(caller);
  return closeSession(
    caller.tenant,
    await actorForSession(caller, id),
    { sessionId: id, status },
    new Date(),
  );
}

function forgetEnrolment(caller: Caller, enrolmentId: string): void {
  caller.loaders.sessions.quotaUsed.clear(enrolmentId);
  caller.loaders.sessions.ofEnrolment.clearAll();
}

const soonestFirst = (row: SessionRow) => ({ sort: row.startsAt.toISOString(), id: row.id });

export const sessionResolvers: Resolvers = {
  Session: {
    id: (row) => toGlobalId('Session', row.id),
    coach: (row, _args, context) =>
      required(callerOf(context).loaders.coaching.byId.load(row.coachId), 'sessions.coachMissing'),
    participant: (row, _args, context) =>
      required(callerOf(context).loaders.people.byId.load(row.participantId), 'sessions.participantMissing'),
    enrolment: (row, _args, context) =>
      required(
        callerOf(context).loaders.programs.enrolmentById.load(row.enrolmentId),
        'sessions.enrolmentMissing',
      ),
    async cancellationPolicy(row, _args, context) {
      const caller = callerOf(context);
      const { policy, programId } = await contextOf(caller, row.enrolmentId);
      const from = lateFrom(row, policy.lateCancelHours);
      const now = new Date();
      const participantActs =
        caller.viewer.personId === row.participantId && !(await managesProgram(caller, programId));
      return {
        lateCancelHours: policy.lateCancelHours,
        lateFrom: from,
        lateNow: participantActs && now >= from,
        canReschedule: row.status === 'BOOKED' && now < row.startsAt && (!participantActs || now < from),
      };
    },
    async joinUrl(row, _args, context) {
      await requireSessionField(callerOf(context), row, 'sessions', 'joinUrl');
      return row.joinUrl;
    },
    async calendar(row, _args, context) {
      const caller = callerOf(context);
      await requireSessionField(caller, row, 'sessions', 'calendar');
      const [coach, enrolment] = await Promise.all([
        caller.loaders.coaching.byId.load(row.coachId),
        caller.loaders.programs.enrolmentById.load(row.enrolmentId),
      ]);
      const program = enrolment ? await caller.loaders.programs.byId.load(enrolment.programId) : null;
      const contacts = await caller.tenant((tx) =>
        personContacts(tx, caller.viewer.orgId, [row.participantId]),
      );
      const participant = contacts.get(row.participantId);
      if (!coach || !participant) throw notFound('sessions.coachOrParticipantMissing');
      return sessionCalendar(
        row,
        { coach: { name: coach.name, email: coach.email }, participant, programName: program?.name ?? null },
        caller.t,
      );
    },
    async feedback(row, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'sessionFeedback', { kind: 'session', session: row }))) {
        throw forbidden('sessions.feedbackForbidden');
      }
      return caller.loaders.sessions.feedback.load(row.id);
    },
  },
  SessionFeedback: {
    async capabilities(feedback, _args, context) {
      const found = await callerOf(context).loaders.capabilities.byCode.loadMany(feedback.capabilities);
      return found.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
  },
  SessionConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Enrolment: {
    async bookingPolicy(enrolment, _args, context) {
      const caller = callerOf(context);
      await requireEnrolmentField(caller, enrolment, 'booking', 'bookingPolicy');
      const { policy } = await contextOf(caller, enrolment.id);
      const now = new Date();
      return {
        ...policy,
        bookableFrom: bookableFrom(now, policy),
        bookableUntil: bookableUntil(now, policy),
      };
    },
    async quota(enrolment, _args, context) {
      const caller = callerOf(context);
      await requireEnrolmentField(caller, enrolment, 'roster', 'quota');
      const { sessionsPerParticipant } = await contextOf(caller, enrolment.id);
      const used = await caller.loaders.sessions.quotaUsed.load(enrolment.id);
      return { allowed: sessionsPerParticipant, used, remaining: Math.max(0, sessionsPerParticipant - used) };
    },
    async availableSlots(enrolment, args, context) {
      const caller = callerOf(context);
      await requireEnrolmentField(caller, enrolment, 'booking', 'availableSlots');
      const { from, to } = args;
      if (to <= from) throw badUserInput('sessions.slotRangeOrder', 'to');
      if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * 86_400_000) {
        throw badUserInput('sessions.slotRangeTooLong', 'to', { days: MAX_SLOT_RANGE_DAYS });
      }
      const timeZone = args.timeZone ?? (await viewerPerson(caller)).timeZone;
      const booking = await contextOf(caller, enrolment.id);
      const { coachId, coachTimeZone } = booking;
      if (coachId === null || coachTimeZone === null) {
        return { timeZone, from, to, slots: [], nextSlot: null };
      }
      const now = new Date();
      // One read up to the horizon answers both the range and the next slot after it.
      const horizon = bookableUntil(now, booking.policy);
      const input = await caller.tenant((tx) =>
        availabilityBetween(
          tx,
          caller.viewer.orgId,
          { ...booking, coachId, coachTimeZone },
          from,
          horizon > to ? horizon : to,
          null,
          now,
        ),
      );
      const asSlot = (slot: { start: Date; end: Date }) => ({ startsAt: slot.start, endsAt: slot.end });
      const slots = openSlots(input, from, to).map(asSlot);
      const next = horizon > to ? firstOpenSlot(input, to, horizon) : undefined;
      return { timeZone, from, to, slots, nextSlot: next ? asSlot(next) : null };
    },
    async sessions(enrolment, args, context) {
      const caller = callerOf(context);
      await requireEnrolmentField(caller, enrolment, 'sessions', 'sessions');
      const page = pageRequest(args);
      const filter = { statuses: args.status ?? null, endingAfter: args.upcoming ? new Date() : null };
      const rows = await caller.loaders.sessions.ofEnrolment.load({ id: enrolment.id, args: filter });
      // A coach sees the sessions they hold; those another coach held stay with that coach.
      const verdicts = await Promise.all(
        rows.map((row) => mayRead(caller, 'sessions', { kind: 'session', session: row })),
      );
      const all = rows.filter((_row, index) => verdicts[index]);
      const after = page.after;
      const rest = after
        ? all.filter(
            (row) => [row.startsAt.toISOString(), row.id].join('|') > [after.sort, after.id].join('|'),
          )
        : all;
      return toConnection(rest.slice(0, page.limit + 1), page, soonestFirst, () =>
        Promise.resolve(all.length),
      );
    },
  },
  Mutation: {
    async bookSession(_parent, { input }, context) {
      const caller = callerOf(context);
      const decoded = fromGlobalId(input.enrolmentId);
      if (decoded?.type !== 'Enrolment') {
        const userErrors: UserError[] = [
          { field: ['enrolmentId'], code: 'INVALID', message: caller.t('programs.notEnrolmentId') },
        ];
        return { session: null, userErrors };
      }
      const outcome = await bookSession(
        caller.tenant,
        await actorFor(caller, decoded.uuid),
        { enrolmentId: decoded.uuid, startsAt: input.startsAt },
        new Date(),
      );
      forgetEnrolment(caller, decoded.uuid);
      return outcome;
    },
    async rescheduleSession(_parent, { input }, context) {
      const caller = callerOf(context);
      const id = sessionIdOf(input.sessionId);
      if (!id) return notASession(caller);
      const outcome = await rescheduleSession(
        caller.tenant,
        await actorForSession(caller, id),
        { sessionId: id, startsAt: input.startsAt },
        new Date(),
      );
      if (outcome.session) forgetEnrolment(caller, outcome.session.enrolmentId);
      return outcome;
    },
    async cancelSession(_parent, { input }, context) {
      const caller = callerOf(context);
      const id = sessionIdOf(input.sessionId);
      if (!id) return notASession(caller);
      const outcome = await cancelSession(
        caller.tenant,
        await actorForSession(caller, id),
        { sessionId: id, reason: input.reason ?? null },
        new Date(),
      );
      if (outcome.session) forgetEnrolment(caller, outcome.session.enrolmentId);
      return outcome;
    },
    completeSession: (_parent, { input }, context) =>
      closeAs(callerOf(context), input.sessionId, 'COMPLETED'),
    markSessionNoShow: (_parent, { input }, context) =>
      closeAs(callerOf(context), input.sessionId, 'NO_SHOW'),
    async submitSessionFeedback(_parent, { input }, context) {
      const caller = callerOf(context);
      const id = sessionIdOf(input.sessionId);
      if (!id) return { feedback: null, session: null, userErrors: notASession(caller).userErrors };
      const capabilityIds = input.capabilities ?? [];
      const codes: string[] = [];
      for (const capabilityId of capabilityIds) {
        const decoded = fromGlobalId(capabilityId);
        const row =
          decoded?.type === 'Capability' ? await caller.loaders.capabilities.byId.load(decoded.uuid) : null;
        if (!row) {
          return {
            feedback: null,
            session: null,
            userErrors: [
              {
                field: ['capabilities'],
                code: 'NOT_FOUND',
                message: caller.t('sessions.capabilityNotFound'),
              },
            ],
          };
        }
        codes.push(row.code);
      }
      const outcome = await submitFeedback(caller.tenant, await actorForSession(caller, id), {
        sessionId: id,
        rating: input.rating,
        capabilityCodes: codes,
        comment: input.comment ?? null,
      });
      if (outcome.session) {
        caller.loaders.sessions.feedback.clear(id);
        caller.loaders.coaching.byId.clear(outcome.session.coachId);
      }
      return outcome;
    },
  },
};
