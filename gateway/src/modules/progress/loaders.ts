import { byKeyLoader, type Tenant } from '../core/loaders.js';
import {
  assessmentFigures,
  currentEnrolmentIds,
  emptyTally,
  goalTallies,
  sessionTallies,
  type GoalTallyRow,
  type PhaseFigureRow,
} from './sql.js';

/** One clock per request, so every card of a strip is computed at the same instant. */
export function createProgressLoaders(tenant: Tenant, orgId: string, now: Date = new Date()) {
  const today = now.toISOString().slice(0, 10);
  return {
    now,
    sessionTally: byKeyLoader((ids) => tenant((tx) => sessionTallies(tx, orgId, ids, now)), emptyTally),
    goalTallies: byKeyLoader(
      (ids) => tenant((tx) => goalTallies(tx, orgId, ids, today)),
      [] as GoalTallyRow[],
    ),
    assessmentFigures: byKeyLoader(
      (ids) => tenant((tx) => assessmentFigures(tx, orgId, ids, now)),
      [] as PhaseFigureRow[],
    ),
    /** Person id → their current enrolment's id (null when they have none). */
    currentEnrolment: byKeyLoader<string | null>(
      (ids) => tenant((tx) => currentEnrolmentIds(tx, orgId, ids)),
      null,
    ),
  };
}

export type ProgressLoaders = ReturnType<typeof createProgressLoaders>;
