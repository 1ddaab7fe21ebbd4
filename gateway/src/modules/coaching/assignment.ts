/**
 * Bulk matching: assign participants to coaches, each coach taking at most its
 * remaining capacity, maximising the total match score. Participants may stay
 * unassigned (value 0) when no coach fits or capacity runs out.
 *
 * Solved with a forward auction (Bertsekas) over coach "seats": every coach has
 * `capacity` seats, each with a price; an unassigned participant bids for the
 * cheapest seat of the coach that is worth most to them at current prices,
 * raising its price by the margin over their second-best coach plus ε, and
 * evicting the seat's previous holder. Seats start at price 0 and a seat nobody
 * bid for stays at 0, which is what makes "unassigned" a fair option: the
 * result is within participants·ε of the optimum. (ε-scaling, the usual
 * speed-up, would carry prices between phases; with an "unassigned" option
 * those inflated prices push everyone out, and a single phase is fast enough.)
 *
 * The prices also certify the result: for any seat prices p ≥ 0, with p_j the
 * cheapest seat of coach j,
 *   Σ_j cap_j·p_j + Σ_i max(0, max_j (score_ij − p_j))
 * bounds the optimum from above (weak LP duality for the transportation
 * problem), so every run reports how far it can at most be from optimal.
 */

export interface AssignmentProblem {
  participants: number;
  coaches: number;
  /** Seats per coach (remaining capacity). */
  capacity: ArrayLike<number>;
  /**
   * Row-major participants × coaches. A pair that violates a hard constraint
   * holds -Infinity (or NaN) and is never assigned.
   */
  scores: Float64Array;
}

export interface AssignmentResult {
  /** Coach index per participant, -1 when unassigned. */
  coachOf: Int32Array;
  total: number;
  /** The dual bound: no assignment scores more than this. */
  upperBound: number;
  /** (upperBound - total) / upperBound, 0 when both are 0. */
  gapBound: number;
  bids: number;
}

/** Binary min-heap of seats (price, holder) of one coach. */
class SeatHeap {
  readonly price: Float64Array;
  readonly holder: Int32Array;

  constructor(size: number) {
    this.price = new Float64Array(size);
    this.holder = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.price.length;
  }

  /** Replaces the cheapest seat's price and holder; returns the previous holder. */
  replaceTop(price: number, holder: number): number {
    const previous = this.holder[0]!;
    this.price[0] = price;
    this.holder[0] = holder;
    this.siftDown(0);
    return previous;
  }

  private siftDown(start: number): void {
    const { price, holder } = this;
    const n = price.length;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const c = r < n && price[r]! < price[l]! ? r : l;
      if (price[c]! >= price[i]!) return;
      const p = price[i]!;
      price[i] = price[c]!;
      price[c] = p;
      const h = holder[i]!;
      holder[i] = holder[c]!;
      holder[c] = h;
      i = c;
    }
  }
}

function feasible(score: number): boolean {
  return score > -Infinity && !Number.isNaN(score);
}

export function totalScore(problem: AssignmentProblem, coachOf: Int32Array): number {
  let total = 0;
  for (let i = 0; i < problem.participants; i++) {
    const j = coachOf[i]!;
    if (j >= 0) total += problem.scores[i * problem.coaches + j]!;
  }
  return total;
}

/**
 * How much work (score cells read, or bids) the solver does between two pauses when it runs in
 * slices (`solveAssignmentInSlices`): a few milliseconds.
 */
const SLICE_WORK = 250_000;

/** Rows of `m` cells to read between two pauses. */
const rowsPerSlice = (m: number): number => Math.max(1, Math.floor(SLICE_WORK / Math.max(1, m)));

/** The weak-duality upper bound for coach prices `prices`. */
export function dualBound(problem: AssignmentProblem, prices: ArrayLike<number>): number {
  return drain(dualBoundSteps(problem, prices));
}

function* dualBoundSteps(problem: AssignmentProblem, prices: ArrayLike<number>): Generator<void, number> {
  const { participants: n, coaches: m, scores, capacity } = problem;
  const slice = rowsPerSlice(m);
  let bound = 0;
  for (let j = 0; j < m; j++) bound += (capacity[j] ?? 0) * Math.max(0, prices[j] ?? 0);
  for (let i = 0; i < n; i++) {
    if (i % slice === slice - 1) yield;
    let best = 0;
    const row = i * m;
    for (let j = 0; j < m; j++) {
      const s = scores[row + j]!;
      if (feasible(s) && (capacity[j] ?? 0) > 0) {
        const v = s - Math.max(0, prices[j] ?? 0);
        if (v > best) best = v;
      }
    }
    bound += best;
  }
  return bound;
}

/** Each participant's best coaches by score, scanned before falling back to the whole row. */
const CANDIDATES = 24;

interface CandidateLists {
  coach: Int32Array;
  count: Uint8Array;
  /** The best score left out of the list (0 when nothing feasible was left out). */
  threshold: Float64Array;
}

