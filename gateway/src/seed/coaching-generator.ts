import type { BulkWriter } from './bulk-writer.js';
import type { PersonRecord, ProgramRecord, UnitContext } from './organisation-generator.js';
import { SeededRandom } from './random.js';
import {
  CAPABILITY_EFFECT,
  CHECK_IN_NOTES,
  FEEDBACK_COMMENTS,
  goalTitlesFor,
  MILESTONE_TITLES,
  type CapabilityCode,
} from './reference-data.js';
import { DAY_MS, HOUR_MS, isoDate, isoInstant, isoWeekday, localToUtc, MINUTE_MS } from './time.js';

export interface CoachRecord {
  id: string;
  personId: string;
  languages: string[];
  timeZone: string;
  /** Latent quality: shifts the ratings this coach receives. */
  quality: number;
  capacity: number;
  activeClients: number;
  paused: boolean;
  isDemo: boolean;
  rules: Array<{ weekday: number; startMinute: number; endMinute: number }>;
  /** Inclusive day-number ranges without availability. */
  exceptions: Array<[number, number]>;
  /** Half-hour slots (epoch ms / 30 min) taken by live sessions: keeps the generator clear of the exclusion constraint. */
  busySlots: Set<number>;
}

type EnrolmentStatus = 'INVITED' | 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';
type Visibility = 'PRIVATE' | 'COACH' | 'MANAGER';

/** When an enrolment began and ended (days of the generated calendar) and how it stands. */
interface EnrolmentSpan {
  enrolledDay: number;
  /** Where the program's length from enrolledDay runs out. */
  endDay: number;
  status: EnrolmentStatus;
  /** Set when the participant withdrew. */
  withdrawnDay: number | null;
}

export interface EnrolmentPlan {
  program: ProgramRecord;
  forcedCoach?: CoachRecord | undefined;
  forcedStatus?: EnrolmentStatus;
  forcedEnrolledDay?: number;
  goalVisibilities?: Visibility[];
  /** Whether the participant shares progress with their manager; default: three in four do. */
  sharedWithManager?: boolean;
  /** Upcoming sessions to book (default two). */
  upcomingSessions?: number;
  /** Leave the first held session unrated, so the booker has a session to ask feedback for. */
  firstSessionUnrated?: boolean;
}

const SLOT_MS = 30 * MINUTE_MS;
const SESSION_MINUTES = 60;
const HORIZON_DAYS = 60;
const LATE_CANCEL_HOURS = 24;
const RATER_BIAS = { SELF: 0.3, MANAGER: -0.05, REPORT: 0, PEER: 0.05 } as const;
type RaterType = keyof typeof RATER_BIAS;
const PHASE_PROGRESS = { PRE: 0, MID: 0.45, POST: 1 } as const;

/**
 * The coaching life of one enrolled person: enrolment, sessions around the
 * coach's availability, feedback, goals with milestones and check-ins, and
 * PRE/MID/POST 360 ratings whose level depends on region, unit, capability and
 * rater, and whose improvement depends on the unit — the structure a heatmap
 * is meant to reveal.
 */
export class CoachingGenerator {
  private readonly coachPools = new Map<string, CoachRecord[]>();
  private readonly poolCursor = new Map<string, number>();
  private readonly referenceMs: number;

  constructor(
    private readonly rng: SeededRandom,
    private readonly writer: BulkWriter,
    private readonly orgId: string,
    private readonly referenceDay: number,
    /** The organisation's roster; complete before the first enrol() call builds the pools. */
    private readonly coaches: readonly CoachRecord[],
  ) {
    this.referenceMs = referenceDay * DAY_MS;
    // Peer ratings draw from their own sequence, so adding them left every
    // other seeded row exactly as it was.
    this.peerRng = new SeededRandom(Number.parseInt(orgId.slice(0, 8), 16));
  }

  private readonly peerRng: SeededRandom;

  private pool(language: string): CoachRecord[] {
    let pool = this.coachPools.get(language);
    if (!pool) {
      pool = this.coaches.filter((coach) => coach.languages.includes(language) && !coach.isDemo);
      this.coachPools.set(language, pool);
    }
    return pool;
  }

