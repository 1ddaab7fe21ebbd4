import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './types.js';

/**
 * A minimal organisation for storage tests: one region → function → team, a
 * manager, a participant enrolled in a program, and a coach. Written as the
 * owner (bypassing RLS), like the seed; the tests then act as a tenant.
 */
export interface TenantFixture {
  orgId: string;
  teamId: string;
  managerId: string;
  participantId: string;
  secondParticipantId: string;
  coachPersonId: string;
  coachId: string;
  programId: string;
  enrolmentId: string;
  secondEnrolmentId: string;
}

export async function createTenantFixture(db: Queryable, slug: string): Promise<TenantFixture> {
  const orgId = randomUUID();
  await db.query(
    `INSERT INTO organisations (id, slug, name, locales, time_zone, embed_signing_secret)
     VALUES ($1, $2, $3, ARRAY['en','es'], 'Europe/Madrid', $4)`,
    [orgId, slug, `Org ${slug}`, randomBytes(32).toString('base64url')],
  );
  const [regionId, functionId, teamId] = [randomUUID(), randomUUID(), randomUUID()];
  await db.query(
    `INSERT INTO org_units (id, org_id, parent_id, kind, name) VALUES
       ($1, $4, NULL, 'REGION', 'EMEA'),
       ($2, $4, $1, 'FUNCTION', 'Operations'),
       ($3, $4, $2, 'TEAM', 'Fleet')`,
    [regionId, functionId, teamId, orgId],
  );
  const [managerId, participantId, secondParticipantId, coachPersonId] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  const person = `INSERT INTO people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id,
                    manager_id, in_role_since, roles)
                  VALUES ($1, $2, $3, $4, 'en', 'Europe/Madrid', $5, $6, $7, '2026-01-01', $8)`;
  await db.query(person, [
    managerId,
    orgId,
    'Morgan Manager',
    `manager@${slug}.example`,
    'SENIOR_MANAGER',
    teamId,
    null,
    ['MANAGER'],
  ]);
  await db.query(person, [
    participantId,
    orgId,
    'Pat Participant',
    `pat@${slug}.example`,
    'MANAGER',
    teamId,
    managerId,
    ['PARTICIPANT', 'MANAGER'],
  ]);
  await db.query(person, [
    secondParticipantId,
    orgId,
    'Sam Second',
    `sam@${slug}.example`,
    'MANAGER',
    teamId,
    managerId,
    ['PARTICIPANT'],
  ]);
  await db.query(person, [
    coachPersonId,
    orgId,
    'Casey Coach',
    `coach@${slug}.example`,
    'IC',
    teamId,
    null,
    ['COACH'],
  ]);
  const coachId = randomUUID();
  await db.query(
    `INSERT INTO coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
     VALUES ($1, $2, $3, ARRAY['en','es'], 'Europe/Madrid', 'ICF_PCC', 12)`,
    [coachId, orgId, coachPersonId],
  );
  const programId = randomUUID();
  await db.query(
    `INSERT INTO programs (id, org_id, name, objective, kpi_name, sessions_per_participant,
                           duration_weeks, languages, status)
     VALUES ($1, $2, 'First 100 days', 'Ramp up new managers', 'Team engagement', 6, 12,
             ARRAY['en','es'], 'ACTIVE')`,
    [programId, orgId],
  );
  const [enrolmentId, secondEnrolmentId] = [randomUUID(), randomUUID()];
  await db.query(
    `INSERT INTO enrolments (id, org_id, program_id, person_id, coach_id, status) VALUES
       ($1, $3, $4, $5, $6, 'ACTIVE'),
       ($2, $3, $4, $7, $6, 'ACTIVE')`,
    [enrolmentId, secondEnrolmentId, orgId, programId, participantId, coachId, secondParticipantId],
  );
  return {
    orgId,
    teamId,
    managerId,
    participantId,
    secondParticipantId,
    coachPersonId,
    coachId,
    programId,
    enrolmentId,
    secondEnrolmentId,
  };
}

/** Inserts a goal for `owner` (owner-side, no RLS) and returns its id. */
export async function insertGoal(
  db: Queryable,
  orgId: string,
  ownerId: string,
  title = 'Delegate the weekly report',
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO goals (id, org_id, owner_id, capability_code, title, progress, visibility)
     VALUES ($1, $2, $3, 'DELEGATION', $4, 10, 'COACH')`,
    [id, orgId, ownerId, title],
  );
  return id;
}

export interface SessionInput {
  orgId: string;
  coachId: string;
  participantId: string;
  enrolmentId: string;
  startsAt: string;
  endsAt: string;
  status?: 'BOOKED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
}

export const INSERT_SESSION_SQL = `
  INSERT INTO sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at,
                        language, status, cancelled_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, 'en', $8, CASE WHEN $8 = 'CANCELLED' THEN now() END)
  RETURNING id`;

export function sessionParams(input: SessionInput): unknown[] {
  return [
    randomUUID(),
    input.orgId,
    input.coachId,
    input.participantId,
    input.enrolmentId,
    input.startsAt,
    input.endsAt,
    input.status ?? 'BOOKED',
  ];
}

/** A session of a fixture's enrolment: its times, and whatever else is not the fixture's. */
export type FixtureSession = Partial<SessionInput> & Pick<SessionInput, 'startsAt' | 'endsAt'>;

/** Writes a session of the fixture's first enrolment, with its coach and participant unless `session` names others. */
export function insertSessionOf(
  tx: Queryable,
  fixture: TenantFixture,
  session: FixtureSession,
): Promise<unknown[]> {
  return tx.query(
    INSERT_SESSION_SQL,
    sessionParams({
      orgId: fixture.orgId,
      coachId: fixture.coachId,
      participantId: fixture.participantId,
      enrolmentId: fixture.enrolmentId,
      ...session,
    }),
  );
}

export async function countRows(db: Queryable, table: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(`SELECT count(*) AS count FROM ${table}`);
  return row?.count ?? 0;
}
