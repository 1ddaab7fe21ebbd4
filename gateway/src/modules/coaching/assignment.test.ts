import { describe, expect, it } from 'vitest';
import { solveAssignment, solveGreedy, type AssignmentProblem } from './assignment.js';
import { solveAssignmentExactly } from './exact-assignment.js';
import { random } from './test-cohort.js';

/** Scores shaped like matching's: clusters of similar coaches, some infeasible pairs, ties. */
function instance(seed: number, n: number, m: number, tight: boolean): AssignmentProblem {
  const next = random(seed);
  const scores = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      scores[i * m + j] = next() < 0.15 ? -Infinity : Math.round(next() * 40 + ((i + j) % 3) * 20);
    }
  }
  const capacity = Array.from({ length: m }, () => 1 + Math.floor(next() * (tight ? 4 : 12)));
  return { participants: n, coaches: m, capacity, scores };
}

function assertValid(problem: AssignmentProblem, coachOf: Int32Array): void {
  const used = new Array<number>(problem.coaches).fill(0);
  coachOf.forEach((j, i) => {
    if (j < 0) return;
    used[j]!++;
    expect(Number.isFinite(problem.scores[i * problem.coaches + j]!)).toBe(true);
  });
  used.forEach((count, j) => expect(count).toBeLessThanOrEqual(problem.capacity[j]!));
}

describe('bulk matching auction', () => {
  it.each([
    [1, 40, 6, true],
    [2, 60, 8, true],
    [3, 60, 8, false],
    [4, 80, 5, true],
    [5, 25, 10, false],
    [6, 70, 7, true],
  ])('seed %i (%i × %i, tight=%s) is within 1%% of the exact optimum', (seed, n, m, tight) => {
    const problem = instance(seed, n, m, tight);
    const exact = solveAssignmentExactly(problem);
    const auction = solveAssignment(problem);
    assertValid(problem, exact.coachOf);
    assertValid(problem, auction.coachOf);
    expect(auction.total).toBeLessThanOrEqual(exact.total + 1e-6);
    expect(auction.total).toBeGreaterThanOrEqual(exact.total * 0.99);
    // The certificate is a real upper bound.
    expect(auction.upperBound).toBeGreaterThanOrEqual(exact.total - 1e-6);
  });

  it('beats or equals greedy, which can be fooled', () => {
    // Greedy gives A the 10 and leaves B with nothing; optimum gives A coach 1.
    const problem: AssignmentProblem = {
      participants: 2,
      coaches: 2,
      capacity: [1, 1],
      scores: Float64Array.from([10, 9, 9, -Infinity]),
    };
    expect(solveGreedy(problem).total).toBe(10);
    expect(solveAssignmentExactly(problem).total).toBe(18);
    expect(solveAssignment(problem).total).toBe(18);
  });

  it('leaves participants unassigned when capacity runs out and never assigns an infeasible pair', () => {
    const problem: AssignmentProblem = {
      participants: 3,
      coaches: 1,
      capacity: [1],
      scores: Float64Array.from([5, 7, -Infinity]),
    };
    const result = solveAssignment(problem);
    expect([...result.coachOf]).toEqual([-1, 0, -1]);
    expect(result.total).toBe(7);
  });
});
