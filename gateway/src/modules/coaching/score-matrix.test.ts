import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from './assignment.js';
import { bulkScores } from './matching.js';
import { OverlapCache, scoreMatch } from './score.js';
import { scoreMatrix } from './score-matrix.js';
import { pairwiseBulkScores, syntheticCohort } from './test-cohort.js';

function fingerprint(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function firstDifference(a: Float64Array, b: Float64Array): string | null {
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return `cell ${k}: ${a[k]} vs ${b[k]}`;
  return null;
}

describe('score matrix', () => {
  it('equals scoreMatch on every pair, bit for bit, with and without the capacity exclusion', () => {
    const cohort = syntheticCohort(800, 60, 7, { varied: true });
    for (const ignoreCapacity of [false, true]) {
      const overlap = new OverlapCache(cohort.now);
      const matrix = scoreMatrix(cohort.participants, cohort.coaches, cohort.program, overlap, {
        ignoreCapacity,
      });
      const expected = new Float64Array(matrix.length);
      cohort.participants.forEach((participant, i) => {
        cohort.coaches.forEach((coach, j) => {
          const outcome = scoreMatch(coach, participant, cohort.program, overlap, { ignoreCapacity });
          expected[i * cohort.coaches.length + j] = outcome.eligible ? outcome.score : -Infinity;
        });
      });
      expect(firstDifference(matrix, expected)).toBeNull();
      // The cohort exercises both outcomes.
      expect(matrix.some((s) => s === -Infinity)).toBe(true);
      expect(matrix.some((s) => s > 0)).toBe(true);
    }
  });

  it('gives bulk matching the same scores and the same assignment as scoring pair by pair', () => {
    // Fingerprints recorded with the pair-by-pair scoring, before scoreMatrix existed.
    const pinned = [
      { varied: true, scores: '3fb42c92a4cd1710', coachOf: '495adee8d4440fda', assigned: 2449 },
      { varied: false, scores: '0e2a4efe3c6d0963', coachOf: '9c18bad1a776f3a2', assigned: 2852 },
    ];
    for (const pin of pinned) {
      const cohort = syntheticCohort(3000, 120, 42, { varied: pin.varied });
      const scores = bulkScores(cohort.participants, cohort.coaches, cohort.program, cohort.now);
      expect(firstDifference(scores, pairwiseBulkScores(cohort))).toBeNull();
      expect(fingerprint(scores)).toBe(pin.scores);
      const capacity = cohort.coaches.map((c) => Math.max(0, c.capacity - c.activeClients));
      const result = solveAssignment({ participants: 3000, coaches: 120, capacity, scores });
      expect(fingerprint(result.coachOf)).toBe(pin.coachOf);
      expect(result.coachOf.filter((j) => j >= 0).length).toBe(pin.assigned);
    }
  });
});
