/** Cell statistics from the sufficient statistics the aggregate table keeps. */

export interface Sums {
  n: number;
  s1: number;
  s2: number;
  pre1?: number | null;
  pre2?: number | null;
  post1?: number | null;
  post2?: number | null;
  cross?: number | null;
}

export interface EffectSize {
  d: number;
  low: number;
  high: number;
}

const Z_95 = 1.959964;

export function mean(sums: Sums): number | null {
  return sums.n > 0 ? sums.s1 / sums.n : null;
}

/** Sample variance; rounding can push Σx² − (Σx)²/n a hair below zero, hence the clamp. */
function variance(n: number, s1: number, s2: number): number {
  return n > 1 ? Math.max(0, (s2 - (s1 * s1) / n) / (n - 1)) : 0;
}

/**
 * Standardised mean change: the mean per-person change over the pooled SD of
 * the baseline and latest scores (d_av), with the 95% interval from its
 * large-sample variance for paired data, 2(1−r)/n + d²/(2n), where r is the
 * pre/post correlation (Becker 1988; Lakens 2013). Null when the spread is zero
 * or fewer than three people are counted.
 */
export function effectSize(sums: Sums): EffectSize | null {
  const { n } = sums;
  if (n < 3 || sums.pre1 == null || sums.pre2 == null || sums.post1 == null || sums.post2 == null)
    return null;
  const varPre = variance(n, sums.pre1, sums.pre2);
  const varPost = variance(n, sums.post1, sums.post2);
  const pooled = Math.sqrt((varPre + varPost) / 2);
  if (!(pooled > 0)) return null;
  const d = sums.s1 / n / pooled;
  const covariance = sums.cross != null ? (sums.cross - (sums.pre1 * sums.post1) / n) / (n - 1) : 0;
  const spread = Math.sqrt(varPre * varPost);
  const r = spread > 0 ? Math.min(1, Math.max(-1, covariance / spread)) : 0;
  const se = Math.sqrt((2 * (1 - r)) / n + (d * d) / (2 * n));
  return { d, low: d - Z_95 * se, high: d + Z_95 * se };
}
