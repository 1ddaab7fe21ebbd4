/**
 * Matching: ranked suggestions for one enrolment, the participant's choice
 * (atomic against capacity), and bulk matching of a whole cohort.
 */
import type { Queryable } from '../../db/types.js';
import type { UserError } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Translate } from '../../i18n/translate.js';
import { solveAssignment } from './assignment.js';
import {
  OverlapCache,
  scoreMatch,
  type MatchCoach,
  type MatchOutcome,
  type MatchParticipant,
  type MatchProgram,
  type MatchReasonValue,
} from './score.js';
import { scoreMatrix } from './score-matrix.js';
import {
  allCoaches,
  goalCapabilitiesOf,
  lockAllCoaches,
  lockCoach,
  lockEnrolment,
  rulesOfCoaches,
  setEnrolmentCoach,
  setEnrolmentCoaches,
  toMatchCoach,
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
  return coaches.map((row) => ({ row, match: toMatchCoach(row, rules) }));
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

const exclusionErrors: Record<
  Exclude<MatchOutcome, { eligible: true }>['exclusion'],
  { code: UserError['code']; key: MessageKey }
> = {
  NOT_ACTIVE: { code: 'INVALID', key: 'coaching.coachNotActive' },
  NO_CAPACITY: { code: 'CONFLICT', key: 'coaching.coachFull' },
  NO_SHARED_LANGUAGE: { code: 'INVALID', key: 'coaching.noSharedLanguage' },
};

function refusal(field: string, code: UserError['code'], key: MessageKey, t: Translate): ChooseResult {
  return { ok: false, userErrors: [{ field: [field], code, message: t(key) }] };
}

/**
 * Sets the enrolment's coach. The enrolment row and then the coach row are
 * locked, so concurrent choices of a coach's last place serialise and only
 * the first one fits.
 */
export async function chooseCoach(
  tx: Queryable,
  orgId: string,
  args: { enrolmentId: string; coachId: string; subject: MatchSubject; now: Date },
  t: Translate,
): Promise<ChooseResult> {
  const enrolment = await lockEnrolment(tx, orgId, args.enrolmentId);
  if (!enrolment) return refusal('enrolmentId', 'NOT_FOUND', 'coaching.enrolmentNotFound', t);
  if (!['INVITED', 'ACCEPTED', 'ACTIVE'].includes(enrolment.status)) {
    return refusal('enrolmentId', 'INVALID', 'coaching.enrolmentClosed', t);
  }
  if (enrolment.coachId !== null) return refusal('enrolmentId', 'CONFLICT', 'coaching.alreadyMatched', t);
  const locked = await lockCoach(tx, orgId, args.coachId);
  if (!locked) return refusal('coachId', 'NOT_FOUND', 'coaching.coachNotFound', t);
  const [coach] = (await matchCoaches(tx, orgId)).filter((c) => c.row.id === args.coachId);
  if (!coach || coach.row.personId === args.subject.personId) {
    return refusal('coachId', 'INVALID', 'coaching.ownCoach', t);
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
  if (!outcome.eligible) {
    const { code, key } = exclusionErrors[outcome.exclusion];
    return refusal('coachId', code, key, t);
  }
  await setEnrolmentCoach(tx, orgId, args.enrolmentId, args.coachId);
  return { ok: true };
}

/**
 * The bulk-matching score of every cohort member × coach: the match score without the capacity
 * exclusion (capacity is the solver's constraint), at least 0.01 so an eligible pair is always worth
 * assigning, and -Infinity for ineligible pairs and for a coach paired with themself.
 */
export function bulkScores(
  cohort: ReadonlyArray<MatchParticipant & { personId: string }>,
  coaches: ReadonlyArray<MatchCoach & { personId: string }>,
  program: MatchProgram,
  now: Date,
): Float64Array {
  const m = coaches.length;
  const scores = scoreMatrix(cohort, coaches, program, new OverlapCache(now), {
    ignoreCapacity: true,
    floor: 0.01,
  });
  const coachIndexOfPerson = new Map(coaches.map((coach, j) => [coach.personId, j]));
  cohort.forEach((member, i) => {
    const j = coachIndexOfPerson.get(member.personId);
    if (j !== undefined) scores[i * m + j] = -Infinity;
  });
  return scores;
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
  const n = cohort.length;
  const m = coaches.length;
  const scores = bulkScores(
    cohort,
    coaches.map(({ row, match }) => ({ ...match, personId: row.personId })),
    program,
    options.now,
  );
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
