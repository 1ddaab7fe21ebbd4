import { byIdLoader, byKeyLoader, groupedLoader, type Tenant } from '../core/loaders.js';
import { pageKey, type PageRequest } from '../core/connection.js';
import {
  checkInsByIds,
  checkInsOfGoals,
  countCheckIns,
  goalsByIds,
  latestCheckIns,
  milestonesByIds,
  milestonesOfGoals,
  type GoalCheckInRow,
  type GoalMilestoneRow,
} from './sql.js';

/**
 * Per-request goal loaders: a page of N goals costs one statement for the
 * milestones of all of them and one for all their latest check-ins.
 */
export function createGoalLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => goalsByIds(tx, orgId, ids))),
    milestoneById: byIdLoader((ids) => tenant((tx) => milestonesByIds(tx, orgId, ids))),
    checkInById: byIdLoader((ids) => tenant((tx) => checkInsByIds(tx, orgId, ids))),
    milestones: byKeyLoader(
      (goalIds) => tenant((tx) => milestonesOfGoals(tx, orgId, goalIds)),
      [] as GoalMilestoneRow[],
    ),
    latestCheckIn: byKeyLoader<GoalCheckInRow | null>(
      (goalIds) => tenant((tx) => latestCheckIns(tx, orgId, goalIds)),
      null,
    ),
    checkIns: groupedLoader<PageRequest, GoalCheckInRow[]>(
      pageKey,
      (goalIds, page) => tenant((tx) => checkInsOfGoals(tx, orgId, goalIds, page)),
      [],
    ),
    checkInCount: byKeyLoader((goalIds) => tenant((tx) => countCheckIns(tx, orgId, goalIds)), 0),
  };
}

export type GoalLoaders = ReturnType<typeof createGoalLoaders>;

/** Forgets what a mutation changed so the payload's goal is read fresh. */
export function forgetGoal(loaders: GoalLoaders, goalId: string): void {
  loaders.byId.clear(goalId);
  loaders.milestones.clear(goalId);
  loaders.latestCheckIn.clear(goalId);
  loaders.checkInCount.clear(goalId);
  // Check-in pages are keyed by goal and page; a mutation's payload rarely asks for more than one.
  loaders.checkIns.clearAll();
}
