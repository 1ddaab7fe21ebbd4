/**
 * What a metric's figure tells about its people beyond a mean: the subgroups
 * ("parts", privacy.ts) whose sizes can be read off the figure and its count.
 * A metric whose cell is a mean of per-person values discloses none; a rate
 * over a yes/no attribute discloses both how many say yes and how many say no.
 */
import type { HeatmapMetric } from '../../generated/resolvers.js';
import type { Sums } from './stats.js';

type Disclosure = (sums: Sums) => number[];

const yesAndNo: Disclosure = (sums) => {
  // s1 sums per-person 0/1 values: it is the number who take part.
  const yes = Math.round(sums.s1);
  return [yes, sums.n - yes];
};

const DISCLOSURES: Partial<Record<HeatmapMetric, Disclosure>> = {
  PARTICIPATION_RATE: yesAndNo,
};

/** The sizes of the parts the metric's figure discloses, in a fixed order per metric. */
export function disclosedParts(metric: HeatmapMetric, sums: Sums): number[] {
  return DISCLOSURES[metric]?.(sums) ?? [];
}

/** How many parts the metric's figures disclose. */
export function partCount(metric: HeatmapMetric): number {
  // Stryker disable next-line ObjectLiteral: a disclosure gives as many parts for {} (NaN sizes), and only the count is read
  return DISCLOSURES[metric]?.({ n: 0, s1: 0, s2: 0 }).length ?? 0;
}
