/**
 * What each metric's figure discloses beyond a mean (no database): the parts a
 * participation rate gives away, and none for the per-person means.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeatmapMetric } from '../../generated/resolvers.js';
import { disclosedParts, partCount } from './disclosure.js';

const MEANS: HeatmapMetric[] = ['SCORE', 'DELTA_FROM_BASELINE', 'SESSION_CADENCE', 'WELLBEING'];

describe('disclosedParts', () => {
  it('gives a participation rate’s participants and non-participants, in that order', () => {
    expect(disclosedParts('PARTICIPATION_RATE', { n: 10, s1: 3, s2: 3 })).toEqual([3, 7]);
    expect(disclosedParts('PARTICIPATION_RATE', { n: 4, s1: 4, s2: 4 })).toEqual([4, 0]);
    expect(disclosedParts('PARTICIPATION_RATE', { n: 5, s1: 0, s2: 0 })).toEqual([0, 5]);
  });

  it('rounds a sum of 0/1 values that floating point left a hair off', () => {
    expect(disclosedParts('PARTICIPATION_RATE', { n: 9, s1: 2.9999999, s2: 3 })).toEqual([3, 6]);
    expect(disclosedParts('PARTICIPATION_RATE', { n: 9, s1: 3.0000001, s2: 3 })).toEqual([3, 6]);
  });

  it('discloses nothing for a mean of per-person values', () => {
    for (const metric of MEANS) {
      expect(disclosedParts(metric, { n: 7, s1: 21, s2: 70 })).toEqual([]);
    }
  });

  it('splits every participation count into yes and no that add up to it (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 500 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        fc.double({ min: -0.4, max: 0.4, noNaN: true }),
        ([n, yes], noise) => {
          const parts = disclosedParts('PARTICIPATION_RATE', { n, s1: yes + noise, s2: yes });
          // + 0: a sum a hair below zero rounds to -0, which is as many people as 0.
          expect(parts.map((size) => size + 0)).toEqual([yes, n - yes]);
        },
      ),
    );
  });
});

describe('partCount', () => {
  it('is two for a participation rate, none for the means', () => {
    expect(partCount('PARTICIPATION_RATE')).toBe(2);
    for (const metric of MEANS) expect(partCount(metric)).toBe(0);
  });
});
