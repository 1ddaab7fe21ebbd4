/**
 * Every participant × coach score of a cohort at once, for bulk matching. Each cell equals
 * `scoreMatch(coach, participant, …).score` to the bit (-Infinity where the pair is not eligible),
 * but the work is arranged for millions of pairs:
 *
 * - what depends on the coach alone (eligibility, spoken languages, specialties, program-focus
 *   points, rating points) is computed once per coach, and the overlap hours once per coach and zone;
 * - a score depends on the participant only through their language, zone and goals, and a cohort of
 *   thousands has a few hundred such profiles, so each profile's row is scored once and copied.
 *
 * The points are added in scoreMatch's order (overlap, focus, goals, rating): floating-point
 * addition is not associative, and an assignment is only reproducible if every score is.
 */
import {
  languageOf,
  overlapPoints,
  ratingPoints,
  WEIGHTS,
  type MatchCoach,
  type MatchParticipant,
  type MatchProgram,
  type OverlapCache,
} from './score.js';

export interface ScoreMatrixOptions {
  /** Capacity is the solver's constraint in bulk matching, not a per-pair exclusion. */
  ignoreCapacity?: boolean;
  /** Raise every eligible score to at least this (bulk matching keeps 0-point pairs assignable). */
  floor?: number;
}

interface CoachTerms {
  eligible: boolean;
  languages: Set<string>;
  specialties: Set<string>;
  /** Focus capabilities this coach covers, in program order, at most the number wanted. */
  focusCount: number;
  focus: ReadonlySet<string>;
  rating: number;
}

function coachTerms(coach: MatchCoach, program: MatchProgram, options: ScoreMatrixOptions): CoachTerms {
  const specialties = new Set(coach.specialties);
  const focus = program.focusCapabilities.filter((code) => specialties.has(code));
  const focusWanted = Math.min(program.focusCapabilities.length, 2);
  return {
    eligible:
      coach.qualityStatus === 'ACTIVE' && (options.ignoreCapacity || coach.activeClients < coach.capacity),
    languages: new Set(coach.languages.map(languageOf)),
    specialties,
    focusCount: Math.min(focus.length, focusWanted),
    focus: new Set(focus),
    rating: ratingPoints(coach),
  };
}

/** Row-major participants × coaches. */
export function scoreMatrix(
  participants: readonly MatchParticipant[],
  coaches: readonly MatchCoach[],
  program: MatchProgram,
  overlap: OverlapCache,
  options: ScoreMatrixOptions = {},
): Float64Array {
  const n = participants.length;
  const m = coaches.length;
  const scores = new Float64Array(n * m);
  const terms = coaches.map((coach) => coachTerms(coach, program, options));
  const focusWanted = Math.min(program.focusCapabilities.length, 2);
  const focusPoints = WEIGHTS.focus / focusWanted;
  const floor = options.floor ?? -Infinity;

  // Overlap points per zone, one per coach (0 when the hours are 0: no reason, nothing added).
  const zonePoints = new Map<string, Float64Array>();
  const pointsIn = (zone: string): Float64Array => {
    let row = zonePoints.get(zone);
    if (!row) {
      row = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        const hours = overlap.overlapHours(coaches[j]!, zone);
        row[j] = hours > 0 ? overlapPoints(hours) : 0;
      }
      zonePoints.set(zone, row);
    }
    return row;
  };

  const firstRowOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const participant = participants[i]!;
    const own = languageOf(participant.locale);
    const goals = [...new Set(participant.goalCapabilities)];
    const profile = `${own}\u0000${participant.timeZone}\u0000${goals.join('\u0001')}`;
    const base = i * m;
    const first = firstRowOf.get(profile);
    if (first !== undefined) {
      scores.copyWithin(base, first * m, first * m + m);
      continue;
    }
    firstRowOf.set(profile, i);
    const hoursPoints = pointsIn(participant.timeZone);
    const goalsWanted = Math.min(goals.length, 2);
    const goalPoints = WEIGHTS.goals / goalsWanted;
    for (let j = 0; j < m; j++) {
      const coach = terms[j]!;
      if (!coach.eligible || !coach.languages.has(own)) {
        scores[base + j] = -Infinity;
        continue;
      }
      let score = 0;
      const hours = hoursPoints[j]!;
      if (hours > 0) score += hours;
      for (let k = 0; k < coach.focusCount; k++) score += focusPoints;
      let fits = 0;
      for (const code of goals) {
        if (fits === goalsWanted) break;
        if (coach.specialties.has(code) && !coach.focus.has(code)) {
          score += goalPoints;
          fits++;
        }
      }
      score += coach.rating;
      scores[base + j] = Math.max(Math.round(score * 100) / 100, floor);
    }
  }
  return scores;
}
