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
