/**
 * Which heatmap cells may be shown (docs/ARCHITECTURE.md, "Privacy rules"). A pure function over people
 * counts, so it can be reasoned about and tested apart from SQL.
 *
 * The attacker model: a viewer can ask for any subtree at any depth and under
 * any filter, so every unit's figure is assumed known unless it is hidden, and
 * a unit's figure equals the sum over its children plus its "direct group" (the
 * people placed in the unit itself, never shown on its own). Hiding must
 * therefore be a function of the whole tree, not of the view, and must hold up
 * against three kinds of subtraction:
 *
 * 1. Primary: a cell about fewer than k people is hidden.
 * 2. Complementary (siblings from their parent): in every family the hidden
 *    members (hidden children plus the direct group) must together be empty or
 *    at least k people, else the next-smallest visible sibling is hidden too
 *    (Viva Glint's rule). When the parent itself is hidden, its hidden members
 *    must reach k on their own or be the whole parent, so the parent cannot be
 *    rebuilt from its children and then used against its own siblings.
 * 3. Differencing filters (program A vs all programs; a period vs all time): a
 *    filtered view hides everything its less-filtered "base" views hide, hides
 *    cells whose remainder (base count minus filtered count) is 1…k−1 people
 *    (Culture Amp refuses such filters; here they are refused cell by cell),
 *    and is decided over the whole tree (decideFiltered): a unit entirely
 *    inside the filter is known from the unfiltered view, so subtracting it
 *    from a filtered ancestor is an attack only a whole-tree check can see.
 *
 * The unfiltered view is decided family by family from the top
 * (decideUnfiltered), so any subtree is decided the same whichever view asks
 * and a view needs only its own families and those up its path.
 *
 * Some figures disclose more than a mean over their people: a participation
 * rate tells how many of them take part and how many do not. Such subgroups
 * ("parts") are protected like the people count, except that an empty one
 * gives nothing away: in every cell, every block a subtraction reaches and
 * every filter remainder, each part is 0 or at least k.
 */

export type SuppressionReason = 'BELOW_MIN_GROUP_SIZE' | 'COMPLEMENTARY' | 'FILTER_REMAINDER';

/** The organisation as a whole: the root of every family tree. */
export const ORGANISATION = '00000000-0000-0000-0000-000000000000';

export interface FamilyTree {
  /**
   * Parent id → its complete list of children (every child unit, with or
   * without data). Only the families a view needs: ORGANISATION → roots, each
   * unit on the path to the viewed unit, and the units the view expands.
   */
  children: ReadonlyMap<string, readonly string[]>;
  /** Families in an order where a parent is always a child of an earlier family (or ORGANISATION). */
  order: readonly string[];
}

/** People counted per unit subtree (ORGANISATION included); a missing unit counts 0. */
export type Counts = ReadonlyMap<string, number>;

/** Per part, its size per unit subtree; the same parts, in the same order, in a view and its bases. */
export type Parts = readonly Counts[];

export interface ViewCounts {
  counts: Counts;
  parts?: Parts;
  /** The views this one narrows (e.g. all programs for a program filter), already decided. */
  bases: readonly DecidedView[];
}

export interface DecidedView {
  counts: Counts;
  parts: Parts;
  hidden: ReadonlyMap<string, SuppressionReason>;
  /** Units whose figure a viewer knows: shown, or derivable from what is shown. */
  known: ReadonlySet<string>;
}

const countOf = (counts: Counts, id: string): number => counts.get(id) ?? 0;
const DIRECT = '#direct';

/** 1 … k−1: a group that may not be singled out. */
const isSmall = (value: number, k: number): boolean => value > 0 && value < k;

/**
 * The unfiltered view: primary suppression plus the complementary rule, family
 * by family from the top. Sound view by view because a family's outcome
 * depends only on itself and its ancestors, so any subtree is decided the same
 * whichever view asks.
 */
