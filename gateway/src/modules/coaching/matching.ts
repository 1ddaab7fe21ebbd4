/**
 * Matching: ranked suggestions for one enrolment, the participant's choice
 * (atomic against capacity), and bulk matching of a whole cohort.
 */
import type { Queryable } from '../../db/types.js';
import type { UserError } from '../../generated/resolvers.js';
import { solveAssignment } from './assignment.js';
import {
  OverlapCache,
  scoreMatch,
  type MatchCoach,
  type MatchOutcome,
  type MatchReasonValue,
} from './score.js';
import {
  allCoaches,
  goalCapabilitiesOf,
  lockAllCoaches,
  lockCoach,
  lockEnrolment,
  rulesOfCoaches,
  setEnrolmentCoach,
  setEnrolmentCoaches,
  unmatchedCohort,
  type CoachRow,
} from './sql.js';

export interface Suggestion {
  coach: CoachRow;
  score: number;
  reasons: MatchReasonValue[];
}

export interface MatchSubject {
  personId: string;
  locale: string;
  timeZone: string;
  focusCapabilities: readonly string[];
  programLanguages: readonly string[];
}

async function matchCoaches(
  tx: Queryable,
  orgId: string,
): Promise<Array<{ row: CoachRow; match: MatchCoach }>> {
  const coaches = await allCoaches(tx, orgId);
  const rules = await rulesOfCoaches(
    tx,
    orgId,
    coaches.map((c) => c.id),
  );
  return coaches.map((row) => ({
    row,
    match: {
      id: row.id,
      languages: row.languages,
      timeZone: row.timeZone,
      specialties: row.specialties,
      capacity: row.capacity,
      activeClients: row.activeClients,
      qualityStatus: row.qualityStatus,
      ratingCount: row.ratingCount,
      ratingSum: row.ratingSum,
      rules: rules.get(row.id) ?? [],
    },
  }));
}

export async function suggestCoaches(
  tx: Queryable,
  orgId: string,
  subject: MatchSubject,
  limit: number,
  now: Date,
): Promise<Suggestion[]> {
  const coaches = await matchCoaches(tx, orgId);
  const goals = await goalCapabilitiesOf(tx, orgId, subject.personId);
  const overlap = new OverlapCache(now);
  const participant = { locale: subject.locale, timeZone: subject.timeZone, goalCapabilities: goals };
  const program = { focusCapabilities: subject.focusCapabilities, languages: subject.programLanguages };
  const suggestions: Suggestion[] = [];
  for (const { row, match } of coaches) {
    // A coach never suggests themself.
    if (row.personId === subject.personId) continue;
    const outcome = scoreMatch(match, participant, program, overlap);
    if (outcome.eligible) suggestions.push({ coach: row, score: outcome.score, reasons: outcome.reasons });
  }
  suggestions.sort((a, b) => b.score - a.score || a.coach.name.localeCompare(b.coach.name));
  return suggestions.slice(0, limit);
}

export type ChooseResult = { ok: true } | { ok: false; userErrors: UserError[] };

const exclusionMessages: Record<Exclude<MatchOutcome, { eligible: true }>['exclusion'], UserError> = {
  NOT_ACTIVE: {
    field: ['coachId'],
    code: 'INVALID',
    message: 'This coach is not taking new clients at the moment.',
  },
  NO_CAPACITY: {
    field: ['coachId'],
    code: 'CONFLICT',
    message: 'This coach has just filled their last place. Please choose another coach.',
  },
  NO_SHARED_LANGUAGE: {
    field: ['coachId'],
    code: 'INVALID',
    message: 'This coach does not speak your language.',
  },
};

/**
 * Sets the enrolment's coach. The enrolment row and then the coach row are
 * locked, so concurrent choices of a coach's last place serialise and only
 * the first one fits.
 */