  /** Round-robin over coaches speaking the language with room; English, then least loaded as fallbacks. */
  private matchCoach(language: string, takesCapacity: boolean): CoachRecord | null {
    for (const candidateLanguage of [language, 'en']) {
      const pool = this.pool(candidateLanguage);
      const start = this.poolCursor.get(candidateLanguage) ?? 0;
      for (let i = 0; i < pool.length; i++) {
        const coach = pool[(start + i) % pool.length]!;
        if (!takesCapacity || (!coach.paused && coach.activeClients < coach.capacity)) {
          this.poolCursor.set(candidateLanguage, start + i + 1);
          return coach;
        }
      }
    }
    const speakers = this.pool(language).length > 0 ? this.pool(language) : this.pool('en');
    let best: CoachRecord | null = null;
    for (const coach of speakers) {
      if (!coach.paused && (!best || coach.activeClients < best.activeClients)) best = coach;
    }
    return best;
  }

  async enrol(
    person: PersonRecord,
    reports: readonly string[],
    context: UnitContext,
    /** Fellow managers of the same lead, asked as peers in the person's 360. */
    peers: readonly string[] = [],
  ): Promise<void> {
    const plan = person.enrolment;
    if (!plan) return;
    const { program } = plan;
    const rng = this.rng;

    let enrolledDay: number;
    if (plan.forcedEnrolledDay !== undefined) enrolledDay = plan.forcedEnrolledDay;
    else if (program.template.key === 'FIRST_100_DAYS') {
      enrolledDay = Math.min(this.referenceDay - 1, person.inRoleSinceDay + rng.int(3, 14));
    } else {
      enrolledDay = rng.int(program.startsOnDay, this.referenceDay - 3);
    }
    const endDay = enrolledDay + program.durationDays;
    let status: EnrolmentStatus;
    if (plan.forcedStatus) status = plan.forcedStatus;
    else if (endDay <= this.referenceDay) {
      status = rng.weighted([
        ['COMPLETED', 85],
        ['WITHDRAWN', 15],
      ] as const);
    } else if (this.referenceDay - enrolledDay < 14 && rng.chance(0.35)) status = 'INVITED';
    else {
      status = rng.weighted([
        ['ACTIVE', 94],
        ['WITHDRAWN', 6],
      ] as const);
    }
    const withdrawnDay =
      status === 'WITHDRAWN'
        ? Math.min(this.referenceDay, enrolledDay + rng.int(7, Math.max(7, program.durationDays - 7)))
        : null;

    const takesCapacity = status === 'ACTIVE' || status === 'INVITED';
    // Half of the invitations are still waiting for a match.
    const coach: CoachRecord | null =
      plan.forcedCoach ??
      (status === 'INVITED' && rng.chance(0.5) ? null : this.matchCoach(person.locale, takesCapacity));
    if (coach && takesCapacity) coach.activeClients++;

    const enrolmentId = rng.uuid();
    const enrolledAt = enrolledDay * DAY_MS + rng.int(8 * 60, 17 * 60) * MINUTE_MS;
    await this.writer.add('enrolments', [
      enrolmentId,
      this.orgId,
      program.id,
      person.id,
      coach?.id ?? null,
      status,
      isoInstant(enrolledAt),
      status === 'COMPLETED' ? isoInstant(endDay * DAY_MS + 17 * HOUR_MS) : null,
      withdrawnDay !== null ? isoInstant(withdrawnDay * DAY_MS + 12 * HOUR_MS) : null,
      isoInstant(enrolledAt),
      // Derived from the id rather than drawn from rng, so adding the column left every other value as it was.
      plan.sharedWithManager ?? parseInt(enrolmentId.slice(-1), 16) % 4 !== 0,
    ]);
    if (status === 'INVITED') return;

    const activityEndDay = status === 'COMPLETED' ? endDay : status === 'WITHDRAWN' ? withdrawnDay! : endDay;
    if (coach) {
      await this.writeSessions(
        person,
        coach,
        program,
        enrolmentId,
        enrolledDay,
        activityEndDay,
        status,
        plan.upcomingSessions ?? 2,
        plan.firstSessionUnrated ?? false,
      );
    }
    const span: EnrolmentSpan = { enrolledDay, endDay, status, withdrawnDay };
    await this.writeGoals(person, plan, enrolmentId, span);
    await this.writeAssessments(person, reports, peers, context, program, span);
  }

