/**
 * Who may read and change goals. Only the owner changes a goal; who reads it
 * besides the owner follows its visibility, as the access policy says
 * (auth/policy.ts: goalsPrivate, goalsCoach, goalsManager).
 */
import { goalCategory, mayRead } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import type { GoalVisibility, UserError } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import type { GoalRow } from './sql.js';

const everything: readonly GoalVisibility[] = ['PRIVATE', 'COACH', 'MANAGER'];

/** The visibilities of `ownerId`'s goals the viewer may read; empty when none. */
export async function visibilitiesFor(caller: Caller, ownerId: string): Promise<GoalVisibility[]> {
  const subject = { kind: 'person', personId: ownerId } as const;
  const verdicts = await Promise.all(
    everything.map((visibility) => mayRead(caller, goalCategory[visibility], subject)),
  );
  return everything.filter((_visibility, index) => verdicts[index]);
}

export async function canReadGoal(caller: Caller, goal: GoalRow): Promise<boolean> {
  return (await visibilitiesFor(caller, goal.ownerId)).includes(goal.visibility);
}

/** A goal the viewer may read, by global ID; null for malformed, unknown, foreign or unshared ones. */
export async function readableGoal(caller: Caller, id: string): Promise<GoalRow | null> {
  const decoded = fromGlobalId(id);
  if (!decoded || decoded.type !== 'Goal') return null;
  const goal = await caller.loaders.goals.byId.load(decoded.uuid);
  return goal && (await canReadGoal(caller, goal)) ? goal : null;
}

export type Editable = { goal: GoalRow; error?: never } | { goal?: never; error: UserError };

/**
 * The goal a mutation may change, or the user error saying why not. A goal the
 * viewer cannot read is NOT_FOUND (its existence is not revealed); one they can
 * read but do not own is FORBIDDEN.
 */
export async function editableGoal(caller: Caller, id: string, field: string[]): Promise<Editable> {
  const goal = await readableGoal(caller, id);
  if (!goal) {
    return {
      error: { field, code: 'NOT_FOUND', message: caller.t('goals.notFound') },
    };
  }
  if (goal.ownerId !== caller.viewer.personId) {
    return { error: { field, code: 'FORBIDDEN', message: caller.t('goals.ownerOnly') } };
  }
  return { goal };
}
