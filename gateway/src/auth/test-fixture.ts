/**
 * One participant and every relation the access policy knows, as rows: the
 * organisation of testing/fixtures.ts plus a program admin, a former coach who
 * coached the participant through an earlier, completed program, a session that
 * former coach held in the current enrolment before the coach changed, a live
 * session with the current coach, goals of each visibility and enough 360
 * raters for the participant's figures to be released.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/types.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface RelationsWorld {
  org: GatewayFixture;
  /** The participant every relation is about (org.reportIds[0]). */
  participantId: string;
  /** Another participant of the same team and program: no relation to the participant. */
  peerId: string;
  /** PROGRAM_ADMIN assigned to the participant's current program (org.programId). */
  programAdminId: string;
  /** PROGRAM_ADMIN assigned only to a program nobody of the fixture is in. */
  otherProgramAdminId: string;
  otherProgramId: string;
  /** An OPEN match proposal of the current program: the peer matched, the participant not. */
  proposalId: string;
  /** A newer PROGRAM proposal of the current program whose computation FAILED (its pending proposal). */
  failedProposalId: string;
  formerCoachPersonId: string;
  formerCoachId: string;
  /** The participant's current enrolment (org.enrolmentId), coached by org.coachId. */
  enrolmentId: string;
  /** The participant's earlier enrolment in another program, COMPLETED, coached by the former coach. */
  pastEnrolmentId: string;
  pastProgramId: string;
  /** BOOKED, in three days, with the current coach: a live join link. */
  liveSessionId: string;
  /** Held by the former coach in the current enrolment, started an hour ago and not closed yet. */
  formerCoachSessionId: string;
  /** COMPLETED in the past enrolment, with the participant's feedback. */
  pastSessionId: string;
  goalIds: Record<'PRIVATE' | 'COACH' | 'MANAGER', string>;
  milestoneId: string;
  checkInId: string;
}

