/**
 * Keeps the aggregates current. Writes mark the organisation dirty (triggers in
 * migration 0009); a heatmap request rebuilds inline when there is no snapshot
 * yet or the previous rebuild was quick, so small organisations, tests and the
 * demo see their latest writes, and otherwise starts one background rebuild per
 * organisation and answers from the previous snapshot, flagged stale. A rebuild
 * applies only the changed people's differences when it can (`refreshAggregates`);
 * the plan below still judges by the last full rebuild's duration, since any
 * rebuild may turn out to be a full one.
 *
 * Rebuilds are debounced per organisation, so that a loop of writes and reads
 * (a script updating profiles) cannot keep the database rebuilding: inline
 * rebuilds draw on a budget of rebuild time per window (each charged its last
 * duration, at least `minChargeMs`); once it is spent the heatmap answers stale
 * and one trailing rebuild runs when the window reopens. A background rebuild
 * starts no sooner than `backgroundGapFactor` × its last duration after the
 * previous one ended. The state is per process: several gateways each keep
 * their own, which still bounds each of them.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { analyticsRebuilds } from '../../config.js';
import type { Tenant } from '../core/loaders.js';
import { refreshAggregates, type RefreshState } from './sql.js';

export const INLINE_REFRESH_MS = 2_000;

export type FreshnessPlan = 'fresh' | 'inline' | 'background';

const inlineBudget = new RateLimiterMemory({
  keyPrefix: 'analytics-inline-rebuild',
  points: analyticsRebuilds.inlineMsPerWindow,
  duration: analyticsRebuilds.windowSeconds,
});

interface Scheduled {
  work: Promise<void>;
  /** Drops the rebuild if it is still waiting out its debounce delay. */
  cancel(): void;
}
const scheduled = new Map<string, Scheduled>();
const lastBackground = new Map<string, { endedAt: number; tookMs: number }>();
/** When each organisation's inline budget reopens, once it has been spent. */
const inlineReopensAt = new Map<string, number>();

function chargeOf(state: RefreshState): number {
  const last = state.refreshMs ?? 0;
  return Math.min(Math.max(last, analyticsRebuilds.minChargeMs), analyticsRebuilds.inlineMsPerWindow);
}

/**
 * What a heatmap request does about freshness. `inline` is granted only while
 * the organisation's rebuild budget lasts; past it the answer is the previous
 * snapshot (`background`, which schedules the trailing rebuild).
 */
export async function planFreshness(state: RefreshState | null, orgId?: string): Promise<FreshnessPlan> {
  if (!state || state.refreshedAt === null) return 'inline';
  if (!state.dirty) return 'fresh';
  if ((state.refreshMs ?? 0) >= INLINE_REFRESH_MS) return 'background';
  if (orgId === undefined) return 'inline';
  try {
    await inlineBudget.consume(orgId, chargeOf(state));
    return 'inline';
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    inlineReopensAt.set(orgId, Date.now() + error.msBeforeNext);
    return 'background';
  }
}

function delayBeforeRebuild(orgId: string): number {
  const now = Date.now();
  const reopens = inlineReopensAt.get(orgId) ?? 0;
  const last = lastBackground.get(orgId);
  const gapEnds = last ? last.endedAt + analyticsRebuilds.backgroundGapFactor * last.tookMs : 0;
  return Math.max(0, reopens - now, gapEnds - now);
}

/** Starts (or joins) the organisation's one pending rebuild, after its debounce delay. */
export function refreshInBackground(tenant: Tenant, orgId: string): Promise<void> {
  const existing = scheduled.get(orgId);
  if (existing) return existing.work;
  const delay = delayBeforeRebuild(orgId);
  let cancel = () => {};
  const work = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(true), delay);
    // A pending rebuild must not keep a stopping process alive.
    timer.unref();
    cancel = () => {
      clearTimeout(timer);
      resolve(false);
    };
  })
    .then(async (due) => {
      if (!due) return;
      const started = Date.now();
      await tenant((tx) => refreshAggregates(tx, orgId), { commitBeforeReturning: true });
      lastBackground.set(orgId, { endedAt: Date.now(), tookMs: Date.now() - started });
    })
    .catch(() => {
      // The next request retries; a failed rebuild leaves the previous snapshot in place.
    })
    .finally(() => {
      scheduled.delete(orgId);
      inlineReopensAt.delete(orgId);
    });
  scheduled.set(orgId, { work, cancel });
  return work;
}

/**
 * For a shutdown: drops the rebuilds still waiting out their debounce (the next
 * process rebuilds on demand) and resolves once those already running have ended.
 */
export async function backgroundRefreshesSettled(): Promise<void> {
  const pending = [...scheduled.values()];
  for (const rebuild of pending) rebuild.cancel();
  await Promise.allSettled(pending.map((rebuild) => rebuild.work));
}
