/**
 * Keeps the aggregates current. Writes mark the organisation dirty (triggers in
 * migration 0009); the next heatmap request rebuilds inline when the previous
 * rebuild was quick, so small organisations, tests and the demo always see
 * their latest writes, and otherwise starts one background rebuild per
 * organisation and answers from the previous snapshot, flagged stale.
 */
import type { Tenant } from '../core/loaders.js';
import { refreshAggregates, refreshState, type RefreshState } from './sql.js';

export const INLINE_REFRESH_MS = 2_000;

const running = new Map<string, Promise<void>>();

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

export interface Freshness {
  asOf: Date | null;
  stale: boolean;
  periods: string[];
}

export async function ensureFresh(tenant: Tenant, orgId: string): Promise<Freshness> {
  let state: RefreshState | null = await tenant((tx) => refreshState(tx, orgId));
  if (!state || state.refreshedAt === null || (state.dirty && (state.refreshMs ?? 0) < INLINE_REFRESH_MS)) {
    await (running.get(orgId) ?? tenant((tx) => refreshAggregates(tx, orgId)));
    state = await tenant((tx) => refreshState(tx, orgId));
  } else if (state.dirty) {
    void refreshInBackground(tenant, orgId);
  }
  return {
    asOf: state?.refreshedAt ?? null,
    stale: state?.dirty ?? false,
    periods: state?.periods ?? [],
  };
}