export async function createRelationsWorld(db: Database, slug: string): Promise<RelationsWorld> {
  const org = await createGatewayFixture(db, slug);
  const participantId = org.reportIds[0]!;
  const peerId = org.reportIds[1]!;
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms);

  const person = async (name: string, roles: string[]): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, $3, $4, 'en', 'Europe/Paris', 'IC', $5, null, '2025-01-15', $6)`,
      [id, org.orgId, name, `${name.toLowerCase().replace(/ /g, '.')}@${slug}.example`, org.regionId, roles],
    );
    return id;
  };
  const programAdminId = await person('Pia Programadmin', ['PROGRAM_ADMIN']);
  const formerCoachPersonId = await person('Fern Formercoach', ['COACH']);
  const formerCoachId = randomUUID();
  await db.query(
    `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
     values ($1, $2, $3, array['en'], 'Europe/Paris', 'EMCC', 5)`,
    [formerCoachId, org.orgId, formerCoachPersonId],
  );

  // The current coach is available every day, so the participant's booking slots are not empty.
  await db.query(
    `insert into coach_availability_rules (org_id, coach_id, weekday, start_time, end_time, time_zone)
     select $1, $2, d, '09:00', '17:00', 'Europe/Paris' from generate_series(1, 7) as d`,
    [org.orgId, org.coachId],
  );
  await db.query(`update enrolments set enrolled_at = $2 where id = $1`, [org.enrolmentId, at(-30 * DAY_MS)]);
  await db.query(
    `insert into enrolments (org_id, program_id, person_id, coach_id, status, enrolled_at)
     values ($1, $2, $3, $4, 'ACTIVE', $5)`,
    [org.orgId, org.programId, peerId, org.coachId, at(-30 * DAY_MS)],
  );
  const program = async (label: string, status: 'ACTIVE' | 'COMPLETED'): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `insert into programs (id, org_id, name, objective, kpi_name, sessions_per_participant, duration_weeks,
         languages, status)
       values ($1, $2, $3, $4, $5, 4, 8, array['en'], $6)`,
      [id, org.orgId, `${label} program`, `${label} objective`, `${label} KPI`, status],
    );
    return id;
  };
  const assignProgramAdmin = (programId: string, personId: string) =>
    db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      org.orgId,
      programId,
      personId,
    ]);
  const pastProgramId = await program('Earlier', 'COMPLETED');
  await assignProgramAdmin(org.programId, programAdminId);
  const otherProgramAdminId = await person('Otto Otherprogram', ['PROGRAM_ADMIN']);
  const otherProgramId = await program('Another', 'ACTIVE');
  await assignProgramAdmin(otherProgramId, otherProgramAdminId);
  // The peer also takes part in the other program: the current program's population overlaps it.
  await db.query(
    `insert into enrolments (org_id, program_id, person_id, status) values ($1, $2, $3, 'ACCEPTED')`,
    [org.orgId, otherProgramId, peerId],
  );
  const pastEnrolmentId = randomUUID();
  await db.query(
    `insert into enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at, completed_at)
     values ($1, $2, $3, $4, $5, 'COMPLETED', $6, $7)`,
    [
      pastEnrolmentId,
      org.orgId,
      pastProgramId,
      participantId,
      formerCoachId,
      at(-200 * DAY_MS),
      at(-100 * DAY_MS),
    ],
  );

  const session = async (
    enrolmentId: string,
    coachId: string,
    startsAt: Date,
    status: 'BOOKED' | 'COMPLETED',
  ): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language,
         status, join_url)
       values ($1, $2, $3, $4, $5, $6, $7, 'en', $8, $9)`,
      [
        id,
        org.orgId,
        coachId,
        participantId,
        enrolmentId,
        startsAt,
        new Date(startsAt.getTime() + HOUR_MS),
        status,
        `https://meet.example/${id}`,
      ],
    );
    return id;
  };
  const liveSessionId = await session(org.enrolmentId, org.coachId, at(3 * DAY_MS), 'BOOKED');
  const formerCoachSessionId = await session(org.enrolmentId, formerCoachId, at(-HOUR_MS), 'BOOKED');
  const pastSessionId = await session(pastEnrolmentId, formerCoachId, at(-150 * DAY_MS), 'COMPLETED');
  await db.query(
    `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment)
     values ($1, $2, $3, $4, 4, 'Helpful and kind')`,
    [org.orgId, pastSessionId, formerCoachId, participantId],
  );

  const goalIds = {} as RelationsWorld['goalIds'];
  for (const visibility of ['PRIVATE', 'COACH', 'MANAGER'] as const) {
    const id = randomUUID();
    await db.query(
      `insert into goals (id, org_id, owner_id, enrolment_id, capability_code, title, description, target_date,
         status, progress, visibility)
       values ($1, $2, $3, $4, 'DELEGATION', $5, 'Why it matters', $6, 'IN_PROGRESS', 40, $7)`,
      [
        id,
        org.orgId,
        participantId,
        org.enrolmentId,
        `A ${visibility.toLowerCase()} goal`,
        at(60 * DAY_MS)
          .toISOString()
          .slice(0, 10),
        visibility,
      ],
    );
    goalIds[visibility] = id;
  }
  const milestoneId = randomUUID();
  const checkInId = randomUUID();
  for (const goalId of Object.values(goalIds)) {
    await db.query(
      `insert into goal_milestones (id, org_id, goal_id, position, title) values ($1, $2, $3, 0, 'First step')`,
      [goalId === goalIds.MANAGER ? milestoneId : randomUUID(), org.orgId, goalId],
    );
    await db.query(
      `insert into goal_check_ins (id, org_id, goal_id, author_id, progress, note, mood, confidence)
       values ($1, $2, $3, $4, 40, 'Going well', 4, 3)`,
      [goalId === goalIds.MANAGER ? checkInId : randomUUID(), org.orgId, goalId, participantId],
    );
  }

  // Enough raters whose anonymity is promised for every figure to be released.
  const raters = [peerId, org.outsiderId, org.directorId, org.adminId, programAdminId, formerCoachPersonId];
  for (const capability of ['DELEGATION', 'FEEDBACK']) {
    for (const [phase, base] of [
      ['PRE', 2],
      ['MID', 3],
    ] as const) {
      for (const [index, raterId] of raters.entries()) {
        await db.query(
          `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id,
             score)
           values ($1, $2, $3, $4, $5, 'REPORT', $6, $7)`,
          [org.orgId, participantId, org.programId, capability, phase, raterId, base + (index % 2)],
        );
      }
    }
  }
  // A pulse's figures are released only once it has closed, and count only the ratings given by then.
  for (const phase of ['PRE', 'MID']) {
    await db.query(
      `insert into assessment_windows (org_id, program_id, subject_id, phase, closes_at)
       values ($1, $2, $3, $4, now())`,
      [org.orgId, org.programId, participantId, phase],
    );
  }

  // Population rules naming units to include and to exclude, so their fields are asked.
  await db.query(`update programs set target_population = $2::jsonb where id = $1`, [
    org.programId,
    JSON.stringify({
      orgUnits: [{ id: org.functionId, subtree: true }],
      excludedOrgUnits: [{ id: org.teamIds[2], subtree: false }],
      jobLevels: ['IC', 'MANAGER'],
    }),
  ]);
  // The program's operations: a coach pool, a KPI value, a coach pause, a match proposal with a matched
  // and an unmatched participant, and an audit entry, so every field of them is asked.
  await db.query(
    `insert into program_coaches (org_id, program_id, coach_id, capacity) values ($1, $2, $3, 5)`,
    [org.orgId, org.programId, org.coachId],
  );
  await db.query(
    `insert into program_kpi_values (org_id, kpi_id, recorded_on, value, recorded_by)
     select org_id, id, '2026-01-31', 63.5, $2 from program_kpis where program_id = $1`,
    [org.programId, org.adminId],
  );
  await db.query(
    `insert into coach_status_changes (org_id, coach_id, from_status, to_status, reason, actor_person_id)
     values ($1, $2, 'ACTIVE', 'PAUSED', 'Leave', $3), ($1, $2, 'PAUSED', 'ACTIVE', 'Back', $3)`,
    [org.orgId, org.coachId, org.adminId],
  );
  const proposalId = randomUUID();
  await db.query(
    `insert into match_proposals (id, org_id, program_id, kind, created_by) values ($1, $2, $3, 'PROGRAM', $4)`,
    [proposalId, org.orgId, org.programId, programAdminId],
  );
  const [peerEnrolment] = await db.query<{ id: string }>(
    `select id from enrolments where program_id = $1 and person_id = $2`,
    [org.programId, peerId],
  );
  await db.query(
    `insert into match_proposal_pairs (org_id, proposal_id, enrolment_id, coach_id, score, reasons, unmatched_reason)
     values ($1, $2, $3, $4, 42.5, '[{"code":"LANGUAGE","points":0,"language":"en"}]', null),
            ($1, $2, $5, null, null, '[]', 'NO_CAPACITY')`,
    [org.orgId, proposalId, peerEnrolment!.id, org.coachId, org.enrolmentId],
  );
  const failedProposalId = randomUUID();
  await db.query(
    `insert into match_proposals (id, org_id, program_id, kind, status, created_by, cohort_size, started_at,
       failure, created_at)
     values ($1, $2, $3, 'PROGRAM', 'FAILED', $4, 1, now(), 'COMPUTATION_FAILED', clock_timestamp() + interval '1 second')`,
    [failedProposalId, org.orgId, org.programId, programAdminId],
  );
  await db.query(
    `insert into audit_log (org_id, actor_person_id, action, program_id, subject_type, subject_id, before, after)
     values ($1, $2, 'PROGRAM_UPDATED', $3, 'Program', $3, '{"capacity":null}', '{"capacity":40}')`,
    [org.orgId, org.adminId, org.programId],
  );

  return {
    org,
    proposalId,
    failedProposalId,
    participantId,
    peerId,
    programAdminId,
    otherProgramAdminId,
    otherProgramId,
    formerCoachPersonId,
    formerCoachId,
    enrolmentId: org.enrolmentId,
    pastEnrolmentId,
    pastProgramId,
    liveSessionId,
    formerCoachSessionId,
    pastSessionId,
    goalIds,
    milestoneId,
    checkInId,
  };
}
