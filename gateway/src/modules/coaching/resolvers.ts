import {
  managesProgram,
  mayRead,
  requireAdmin,
  requireManagesProgram,
  requireRead,
} from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { localised } from '../../i18n/localised.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { idOf, required, userError } from '../core/resolving.js';
import { recordAudit } from '../audit/sql.js';
import type { EnrolmentRow } from '../programs/sql.js';
import { bulkMatch, chooseCoach, suggestCoaches, type MatchSubject } from './matching.js';
import { coachRating, suggestionForViewer } from './rating-access.js';
import type { MatchReasonValue } from './score.js';
import { countCoaches, listCoaches, type CoachRow } from './sql.js';

const byName = (coach: CoachRow) => ({ sort: coach.name, id: coach.id });

/** Capacity, load and quality: the policy's `coachOperations` row. */
function requireCoachPrivate(caller: Caller, coach: CoachRow, field: string): Promise<void> {
  return requireRead(caller, 'coachOperations', { kind: 'coach', coach }, field);
}

async function matchSubject(caller: Caller, enrolment: EnrolmentRow): Promise<MatchSubject> {
  const [person, program] = await Promise.all([
    caller.loaders.people.byId.load(enrolment.personId),
    caller.loaders.programs.byId.load(enrolment.programId),
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

async function reasonMessage(reason: MatchReasonValue, caller: Caller): Promise<string> {
  const { t, locale } = caller;
  switch (reason.code) {
    case 'LANGUAGE':
      return t('coaching.reasonLanguage', { language: languageName(reason.language, locale) });
    case 'HOURS_OVERLAP':
      return t('coaching.reasonHoursOverlap', { hours: reason.hours });
    case 'SPECIALTY':
    case 'GOAL_FIT': {
      const row = await caller.loaders.capabilities.byCode.load(reason.capability);
      const capability = (row && localised(row.names, locale)) ?? reason.capability;
      return t(reason.code === 'SPECIALTY' ? 'coaching.reasonSpecialty' : 'coaching.reasonGoalFit', {
        capability,
      });
    }
    case 'RATING':
      return t('coaching.reasonRating', { average: reason.average, count: reason.count });
  }
}

export const coachingResolvers: Resolvers = {
  Query: {
    async coaches(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listCoaches(tx, orgId, page));
      return toConnection(rows, page, byName, () => caller.tenant((tx) => countCoaches(tx, orgId)));
    },
  },
  Coach: {
    id: (coach) => toGlobalId('Coach', coach.id),
    person: (coach, _args, context) =>
      required(callerOf(context).loaders.people.byId.load(coach.personId), 'coaching.coachPersonMissing'),
    async specialties(coach, _args, context) {
      const found = await callerOf(context).loaders.capabilities.byCode.loadMany(coach.specialties);
      return found.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
    rating: (coach, _args, context) => coachRating(callerOf(context), coach),
    async capacity(coach, _args, context) {
      await requireCoachPrivate(callerOf(context), coach, 'capacity');
      return coach.capacity;
    },
    async activeClients(coach, _args, context) {
      await requireCoachPrivate(callerOf(context), coach, 'activeClients');
      return coach.activeClients;
    },
    async qualityStatus(coach, _args, context) {
      await requireCoachPrivate(callerOf(context), coach, 'qualityStatus');
      return coach.qualityStatus;
    },
  },
  MatchReason: {
    message: (reason, _args, context) => reasonMessage(reason, callerOf(context)),
    language: (reason) => (reason.code === 'LANGUAGE' ? reason.language : null),
    hours: (reason) => (reason.code === 'HOURS_OVERLAP' ? reason.hours : null),
    capability: (reason, _args, context) =>
      reason.code === 'SPECIALTY' || reason.code === 'GOAL_FIT'
        ? callerOf(context).loaders.capabilities.byCode.load(reason.capability)
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
        ? callerOf(context).loaders.coaching.byPersonId.load(enrolment.coachPersonId)
        : null,
    async coachSuggestions(enrolment, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'matching', { kind: 'enrolment', enrolment }))) {
        throw forbidden('coaching.suggestionsForbidden');
      }
      const limit = Math.min(Math.max(args.first ?? 3, 0), 20);
      const subject = await matchSubject(caller, enrolment);
      const suggestions = await caller.tenant((tx) =>
        suggestCoaches(tx, caller.viewer.orgId, subject, limit, new Date()),
      );
      return Promise.all(suggestions.map((suggestion) => suggestionForViewer(caller, suggestion)));
    },
  },
  Mutation: {
    async chooseCoach(_parent, { input }, context) {
      const caller = callerOf(context);
      const enrolmentId = idOf(input.enrolmentId, 'Enrolment');
      const coachId = idOf(input.coachId, 'Coach');
      const errors: UserError[] = [];
      if (!enrolmentId) errors.push(userError(caller, ['enrolmentId'], 'INVALID', 'programs.notEnrolmentId'));
      if (!coachId) errors.push(userError(caller, ['coachId'], 'INVALID', 'coaching.notCoachId'));
      if (!enrolmentId || !coachId) return { enrolment: null, userErrors: errors };
      const enrolment = await caller.loaders.programs.enrolmentById.load(enrolmentId);
      const mayChoose =
        enrolment &&
        (enrolment.personId === caller.viewer.personId ||
          (await managesProgram(caller, enrolment.programId)));
      if (!enrolment || !mayChoose) {
        return {
          enrolment: null,
          userErrors: [userError(caller, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotYours')],
        };
      }
      const subject = await matchSubject(caller, enrolment);
      const actorId = caller.viewer.personId;
      const result = await caller.tenant(async (tx) => {
        const chosen = await chooseCoach(
          tx,
          caller.viewer.orgId,
          { enrolmentId, coachId, subject, now: new Date() },
          caller.t,
        );
        // Only an admin acting for someone else is audited; the entry commits with the choice.
        if (chosen.ok && actorId !== enrolment.personId) {
          await recordAudit(tx, caller.viewer.orgId, {
            action: 'COACH_CHOSEN_FOR_PARTICIPANT',
            actorId,
            programId: enrolment.programId,
            subjectType: 'Enrolment',
            subjectId: enrolmentId,
            after: { coachId },
          });
        }
        return chosen;
      });
      if (!result.ok) return { enrolment: null, userErrors: result.userErrors };
      caller.loaders.programs.enrolmentById.clear(enrolmentId);
      return { enrolment: await caller.loaders.programs.enrolmentById.load(enrolmentId), userErrors: [] };
    },
    async bulkMatchProgram(_parent, { input }, context) {
      const caller = callerOf(context);
      requireAdmin(caller, 'access.bulkMatchingAdminsOnly');
      const empty = { matchedCount: 0, unmatchedCount: 0, totalScore: 0, optimalityGap: 0, enrolments: [] };
      const programId = idOf(input.programId, 'Program');
      const program = programId ? await caller.loaders.programs.byId.load(programId) : null;
      if (!program) {
        return {
          ...empty,
          userErrors: [userError(caller, ['programId'], 'NOT_FOUND', 'programs.programNotFound')],
        };
      }
      await requireManagesProgram(caller, program.id);
      const dryRun = input.dryRun ?? false;
      const result = await caller.tenant(async (tx) => {
        const matched = await bulkMatch(
          tx,
          caller.viewer.orgId,
          { id: program.id, focusCapabilities: program.focusCapabilityCodes, languages: program.languages },
          { dryRun, now: new Date() },
        );
        if (!dryRun) {
          await recordAudit(tx, caller.viewer.orgId, {
            action: 'PROGRAM_BULK_MATCHED',
            actorId: caller.viewer.personId,
            programId: program.id,
            subjectType: 'Program',
            subjectId: program.id,
            after: { matched: matched.pairs.length, unmatched: matched.unmatched },
          });
        }
        return matched;
      });
      const ids = result.pairs.map((pair) => pair.enrolmentId);
      ids.forEach((id) => caller.loaders.programs.enrolmentById.clear(id));
      const enrolments = input.dryRun
        ? []
        : (await caller.loaders.programs.enrolmentById.loadMany(ids)).filter(
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
