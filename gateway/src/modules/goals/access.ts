/**
 * Who may read and change goals. Only the owner changes a goal; who reads it
 * besides the owner follows its visibility, as the access policy says
 * (auth/policy.ts: goalsPrivate, goalsCoach, goalsManager).
 */
import { goalCategory, mayRead } from '../../auth/policy.js';
import type { Session } from '../../context.js';
import type { GoalVisibility, UserError } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import type { GoalRow } from './sql.js';

const everything: readonly GoalVisibility[] = ['PRIVATE', 'COACH', 'MANAGER'];

/** The visibilities of `ownerId`'s goals the viewer may read; empty when none. */
export async function visibilitiesFor(session: Session, ownerId: string): Promise<GoalVisibility[]> {
  const subject = { kind: 'person', personId: ownerId } as const;
  const verdicts = await Promise.all(
    everything.map((visibility) => mayRead(session, goalCategory[visibility], subject)),
  );
  return everything.filter((_visibility, index) => verdicts[index]);
}

export async function canReadGoal(session: Session, goal: GoalRow): Promise<boolean> {
  return (await visibilitiesFor(session, goal.ownerId)).includes(goal.visibility);
}

/** A goal the viewer may read, by global ID; null for malformed, unknown, foreign or unshared ones. */
export async function readableGoal(session: Session, id: string): Promise<GoalRow | null> {
  const decoded = fromGlobalId(id);
  if (!decoded || decoded.type !== 'Goal') return null;
  const goal = await session.loaders.goals.byId.load(decoded.uuid);
  return goal && (await canReadGoal(session, goal)) ? goal : null;
}

export type Editable = { goal: GoalRow; error?: never } | { goal?: never; error: UserError };

/**
 * The goal a mutation may change, or the user error saying why not. A goal the
 * viewer cannot read is NOT_FOUND (its existence is not revealed); one they can
 * read but do not own is FORBIDDEN.
 */
export async function editableGoal(session: Session, id: string, field: string[]): Promise<Editable> {
  const goal = await readableGoal(session, id);
  if (!goal) {
    return {
      error: { field, code: 'NOT_FOUND', message: session.t('goals.notFound') },
    };
  }
  if (goal.ownerId !== session.viewer.personId) {
    return { error: { field, code: 'FORBIDDEN', message: session.t('goals.ownerOnly') } };
  }
  return { goal };
}
