/**
 * Keeps the aggregates current. Writes mark the organisation dirty (triggers in
 * migration 0009); a heatmap request rebuilds inline when there is no snapshot
 * yet or the previous rebuild was quick, so small organisations, tests and the
 * demo always see their latest writes, and otherwise starts one background
 * rebuild per organisation and answers from the previous snapshot, flagged
 * stale.
 */
import type { Tenant } from '../core/loaders.js';
import { refreshAggregates, type RefreshState } from './sql.js';

export const INLINE_REFRESH_MS = 2_000;

const running = new Map<string, Promise<void>>();

export type FreshnessPlan = 'fresh' | 'inline' | 'background';

export function planFreshness(state: RefreshState | null): FreshnessPlan {
  if (!state || state.refreshedAt === null) return 'inline';
  if (!state.dirty) return 'fresh';
  return (state.refreshMs ?? 0) < INLINE_REFRESH_MS ? 'inline' : 'background';
}

export function refreshInBackground(tenant: Tenant, orgId: string): Promise<void> {
  const existing = running.get(orgId);
  if (existing) return existing;
  const work = tenant((tx) => refreshAggregates(tx, orgId))
    .catch(() => {
      // The next request retries; a failed rebuild leaves the previous snapshot in place.
    })
    .finally(() => running.delete(orgId));
  running.set(orgId, work);
  return work;
}

/** Resolves once every background rebuild started so far has ended (a shutdown waits for them). */
export async function backgroundRefreshesSettled(): Promise<void> {
  await Promise.allSettled([...running.values()]);
}
