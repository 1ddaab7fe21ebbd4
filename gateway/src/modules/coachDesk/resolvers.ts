import { hasRole, mayRead, readable, requireRead } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput, forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { fromGlobalId } from '../../ids.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { recordAudit } from '../audit/sql.js';
import { lockCoach } from '../coaching/sql.js';
import type { SessionRow } from '../sessions/sql.js';
import {
  availabilityChange,
  conflictsWith,
  isWallTime,
  loadAvailability,
  MAX_DAYS_OFF,
  MAX_REASON_LENGTH,
  MAX_WEEKLY_WINDOWS,
  replaceAvailability,
  type AvailabilityConflictValue,
  type CoachAvailabilityValue,
  type DayOff,
  type WeeklyWindow,
} from './availability.js';
import {
  coachSessions,
  currentClientEnrolmentIds,
  deleteNote,
  writeNote,
  type SessionNoteValue,
} from './sql.js';

const DAY = 86_400_000;
const MAX_RANGE_DAYS = 31;
/** Characters of one note. */
export const MAX_NOTE_LENGTH = 10_000;
/** Capabilities tagged on one note. */
export const MAX_NOTE_CAPABILITIES = 5;

interface NoteOutcome {
  session: SessionRow | null;
  note: SessionNoteValue | null;
  userErrors: UserError[];
}

function refuse(
  caller: Caller,
  field: string,
  code: UserError['code'],
  key: MessageKey,
  values?: Record<string, number>,
): NoteOutcome {
  return {
    session: null,
    note: null,
    userErrors: [{ field: [field], code, message: caller.t(key, values) }],
  };
}

/** The viewer's coach row when they act as a coach (the token keeps the COACH role). */
async function viewerCoach(caller: Caller) {
  if (!hasRole(caller, 'COACH')) return null;
  return caller.loaders.coaching.byPersonId.load(caller.viewer.personId);
}

interface AvailabilityOutcome {
  saved: boolean;
  availability: CoachAvailabilityValue | null;
  conflicts: AvailabilityConflictValue[];
  userErrors: UserError[];
}

type AvailabilityInput = {
  weeklyHours: readonly WeeklyWindow[];
  exceptions: ReadonlyArray<{ startsOn: string; endsOn: string; reason?: string | null }>;
  capacity: number;
};

/** Every problem of a proposed availability, each at the input path it belongs to. */
function availabilityErrors(caller: Caller, input: AvailabilityInput): UserError[] {
  const errors: UserError[] = [];
  const add = (field: Array<string>, key: MessageKey, values?: Record<string, number>) =>
    errors.push({ field, code: 'INVALID', message: caller.t(key, values) });
  if (input.weeklyHours.length > MAX_WEEKLY_WINDOWS) {
    add(['weeklyHours'], 'coachDesk.tooManyWindows', { max: MAX_WEEKLY_WINDOWS });
  }
  input.weeklyHours.forEach((w, i) => {
    const at = ['weeklyHours', String(i)];
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7)
      add([...at, 'weekday'], 'coachDesk.badWeekday');
    if (!isWallTime(w.startTime)) add([...at, 'startTime'], 'coachDesk.badTime');
    else if (!isWallTime(w.endTime)) add([...at, 'endTime'], 'coachDesk.badTime');
    else if (w.endTime <= w.startTime) add([...at, 'endTime'], 'coachDesk.windowBackwards');
    else if (
      input.weeklyHours.some(
        (other, j) =>
          j < i && other.weekday === w.weekday && other.startTime < w.endTime && w.startTime < other.endTime,
      )
    ) {
      add([...at, 'startTime'], 'coachDesk.windowsOverlap');
    }
  });
  if (input.exceptions.length > MAX_DAYS_OFF)
    add(['exceptions'], 'coachDesk.tooManyDaysOff', { max: MAX_DAYS_OFF });
  input.exceptions.forEach((e, i) => {
    const at = ['exceptions', String(i)];
    if (e.endsOn < e.startsOn) add([...at, 'endsOn'], 'coachDesk.dayOffBackwards');
    if ((e.reason ?? '').length > MAX_REASON_LENGTH) {
      add([...at, 'reason'], 'coachDesk.reasonTooLong', { max: MAX_REASON_LENGTH });
    }
  });
  if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 200) {
    add(['capacity'], 'coachDesk.capacityRange');
  }
  return errors;
}

