/**
 * A synthetic cohort for the bulk-matching benchmark and tests: coaches spread over zones, languages
 * and specialties, participants mostly English-speaking, all from one seed, so the same arguments
 * always give the same instance.
 */
import { STANDARD_CAPABILITY_CODES } from '../capabilities/standard.js';
import {
  OverlapCache,
  scoreMatch,
  type MatchCoach,
  type MatchParticipant,
  type MatchProgram,
} from './score.js';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const zones = [
  'Europe/Madrid',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Europe/London',
];
const locales = ['en', 'es', 'de', 'fr', 'ja', 'ar'];
const capabilities = STANDARD_CAPABILITY_CODES;

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

export interface CohortCoach extends MatchCoach {
  personId: string;
}

export interface CohortParticipant extends MatchParticipant {
  personId: string;
}

export interface SyntheticCohort {
  program: MatchProgram;
  coaches: CohortCoach[];
  participants: CohortParticipant[];
  /** "Now" for the overlap week. */
  now: Date;
}

export interface CohortVariety {
  /**
   * Adds what the benchmark's cohort lacks but real data has: full and paused coaches, unrated ones,
   * regional language tags, several and repeated goals, and coaches who are participants too.
   */
  varied?: boolean;
}

export function syntheticCohort(
  participantCount: number,
  coachCount: number,
  seed: number,
  options: CohortVariety = {},
): SyntheticCohort {
  const next = random(seed);
  const varied = options.varied ?? false;
  const program: MatchProgram = { focusCapabilities: ['DECISION_MAKING', 'DELEGATION'], languages: locales };
  const coaches: CohortCoach[] = Array.from({ length: coachCount }, (_, j) => {
    const timeZone = pick(next, zones);
    const languages = [...new Set(['en', pick(next, locales), pick(next, locales)])];
    const start = 7 + Math.floor(next() * 6);
    const count = Math.floor(next() * 40);
    const coach: CohortCoach = {
      id: `c${j}`,
      personId: `coach-person-${j}`,
      languages,
      timeZone,
      specialties: [
        ...new Set([pick(next, capabilities), pick(next, capabilities), pick(next, capabilities)]),
      ],
      capacity: 15 + Math.floor(next() * 20),
      activeClients: 0,
      qualityStatus: next() < 0.04 ? 'PROBATION' : 'ACTIVE',
      ratingCount: count,
      ratingSum: Math.round(count * (3 + next() * 2)),
      rules: [1, 2, 3, 4, 5]
        .filter(() => next() < 0.8)
        .map((weekday) => ({
          weekday,
          startTime: `${String(start).padStart(2, '0')}:00`,
          endTime: `${String(start + 3 + Math.floor(next() * 5)).padStart(2, '0')}:00`,
          timeZone,
          validFrom: null,
          validUntil: null,
        })),
    };
    if (varied) {
      const roll = next();
      if (roll < 0.1) coach.activeClients = coach.capacity;
      else if (roll < 0.15) coach.qualityStatus = 'PAUSED';
      if (next() < 0.15) {
        coach.ratingCount = 0;
        coach.ratingSum = 0;
      }
      if (next() < 0.2)
        coach.languages = coach.languages.map((tag) => (tag === 'es' ? 'es-ES' : tag.toUpperCase()));
      if (next() < 0.1) coach.specialties = [];
    }
    return coach;
  });
  const participants: CohortParticipant[] = Array.from({ length: participantCount }, (_, i) => {
    // Most participants speak English; the rest are spread over the other languages.
    const participant: CohortParticipant = {
      personId: `participant-${i}`,
      locale: next() < 0.55 ? 'en' : pick(next, locales),
      timeZone: pick(next, zones),
      goalCapabilities: [pick(next, capabilities)],
    };
    if (varied) {
      const goals = Math.floor(next() * 4);
      participant.goalCapabilities = Array.from({ length: goals }, () => pick(next, capabilities));
      if (next() < 0.1) participant.locale = `${participant.locale}-XX`;
      if (next() < 0.02) participant.personId = pick(next, coaches).personId;
    }
    return participant;
  });
  return { program, coaches, participants, now: new Date('2026-11-23T12:00:00Z') };
}

/**
 * Bulk matching's scores computed pair by pair with scoreMatch, as bulkMatch did before the score
 * matrix: the baseline the benchmark times and the test compares the matrix against.
 */
export function pairwiseBulkScores({ participants, coaches, program, now }: SyntheticCohort): Float64Array {
  const overlap = new OverlapCache(now);
  const m = coaches.length;
  const scores = new Float64Array(participants.length * m);
  participants.forEach((member, i) => {
    coaches.forEach((coach, j) => {
      const outcome =
        coach.personId === member.personId
          ? null
          : scoreMatch(coach, member, program, overlap, { ignoreCapacity: true });
      scores[i * m + j] = outcome?.eligible ? Math.max(outcome.score, 0.01) : -Infinity;
    });
  });
  return scores;
}
