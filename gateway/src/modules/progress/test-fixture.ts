/**
 * A participant whose every progress figure is known by hand (the expectations in
 * progress.test.ts are worked out from the rows below). Times are relative to now,
 * because pace and "upcoming" are about now.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/types.js';
import type { GatewayFixture } from '../../testing/fixtures.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface ProgressWorld {
  /** reportIds[0]'s enrolment: 8 sessions over 16 weeks (a session every 14 days), enrolled 43 days ago. */
  enrolmentId: string;
  nextSessionId: string;
  /** reportIds[1]'s enrolment: enrolled 100 days ago, one session held: behind. */
  behindEnrolmentId: string;
}

export async function writeProgressWorld(db: Database, org: GatewayFixture): Promise<ProgressWorld> {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY_MS);
  const [participantId, behindId] = [org.reportIds[0]!, org.reportIds[1]!];
  await db.query(`update programs set sessions_per_participant = 8, duration_weeks = 16 where id = $1`, [
    org.programId,
  ]);
  await db.query(`update enrolments set enrolled_at = $2 where id = $1`, [org.enrolmentId, at(-43)]);
  const behindEnrolmentId = randomUUID();
  await db.query(
    `insert into enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at)
     values ($1, $2, $3, $4, $5, 'ACTIVE', $6)`,
    [behindEnrolmentId, org.orgId, org.programId, behindId, org.coachId, at(-100)],
  );

  const session = async (
    enrolmentId: string,
    personId: string,
    startDays: number,
    status: 'BOOKED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW',
    late = false,
  ): Promise<string> => {
    const id = randomUUID();
    const startsAt = at(startDays);
    const cancelledAt =
      status === 'CANCELLED' ? new Date(startsAt.getTime() - (late ? 2 : 48) * HOUR_MS) : null;
    await db.query(
      `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language,
         status, cancelled_at, late_cancellation)
       values ($1, $2, $3, $4, $5, $6, $7, 'en', $8, $9, $10)`,
      [
        id,
        org.orgId,
        org.coachId,
        personId,
        enrolmentId,
        startsAt,
        new Date(startsAt.getTime() + HOUR_MS),
        status,
        cancelledAt,
        late,
      ],
    );
    return id;
  };
  const e = org.enrolmentId;
  await session(e, participantId, -40, 'COMPLETED');
  await session(e, participantId, -26, 'COMPLETED');
  await session(e, participantId, -19, 'NO_SHOW');
  await session(e, participantId, -12, 'CANCELLED', true);
  await session(e, participantId, -5, 'COMPLETED');
  await session(e, participantId, 2, 'CANCELLED', false);
  const nextSessionId = await session(e, participantId, 3, 'BOOKED');
  await session(behindEnrolmentId, behindId, -90.5, 'COMPLETED');

  const goal = async (
    visibility: 'PRIVATE' | 'COACH' | 'MANAGER',
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED',
    progress: number,
    targetDays: number | null,
    archived = false,
  ) => {
    await db.query(
      `insert into goals (id, org_id, owner_id, enrolment_id, capability_code, title, target_date, status, progress,
         visibility, created_at, completed_at, archived_at)
       values ($1, $2, $3, $4, 'DELEGATION', 'A goal', $5, $6, $7, $8, $9, $10, $11)`,
      [
        randomUUID(),
        org.orgId,
        participantId,
        e,
        targetDays === null ? null : at(targetDays).toISOString().slice(0, 10),
        status,
        progress,
        visibility,
        at(-40),
        status === 'COMPLETED' ? at(-1) : null,
        archived ? at(-1) : null,
      ],
    );
  };
  await goal('MANAGER', 'IN_PROGRESS', 50, 40); // on track: halfway through its time, halfway done
  await goal('COACH', 'IN_PROGRESS', 10, 40); // behind its straight line
  await goal('PRIVATE', 'COMPLETED', 100, 40); // completed counts as on track
  await goal('MANAGER', 'NOT_STARTED', 0, null); // undated and not started: not on track
  await goal('MANAGER', 'IN_PROGRESS', 90, 40, true); // archived: not counted anywhere

  // Seven raters: the participant, their manager and five others.
  const raters: Array<['SELF' | 'MANAGER' | 'REPORT', string]> = [
    ['SELF', participantId],
    ['MANAGER', org.managerId],
    ['REPORT', behindId],
    ['REPORT', org.outsiderId],
    ['REPORT', org.directorId],
    ['REPORT', org.adminId],
    ['REPORT', org.coachPersonId],
  ];
  const rate = async (programId: string, capability: string, phase: string, scores: number[]) => {
    for (const [index, score] of scores.entries()) {
      const [raterType, raterId] = raters[index]!;
      await db.query(
        `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [org.orgId, participantId, programId, capability, phase, raterType, raterId, score],
      );
    }
  };
  await rate(org.programId, 'DELEGATION', 'PRE', [2, 3, 3, 2, 4]); // mean 2.8, 5 raters
  await rate(org.programId, 'DELEGATION', 'MID', [3, 3, 4, 3, 4]); // mean 3.4, 5 raters: +0.6
  await rate(org.programId, 'FEEDBACK', 'PRE', [3, 3, 3, 3, 3, 3]); // mean 3.0, 6 raters
  await rate(org.programId, 'FEEDBACK', 'MID', [4, 4, 4, 4]); // 4 raters: under the minimum of 5

  // Ratings from another program must not leak into this one's figures.
  const otherProgramId = randomUUID();
  await db.query(
    `insert into programs (id, org_id, name, objective, kpi_name, sessions_per_participant, duration_weeks, languages)
     values ($1, $2, 'Other', 'Other', 'Other', 4, 8, array['en'])`,
    [otherProgramId, org.orgId],
  );
  await rate(otherProgramId, 'DELEGATION', 'POST', [5, 5, 5, 5, 5, 5, 5]);

  return { enrolmentId: e, nextSessionId, behindEnrolmentId };
}