export function decideUnfiltered(
  tree: FamilyTree,
  counts: Counts,
  k: number,
  parts: Parts = [],
): DecidedView {
  const hidden = new Map<string, SuppressionReason>();
  const n = (id: string): number => countOf(counts, id);
  const tooSmall = (id: string): boolean => n(id) < k || parts.some((part) => isSmall(countOf(part, id), k));
  if (tooSmall(ORGANISATION)) hidden.set(ORGANISATION, 'BELOW_MIN_GROUP_SIZE');
  for (const parent of tree.order) {
    const children = tree.children.get(parent) ?? [];
    for (const child of children) if (tooSmall(child)) hidden.set(child, 'BELOW_MIN_GROUP_SIZE');
    const parentHidden = hidden.has(parent);
    // The hidden members of the family (hidden children plus the direct group), as one block.
    const blockOf = (measure: Counts): number =>
      children.reduce(
        (sum, child) => sum + (hidden.has(child) ? countOf(measure, child) : 0),
        Math.max(0, countOf(measure, parent) - children.reduce((sum, c) => sum + countOf(measure, c), 0)),
      );
    const blockIsSafe = (): boolean => {
      const block = blockOf(counts);
      // With a hidden parent the block must not let the parent be rebuilt from
      // its children and then be used against its own siblings.
      // Stryker disable next-line ConditionalExpression: shown children hold k people or more, so a block that is the whole parent yet under k leaves none to hide and the loop below stops at once
      const peopleSafe = parentHidden ? block >= k || block === n(parent) : block === 0 || block >= k;
      return peopleSafe && parts.every((part) => !isSmall(blockOf(part), k));
    };
    while (!blockIsSafe()) {
      const next = children
        .filter((child) => !hidden.has(child))
        .sort((a, b) => n(a) - n(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
      if (!next) break;
      hidden.set(next, 'COMPLEMENTARY');
    }
  }
  const known = new Set(
    [ORGANISATION, ...[...tree.children.values()].flat()].filter((id) => !hidden.has(id)),
  );
  return { counts, parts, hidden, known };
}

/**
 * Filtered views, decided over the whole tree. Starts from what the viewer
 * knows — every shown figure, plus every filtered figure equal to a known base
 * figure (remainder 0) — and propagates what subtraction reveals through each
 * family (parent = Σ children + direct group). Whenever that reaches a block
 * of 1…k−1 people (or of remainder people), it hides the next-smallest sibling
 * that can still be hidden, or the parent, and starts over.
 */
export function decideFiltered(tree: FamilyTree, view: ViewCounts, k: number): DecidedView {
  const parts = view.parts ?? [];
  // Dimension 0 is the people counted, dimension d > 0 is part d − 1.
  const dimensions = [view.counts, ...parts];
  const perDimension = view.bases.length + 1;
  const measures = dimensions.length * perDimension;
  // Measure d·perDimension is dimension d under the filter; d·perDimension + j
  // (j > 0) is its remainder against base j: the people the two figures differ by.
  const measure = (id: string, m: number): number => {
    const d = Math.floor(m / perDimension);
    const j = m % perDimension;
    const own = countOf(dimensions[d] ?? new Map(), id);
    if (j === 0) return own;
    const base = view.bases[j - 1];
    const baseMeasure = base ? [base.counts, ...base.parts][d] : undefined;
    return baseMeasure ? Math.abs(countOf(baseMeasure, id) - own) : 0;
  };
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the loop above it in ownReason has already returned for every filtered-only measure
  const filteredOnly = (m: number): boolean => m % perDimension === 0;
  const directMeasure = (parent: string, j: number): number =>
    Math.max(
      0,
      // Stryker disable next-line ArrayDeclaration: a child nobody is counted in subtracts nothing
      measure(parent, j) - (tree.children.get(parent) ?? []).reduce((sum, c) => sum + measure(c, j), 0),
    );
  const small = (value: number): boolean => isSmall(value, k);

  const parentOf = new Map<string, string>();
  for (const parent of tree.order)
    for (const child of tree.children.get(parent) ?? []) parentOf.set(child, parent);
  const units = [ORGANISATION, ...parentOf.keys()];

  const ownReason = (id: string): SuppressionReason | null => {
    if (measure(id, 0) < k) return 'BELOW_MIN_GROUP_SIZE';
    // Stryker disable next-line EqualityOperator: a measure one past the end reads as 0, which is never small
    for (let m = perDimension; m < measures; m += perDimension) {
      if (small(measure(id, m))) return 'BELOW_MIN_GROUP_SIZE';
    }
    if (view.bases.some((base) => base.hidden.has(id))) return 'COMPLEMENTARY';
    // Stryker disable next-line EqualityOperator: a measure one past the end reads as 0, which is never small
    for (let m = 1; m < measures; m += 1) {
      if (!filteredOnly(m) && small(measure(id, m))) return 'FILTER_REMAINDER';
    }
    return null;
  };
  // A unit whose filtered figure equals a base figure the viewer already knows
  // (no remainder in any dimension) cannot be hidden by this view: hiding it
  // would protect nothing.
  const knownFromBase = (id: string): boolean =>
    view.bases.some(
      (base, j) =>
        base.known.has(id) && dimensions.every((_, d) => measure(id, d * perDimension + j + 1) === 0),
    );

  const forced = new Set<string>();
  for (let round = 0; round <= units.length + 1; round += 1) {
    const hidden = new Map<string, SuppressionReason>();
    for (const id of units) {
      const reason = ownReason(id) ?? (forced.has(id) ? 'COMPLEMENTARY' : null);
      if (reason) hidden.set(id, reason);
    }
    const known = new Set(units.filter((id) => !hidden.has(id) || knownFromBase(id)));
    const knownDirect = new Set(tree.order.filter((parent) => directMeasure(parent, 0) === 0));

    // Propagate what subtraction reveals: a family is parent = Σ children + direct group.
    let leak: string | null = null;
    let changed = true;
    while (changed && leak === null) {
      changed = false;
      for (const parent of tree.order) {
        const children = tree.children.get(parent) ?? [];
        const unknown = [
          ...children.filter((child) => !known.has(child)),
          ...(knownDirect.has(parent) ? [] : [DIRECT]),
        ];
        if (!known.has(parent)) {
          if (unknown.length === 0) {
            known.add(parent);
            changed = true;
          }
          continue;
        }
        // Stryker disable next-line ConditionalExpression: with nothing unknown every block is 0 and nothing is derived
        if (unknown.length === 0) continue;
        // Stryker disable next-line EqualityOperator: a measure one past the end reads as 0, which is never small
        for (let j = 0; j < measures; j += 1) {
          const block = unknown.reduce(
            (sum, id) => sum + (id === DIRECT ? directMeasure(parent, j) : measure(id, j)),
            0,
          );
          if (small(block)) leak = parent;
        }
        if (leak !== null) break;
        if (unknown.length === 1) {
          const [only] = unknown;
          if (only === DIRECT) knownDirect.add(parent);
          else if (only) known.add(only);
          changed = true;
        }
      }
    }
    if (leak === null) return { counts: view.counts, parts, hidden, known };

    // Close the leak: hide the next-smallest sibling that can still be hidden,
    // else make the parent itself unknown (hiding it, or a sibling of it).
    let family: string | undefined = leak;
    let closed = false;
    while (family !== undefined && !closed) {
      const candidate = (tree.children.get(family) ?? [])
        .filter((child) => !hidden.has(child) && !knownFromBase(child))
        .sort((a, b) => measure(a, 0) - measure(b, 0) || (a < b ? -1 : a > b ? 1 : 0))[0];
      if (candidate) {
        forced.add(candidate);
        closed = true;
      } else if (!hidden.has(family) && !knownFromBase(family)) {
        forced.add(family);
        closed = true;
      } else {
        family = parentOf.get(family);
      }
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: without it the rounds repeat the same unclosable leak until their limit, and the return after them withholds the same figures and claims to know none
    if (!closed) {
      // Nothing left to hide: withhold every figure of this view.
      for (const id of units) forced.add(id);
    }
  }
  const hidden = new Map<string, SuppressionReason>(
    units.map((id) => [id, ownReason(id) ?? 'COMPLEMENTARY']),
  );
  return { counts: view.counts, parts, hidden, known: new Set() };
}
