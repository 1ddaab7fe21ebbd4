/**
 * Who may read and change goals (issue 4; DESIGN §6). Only the owner changes a
 * goal. Readers besides the owner depend on the goal's visibility: COACH adds
 * the owner's coach; MANAGER adds the owner's managers (any level above, like
 * the other personal fields) and program or organisation admins. PRIVATE goals
 * reach nobody but the owner, whatever roles the viewer holds.
 */
import { hasRole, isAdmin } from '../../access.js';
import type { Session } from '../../context.js';
import type { GoalVisibility, UserError } from '../../generated/resolvers.js';
import { fromGlobalId } from '../../ids.js';
import type { GoalRow } from './sql.js';

const everything: readonly GoalVisibility[] = ['PRIVATE', 'COACH', 'MANAGER'];

/** The visibilities of `ownerId`'s goals the viewer may read; empty when none. */
export async function visibilitiesFor(session: Session, ownerId: string): Promise<GoalVisibility[]> {
  if (ownerId === session.viewer.personId) return [...everything];
  const allowed = new Set<GoalVisibility>();
  if (isAdmin(session)) allowed.add('MANAGER');
  if (hasRole(session, 'MANAGER')) {
    const chain = await session.loaders.people.managerChain.load(ownerId);
    if (chain.includes(session.viewer.personId)) allowed.add('MANAGER');
  }
  if (hasRole(session, 'COACH')) {
    const clients = await session.loaders.programs.viewerClients();
    if (clients.has(ownerId)) {
      allowed.add('COACH');
      allowed.add('MANAGER');
    }
  }
  return everything.filter((visibility) => allowed.has(visibility));
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