  private slotIsFree(coach: CoachRecord, participantSlots: Set<number>, startMs: number): boolean {
    const first = Math.floor(startMs / SLOT_MS);
    for (let slot = first; slot < first + SESSION_MINUTES / 30; slot++) {
      if (coach.busySlots.has(slot) || participantSlots.has(slot)) return false;
    }
    return true;
  }

  private occupy(coach: CoachRecord, participantSlots: Set<number>, startMs: number): void {
    const first = Math.floor(startMs / SLOT_MS);
    for (let slot = first; slot < first + SESSION_MINUTES / 30; slot++) {
      coach.busySlots.add(slot);
      participantSlots.add(slot);
    }
  }

  /** The first free hour in the coach's weekly rules on or after `fromDay`, looking ten days ahead. */
  private findSlot(coach: CoachRecord, participantSlots: Set<number>, fromDay: number): number | null {
    for (let day = fromDay; day < fromDay + 10; day++) {
      if (coach.exceptions.some(([from, to]) => day >= from && day <= to)) continue;
      const weekday = isoWeekday(day);
      const starts: number[] = [];
      for (const rule of coach.rules) {
        if (rule.weekday !== weekday) continue;
        for (let minute = rule.startMinute; minute + SESSION_MINUTES <= rule.endMinute; minute += 60) {
          starts.push(minute);
        }
      }
      if (starts.length === 0) continue;
      const offset = this.rng.int(0, starts.length - 1);
      for (let i = 0; i < starts.length; i++) {
        const startMs = localToUtc(coach.timeZone, day, starts[(offset + i) % starts.length]!);
        if (this.slotIsFree(coach, participantSlots, startMs)) return startMs;
      }
    }
    return null;
  }

  private async writeSessions(
    person: PersonRecord,
    coach: CoachRecord,
    program: ProgramRecord,
    enrolmentId: string,
    enrolledDay: number,
    lastDay: number,
    status: EnrolmentStatus,
    upcomingSessions: number,
    firstSessionUnrated: boolean,
  ): Promise<void> {
    const rng = this.rng;
    const planned = program.template.sessionsPerParticipant;
    const intervalDays = Math.max(5, Math.floor(program.durationDays / planned));
    const language = coach.languages.includes(person.locale)
      ? person.locale
      : coach.languages.includes('en')
        ? 'en'
        : coach.languages[0]!;
    const participantSlots = new Set<number>();
    let held = 0;
    let futureBooked = 0;
    let attempts = 0;
    let day = enrolledDay + rng.int(3, 7);

    while (held < planned && attempts < planned + 4 && day <= lastDay) {
      attempts++;
      const startMs = this.findSlot(coach, participantSlots, day);
      if (startMs === null) {
        day += intervalDays;
        continue;
      }
      const endMs = startMs + SESSION_MINUTES * MINUTE_MS;
      const sessionId = rng.uuid();
      const bookedAt = Math.max(enrolledDay * DAY_MS, startMs - rng.int(2, 14) * DAY_MS);
      const row = (
        sessionStatus: string,
        cancelledAt: number | null,
        reason: string | null,
        late: boolean,
        sequence: number,
      ) => [
        sessionId,
        this.orgId,
        coach.id,
        person.id,
        enrolmentId,
        isoInstant(startMs),
        isoInstant(endMs),
        language,
        sessionStatus,
        `https://meet.coachwork.example/s/${sessionId.slice(0, 8)}${sessionId.slice(24)}`,
        sequence,
        cancelledAt === null ? null : isoInstant(cancelledAt),
        reason,
        late,
        isoInstant(Math.min(bookedAt, this.referenceMs)),
      ];

      if (endMs <= this.referenceMs) {
        const outcome = rng.weighted([
          ['COMPLETED', 84],
          ['CANCELLED', 9],
          ['NO_SHOW', 7],
        ] as const);
        if (outcome === 'CANCELLED') {
          const hoursBefore = rng.int(2, 96);
          await this.writer.add(
            'sessions',
            row(
              'CANCELLED',
              startMs - hoursBefore * HOUR_MS,
              rng.pick(['Travel', 'Team emergency', 'Illness', 'Clashing meeting']),
              hoursBefore < LATE_CANCEL_HOURS,
              1,
            ),
          );
          // A cancelled session frees its slot; the make-up follows a few days later.
          day = Math.floor(startMs / DAY_MS) + rng.int(2, 5);
          continue;
        }
        this.occupy(coach, participantSlots, startMs);
        await this.writer.add('sessions', row(outcome, null, null, false, rng.chance(0.1) ? 1 : 0));
        held++;
        // The extra condition comes after rng.chance so the random stream is the same either way.
        if (outcome === 'COMPLETED' && rng.chance(0.75) && !(firstSessionUnrated && held === 1)) {
          await this.writeFeedback(person, coach, program, sessionId, endMs);
        }
      } else {
        const withinHorizon = startMs < this.referenceMs + HORIZON_DAYS * DAY_MS;
        if (status !== 'ACTIVE' || futureBooked >= upcomingSessions || !withinHorizon) break;
        this.occupy(coach, participantSlots, startMs);
        await this.writer.add('sessions', row('BOOKED', null, null, false, 0));
        futureBooked++;
        held++;
      }
      day = Math.floor(startMs / DAY_MS) + intervalDays;
    }
  }

