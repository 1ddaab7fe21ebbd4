/**
 * The suppression decisions against an attacker who knows every shown figure
 * and the family equations (a unit = the sum of its children + the people
 * placed in it directly): hand cases for the rules that a single test pins
 * down, then random organisation trees and counts (fast-check) fed to
 * decideUnfiltered, with the attacker trying to isolate any group of 1…k−1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideFiltered,
  decideUnfiltered,
  ORGANISATION,
  type DecidedView,
  type FamilyTree,
} from './privacy.js';

const counts = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([id, n]) => [id === 'ORG' ? ORGANISATION : id, n]));

/**
 * What subtraction reveals from a decided view: starting from the shown
 * figures and the empty direct groups (headcount is public), any family member that is the only unknown of its family is
 * derived, and the unknown members of a family whose parent is known form a
 * block the attacker learns as one group. Returns every derived group and
 * block of 1…k−1 people.
 */
function isolatedGroups(
  tree: FamilyTree,
  people: ReadonlyMap<string, number>,
  view: DecidedView,
  k: number,
  /** Whose direct groups are empty, when not `people`'s (a remainder's groups are as the filter's). */
  emptyDirect: ReadonlyMap<string, number> = people,
) {
  const n = (id: string) => people.get(id) ?? 0;
  const directOf = (measure: ReadonlyMap<string, number>, parent: string) =>
    (measure.get(parent) ?? 0) -
    (tree.children.get(parent) ?? []).reduce((sum, child) => sum + (measure.get(child) ?? 0), 0);
  const direct = (parent: string) => directOf(people, parent);
  const known = new Set(
    [ORGANISATION, ...[...tree.children.values()].flat()].filter((id) => !view.hidden.has(id)),
  );
  // Headcount is an org-chart fact: a unit with nobody placed in it directly adds nothing unknown.
  const knownDirect = new Set(tree.order.filter((parent) => directOf(emptyDirect, parent) === 0));
  const found: string[] = [];
  const small = (value: number) => value > 0 && value < k;
  let changed = true;
  while (changed) {
    changed = false;
    for (const parent of tree.order) {
      const children = tree.children.get(parent) ?? [];
      const unknown = [
        ...(known.has(parent) ? [] : [parent]),
        ...children.filter((child) => !known.has(child)),
        ...(knownDirect.has(parent) ? [] : [`${parent}#direct`]),
      ];
      if (unknown.length === 1) {
        const [only] = unknown as [string];
        if (only.endsWith('#direct')) {
          knownDirect.add(parent);
          if (small(direct(parent))) found.push(`${parent}'s direct group (${direct(parent)})`);
        } else {
          known.add(only);
          if (small(n(only))) found.push(`${only} (${n(only)})`);
        }
        changed = true;
      } else if (known.has(parent) && unknown.length > 1) {
        const block = unknown.reduce((sum, id) => sum + (id.endsWith('#direct') ? direct(parent) : n(id)), 0);
        if (small(block)) found.push(`the block ${unknown.join(' + ')} (${block})`);
      }
    }
  }
  return [...new Set(found)];
}

describe('decideUnfiltered: a hidden parent', () => {
  // ORGANISATION → { R1, R2 }, R2 → { A, B }.
  const tree: FamilyTree = {
    children: new Map([
      [ORGANISATION, ['R1', 'R2']],
      ['R2', ['A', 'B']],
    ]),
    order: [ORGANISATION, 'R2'],
  };

  it('hides one of its children even when none of them is small, so it cannot be rebuilt and subtracted', () => {
    // R1 (3) is hidden, so R2 is hidden to cover it; if A and B both stayed visible, A + B would
    // rebuild R2 and ORG − R2 would give R1's three people.
    const people = counts({ ORG: 13, R1: 3, R2: 10, A: 5, B: 5 });
    const decided = decideUnfiltered(tree, people, 5);
    expect(decided.hidden.get('R1')).toBe('BELOW_MIN_GROUP_SIZE');
    expect(decided.hidden.get('R2')).toBe('COMPLEMENTARY');
    expect(decided.hidden.get('A')).toBe('COMPLEMENTARY');
    expect(decided.hidden.has('B')).toBe(false);
    expect(isolatedGroups(tree, people, decided, 5)).toEqual([]);
  });

  it('keeps its children visible when the hidden ones are the whole parent', () => {
    // R2's only child with people is hidden and so is R2: nothing subtracts to a small group.
    const people = counts({ ORG: 13, R1: 3, R2: 10, A: 10, B: 0 });
    const decided = decideUnfiltered(tree, people, 5);
    expect(decided.hidden.get('R2')).toBe('COMPLEMENTARY');
    expect(decided.hidden.get('B')).toBe('BELOW_MIN_GROUP_SIZE');
    expect(isolatedGroups(tree, people, decided, 5)).toEqual([]);
  });
});

