import { mayRead } from '../../auth/policy.js';
import { callerOf, type Caller } from '../../context.js';
import { badUserInput, forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { fromGlobalId } from '../../ids.js';
import { latestAnswers, pulseStatus, storeAnswer, type WellbeingAnswerRow } from './sql.js';

/** Answers `latest` returns at most: half a year of weeks. */
export const MAX_LATEST = 26;
const ITEMS = ['energy', 'workload', 'support'] as const;

interface AnswerPayload {
  answer: WellbeingAnswerRow | null;
  userErrors: UserError[];
}

const refuse = (
  caller: Caller,
  field: string[],
  code: UserError['code'],
  key: MessageKey,
): AnswerPayload => ({
  answer: null,
  userErrors: [{ field, code, message: caller.t(key) }],
});

export const wellbeingResolvers: Resolvers = {
  Person: {
    // Self only, whichever path reached the person: a manager, coach or admin is refused.
    async wellbeing(person, _args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'wellbeingAnswers', { kind: 'person', personId: person.id }))) {
        throw forbidden('wellbeing.ownAnswersOnly');
      }
      return caller.tenant((tx) => pulseStatus(tx, caller.viewer.orgId, person.id));
    },
  },
  WellbeingPulse: {
    async latest(pulse, { first }, context) {
      const caller = callerOf(context);
      const limit = first ?? 4;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LATEST) {
        throw badUserInput('wellbeing.firstRange', 'first', { max: MAX_LATEST });
      }
      return caller.tenant((tx) => latestAnswers(tx, caller.viewer.orgId, pulse.personId, limit));
    },
  },
  Mutation: {
    async answerWellbeingPulse(_parent, { input }, context): Promise<AnswerPayload> {
      const caller = callerOf(context);
      if (caller.viewer.serviceAccount) throw forbidden('wellbeing.peopleOnly');
      if (input.person != null) {
        const named = fromGlobalId(input.person);
        if (named?.type !== 'Person' || named.uuid !== caller.viewer.personId) {
          return refuse(caller, ['input', 'person'], 'FORBIDDEN', 'wellbeing.ownAnswersOnly');
        }
      }
      const userErrors: UserError[] = ITEMS.flatMap((item) =>
        Number.isInteger(input[item]) && input[item] >= 1 && input[item] <= 5
          ? []
          : [{ field: ['input', item], code: 'INVALID' as const, message: caller.t('wellbeing.itemRange') }],
      );
      if (userErrors.length > 0) return { answer: null, userErrors };
      const outcome = await caller.tenant((tx) =>
        storeAnswer(tx, caller.viewer.orgId, caller.viewer.personId, {
          energy: input.energy,
          workload: input.workload,
          support: input.support,
        }),
      );
      switch (outcome.kind) {
        case 'stored':
          return { answer: outcome.answer, userErrors: [] };
        case 'duplicate':
          return refuse(caller, ['input'], 'CONFLICT', 'wellbeing.alreadyAnswered');
        case 'notEligible':
          return refuse(caller, ['input'], 'FORBIDDEN', 'wellbeing.participantsOnly');
      }
    },
  },
};