  private async writeFeedback(
    person: PersonRecord,
    coach: CoachRecord,
    program: ProgramRecord,
    sessionId: string,
    endMs: number,
  ): Promise<void> {
    const rng = this.rng;
    const rating = clamp(Math.round(rng.normal(4.15 + coach.quality, 0.75)), 1, 5);
    const feedbackId = rng.uuid();
    const submittedAt = Math.min(endMs + rng.int(5, 48 * 60) * MINUTE_MS, this.referenceMs);
    const comments = FEEDBACK_COMMENTS[person.locale];
    await this.writer.add('session_feedback', [
      feedbackId,
      this.orgId,
      sessionId,
      coach.id,
      person.id,
      rating,
      rng.chance(0.4) ? rng.pick(comments) : null,
      isoInstant(submittedAt),
    ]);
    for (const capability of rng.sample(program.template.focus, rng.int(1, 2))) {
      await this.writer.add('session_feedback_capabilities', [this.orgId, feedbackId, capability]);
    }
  }

  private async writeGoals(
    person: PersonRecord,
    plan: EnrolmentPlan,
    enrolmentId: string,
    { enrolledDay, endDay, status, withdrawnDay }: EnrolmentSpan,
  ): Promise<void> {
    const rng = this.rng;
    const program = plan.program;
    const visibilities =
      plan.goalVisibilities ??
      Array.from({ length: rng.int(1, 3) }, () =>
        rng.weighted([
          ['PRIVATE', 2],
          ['COACH', 5],
          ['MANAGER', 3],
        ] as const),
      );
    const capabilities = rng.sample(program.template.focus, visibilities.length);
    const horizonDay = Math.min(
      this.referenceDay,
      status === 'COMPLETED' ? endDay : status === 'WITHDRAWN' ? withdrawnDay! : this.referenceDay,
    );

    for (const [index, visibility] of visibilities.entries()) {
      const capability = (capabilities[index] ?? program.template.focus[0]!) as CapabilityCode;
      const goalId = rng.uuid();
      const createdDay = Math.min(horizonDay, enrolledDay + rng.int(1, 10));
      const elapsed = clamp((horizonDay - createdDay) / program.durationDays, 0, 1);
      let progress = roundTo(clamp(elapsed * 100 * rng.normal(0.95, 0.3), 0, 100), 5);
      let goalStatus: string;
      let completedDay: number | null = null;
      if (status === 'COMPLETED' && progress >= 70) {
        goalStatus = 'COMPLETED';
        progress = 100;
        completedDay = Math.min(horizonDay, createdDay + rng.int(20, program.durationDays));
      } else if (status === 'WITHDRAWN' && rng.chance(0.5)) goalStatus = 'ABANDONED';
      else goalStatus = progress === 0 ? 'NOT_STARTED' : 'IN_PROGRESS';
      const archivedDay =
        status === 'COMPLETED' && rng.chance(0.3) && endDay + 20 <= this.referenceDay
          ? endDay + rng.int(1, 20)
          : null;

      // Check-ins climb towards the goal's current progress, about every ten days.
      const checkInCount = Math.min(6, Math.floor((horizonDay - createdDay) / 10));
      const checkIns: Array<{ day: number; progress: number }> = [];
      for (let i = 1; i <= checkInCount; i++) {
        const day = createdDay + Math.round(((horizonDay - createdDay) * i) / (checkInCount + 1));
        checkIns.push({ day, progress: roundTo((progress * i) / checkInCount, 5) });
      }
      const createdAt = createdDay * DAY_MS + rng.int(8 * 60, 18 * 60) * MINUTE_MS;
      const lastTouched =
        checkIns.length > 0 ? checkIns[checkIns.length - 1]!.day * DAY_MS + 12 * HOUR_MS : createdAt;
      await this.writer.add('goals', [
        goalId,
        this.orgId,
        person.id,
        enrolmentId,
        capability,
        rng.pick(goalTitlesFor(capability)),
        isoDate(endDay),
        goalStatus,
        progress,
        visibility,
        isoInstant(createdAt),
        isoInstant(Math.min(Math.max(createdAt, lastTouched), this.referenceMs)),
        completedDay === null ? null : isoInstant(completedDay * DAY_MS + 15 * HOUR_MS),
        archivedDay === null ? null : isoInstant(archivedDay * DAY_MS + 10 * HOUR_MS),
      ]);

      const milestoneTitles = rng.sample(MILESTONE_TITLES, rng.int(2, 4));
      const doneCount = Math.round((progress / 100) * milestoneTitles.length);
      for (const [position, title] of milestoneTitles.entries()) {
        const done = position < doneCount;
        const doneDay =
          createdDay +
          Math.round(((horizonDay - createdDay) * (position + 1)) / (milestoneTitles.length + 1));
        await this.writer.add('goal_milestones', [
          rng.uuid(),
          this.orgId,
          goalId,
          position,
          title,
          done,
          done ? isoInstant(doneDay * DAY_MS + 16 * HOUR_MS) : null,
          isoInstant(createdAt),
        ]);
      }

      let previous = 0;
      for (const checkIn of checkIns) {
        const gained = checkIn.progress - previous;
        previous = checkIn.progress;
        await this.writer.add('goal_check_ins', [
          rng.uuid(),
          this.orgId,
          goalId,
          person.id,
          checkIn.progress,
          rng.chance(0.6) ? rng.pick(CHECK_IN_NOTES[person.locale]) : null,
          clamp(Math.round(rng.normal(3.2 + gained / 25, 0.8)), 1, 5),
          clamp(Math.round(rng.normal(3 + checkIn.progress / 60, 0.8)), 1, 5),
          isoInstant(checkIn.day * DAY_MS + rng.int(8 * 60, 20 * 60) * MINUTE_MS),
        ]);
      }
    }
  }

