/**
 * Session feedback and the coach quality it drives: after each rating the
 * coach's rolling average (the organisation's `settings.coachQuality`) may put
 * an ACTIVE coach on PROBATION — which takes them out of matching — or bring a
 * coach on probation back. PAUSED is an admin's decision and is left alone.
 */
import type { Queryable } from '../../db/types.js';
import type { Tenant } from '../core/loaders.js';
import { isStorageError } from '../../db/errors.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { UserError } from '../../generated/resolvers.js';
import type { CoachQualityStatus } from '../coaching/score.js';
import { qualitySettings, setQualityStatus } from '../coaching/index.js';
import type { Actor } from './booking.js';
import {
  feedbackOfSessions,
  insertFeedback,
  knownCapabilities,
  rollingRating,
  sessionsByIds,
  type FeedbackRow,
  type SessionRow,
} from './sql.js';

export type FeedbackOutcome =
  | { feedback: FeedbackRow; session: SessionRow; userErrors: [] }
  | { feedback: null; session: null; userErrors: UserError[] };

const MAX_CAPABILITIES = 5;
const MAX_COMMENT = 4000;

const refuse = (
  actor: Actor,
  field: string[] | null,
  code: UserError['code'],
  key: MessageKey,
): FeedbackOutcome => ({
  feedback: null,
  session: null,
  userErrors: [{ field, code, message: actor.t(key) }],
});

export async function reviewCoachQuality(
  tx: Queryable,
  orgId: string,
  coachId: string,
): Promise<CoachQualityStatus> {
  const settings = await qualitySettings(tx, orgId);
  const [coach] = await tx.query<{ quality_status: CoachQualityStatus }>(
    `select quality_status from coaches where org_id = $1 and id = $2 for update`,
    [orgId, coachId],
  );
  const current = coach?.quality_status ?? 'ACTIVE';
  const rolling = await rollingRating(tx, orgId, coachId, settings.window);
  if (rolling.average === null || rolling.count < settings.minRatings) return current;
  let next = current;
  if (current === 'ACTIVE' && rolling.average < settings.probationBelow) next = 'PROBATION';
  if (current === 'PROBATION' && rolling.average >= settings.restoreAtOrAbove) next = 'ACTIVE';
  if (next !== current) await setQualityStatus(tx, orgId, coachId, next);
  return next;
}

export async function submitFeedback(
  tenant: Tenant,
  actor: Actor,
  input: { sessionId: string; rating: number; capabilityCodes: string[]; comment: string | null },
): Promise<FeedbackOutcome> {
  const errors: UserError[] = [];
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    errors.push({
      field: ['rating'],
      code: 'INVALID',
      message: actor.t('feedback.ratingRange', { min: 1, max: 5 }),
    });
  }
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment !== null && comment.length > MAX_COMMENT) {
    errors.push({
      field: ['comment'],
      code: 'INVALID',
      message: actor.t('feedback.commentTooLong', { max: MAX_COMMENT }),
    });
  }
  const codes = [...new Set(input.capabilityCodes)];
  if (codes.length > MAX_CAPABILITIES) {
    errors.push({
      field: ['capabilities'],
      code: 'INVALID',
      message: actor.t('feedback.tooManyCapabilities', { max: MAX_CAPABILITIES }),
    });
  }
  if (errors.length > 0) return { feedback: null, session: null, userErrors: errors };

  try {
    return await tenant((tx) => recordFeedback(tx, actor, input.sessionId, input.rating, codes, comment));
  } catch (error) {
    // Two submissions racing past the "already rated" check: the unique key decides.
    if (isStorageError(error) && error.constraint === 'session_feedback_session_key') {
      return refuse(actor, ['sessionId'], 'CONFLICT', 'feedback.alreadyRated');
    }
    throw error;
  }
}

async function recordFeedback(
  tx: Queryable,
  actor: Actor,
  sessionId: string,
  rating: number,
  codes: string[],
  comment: string | null,
): Promise<FeedbackOutcome> {
  const [session] = await sessionsByIds(tx, actor.orgId, [sessionId]);
  if (!session || session.participantId !== actor.personId) {
    return refuse(actor, ['sessionId'], 'NOT_FOUND', 'feedback.sessionNotYours');
  }
  if (session.status !== 'COMPLETED') {
    return refuse(actor, ['sessionId'], 'INVALID', 'feedback.notHeld');
  }
  if ((await feedbackOfSessions(tx, actor.orgId, [session.id])).has(session.id)) {
    return refuse(actor, ['sessionId'], 'CONFLICT', 'feedback.alreadyRated');
  }
  const known = await knownCapabilities(tx, actor.orgId, codes);
  if (known.size !== codes.length) {
    return refuse(actor, ['capabilities'], 'NOT_FOUND', 'sessions.capabilityNotFound');
  }
  const feedback = await insertFeedback(tx, {
    orgId: actor.orgId,
    sessionId: session.id,
    coachId: session.coachId,
    authorId: actor.personId,
    rating,
    comment,
    capabilities: codes,
  });
  await reviewCoachQuality(tx, actor.orgId, session.coachId);
  return { feedback, session, userErrors: [] };
}
