import { isAdmin, mayRead, requireAdmin, requireRead } from '../../auth/policy.js';
import { sessionOf, type Session } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { fromGlobalId, toGlobalId } from '../../ids.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { localised, type CapabilityRow } from '../capabilities/sql.js';
import { pageRequest, toConnection } from '../core/connection.js';
import type { EnrolmentRow } from '../programs/sql.js';
import { bulkMatch, chooseCoach, suggestCoaches, type MatchSubject } from './matching.js';
import { ratingAverage, type MatchReasonValue } from './score.js';
import { countCoaches, listCoaches, type CoachRow } from './sql.js';

const byName = (coach: CoachRow) => ({ sort: coach.name, id: coach.id });

/** Capacity, load and quality: the policy's `coachOperations` row. */
function requireCoachPrivate(session: Session, coach: CoachRow, field: string): Promise<void> {
  return requireRead(session, 'coachOperations', { kind: 'coach', coach }, field);
}

async function matchSubject(session: Session, enrolment: EnrolmentRow): Promise<MatchSubject> {
  const [person, program] = await Promise.all([
    session.loaders.people.byId.load(enrolment.personId),
    session.loaders.programs.byId.load(enrolment.programId),
  ]);
  if (!person || !program) throw notFound('coaching.enrolmentSubjectMissing');
  return {
    personId: person.id,
    locale: person.locale,
    timeZone: person.timeZone,
    focusCapabilities: program.focusCapabilityCodes,
    programLanguages: program.languages,
  };
}

/** A language's name in the viewer's language ("Spanish", "Spanisch", "スペイン語"). */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

async function reasonMessage(reason: MatchReasonValue, session: Session): Promise<string> {
  const { t, locale } = session;
  switch (reason.code) {
    case 'LANGUAGE':
      return t('coaching.reasonLanguage', { language: languageName(reason.language, locale) });
    case 'HOURS_OVERLAP':
      return t('coaching.reasonHoursOverlap', { hours: reason.hours });
    case 'SPECIALTY':
    case 'GOAL_FIT': {
      const row = await session.loaders.capabilities.byCode.load(reason.capability);
      const capability = (row && localised(row.names, locale)) ?? reason.capability;
      return t(reason.code === 'SPECIALTY' ? 'coaching.reasonSpecialty' : 'coaching.reasonGoalFit', {
        capability,
      });
    }
    case 'RATING':
      return t('coaching.reasonRating', { average: reason.average, count: reason.count });
  }
}

function userError(session: Session, field: string[], code: UserError['code'], key: MessageKey): UserError {
  return { field, code, message: session.t(key) };
}

function idOf(id: string, type: 'Enrolment' | 'Coach' | 'Program'): string | null {
  const decoded = fromGlobalId(id);
  return decoded && decoded.type === type ? decoded.uuid : null;
}