  private async writeAssessments(
    person: PersonRecord,
    reports: readonly string[],
    peers: readonly string[],
    context: UnitContext,
    program: ProgramRecord,
    { enrolledDay, endDay, status, withdrawnDay }: EnrolmentSpan,
  ): Promise<void> {
    const rng = this.rng;
    const phases: Array<['PRE' | 'MID' | 'POST', number]> = [
      ['PRE', Math.min(this.referenceDay, enrolledDay + rng.int(0, 5))],
    ];
    const midDay = enrolledDay + Math.floor(program.durationDays / 2) + rng.int(0, 5);
    const activeUntil = withdrawnDay ?? Math.min(endDay, this.referenceDay);
    if (midDay <= activeUntil && midDay <= this.referenceDay) phases.push(['MID', midDay]);
    if (status === 'COMPLETED') {
      phases.push(['POST', Math.min(this.referenceDay, endDay + rng.int(0, 7))]);
    }

    const raters = this.pickRaters(person, reports, peers);
    const personLevel = rng.normal(0, 0.3);
    // How strongly this person responds to coaching, around the unit's growth.
    const personGrowth = context.growth * clamp(rng.normal(1, 0.35), 0.1, 2);
    await this.writeRatings(
      person,
      raters,
      program,
      program.template.focus,
      phases,
      context,
      personLevel,
      personGrowth,
    );
  }

