import { describe, expect, it } from 'vitest';
import {
  decideFiltered,
  decideUnfiltered,
  ORGANISATION,
  type DecidedView,
  type FamilyTree,
} from './privacy.js';

// ORGANISATION → R → { A, B, C }; R may also hold people directly.
const tree: FamilyTree = {
  children: new Map([
    [ORGANISATION, ['R']],
    ['R', ['A', 'B', 'C']],
  ]),
  order: [ORGANISATION, 'R'],
};
const counts = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([id, n]) => [id === 'ORG' ? ORGANISATION : id, n]));

describe('decideUnfiltered', () => {
  it('shows every group of at least k', () => {
    const decided = decideUnfiltered(tree, counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 }), 5);
    expect([...decided.hidden]).toEqual([]);
  });

  it('hides a small cell and the next-smallest sibling, so the parent minus the rest reveals nothing', () => {
    const decided = decideUnfiltered(tree, counts({ ORG: 21, R: 21, A: 12, B: 6, C: 3 }), 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({ C: 'BELOW_MIN_GROUP_SIZE', B: 'COMPLEMENTARY' });
  });

  it('counts people placed directly in the parent as a hidden group', () => {
    // R holds 2 people itself: R − A − B − C would expose them.
    const decided = decideUnfiltered(tree, counts({ ORG: 27, R: 27, A: 10, B: 8, C: 7 }), 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({ C: 'COMPLEMENTARY' });
  });

  it('needs no second cell when the hidden ones already reach k together', () => {
    const decided = decideUnfiltered(tree, counts({ ORG: 18, R: 18, A: 10, B: 4, C: 4 }), 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({
      B: 'BELOW_MIN_GROUP_SIZE',
      C: 'BELOW_MIN_GROUP_SIZE',
    });
  });
});

describe('decideFiltered', () => {
  it('refuses a filtered cell whose remainder is under k, and keeps what the base hides hidden', () => {
    const all = decideUnfiltered(tree, counts({ ORG: 40, R: 40, A: 20, B: 12, C: 8 }), 5);
    const filtered = decideFiltered(
      tree,
      { counts: counts({ ORG: 30, R: 30, A: 18, B: 12, C: 0 }), bases: [all] },
      5,
    );
    // A: 2 of its 20 people are outside the filter.
    expect(filtered.hidden.get('A')).toBe('FILTER_REMAINDER');
    expect(filtered.hidden.get('C')).toBe('BELOW_MIN_GROUP_SIZE');
    // B is the same group with and without the filter: known either way, so shown.
    expect(filtered.hidden.has('B')).toBe(false);
    expect(filtered.known.has('B')).toBe(true);
  });
});

describe('parts a figure discloses (a participation rate: who takes part, who does not)', () => {
  it('hides a cell whose participants or non-participants number 1…k−1, and a sibling to cover it', () => {
    // A: 6 of 10 take part; B: 1 of 10 (a rate of 0.1 names one person); C: 10 of 10.
    const n = counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 });
    const yes = counts({ ORG: 17, R: 17, A: 6, B: 1, C: 10 });
    const no = counts({ ORG: 13, R: 13, A: 4, B: 9, C: 0 });
    const decided = decideUnfiltered(tree, n, 5, [yes, no]);
    // A's 4 non-participants are as small a group as B's one participant.
    expect(decided.hidden.get('A')).toBe('BELOW_MIN_GROUP_SIZE');
    expect(decided.hidden.get('B')).toBe('BELOW_MIN_GROUP_SIZE');
    // Hidden together A and B hold 7 participants and 13 non-participants: R minus C reveals no small group.
    expect(decided.hidden.has('C')).toBe(false);
    expect(decided.hidden.has('R')).toBe(false);
  });

  it('hides a sibling when subtracting the visible ones from the parent would leave 1…k−1 participants', () => {
    const n = counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 });
    const yes = counts({ ORG: 12, R: 12, A: 5, B: 2, C: 5 });
    const no = counts({ ORG: 18, R: 18, A: 5, B: 8, C: 5 });
    const decided = decideUnfiltered(tree, n, 5, [yes, no]);
    expect(decided.hidden.get('B')).toBe('BELOW_MIN_GROUP_SIZE');
    expect([decided.hidden.get('A'), decided.hidden.get('C')]).toContain('COMPLEMENTARY');
  });

  it('refuses a program filter whose participants differ from the unfiltered ones by 1…k−1', () => {
    // The population is the same with and without the filter; only who takes part changes.
    const n = counts({ ORG: 60, R: 60, A: 20, B: 20, C: 20 });
    const all = decideUnfiltered(tree, n, 5, [
      counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 }),
      counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 }),
    ]);
    expect([...all.hidden]).toEqual([]);
    const filtered = decideFiltered(
      tree,
      {
        counts: n,
        // In this program: 7 of A's 10 participants (all programs minus this one names the other 3),
        // all 10 of B's, 5 of C's.
        parts: [
          counts({ ORG: 22, R: 22, A: 7, B: 10, C: 5 }),
          counts({ ORG: 38, R: 38, A: 13, B: 10, C: 15 }),
        ],
        bases: [all],
      },
      5,
    );
    expect(filtered.hidden.get('A')).toBe('FILTER_REMAINDER');
    // B is the same figure with and without the filter: known either way, so shown.
    expect(filtered.hidden.has('B')).toBe(false);
    // R − B − C would give A's figure back: C goes too.
    expect(filtered.hidden.get('C')).toBe('COMPLEMENTARY');
  });
});