describe('decideFiltered: nothing left to hide', () => {
  it('withholds every figure of the view, and claims to know none of them', () => {
    // ORGANISATION → { A } with 3 people placed in the organisation directly. The base view (as an
    // earlier filter left it) already showed both figures, and the filter changes neither: the
    // direct group ORG − A = 3 people cannot be covered by hiding anything the viewer still learns.
    const tree: FamilyTree = { children: new Map([[ORGANISATION, ['A']]]), order: [ORGANISATION] };
    const people = counts({ ORG: 8, A: 5 });
    const base: DecidedView = {
      counts: people,
      parts: [],
      hidden: new Map(),
      known: new Set([ORGANISATION, 'A']),
    };
    const decided = decideFiltered(tree, { counts: people, bases: [base] }, 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({
      [ORGANISATION]: 'COMPLEMENTARY',
      A: 'COMPLEMENTARY',
    });
    expect([...decided.known]).toEqual([]);
  });
});

/** A group's figures in one or more measures (people; or all and kept under a filter); [] is none in every one. */
type Figures = readonly number[];
const plus = (a: Figures, b: Figures): Figures =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));

/**
 * A random organisation's tree (regions `R0…` of units `R0U0…` of teams `R0U0T0…`, each team a group
 * of people) and every unit's figures: a team's are its group's, and every other unit's are its
 * children's summed plus the next group of `direct`, the people placed in it directly (none in a unit
 * without teams, and none once `direct` runs out). `measure(i)` reads measure i of every unit.
 */
function organisationOf<G>(
  shape: readonly (readonly (readonly G[])[])[],
  direct: readonly G[],
  figures: (group: G) => Figures,
) {
  const children = new Map<string, string[]>();
  const counted = new Map<string, Figures>();
  let nextDirect = 0;
  const placed = (): Figures => (nextDirect < direct.length ? figures(direct[nextDirect++]!) : []);
  /** Counts each of `items` as the unit `${prefix}${i}`, in order. */
  const units = <T>(prefix: string, items: readonly T[], count: (id: string, item: T) => Figures) =>
    new Map(items.map((item, i) => [`${prefix}${i}`, count(`${prefix}${i}`, item)] as const));
  /** Records a unit whose own people are `own` and whose children are `kids`; returns its figures. */
  const unit = (id: string, own: Figures, kids: ReadonlyMap<string, Figures>): Figures => {
    if (kids.size) children.set(id, [...kids.keys()]);
    const total = [...kids.values()].reduce(plus, own);
    counted.set(id, total);
    return total;
  };
  unit(
    ORGANISATION,
    placed(),
    units('R', shape, (region, regionUnits) =>
      unit(
        region,
        placed(),
        units(`${region}U`, regionUnits, (id, teams) =>
          unit(
            id,
            teams.length ? placed() : [],
            units(`${id}T`, teams, (team, group) => unit(team, figures(group), new Map())),
          ),
        ),
      ),
    ),
  );
  // Parents before children: the organisation, the regions, then the units.
  const below = [...children.keys()].filter((id) => id !== ORGANISATION);
  const order = [ORGANISATION, ...below.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))];
  const tree: FamilyTree = { children, order };
  const measure = (i: number) => new Map([...counted].map(([id, f]) => [id, f[i] ?? 0]));
  return { tree, measure };
}

/** A random organisation: up to three regions, each with up to three units, each with up to three teams. */
const organisation = fc
  .record({
    k: fc.integer({ min: 3, max: 6 }),
    shape: fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    direct: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 16, maxLength: 16 }),
  })
  .map(({ k, shape, direct }) => {
    const { tree, measure } = organisationOf(shape, direct, (people) => [people]);
    return { k, tree, people: measure(0) };
  });

