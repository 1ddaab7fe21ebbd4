/**
 * The explainable match score between a participant and a coach. Hard
 * constraints (a shared language, capacity left, an ACTIVE coach) decide
 * whether a pair is possible at all; the soft part (0–100) ranks the possible
 * ones, and every point comes with the reason it was given.
 */
import { availabilityWindows, type AvailabilityRule, type Interval } from '../sessions/availability.js';
import { addDays, instantToWallClock } from '../sessions/zoned-time.js';

export type CoachQualityStatus = 'ACTIVE' | 'PROBATION' | 'PAUSED';

export interface MatchCoach {
  id: string;
  languages: readonly string[];
  timeZone: string;
  specialties: readonly string[];
  capacity: number;
  activeClients: number;
  qualityStatus: CoachQualityStatus;
  ratingCount: number;
  ratingSum: number;
  rules: readonly AvailabilityRule[];
}

export interface MatchParticipant {
  locale: string;
  timeZone: string;
  /** Capabilities of the participant's goals. */
  goalCapabilities: readonly string[];
}

export interface MatchProgram {
  focusCapabilities: readonly string[];
  languages: readonly string[];
}

export type MatchReasonValue =
  | { code: 'LANGUAGE'; points: number; language: string }
  | { code: 'HOURS_OVERLAP'; points: number; hours: number }
  | { code: 'SPECIALTY'; points: number; capability: string }
  | { code: 'GOAL_FIT'; points: number; capability: string }
  | { code: 'RATING'; points: number; average: number; count: number };

export type Exclusion = 'NO_SHARED_LANGUAGE' | 'NO_CAPACITY' | 'NOT_ACTIVE';

export type MatchOutcome =
  { eligible: true; score: number; reasons: MatchReasonValue[] } | { eligible: false; exclusion: Exclusion };

/** Points per criterion; they add up to 100. */
export const WEIGHTS = { hours: 35, focus: 30, goals: 15, rating: 20 } as const;
/** Overlap beyond this many hours a week earns nothing more. */
const FULL_OVERLAP_HOURS = 10;
/** A new coach's rating is pulled towards this prior, worth this many ratings. */
const RATING_PRIOR = { mean: 3.5, weight: 4 };

/** The primary language subtag: 'es-ES' and 'es' are one language. */
export const languageOf = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;

/**
 * The language the pair would speak: the participant's own. Only that counts —
 * a Madrid director offered an English-only coach because the program also
 * runs in English is not a match.
 */
export function sharedLanguage(
  coach: Pick<MatchCoach, 'languages'>,
  participant: Pick<MatchParticipant, 'locale'>,
): string | null {
  const own = languageOf(participant.locale);
  return coach.languages.some((tag) => languageOf(tag) === own) ? own : null;
}

/** Monday 00:00 UTC of the week containing `now`: the reference week for overlap. */
export function referenceWeek(now: Date): Interval {
  const day = instantToWallClock(now, 'UTC');
  const monday = addDays(day.date, 1 - day.weekday);
  const start = new Date(`${monday}T00:00:00Z`);
  return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
}

/** Working hours every participant is assumed to keep, in their own zone. */
export function workingHourRules(timeZone: string): AvailabilityRule[] {
  return [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    startTime: '09:00',
    endTime: '18:00',
    timeZone,
    validFrom: null,
    validUntil: null,
  }));
}

function weeklyWindows(rules: readonly AvailabilityRule[], zone: string, week: Interval): Interval[] {
  return availabilityWindows({ rules, exceptions: [], coachTimeZone: zone }, week.start, week.end).map(
    (w) => ({
      start: new Date(Math.max(w.start.getTime(), week.start.getTime())),
      end: new Date(Math.min(w.end.getTime(), week.end.getTime())),
    }),
  );
}

function overlapMs(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  for (const x of a) {
    for (const y of b) {
      const ms = Math.min(x.end.getTime(), y.end.getTime()) - Math.max(x.start.getTime(), y.start.getTime());
      if (ms > 0) total += ms;
    }
  }
  return total;
}

/**
 * Hours a week the coach's availability falls in the participant's working
 * hours. Cached per (coach, zone): a cohort of thousands shares a few zones.
 * A coach's own windows are cached per coach too: expanding rules through time
 * zones is the expensive part, and it does not depend on the participant.
 */