describe('decideUnfiltered at the edges of the rules', () => {
  it('leaves the visible siblings alone when the hidden block holds exactly k people', () => {
    // C (3) and R's 2 people placed directly are hidden together: 5 = k people, which may be shown as a group.
    const decided = decideUnfiltered(tree, counts({ ORG: 25, R: 25, A: 10, B: 10, C: 3 }), 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({ C: 'BELOW_MIN_GROUP_SIZE' });
    expect([...decided.known].sort()).toEqual([ORGANISATION, 'A', 'B', 'R'].sort());
  });

  it('breaks a tie between equal siblings by id, whatever order the family lists them in', () => {
    const people = counts({ ORG: 15, R: 15, A: 6, B: 6, C: 3 });
    for (const order of [
      ['A', 'B', 'C'],
      ['C', 'B', 'A'],
      ['B', 'C', 'A'],
    ]) {
      const listed: FamilyTree = {
        children: new Map([
          [ORGANISATION, ['R']],
          ['R', order],
        ]),
        order: tree.order,
      };
      const decided = decideUnfiltered(listed, people, 5);
      expect(Object.fromEntries(decided.hidden)).toEqual({ C: 'BELOW_MIN_GROUP_SIZE', A: 'COMPLEMENTARY' });
    }
  });

  it('hides nothing in a family whose hidden members are empty', () => {
    // C has nobody: hidden for being under k, yet R − A − B reveals no one.
    const decided = decideUnfiltered(tree, counts({ ORG: 20, R: 20, A: 10, B: 10, C: 0 }), 5);
    expect(Object.fromEntries(decided.hidden)).toEqual({ C: 'BELOW_MIN_GROUP_SIZE' });
  });
});

describe('decideFiltered closing a leak', () => {
  // Every unit of the unfiltered view is shown.
  const all = decideUnfiltered(tree, counts({ ORG: 40, R: 40, A: 20, B: 10, C: 10 }), 5);

  it('hides the smallest sibling it may still hide when the shown ones subtract to a small group', () => {
    // B falls to 3 under the filter. C is the same group either way, so hiding it protects nothing:
    // A (12 of 20) is the sibling that goes.
    const filtered = decideFiltered(
      tree,
      { counts: counts({ ORG: 25, R: 25, A: 12, B: 3, C: 10 }), bases: [all] },
      5,
    );
    expect(Object.fromEntries(filtered.hidden)).toEqual({ B: 'BELOW_MIN_GROUP_SIZE', A: 'COMPLEMENTARY' });
    expect([...filtered.known].sort()).toEqual([ORGANISATION, 'C', 'R'].sort());
  });

  it('hides the smaller of two siblings it may hide', () => {
    const base = decideUnfiltered(tree, counts({ ORG: 50, R: 50, A: 20, B: 10, C: 20 }), 5);
    const filtered = decideFiltered(
      tree,
      { counts: counts({ ORG: 25, R: 25, A: 12, B: 3, C: 10 }), bases: [base] },
      5,
    );
    expect(Object.fromEntries(filtered.hidden)).toEqual({ B: 'BELOW_MIN_GROUP_SIZE', C: 'COMPLEMENTARY' });
  });

  it('climbs to the parent, then its parent, when no sibling is left to hide', () => {
    // A and C are the same groups with and without the filter, so R − A − C gives B's 3 people. Hiding
    // R is not enough (ORG has R as its only child, so ORG gives R back): ORG goes too.
    const filtered = decideFiltered(
      tree,
      { counts: counts({ ORG: 33, R: 33, A: 20, B: 3, C: 10 }), bases: [all] },
      5,
    );
    expect(Object.fromEntries(filtered.hidden)).toEqual({
      B: 'BELOW_MIN_GROUP_SIZE',
      R: 'COMPLEMENTARY',
      [ORGANISATION]: 'COMPLEMENTARY',
    });
    expect([...filtered.known].sort()).toEqual(['A', 'C']);
  });
});

describe('decideFiltered with a tie, two bases and a part', () => {
  it('breaks a tie between equal siblings it may hide by id, whatever order the family lists them in', () => {
    const base = decideUnfiltered(tree, counts({ ORG: 50, R: 50, A: 20, B: 10, C: 20 }), 5);
    for (const order of [
      ['A', 'B', 'C'],
      ['C', 'B', 'A'],
    ]) {
      const listed: FamilyTree = {
        children: new Map([
          [ORGANISATION, ['R']],
          ['R', order],
        ]),
        order: tree.order,
      };
      const filtered = decideFiltered(
        listed,
        { counts: counts({ ORG: 23, R: 23, A: 10, B: 3, C: 10 }), bases: [base] },
        5,
      );
      expect(Object.fromEntries(filtered.hidden)).toEqual({ B: 'BELOW_MIN_GROUP_SIZE', A: 'COMPLEMENTARY' });
    }
  });

  it('knows a figure one base shows unchanged, and hides what any base hides', () => {
    // A program this period, narrowing the program over all time (base 1) and all programs this
    // period (base 2, which hides C).
    const everyone = [ORGANISATION, 'R', 'A', 'B', 'C'];
    const programAllTime = decideUnfiltered(tree, counts({ ORG: 40, R: 40, A: 20, B: 10, C: 10 }), 5);
    const allProgramsThisPeriod: DecidedView = {
      counts: counts({ ORG: 50, R: 50, A: 23, B: 12, C: 15 }),
      parts: [],
      hidden: new Map([['C', 'COMPLEMENTARY']]),
      known: new Set(everyone.filter((id) => id !== 'C')),
    };
    const filtered = decideFiltered(
      tree,
      {
        counts: counts({ ORG: 40, R: 40, A: 20, B: 10, C: 10 }),
        bases: [programAllTime, allProgramsThisPeriod],
      },
      5,
    );
    expect(Object.fromEntries(filtered.hidden)).toEqual({
      // 3 and 2 people of other programs this period.
      A: 'FILTER_REMAINDER',
      B: 'FILTER_REMAINDER',
      // Hidden by the second base, though the first shows it.
      C: 'COMPLEMENTARY',
    });
    // Each figure equals the program's all-time figure, which is shown: hiding it protects nothing.
    expect([...filtered.known].sort()).toEqual([...everyone].sort());
  });

  it('hides a filtered cell whose part is 1…k−1 for being small, not for its remainder', () => {
    const alone: FamilyTree = { children: new Map([[ORGANISATION, ['A']]]), order: [ORGANISATION] };
    const people = counts({ ORG: 20, A: 20 });
    const all = decideUnfiltered(alone, people, 5, [counts({ ORG: 10, A: 10 }), counts({ ORG: 10, A: 10 })]);
    expect([...all.hidden]).toEqual([]);
    // In this program 2 of the 20 took part: 8 fewer participants and 8 more non-participants than in all.
    const filtered = decideFiltered(
      alone,
      { counts: people, parts: [counts({ ORG: 2, A: 2 }), counts({ ORG: 18, A: 18 })], bases: [all] },
      5,
    );
    expect(Object.fromEntries(filtered.hidden)).toEqual({
      [ORGANISATION]: 'BELOW_MIN_GROUP_SIZE',
      A: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('decides no unit the tree does not list, when a family in the order has no children', () => {
    const listed: FamilyTree = { children: tree.children, order: [ORGANISATION, 'R', 'A'] };
    const people = counts({ ORG: 30, R: 30, A: 10, B: 10, C: 10 });
    const all = decideUnfiltered(listed, people, 5);
    expect([...all.hidden]).toEqual([]);
    expect([...all.known].sort()).toEqual([ORGANISATION, 'A', 'B', 'C', 'R'].sort());
    const filtered = decideFiltered(listed, { counts: people, bases: [all] }, 5);
    expect([...filtered.hidden]).toEqual([]);
    expect([...filtered.known].sort()).toEqual([ORGANISATION, 'A', 'B', 'C', 'R'].sort());
  });
});
