/**
 * Session feedback and the coach quality it drives: after each rating the
 * coach's rolling average (the organisation's `settings.coachQuality`) may put
 * an ACTIVE coach on PROBATION — which takes them out of matching — or bring a
 * coach on probation back. PAUSED is an admin's decision and is left alone.
 */
import type { Queryable } from '../../db/types.js';
import type { Tenant } from '../core/loaders.js';
import { isStorageError } from '../../db/errors.js';
import type { UserError } from '../../generated/resolvers.js';
import type { CoachQualityStatus } from '../coaching/score.js';
import { qualitySettings, setQualityStatus } from '../coaching/sql.js';
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

const refuse = (field: string[] | null, code: UserError['code'], message: string): FeedbackOutcome => ({
  feedback: null,
  session: null,
  userErrors: [{ field, code, message }],
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
    errors.push({ field: ['rating'], code: 'INVALID', message: 'Rate the session from 1 to 5.' });
  }
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment !== null && comment.length > MAX_COMMENT) {
    errors.push({
      field: ['comment'],
      code: 'INVALID',
      message: 'The comment may be at most 4,000 characters.',
    });
  }
  const codes = [...new Set(input.capabilityCodes)];
  if (codes.length > MAX_CAPABILITIES) {
    errors.push({ field: ['capabilities'], code: 'INVALID', message: 'Pick at most 5 capabilities.' });
  }
  if (errors.length > 0) return { feedback: null, session: null, userErrors: errors };

  try {
    return await tenant((tx) => recordFeedback(tx, actor, input.sessionId, input.rating, codes, comment));
  } catch (error) {
    // Two submissions racing past the "already rated" check: the unique key decides.
    if (isStorageError(error) && error.constraint === 'session_feedback_session_key') {
      return refuse(['sessionId'], 'CONFLICT', 'You have already rated this session.');
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
    return refuse(['sessionId'], 'NOT_FOUND', 'This session does not exist or is not yours to rate.');
  }
  if (session.status !== 'COMPLETED') {
    return refuse(['sessionId'], 'INVALID', 'Only a session that took place can be rated.');
  }
  if ((await feedbackOfSessions(tx, actor.orgId, [session.id])).has(session.id)) {
    return refuse(['sessionId'], 'CONFLICT', 'You have already rated this session.');
  }
  const known = await knownCapabilities(tx, actor.orgId, codes);
  if (known.size !== codes.length) {
    return refuse(['capabilities'], 'NOT_FOUND', 'One of the capabilities does not exist.');
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