describe('decideUnfiltered against an attacker who subtracts (random organisations)', () => {
  it('leaves no group of 1…k−1 people that subtraction can isolate', () => {
    fc.assert(
      fc.property(organisation, ({ k, tree, people }) => {
        const decided = decideUnfiltered(tree, people, k);
        expect(isolatedGroups(tree, people, decided, k)).toEqual([]);
        // Primary suppression: every shown figure is about at least k people.
        for (const [id, size] of people) if (!decided.hidden.has(id)) expect(size).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });

  it('decides a family the same whichever views ask: the answer depends on counts, not on order', () => {
    fc.assert(
      fc.property(organisation, ({ k, tree, people }) => {
        const reversed: FamilyTree = {
          children: new Map([...tree.children].map(([parent, kids]) => [parent, [...kids].reverse()])),
          order: tree.order,
        };
        const a = decideUnfiltered(tree, people, k);
        const b = decideUnfiltered(reversed, people, k);
        expect(new Map([...b.hidden].sort())).toEqual(new Map([...a.hidden].sort()));
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});

/**
 * A random organisation as above with a filter over it (a program, a period): each team and each
 * direct group keeps some of its people, and every unit counts what its subtree kept.
 */
const filteredOrganisation = fc
  .record({
    k: fc.integer({ min: 3, max: 6 }),
    shape: fc.array(
      fc.array(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 5 })), {
          maxLength: 3,
        }),
        {
          maxLength: 3,
        },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    direct: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 })), {
      minLength: 16,
      maxLength: 16,
    }),
  })
  .map(({ k, shape, direct }) => {
    // Half the groups keep everyone (the same figure under the filter), the others keep at most two
    // people (a small filtered group beside a large remainder, the case a parent can be shown in).
    const keep = ([size, draw]: readonly [number, number]) => (draw >= 3 ? size : Math.min(size, draw));
    const { tree, measure } = organisationOf(shape, direct, (group) => [group[0], keep(group)]);
    return { k, tree, all: measure(0), kept: measure(1) };
  });

describe('decideFiltered against an attacker who subtracts (random organisations and filters)', () => {
  it('leaves no group of 1…k−1 people, under the filter or outside it, that subtraction can isolate', () => {
    let leaksClosed = 0;
    fc.assert(
      fc.property(filteredOrganisation, ({ k, tree, all, kept }) => {
        const base = decideUnfiltered(tree, all, k);
        const view = decideFiltered(tree, { counts: kept, bases: [base] }, k);
        const remainder = new Map([...all].map(([id, n]) => [id, n - (kept.get(id) ?? 0)]));
        // The attacker also knows every figure the filter leaves as it was: a shown base figure with no remainder.
        const withheld = new Map(
          [...view.hidden].filter(([id]) => !(base.known.has(id) && remainder.get(id) === 0)),
        );
        const attacked: DecidedView = { ...view, hidden: withheld };
        expect(isolatedGroups(tree, kept, attacked, k)).toEqual([]);
        expect(isolatedGroups(tree, remainder, attacked, k, kept)).toEqual([]);
        for (const [id, n] of kept) {
          if (view.hidden.has(id)) continue;
          // Shown: about k people or more, differing from the unfiltered figure by none or k or more.
          expect(n).toBeGreaterThanOrEqual(k);
          expect(remainder.get(id) === 0 || remainder.get(id)! >= k).toBe(true);
          expect(base.hidden.has(id)).toBe(false);
          expect(view.known.has(id)).toBe(true);
        }
        for (const id of base.hidden.keys()) expect(view.hidden.has(id)).toBe(true);
        // A leak closed by this view: a unit hidden for another's sake that the base shows.
        if ([...view.hidden].some(([id, why]) => why === 'COMPLEMENTARY' && !base.hidden.has(id))) {
          leaksClosed += 1;
        }
      }),
      { numRuns: 300, seed: 20261205 },
    );
    // The property is about closing leaks: enough of the random filters must open one (123 of 300 do).
    expect(leaksClosed).toBeGreaterThan(60);
  });
});