export async function chooseCoach(
  tx: Queryable,
  orgId: string,
  args: { enrolmentId: string; coachId: string; subject: MatchSubject; now: Date },
): Promise<ChooseResult> {
  const enrolment = await lockEnrolment(tx, orgId, args.enrolmentId);
  if (!enrolment) {
    return {
      ok: false,
      userErrors: [{ field: ['enrolmentId'], code: 'NOT_FOUND', message: 'This enrolment does not exist.' }],
    };
  }
  if (enrolment.status !== 'INVITED' && enrolment.status !== 'ACTIVE') {
    return {
      ok: false,
      userErrors: [
        {
          field: ['enrolmentId'],
          code: 'INVALID',
          message: 'This enrolment is no longer open for matching.',
        },
      ],
    };
  }
  if (enrolment.coachId !== null) {
    return {
      ok: false,
      userErrors: [
        { field: ['enrolmentId'], code: 'CONFLICT', message: 'This enrolment already has a coach.' },
      ],
    };
  }
  const locked = await lockCoach(tx, orgId, args.coachId);
  if (!locked) {
    return {
      ok: false,
      userErrors: [{ field: ['coachId'], code: 'NOT_FOUND', message: 'This coach does not exist.' }],
    };
  }
  const [coach] = (await matchCoaches(tx, orgId)).filter((c) => c.row.id === args.coachId);
  if (!coach || coach.row.personId === args.subject.personId) {
    return {
      ok: false,
      userErrors: [{ field: ['coachId'], code: 'INVALID', message: 'You cannot be your own coach.' }],
    };
  }
  const outcome = scoreMatch(
    {
      ...coach.match,
      capacity: locked.capacity,
      activeClients: locked.activeClients,
      qualityStatus: locked.qualityStatus,
    },
    { locale: args.subject.locale, timeZone: args.subject.timeZone, goalCapabilities: [] },
    { focusCapabilities: args.subject.focusCapabilities, languages: args.subject.programLanguages },
    new OverlapCache(args.now),
  );
  if (!outcome.eligible) return { ok: false, userErrors: [exclusionMessages[outcome.exclusion]] };
  await setEnrolmentCoach(tx, orgId, args.enrolmentId, args.coachId);
  return { ok: true };
}

export interface BulkMatchResult {
  pairs: Array<{ enrolmentId: string; coachId: string; score: number }>;
  unmatched: number;
  totalScore: number;
  gapBound: number;
}

/**
 * Assigns every unmatched live enrolment of the program. The coach rows are
 * locked first so no single choice slips in between reading loads and writing.
 */
export async function bulkMatch(
  tx: Queryable,
  orgId: string,
  program: { id: string; focusCapabilities: readonly string[]; languages: readonly string[] },
  options: { dryRun: boolean; now: Date },
): Promise<BulkMatchResult> {
  await lockAllCoaches(tx, orgId);
  const cohort = await unmatchedCohort(tx, orgId, program.id);
  const coaches = await matchCoaches(tx, orgId);
  const overlap = new OverlapCache(options.now);
  const n = cohort.length;
  const m = coaches.length;
  const scores = new Float64Array(n * m);
  cohort.forEach((member, i) => {
    coaches.forEach(({ row, match }, j) => {
      const outcome =
        row.personId === member.personId
          ? null
          : scoreMatch(
              match,
              { locale: member.locale, timeZone: member.timeZone, goalCapabilities: member.goalCapabilities },
              program,
              overlap,
              // Capacity is the solver's constraint, not a per-pair exclusion.
              { ignoreCapacity: true },
            );
      scores[i * m + j] = outcome?.eligible ? Math.max(outcome.score, 0.01) : -Infinity;
    });
  });
  const capacity = coaches.map(({ row }) => Math.max(0, row.capacity - row.activeClients));
  const result = solveAssignment({ participants: n, coaches: m, capacity, scores });
  const pairs: BulkMatchResult['pairs'] = [];
  result.coachOf.forEach((j, i) => {
    if (j >= 0) {
      pairs.push({
        enrolmentId: cohort[i]!.enrolmentId,
        coachId: coaches[j]!.row.id,
        score: scores[i * m + j]!,
      });
    }
  });
  if (!options.dryRun) await setEnrolmentCoaches(tx, orgId, pairs);
  return {
    pairs,
    unmatched: n - pairs.length,
    totalScore: Math.round(result.total * 100) / 100,
    gapBound: result.gapBound,
  };
}
