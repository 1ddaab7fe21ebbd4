/**
 * Who may see a progress card, and the card's figures. Everything is computed from
 * batched loaders, so a strip of cards shares one statement per kind of figure.
 */
import { mayRead, relationsTo } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import type {
  CadenceStatus,
  GoalStatus,
  GoalVisibility,
  ProgressAvailability,
} from '../../generated/resolvers.js';
import type { ConnectionPage } from '../core/connection.js';
import { visibilitiesFor } from '../goals/access.js';
import type { PersonRow } from '../people/sql.js';
import type { EnrolmentRow, ProgramRow } from '../programs/sql.js';
import type { GoalTallyRow, Phase, PhaseFigureRow, SessionTallyRow } from './sql.js';

const DAY_MS = 86_400_000;
const GOAL_STATUSES: readonly GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED'];

export interface AssessmentFigureValue {
  phase: Phase;
  mean: number | null;
  raters: number | null;
  withheld: boolean;
}

export interface CapabilityProgressValue {
  capabilityCode: string;
  baseline: AssessmentFigureValue | null;
  latest: AssessmentFigureValue | null;
  delta: number | null;
}

export interface CoachingProgressValue {
  enrolment: EnrolmentRow;
  program: ProgramRow;
  sessions: {
    planned: number;
    completed: number;
    upcoming: number;
    noShows: number;
    lateCancellations: number;
    remaining: number;
  };
  nextSessionId: string | null;
  attendance: { attended: number; missed: number; rate: number | null };
  cadence: {
    status: CadenceStatus;
    meanDaysBetweenSessions: number | null;
    targetDaysBetweenSessions: number;
    expectedByNow: number;
    daysSinceLastSession: number | null;
  };
  goals: {
    total: number;
    onTrack: number;
    meanProgress: number | null;
    byStatus: Array<{ status: GoalStatus; count: number }>;
  };
  capabilities: CapabilityProgressValue[];
  sharedWithManager: boolean;
  viewerCanChangeSharing: boolean;
}

export interface ProgressCardValue {
  person: PersonRow;
  availability: ProgressAvailability;
  progress: CoachingProgressValue | null;
}

export type ProgressCardConnectionPage = ConnectionPage<ProgressCardValue>;

/**
 * FULL when the policy's `progressCard` row lets the viewer read this
 * enrolment's progress; NOT_SHARED for the direct manager of a participant
 * who does not share it (the card says so instead of refusing); else NONE.
 */
export async function accessTo(
  caller: Caller,
  enrolment: EnrolmentRow,
): Promise<'FULL' | 'NOT_SHARED' | 'NONE'> {
  const subject = { kind: 'enrolment', enrolment } as const;
  if (await mayRead(caller, 'progressCard', subject)) return 'FULL';
  return (await relationsTo(caller, subject)).has('directManager') ? 'NOT_SHARED' : 'NONE';
}

/** Whether the viewer may know about the person's card at all (to tell FORBIDDEN from an empty card). */
export function mayViewCardsOf(caller: Caller, person: PersonRow): Promise<boolean> {
  return mayRead(caller, 'progressCardFrame', { kind: 'person', personId: person.id });
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

function cadenceOf(
  enrolment: EnrolmentRow,
  program: ProgramRow,
  tally: SessionTallyRow,
  now: Date,
): CoachingProgressValue['cadence'] {
  const planned = program.sessionsPerParticipant;
  const target = (program.durationWeeks * 7) / planned;
  const elapsedDays = Math.max(0, (now.getTime() - enrolment.enrolledAt.getTime()) / DAY_MS);
  const expectedByNow = Math.min(planned, Math.floor(elapsedDays / target));
  const starts = tally.completedStarts;
  const gaps = starts.slice(1).map((at, i) => (at.getTime() - starts[i]!.getTime()) / DAY_MS);
  const last = starts[starts.length - 1];
  const status: CadenceStatus =
    enrolment.status === 'WITHDRAWN'
      ? 'WITHDRAWN'
      : enrolment.status === 'INVITED'
        ? 'NOT_STARTED'
        : enrolment.status === 'COMPLETED' || tally.completed >= planned
          ? 'FINISHED'
          : tally.completed >= expectedByNow - 1
            ? 'ON_TRACK'
            : 'BEHIND';
  return {
    status,
    meanDaysBetweenSessions: gaps.length ? round(gaps.reduce((a, b) => a + b, 0) / gaps.length, 1) : null,
    targetDaysBetweenSessions: round(target, 1),
    expectedByNow,
    daysSinceLastSession: last ? Math.floor((now.getTime() - last.getTime()) / DAY_MS) : null,
  };
}

function goalsOf(tallies: readonly GoalTallyRow[], visible: readonly GoalVisibility[]) {
  const counted = tallies.filter((row) => visible.includes(row.visibility));
  const total = counted.reduce((sum, row) => sum + row.count, 0);
  const progressSum = counted.reduce((sum, row) => sum + row.progressSum, 0);
  return {
    total,
    onTrack: counted.reduce((sum, row) => sum + row.onTrack, 0),
    meanProgress: total ? round(progressSum / total, 1) : null,
    byStatus: GOAL_STATUSES.map((status) => ({
      status,
      count: counted.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0),
    })),
  };
}

