/**
 * Which heatmap cells may be shown (DESIGN §6). A pure function over people
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
 *    filtered view hides everything its less-filtered "base" views hide, and
 *    treats the remainder (base count minus filtered count) as a second count
 *    that obeys the same rules — so no cell, and no block of hidden cells, has
 *    a remainder of 1…k−1 people that the two views would reveal by subtraction
 *    (Culture Amp refuses such filters; here they are refused cell by cell).
 *
 * Families are processed top-down, so a parent's state is settled before its
 * children's family is examined; a deeper family never changes a shallower one.
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

export interface ViewCounts {
  counts: Counts;
  /** The views this one narrows (e.g. all programs for a program filter), already decided. */
  bases: readonly DecidedView[];
}

export interface DecidedView {
  counts: Counts;
  hidden: ReadonlyMap<string, SuppressionReason>;
}

const countOf = (counts: Counts, id: string): number => counts.get(id) ?? 0;

export function decideSuppression(tree: FamilyTree, view: ViewCounts, k: number): DecidedView {
  const hidden = new Map<string, SuppressionReason>();
  // measure 0 is the filtered count; measure j > 0 is the remainder against base j.
  const measure = (id: string, j: number): number => {
    const n = countOf(view.counts, id);
    if (j === 0) return n;
    const base = view.bases[j - 1];
    return base ? Math.max(0, countOf(base.counts, id) - n) : 0;
  };
  const measures = view.bases.length + 1;

  const ownReason = (id: string): SuppressionReason | null => {
    if (measure(id, 0) < k) return 'BELOW_MIN_GROUP_SIZE';
    if (view.bases.some((base) => base.hidden.has(id))) return 'COMPLEMENTARY';
    for (let j = 1; j < measures; j += 1) {
      const remainder = measure(id, j);
      if (remainder > 0 && remainder < k) return 'FILTER_REMAINDER';
    }
    return null;
  };

  const rootReason = ownReason(ORGANISATION);
  if (rootReason) hidden.set(ORGANISATION, rootReason);

  for (const parent of tree.order) {
    const children = tree.children.get(parent) ?? [];
    for (const child of children) {
      const reason = ownReason(child);
      if (reason) hidden.set(child, reason);
    }
    const parentHidden = hidden.has(parent);
    const directGroup = (j: number): number =>
      Math.max(0, measure(parent, j) - children.reduce((sum, child) => sum + measure(child, j), 0));

    const blockIsSafe = (): boolean => {
      for (let j = 0; j < measures; j += 1) {
        let block = directGroup(j);
        for (const child of children) if (hidden.has(child)) block += measure(child, j);
        const whole = measure(parent, j);
        const safe = parentHidden ? block >= k || block === whole : block === 0 || block >= k;
        if (!safe) return false;
      }
      return true;
    };

    while (!blockIsSafe()) {
      const next = children
        .filter((child) => !hidden.has(child))
        .sort((a, b) => measure(a, 0) - measure(b, 0) || (a < b ? -1 : a > b ? 1 : 0))[0];
      if (!next) break;
      hidden.set(next, 'COMPLEMENTARY');
    }
  }
  return { counts: view.counts, hidden };
}
