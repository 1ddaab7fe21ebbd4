import { describe, expect, it } from 'vitest';
import { decideFiltered, decideUnfiltered, ORGANISATION, type FamilyTree } from './privacy.js';

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
