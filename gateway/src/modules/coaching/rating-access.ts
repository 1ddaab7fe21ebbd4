/**
 * Who sees a coach's rating, and how much of it: the policy's `coachRatings`
 * row applied to one coach. The coach sees their own aggregate; admins see it
 * once the organisation's minimum group size of ratings exists, so that no
 * single participant's rating can be read from a mean over one or two;
 * everyone else sees none, on the profile and in match suggestions alike.
 */
import { grantsOf } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import type { Suggestion } from './matching.js';
import { ratingAverage, ratingPoints } from './score.js';
import type { CoachRow } from './sql.js';

export type RatingView = 'shown' | 'withheld' | 'none';

export interface CoachRatingValue {
  average: number | null;
  count: number | null;
  withheld: boolean;
}

export async function ratingView(
  caller: Caller,
  coach: Pick<CoachRow, 'personId' | 'ratingCount'>,
): Promise<RatingView> {
  const grants = await grantsOf(caller, 'coachRatings', { kind: 'coach', coach });
  if (grants.has('aggregated')) return 'shown';
  if (!grants.has('groupsOfK')) return 'none';
  const organisation = await caller.loaders.organisations.byId.load(caller.viewer.orgId);
  // Without the organisation's minimum there is no group to release to.
  return organisation && coach.ratingCount >= organisation.minGroupSize ? 'shown' : 'withheld';
}

export async function coachRating(caller: Caller, coach: CoachRow): Promise<CoachRatingValue | null> {
  switch (await ratingView(caller, coach)) {
    case 'none':
      return null;
    case 'withheld':
      return { average: null, count: null, withheld: true };
    case 'shown':
      return {
        average: ratingAverage(coach.ratingCount, coach.ratingSum),
        count: coach.ratingCount,
        withheld: false,
      };
  }
}

/**
 * A suggestion as the viewer may see it: where the coach's rating is not
 * theirs to see, the RATING reason goes, and so do its points from the score
 * (otherwise the score minus the other reasons would give the rating back).
 * The order stays the matcher's.
 */
export async function suggestionForViewer(caller: Caller, suggestion: Suggestion): Promise<Suggestion> {
  if ((await ratingView(caller, suggestion.coach)) === 'shown') return suggestion;
  return {
    ...suggestion,
    score: Math.round((suggestion.score - ratingPoints(suggestion.coach)) * 100) / 100,
    reasons: suggestion.reasons.filter((reason) => reason.code !== 'RATING'),
  };
}