export const coachDeskResolvers: Resolvers = {
  Query: {
    async coachDesk(_parent, _args, context) {
      const coach = await viewerCoach(callerOf(context));
      return coach ? { coachId: coach.id, timeZone: coach.timeZone } : null;
    },
  },
  CoachDesk: {
    timeZone: (desk) => desk.timeZone,
    async coach(desk, _args, context) {
      const coach = await callerOf(context).loaders.coaching.byId.load(desk.coachId);
      if (!coach) throw forbidden('coachDesk.coachesOnly');
      return coach;
    },
    async availability(desk, _args, context) {
      const caller = callerOf(context);
      const availability = await caller.tenant((tx) =>
        loadAvailability(tx, caller.viewer.orgId, desk.coachId, new Date()),
      );
      if (!availability) throw forbidden('coachDesk.coachesOnly');
      return availability;
    },
    async sessions(desk, { from, to }, context) {
      const caller = callerOf(context);
      if (!(from < to)) throw badUserInput('coachDesk.rangeBackwards', 'to');
      if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
        throw badUserInput('coachDesk.rangeTooLong', 'to', { days: MAX_RANGE_DAYS });
      }
      const rows = await caller.tenant((tx) =>
        coachSessions(tx, caller.viewer.orgId, desk.coachId, from, to),
      );
      for (const row of rows) caller.loaders.sessions.byId.prime(row.id, row);
      // Sessions of clients the coach no longer coaches are theirs no more (the policy's `sessions` row).
      return readable(caller, 'sessions', rows, (session) => ({ kind: 'session', session }));
    },
    async clients(desk, _args, context) {
      const caller = callerOf(context);
      const ids = await caller.tenant((tx) =>
        currentClientEnrolmentIds(tx, caller.viewer.orgId, desk.coachId),
      );
      const enrolments = await caller.loaders.programs.enrolmentById.loadMany(ids);
      const found = enrolments.filter(
        (row): row is Exclude<(typeof enrolments)[number], Error | null> =>
          row !== null && !(row instanceof Error),
      );
      return readable(caller, 'roster', found, (enrolment) => ({ kind: 'enrolment', enrolment }));
    },
  },
  CoachAvailability: {
    timeZone: (a) => a.timeZone,
    weeklyHours: (a) => a.weeklyHours,
    exceptions: (a) => a.exceptions,
    capacity: (a) => a.capacity,
    activeClients: (a) => a.activeClients,
    async conflicts(a, _args, context) {
      const caller = callerOf(context);
      const conflicts = await caller.tenant((tx) =>
        conflictsWith(tx, caller.viewer.orgId, a.coachId, a.timeZone, a, new Date()),
      );
      for (const c of conflicts) caller.loaders.sessions.byId.prime(c.session.id, c.session);
      // A booking of a client the coach no longer coaches is not theirs to see or move.
      return readable(caller, 'sessions', conflicts, (c) => ({ kind: 'session', session: c.session }));
    },
  },
  AvailabilityConflict: {
    session: (c) => c.session,
    reason: (c) => c.reason,
  },
  Session: {
    async privateNote(session, _args, context) {
      const caller = callerOf(context);
      await requireRead(caller, 'sessionNotes', { kind: 'session', session }, 'privateNote');
      return caller.loaders.coachDesk.noteOfSession.load(session.id);
    },
  },
  SessionNote: {
    body: (note) => note.body,
    updatedAt: (note) => note.updatedAt,
    async capabilities(note, _args, context) {
      const rows = await callerOf(context).loaders.capabilities.byCode.loadMany(note.capabilityCodes);
      return rows.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
  },
  Mutation: {
    async setCoachAvailability(_parent, { input }, context): Promise<AvailabilityOutcome> {
      const caller = callerOf(context);
      const coach = await viewerCoach(caller);
      if (!coach) throw forbidden('coachDesk.coachesOnly');
      const weeklyHours: WeeklyWindow[] = input.weeklyHours.map((w) => ({
        weekday: w.weekday,
        startTime: w.startTime,
        endTime: w.endTime,
      }));
      const exceptions: DayOff[] = input.exceptions.map((e) => ({
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        reason: e.reason?.trim() ? e.reason.trim() : null,
      }));
      const proposal = { weeklyHours, exceptions, capacity: input.capacity };
      const userErrors = availabilityErrors(caller, proposal).map((e) => ({
        ...e,
        field: ['input', ...(e.field ?? [])],
      }));
      if (userErrors.length > 0) return { saved: false, availability: null, conflicts: [], userErrors };
      const orgId = caller.viewer.orgId;
      const now = new Date();
      return caller.tenant(async (tx) => {
        // The coach row's lock orders this change after any booking or matching that holds it.
        await lockCoach(tx, orgId, coach.id);
        const conflicts = await conflictsWith(tx, orgId, coach.id, coach.timeZone, proposal, now);
        for (const c of conflicts) caller.loaders.sessions.byId.prime(c.session.id, c.session);
        const keep = input.keepConflictingSessions === true;
        if (conflicts.length > 0 && !keep) {
          const availability = await loadAvailability(tx, orgId, coach.id, now);
          return { saved: false, availability, conflicts, userErrors: [] };
        }
        const before = await loadAvailability(tx, orgId, coach.id, now);
        await replaceAvailability(tx, orgId, coach.id, coach.timeZone, proposal, now);
        caller.loaders.coaching.rules.clear(coach.id);
        caller.loaders.coaching.byId.clear(coach.id);
        const availability = await loadAvailability(tx, orgId, coach.id, now);
        const change = availabilityChange(before, availability, conflicts);
        if (change) {
          await recordAudit(tx, orgId, {
            action: 'COACH_AVAILABILITY_CHANGED',
            actorId: caller.viewer.personId,
            programId: null,
            subjectType: 'Coach',
            subjectId: coach.id,
            ...change,
          });
        }
        return { saved: true, availability, conflicts, userErrors: [] };
      });
    },
    async writeSessionNote(_parent, { input }, context): Promise<NoteOutcome> {
      const caller = callerOf(context);
      const decoded = fromGlobalId(input.sessionId);
      if (decoded?.type !== 'Session') return refuse(caller, 'sessionId', 'INVALID', 'sessions.notSessionId');
      if (input.body.length > MAX_NOTE_LENGTH) {
        return refuse(caller, 'body', 'INVALID', 'coachDesk.noteTooLong', { max: MAX_NOTE_LENGTH });
      }
      const capabilityIds = [...new Set(input.capabilities)];
      if (capabilityIds.length > MAX_NOTE_CAPABILITIES) {
        return refuse(caller, 'capabilities', 'INVALID', 'coachDesk.tooManyCapabilities', {
          max: MAX_NOTE_CAPABILITIES,
        });
      }
      const codes: string[] = [];
      for (const capabilityId of capabilityIds) {
        const capability = fromGlobalId(capabilityId);
        const row =
          capability?.type === 'Capability'
            ? await caller.loaders.capabilities.byId.load(capability.uuid)
            : null;
        if (!row) return refuse(caller, 'capabilities', 'NOT_FOUND', 'sessions.capabilityNotFound');
        codes.push(row.code);
      }
      const session = await caller.loaders.sessions.byId.load(decoded.uuid);
      // Only the coach who holds the session writes its note; anyone else (the participant, a manager,
      // an admin, a former coach) is told what they would be told of a session that does not exist.
      if (!session || !(await mayRead(caller, 'sessionNotes', { kind: 'session', session }))) {
        return refuse(caller, 'sessionId', 'NOT_FOUND', 'booking.sessionNotYours');
      }
      if (session.status === 'CANCELLED')
        return refuse(caller, 'sessionId', 'INVALID', 'coachDesk.sessionCancelled');
      if (session.startsAt > new Date())
        return refuse(caller, 'sessionId', 'INVALID', 'coachDesk.sessionNotStarted');
      const orgId = caller.viewer.orgId;
      const note = await caller.tenant(async (tx) => {
        if (input.body.trim() === '' && codes.length === 0) {
          await deleteNote(tx, orgId, session.id);
          return null;
        }
        return writeNote(tx, {
          orgId,
          sessionId: session.id,
          coachId: session.coachId,
          body: input.body,
          capabilityCodes: codes,
        });
      });
      caller.loaders.coachDesk.noteOfSession.clear(session.id).prime(session.id, note);
      return { session, note, userErrors: [] };
    },
  },
};
