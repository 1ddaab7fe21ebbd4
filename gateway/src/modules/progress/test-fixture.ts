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

/** An `AssessmentFigure` of a progress card as the API answers it: `{ phase mean raters withheld }`. */
export interface Figure {
  phase: string;
  mean: number | null;
  raters: number | null;
  withheld: boolean;
}

export interface ProgressWorld {
  /** reportIds[0]'s enrolment: 8 sessions over 16 weeks (a session every 14 days), enrolled 43 days ago. */
  enrolmentId: string;
  nextSessionId: string;
  /** reportIds[1]'s enrolment: enrolled 100 days ago, one session held: behind. */
  behindEnrolmentId: string;
  /** reportIds[0], whose 360 pulses are rated by their manager, two reports and five peers. */
  participantId: string;
  /** Five peers (PEER raters) in another team. */
  peerIds: string[];
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

  // The participant, their manager, two reports and five peers. Only reports
  // and peers count against the minimum group size; self ratings count nowhere.
  const peerIds: string[] = [];
  for (let i = 1; i <= 5; i += 1) {
    const id = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, job_level, org_unit_id, in_role_since, roles)
       values ($1, $2, $3, $4, 'MANAGER', $5, '2025-01-01', array['MANAGER'])`,
      [id, org.orgId, `Peer ${i}`, `peer${i}@${org.slug}.example`, org.teamIds[1]],
    );
    peerIds.push(id);
  }
  const raters = {
    self: ['SELF', participantId],
    manager: ['MANAGER', org.managerId],
    r1: ['REPORT', behindId],
    r2: ['REPORT', org.outsiderId],
    r3: ['PEER', peerIds[0]!],
    r4: ['PEER', peerIds[1]!],
    r5: ['PEER', peerIds[2]!],
    r6: ['PEER', peerIds[3]!],
    r7: ['PEER', peerIds[4]!],
  } as const;
  type Rater = keyof typeof raters;
  // Every pulse below closed yesterday; its ratings came in the week before. A closed pulse takes no
  // rating written later (migration 0143): they are imported together, in one transaction, below.
  const imports: Array<[string, unknown[]]> = [];
  const rate = async (
    programId: string,
    capability: string,
    phase: string,
    scores: Partial<Record<Rater, number>>,
  ) => {
    imports.push([
      `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [org.orgId, programId, participantId, phase, at(-1)],
    ]);
    for (const [rater, score] of Object.entries(scores)) {
      const [raterType, raterId] = raters[rater as Rater];
      imports.push([
        `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score,
           submitted_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [org.orgId, participantId, programId, capability, phase, raterType, raterId, score, at(-5)],
      ]);
    }
  };
  // Self 5 is left out: mean 2.8 over five reports and peers.
  await rate(org.programId, 'DELEGATION', 'PRE', { self: 5, r1: 2, r2: 3, r3: 3, r4: 2, r5: 4 });
  // Manager and five reports and peers: mean 3.5, six raters, +0.7.
  await rate(org.programId, 'DELEGATION', 'MID', { self: 1, manager: 4, r1: 3, r2: 4, r3: 3, r4: 4, r5: 3 });
  // Seven raters, six of them reports and peers.
  await rate(org.programId, 'FEEDBACK', 'PRE', {
    self: 3,
    manager: 3,
    r1: 3,
    r2: 3,
    r3: 3,
    r4: 3,
    r5: 3,
    r6: 3,
  });
  // Five raters besides the participant, but only four reports and peers: under the minimum of 5.
  await rate(org.programId, 'FEEDBACK', 'MID', { self: 4, manager: 4, r1: 4, r2: 4, r3: 4, r4: 4 });

  // Ratings from another program must not leak into this one's figures.
  const otherProgramId = randomUUID();
  await db.query(
    `insert into programs (id, org_id, name, objective, kpi_name, sessions_per_participant, duration_weeks, languages)
     values ($1, $2, 'Other', 'Other', 'Other', 4, 8, array['en'])`,
    [otherProgramId, org.orgId],
  );
  await rate(otherProgramId, 'DELEGATION', 'POST', { manager: 5, r1: 5, r2: 5, r3: 5, r4: 5, r5: 5, r6: 5 });
  await db.transaction(async (tx) => {
    for (const [statement, values] of imports) await tx.query(statement, values);
  });

  return { enrolmentId: e, nextSessionId, behindEnrolmentId, participantId, peerIds };
}