function* candidateLists(problem: AssignmentProblem, size: number): Generator<void, CandidateLists> {
  const { participants: n, coaches: m, scores, capacity } = problem;
  const slice = rowsPerSlice(m);
  const coach = new Int32Array(n * size);
  const count = new Uint8Array(n);
  const threshold = new Float64Array(n);
  const bestScores = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    if (i % slice === slice - 1) yield;
    const row = i * m;
    const base = i * size;
    let filled = 0;
    let leftOut = 0;
    for (let j = 0; j < m; j++) {
      const s = scores[row + j]!;
      if (!feasible(s) || s <= 0 || (capacity[j] ?? 0) < 1) continue;
      if (filled === size && s <= bestScores[size - 1]!) {
        if (s > leftOut) leftOut = s;
        continue;
      }
      // Insertion into the descending list; the displaced last entry is left out.
      let k: number;
      if (filled < size) {
        k = filled++;
      } else {
        leftOut = Math.max(leftOut, bestScores[size - 1]!);
        k = size - 1;
      }
      while (k > 0 && bestScores[k - 1]! < s) {
        bestScores[k] = bestScores[k - 1]!;
        coach[base + k] = coach[base + k - 1]!;
        k--;
      }
      bestScores[k] = s;
      coach[base + k] = j;
    }
    count[i] = filled;
    threshold[i] = leftOut;
  }
  return { coach, count, threshold };
}

export interface AuctionOptions {
  /** ε relative to the largest score (default 1e-2: the dual bound then certifies well under 1 % on cohort-sized instances, see bench/bulk-matching.bench.ts). */
  epsilonRatio?: number;
}

/** Runs a computation written as steps (a generator that yields between slices) to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs a computation written as steps with `pause()` awaited between slices (a turn of the event
 * loop), so a large computation in a server process does not hold up the requests it serves.
 */
export async function drainInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

export function solveAssignment(problem: AssignmentProblem, options: AuctionOptions = {}): AssignmentResult {
  return drain(assignmentSteps(problem, options));
}

/** `solveAssignment` as steps, pausing every few milliseconds of work (see `drainInSlices`). */
export function* assignmentSteps(
  problem: AssignmentProblem,
  options: AuctionOptions = {},
): Generator<void, AssignmentResult> {
  const { participants: n, coaches: m, scores, capacity } = problem;
  let maxScore = 0;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]!;
    if (feasible(s) && s > maxScore) maxScore = s;
  }
  const seats = Array.from({ length: m }, (_, j) => new SeatHeap(Math.max(0, Math.floor(capacity[j] ?? 0))));
  const coachOf = new Int32Array(n).fill(-1);
  const epsilon = maxScore * (options.epsilonRatio ?? 1e-2);
  let bids = 0;

  const candidates = yield* candidateLists(problem, CANDIDATES);

  // A ring buffer of unassigned participants still worth bidding for.
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  let head = 0;
  let tail = 0;
  let pending = maxScore > 0 ? n : 0;
  let best = -1;
  let v1 = 0;
  let v2 = 0;
  const consider = (j: number, s: number): void => {
    const heap = seats[j]!;
    if (!feasible(s) || heap.size === 0) return;
    const v = s - heap.price[0]!;
    if (v > v1) {
      v2 = v1;
      v1 = v;
      best = j;
    } else if (v > v2) {
      v2 = v;
    }
  };
  let steps = 0;
  while (pending > 0) {
    // A bid reads a candidate list, and now and then a whole row.
    steps += CANDIDATES;
    if (steps >= SLICE_WORK) {
      steps = 0;
      yield;
    }
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    const row = i * m;
    best = -1;
    v1 = 0; // staying unassigned is worth 0
    v2 = 0;
    const listStart = i * CANDIDATES;
    for (let k = 0; k < candidates.count[i]!; k++) {
      const j = candidates.coach[listStart + k]!;
      consider(j, scores[row + j]!);
    }
    // A coach outside the list is worth at most its score (prices are ≥ 0),
    // which is at most the list's threshold; only when the second-best value
    // does not clear it must the whole row be scanned.
    if (v2 < candidates.threshold[i]!) {
      best = -1;
      v1 = 0;
      v2 = 0;
      for (let j = 0; j < m; j++) consider(j, scores[row + j]!);
      steps += m;
    }
    if (best < 0) continue; // prices only rise: nothing will be worth more than staying unassigned
    bids++;
    const heap = seats[best]!;
    const evicted = heap.replaceTop(heap.price[0]! + (v1 - v2) + epsilon, i);
    coachOf[i] = best;
    if (evicted >= 0) {
      coachOf[evicted] = -1;
      queue[tail] = evicted;
      tail = tail + 1 === n ? 0 : tail + 1;
      pending++;
    }
  }

  const prices = seats.map((heap) => (heap.size > 0 ? heap.price[0]! : 0));
  const total = totalScore(problem, coachOf);
  const upperBound = Math.max(total, yield* dualBoundSteps(problem, prices));
  return {
    coachOf,
    total,
    upperBound,
    gapBound: upperBound > 0 ? (upperBound - total) / upperBound : 0,
    bids,
  };
}

/** The obvious baseline: best pairs first while the participant is free and the coach has room. */
export function solveGreedy(problem: AssignmentProblem): { coachOf: Int32Array; total: number } {
  const { participants: n, coaches: m, scores, capacity } = problem;
  const pairs: number[] = [];
  for (let k = 0; k < scores.length; k++) if (feasible(scores[k]!) && scores[k]! > 0) pairs.push(k);
  pairs.sort((a, b) => scores[b]! - scores[a]!);
  const left = Array.from({ length: m }, (_, j) => Math.floor(capacity[j] ?? 0));
  const coachOf = new Int32Array(n).fill(-1);
  for (const k of pairs) {
    const i = Math.floor(k / m);
    const j = k - i * m;
    if (coachOf[i] === -1 && left[j]! > 0) {
      coachOf[i] = j;
      left[j]!--;
    }
  }
  return { coachOf, total: totalScore(problem, coachOf) };
}
