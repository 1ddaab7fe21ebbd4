/** `node(id:)` for goals, their milestones and check-ins: visible exactly when the goal is. */
import type { Caller } from '../../context.js';
import type { NodeType } from '../../ids.js';
import { canReadGoal } from './access.js';
import type { GoalCheckInRow, GoalMilestoneRow, GoalRow } from './sql.js';

export async function goalNode(
  caller: Caller,
  uuid: string,
  type: NodeType,
): Promise<GoalRow | GoalMilestoneRow | GoalCheckInRow | null> {
  const { goals } = caller.loaders;
  const row =
    type === 'Goal'
      ? await goals.byId.load(uuid)
      : type === 'GoalMilestone'
        ? await goals.milestoneById.load(uuid)
        : await goals.checkInById.load(uuid);
  if (!row) return null;
  const goal = row.__typename === 'Goal' ? row : await goals.byId.load(row.goalId);
  return goal && (await canReadGoal(caller, goal)) ? row : null;
}
