import { byIdLoader, byKeyLoader, type Tenant } from '../core/loaders.js';
import type { AvailabilityRule } from '../sessions/availability.js';
import { coachesByIds, coachesByPersonIds, rulesOfCoaches, type CoachRow } from './sql.js';

export function createCoachingLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => coachesByIds(tx, orgId, ids))),
    byPersonId: byKeyLoader<CoachRow | null>(
      (personIds) => tenant((tx) => coachesByPersonIds(tx, orgId, personIds)),
      null,
    ),
    rules: byKeyLoader<AvailabilityRule[]>(
      (coachIds) => tenant((tx) => rulesOfCoaches(tx, orgId, coachIds)),
      [],
    ),
  };
}

export type CoachingLoaders = ReturnType<typeof createCoachingLoaders>;
