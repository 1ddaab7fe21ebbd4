/**
 * The auction computed in slices (as a match proposal's job runs it in a server process) gives the
 * same assignment as computed at once, and lets the event loop turn between its slices: a timer
 * due meanwhile fires before the computation ends.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { assignmentSteps, drainInSlices, solveAssignment } from './assignment.js';
import { bulkScores } from './matching.js';
import { syntheticCohort } from './test-cohort.js';

describe('the auction in slices', () => {
  it('assigns exactly as at once, pausing between slices so timers run', async () => {
    const cohort = syntheticCohort(3000, 150, 7);
    const problem = {
      participants: cohort.participants.length,
      coaches: cohort.coaches.length,
      capacity: cohort.coaches.map((c) => Math.max(0, c.capacity - c.activeClients)),
      scores: bulkScores(cohort.participants, cohort.coaches, cohort.program, cohort.now),
    };
    const atOnce = solveAssignment(problem);

    let pauses = 0;
    let timerFired = false;
    let timerFiredBeforeEnd = false;
    setTimeout(() => (timerFired = true), 0);
    const sliced = await drainInSlices(assignmentSteps(problem), async () => {
      pauses++;
      await nextTurn();
    });
    timerFiredBeforeEnd = timerFired;

    expect(pauses).toBeGreaterThan(1);
    expect(timerFiredBeforeEnd).toBe(true);
    expect(Array.from(sliced.coachOf)).toEqual(Array.from(atOnce.coachOf));
    expect(sliced.total).toBe(atOnce.total);
    expect(sliced.gapBound).toBe(atOnce.gapBound);
  });
});