function figureOf(
  row: PhaseFigureRow | undefined,
  minGroupSize: number,
  released: boolean,
): AssessmentFigureValue | null {
  if (!row) return null;
  // Only raters whose anonymity is promised count: the manager knows their own
  // rating, so counting it would leave each report hidden among k − 1.
  return !released || row.anonymousRaters < minGroupSize
    ? { phase: row.phase, mean: null, raters: null, withheld: true }
    : { phase: row.phase, mean: round(row.mean, 2), raters: row.raters, withheld: false };
}

/** `released`: whether the viewer may read the participant's individual 360 figures at all. */
function capabilitiesOf(
  focus: readonly string[],
  figures: readonly PhaseFigureRow[],
  minGroupSize: number,
  released: boolean,
): CapabilityProgressValue[] {
  return focus.map((code) => {
    const of = (phase: Phase) => figures.find((f) => f.capabilityCode === code && f.phase === phase);
    const baseline = figureOf(of('PRE'), minGroupSize, released);
    const latest = figureOf(of('POST') ?? of('MID'), minGroupSize, released);
    const delta =
      baseline?.mean != null && latest?.mean != null ? round(latest.mean - baseline.mean, 2) : null;
    return { capabilityCode: code, baseline, latest, delta };
  });
}

export async function progressOf(caller: Caller, enrolment: EnrolmentRow): Promise<CoachingProgressValue> {
  const { loaders, viewer } = caller;
  const [program, organisation, tally, goalRows, figures, visible, released] = await Promise.all([
    loaders.programs.byId.load(enrolment.programId),
    loaders.organisations.byId.load(viewer.orgId),
    loaders.progress.sessionTally.load(enrolment.id),
    loaders.progress.goalTallies.load(enrolment.id),
    loaders.progress.assessmentFigures.load(enrolment.id),
    visibilitiesFor(caller, enrolment.personId),
    mayRead(caller, 'individual360', { kind: 'enrolment', enrolment }),
  ]);
  // Foreign keys make both impossible; a clear failure beats a card of zeros.
  if (!program) throw new Error(`enrolment ${enrolment.id} has no program`);
  if (!organisation) throw new Error(`organisation ${viewer.orgId} is missing`);
  const planned = program.sessionsPerParticipant;
  const missed = tally.noShows + tally.lateCancellations;
  return {
    enrolment,
    program,
    sessions: {
      planned,
      completed: tally.completed,
      upcoming: tally.upcoming,
      noShows: tally.noShows,
      lateCancellations: tally.lateCancellations,
      remaining: Math.max(0, planned - tally.used),
    },
    nextSessionId: tally.nextSessionId,
    attendance: {
      attended: tally.completed,
      missed,
      rate: tally.completed + missed > 0 ? round(tally.completed / (tally.completed + missed), 3) : null,
    },
    cadence: cadenceOf(enrolment, program, tally, loaders.progress.now),
    goals: goalsOf(goalRows, visible),
    capabilities: capabilitiesOf(program.focusCapabilityCodes, figures, organisation.minGroupSize, released),
    sharedWithManager: enrolment.sharedWithManager,
    viewerCanChangeSharing: enrolment.personId === viewer.personId,
  };
}

/** The card for one enrolment as the viewer may see it; null when they may not see it at all. */
export async function cardOfEnrolment(
  caller: Caller,
  person: PersonRow,
  enrolment: EnrolmentRow,
): Promise<ProgressCardValue | null> {
  const access = await accessTo(caller, enrolment);
  if (access === 'NONE') return null;
  if (access === 'NOT_SHARED') return { person, availability: 'NOT_SHARED', progress: null };
  return { person, availability: 'AVAILABLE', progress: await progressOf(caller, enrolment) };
}

/** The card of a person's current enrolment; NOT_ENROLLED when there is none the viewer may see. */
export async function cardOfPerson(caller: Caller, person: PersonRow): Promise<ProgressCardValue> {
  const enrolmentId = await caller.loaders.progress.currentEnrolment.load(person.id);
  const enrolment = enrolmentId ? await caller.loaders.programs.enrolmentById.load(enrolmentId) : null;
  const card = enrolment ? await cardOfEnrolment(caller, person, enrolment) : null;
  return card ?? { person, availability: 'NOT_ENROLLED', progress: null };
}