  /**
   * The organisation-wide pulse (SeedOptions.leadershipPulse): one PRE rating of every capability
   * by the person, their manager, up to six reports and up to three peers, during the pulse's
   * first fortnight.
   */
  async writePulse(
    person: PersonRecord,
    reports: readonly string[],
    context: UnitContext,
    pulse: ProgramRecord,
    peers: readonly string[] = [],
  ): Promise<void> {
    const rng = this.rng;
    const day = Math.min(this.referenceDay, pulse.startsOnDay + rng.int(0, 14));
    const raters = this.pickRaters(person, reports, peers);
    await this.writeRatings(
      person,
      raters,
      pulse,
      pulse.template.focus,
      [['PRE', day]],
      context,
      rng.normal(0, 0.3),
      0,
    );
  }

  /**
   * Self, the manager, up to six reports and up to three peers, as a real 360 asks: reports and
   * peers are the raters promised anonymity, and enough of them that most figures clear the
   * organisation's minimum group size, which the progress card and the heatmap enforce.
   */
  private pickRaters(
    person: PersonRecord,
    reports: readonly string[],
    peers: readonly string[],
  ): Array<[RaterType, string]> {
    const raters: Array<[RaterType, string]> = [['SELF', person.id]];
    if (person.managerId) raters.push(['MANAGER', person.managerId]);
    for (const report of this.rng.sample(reports, Math.min(6, reports.length)))
      raters.push(['REPORT', report]);
    const others = peers.filter((peer) => peer !== person.id);
    for (const peer of this.peerRng.sample(others, Math.min(3, others.length))) raters.push(['PEER', peer]);
    return raters;
  }

  private async writeRatings(
    person: PersonRecord,
    raters: ReadonlyArray<[RaterType, string]>,
    program: ProgramRecord,
    capabilities: readonly CapabilityCode[],
    phases: ReadonlyArray<['PRE' | 'MID' | 'POST', number]>,
    context: UnitContext,
    personLevel: number,
    personGrowth: number,
  ): Promise<void> {
    const rng = this.rng;
    // Raters answer within five days of a pulse opening and it closes after a
    // week, so its figures appear at once; a pulse still open at the reference
    // date shows nothing yet.
    for (const [phase, day] of phases) {
      await this.writer.add('assessment_windows', [
        this.orgId,
        program.id,
        person.id,
        phase,
        isoInstant((day + PULSE_OPEN_DAYS) * DAY_MS),
      ]);
    }
    for (const capability of capabilities) {
      const capabilityLevel =
        3.0 +
        context.region.scoreEffect +
        context.functionEffect +
        CAPABILITY_EFFECT[capability] +
        personLevel +
        rng.normal(0, 0.15);
      for (const [phase, day] of phases) {
        for (const [raterType, raterId] of raters) {
          const draw = raterType === 'PEER' ? this.peerRng : rng;
          // Not every report or peer answers every pulse.
          if ((raterType === 'REPORT' || raterType === 'PEER') && draw.chance(0.1)) continue;
          const score = clamp(
            roundTo(
              capabilityLevel +
                RATER_BIAS[raterType] +
                personGrowth * PHASE_PROGRESS[phase] +
                draw.normal(0, 0.35),
              0.1,
            ),
            1,
            5,
          );
          await this.writer.add('assessments', [
            draw.uuid(),
            this.orgId,
            person.id,
            program.id,
            capability,
            phase,
            raterType,
            raterId,
            Number(score.toFixed(1)),
            isoInstant(
              Math.min(
                (day + draw.int(0, 4)) * DAY_MS + draw.int(7 * 60, 20 * 60) * MINUTE_MS,
                this.referenceMs,
              ),
            ),
          ]);
        }
      }
    }
  }
}

/** How long a 360 pulse stays open after its first day. */
const PULSE_OPEN_DAYS = 7;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