export class OverlapCache {
  private readonly week: Interval;
  private readonly zoneWindows = new Map<string, Interval[]>();
  private readonly coachWindows = new Map<string, Interval[]>();
  private readonly hours = new Map<string, number>();

  constructor(now: Date) {
    this.week = referenceWeek(now);
  }

  overlapHours(coach: Pick<MatchCoach, 'id' | 'rules' | 'timeZone'>, participantZone: string): number {
    const key = `${coach.id}|${participantZone}`;
    const cached = this.hours.get(key);
    if (cached !== undefined) return cached;
    let working = this.zoneWindows.get(participantZone);
    if (!working) {
      working = weeklyWindows(workingHourRules(participantZone), participantZone, this.week);
      this.zoneWindows.set(participantZone, working);
    }
    let coachWindows = this.coachWindows.get(coach.id);
    if (!coachWindows) {
      coachWindows = weeklyWindows(coach.rules, coach.timeZone, this.week);
      this.coachWindows.set(coach.id, coachWindows);
    }
    const hours = Math.round((overlapMs(coachWindows, working) / 3_600_000) * 10) / 10;
    this.hours.set(key, hours);
    return hours;
  }
}

export function ratingAverage(count: number, sum: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}

/** Points for `hours` of weekly overlap (0 hours earns no reason at all). */
export function overlapPoints(hours: number): number {
  return (Math.min(hours, FULL_OVERLAP_HOURS) / FULL_OVERLAP_HOURS) * WEIGHTS.hours;
}

/** Rating points: the coach's average pulled towards the prior, so a new coach is neither best nor worst. */
export function ratingPoints(coach: Pick<MatchCoach, 'ratingCount' | 'ratingSum'>): number {
  const smoothed =
    (coach.ratingSum + RATING_PRIOR.mean * RATING_PRIOR.weight) / (coach.ratingCount + RATING_PRIOR.weight);
  return ((smoothed - 1) / 4) * WEIGHTS.rating;
}

export function scoreMatch(
  coach: MatchCoach,
  participant: MatchParticipant,
  program: MatchProgram,
  overlap: OverlapCache,
  options: { ignoreCapacity?: boolean } = {},
): MatchOutcome {
  if (coach.qualityStatus !== 'ACTIVE') return { eligible: false, exclusion: 'NOT_ACTIVE' };
  if (!options.ignoreCapacity && coach.activeClients >= coach.capacity) {
    return { eligible: false, exclusion: 'NO_CAPACITY' };
  }
  const spoken = sharedLanguage(coach, participant);
  if (!spoken) return { eligible: false, exclusion: 'NO_SHARED_LANGUAGE' };

  const reasons: MatchReasonValue[] = [{ code: 'LANGUAGE', points: 0, language: spoken }];
  const hours = overlap.overlapHours(coach, participant.timeZone);
  if (hours > 0) {
    reasons.push({
      code: 'HOURS_OVERLAP',
      points: overlapPoints(hours),
      hours,
    });
  }
  const specialties = new Set(coach.specialties);
  const focus = program.focusCapabilities.filter((code) => specialties.has(code));
  const focusWanted = Math.min(program.focusCapabilities.length, 2);
  for (const capability of focus.slice(0, focusWanted)) {
    reasons.push({ code: 'SPECIALTY', points: WEIGHTS.focus / focusWanted, capability });
  }
  const goals = [...new Set(participant.goalCapabilities)].filter(
    (code) => specialties.has(code) && !focus.includes(code),
  );
  const goalsWanted = Math.min(new Set(participant.goalCapabilities).size, 2);
  for (const capability of goals.slice(0, goalsWanted)) {
    reasons.push({ code: 'GOAL_FIT', points: WEIGHTS.goals / goalsWanted, capability });
  }
  const average = ratingAverage(coach.ratingCount, coach.ratingSum);
  const rating = ratingPoints(coach);
  if (average !== null) {
    reasons.push({ code: 'RATING', points: rating, average, count: coach.ratingCount });
  }
  const score = reasons.reduce((sum, r) => sum + r.points, 0) + (average === null ? rating : 0);
  return { eligible: true, score: Math.round(score * 100) / 100, reasons };
}