export const coachingResolvers: Resolvers = {
  Query: {
    async coaches(_parent, args, context) {
      const session = sessionOf(context);
      const page = pageRequest(args);
      const { orgId } = session.viewer;
      const rows = await session.tenant((tx) => listCoaches(tx, orgId, page));
      return toConnection(rows, page, byName, () => session.tenant((tx) => countCoaches(tx, orgId)));
    },
  },
  Coach: {
    id: (coach) => toGlobalId('Coach', coach.id),
    async person(coach, _args, context) {
      const person = await sessionOf(context).loaders.people.byId.load(coach.personId);
      if (!person) throw notFound('coaching.coachPersonMissing');
      return person;
    },
    async specialties(coach, _args, context) {
      const found = await sessionOf(context).loaders.capabilities.byCode.loadMany(coach.specialties);
      return found.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
    rating: (coach) => ({
      average: ratingAverage(coach.ratingCount, coach.ratingSum),
      count: coach.ratingCount,
    }),
    async capacity(coach, _args, context) {
      await requireCoachPrivate(sessionOf(context), coach, 'capacity');
      return coach.capacity;
    },
    async activeClients(coach, _args, context) {
      await requireCoachPrivate(sessionOf(context), coach, 'activeClients');
      return coach.activeClients;
    },
    async qualityStatus(coach, _args, context) {
      await requireCoachPrivate(sessionOf(context), coach, 'qualityStatus');
      return coach.qualityStatus;
    },
  },
  MatchReason: {
    message: (reason, _args, context) => reasonMessage(reason, sessionOf(context)),
    language: (reason) => (reason.code === 'LANGUAGE' ? reason.language : null),
    hours: (reason) => (reason.code === 'HOURS_OVERLAP' ? reason.hours : null),
    capability: (reason, _args, context) =>
      reason.code === 'SPECIALTY' || reason.code === 'GOAL_FIT'
        ? sessionOf(context).loaders.capabilities.byCode.load(reason.capability)
        : null,
    ratingAverage: (reason) => (reason.code === 'RATING' ? reason.average : null),
    ratingCount: (reason) => (reason.code === 'RATING' ? reason.count : null),
    points: (reason) => Math.round(reason.points * 10) / 10,
  },
  CoachSuggestion: {
    score: (suggestion) => Math.round(suggestion.score * 10) / 10,
  },
  CoachConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Enrolment: {
    matchedCoach: (enrolment, _args, context) =>
      enrolment.coachPersonId
        ? sessionOf(context).loaders.coaching.byPersonId.load(enrolment.coachPersonId)
        : null,
    async coachSuggestions(enrolment, args, context) {
      const session = sessionOf(context);
      if (!(await mayRead(session, 'matching', { kind: 'enrolment', enrolment }))) {
        throw forbidden('coaching.suggestionsForbidden');
      }
      const limit = Math.min(Math.max(args.first ?? 3, 0), 20);
      const subject = await matchSubject(session, enrolment);
      return session.tenant((tx) => suggestCoaches(tx, session.viewer.orgId, subject, limit, new Date()));
    },
  },
  Mutation: {
    async chooseCoach(_parent, { input }, context) {
      const session = sessionOf(context);
      const enrolmentId = idOf(input.enrolmentId, 'Enrolment');
      const coachId = idOf(input.coachId, 'Coach');
      const errors: UserError[] = [];
      if (!enrolmentId)
        errors.push(userError(session, ['enrolmentId'], 'INVALID', 'programs.notEnrolmentId'));
      if (!coachId) errors.push(userError(session, ['coachId'], 'INVALID', 'coaching.notCoachId'));
      if (!enrolmentId || !coachId) return { enrolment: null, userErrors: errors };
      const enrolment = await session.loaders.programs.enrolmentById.load(enrolmentId);
      const mayChoose = enrolment && (enrolment.personId === session.viewer.personId || isAdmin(session));
      if (!enrolment || !mayChoose) {
        return {
          enrolment: null,
          userErrors: [userError(session, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotYours')],
        };
      }
      const subject = await matchSubject(session, enrolment);
      const result = await session.tenant((tx) =>
        chooseCoach(tx, session.viewer.orgId, { enrolmentId, coachId, subject, now: new Date() }, session.t),
      );
      if (!result.ok) return { enrolment: null, userErrors: result.userErrors };
      session.loaders.programs.enrolmentById.clear(enrolmentId);
      return { enrolment: await session.loaders.programs.enrolmentById.load(enrolmentId), userErrors: [] };
    },
    async bulkMatchProgram(_parent, { input }, context) {
      const session = sessionOf(context);
      requireAdmin(session, 'access.bulkMatchingAdminsOnly');
      const empty = { matchedCount: 0, unmatchedCount: 0, totalScore: 0, optimalityGap: 0, enrolments: [] };
      const programId = idOf(input.programId, 'Program');
      const program = programId ? await session.loaders.programs.byId.load(programId) : null;
      if (!program) {
        return {
          ...empty,
          userErrors: [userError(session, ['programId'], 'NOT_FOUND', 'programs.programNotFound')],
        };
      }
      const result = await session.tenant((tx) =>
        bulkMatch(
          tx,
          session.viewer.orgId,
          { id: program.id, focusCapabilities: program.focusCapabilityCodes, languages: program.languages },
          { dryRun: input.dryRun ?? false, now: new Date() },
        ),
      );
      const ids = result.pairs.map((pair) => pair.enrolmentId);
      ids.forEach((id) => session.loaders.programs.enrolmentById.clear(id));
      const enrolments = input.dryRun
        ? []
        : (await session.loaders.programs.enrolmentById.loadMany(ids)).filter(
            (row): row is EnrolmentRow => row !== null && !(row instanceof Error),
          );
      return {
        matchedCount: result.pairs.length,
        unmatchedCount: result.unmatched,
        totalScore: result.totalScore,
        optimalityGap: Math.round(result.gapBound * 10_000) / 10_000,
        enrolments,
        userErrors: [],
      };
    },
  },
};
