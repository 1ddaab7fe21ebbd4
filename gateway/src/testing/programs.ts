/** Programs written straight into the database, for tests whose subject is not program creation. */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/types.js';

export interface ActiveProgramInput {
  name: string;
  objective?: string;
  sessionsPerParticipant?: number;
  durationWeeks?: number;
  languages?: string[];
  /** Program admins assigned to it. */
  adminIds?: readonly string[];
  /** People enrolled as ACCEPTED, in this order. */
  acceptedIds?: readonly string[];
}

export interface ActiveProgram {
  programId: string;
  /** The enrolments of `acceptedIds`, in the same order. */
  enrolmentIds: string[];
}

/**
 * An ACTIVE program of `orgId` (six sessions over twelve weeks in English unless told), with its
 * admins and accepted participants: the state a program reaches once published and answered.
 */
export async function insertActiveProgram(
  db: Queryable,
  orgId: string,
  input: ActiveProgramInput,
): Promise<ActiveProgram> {
  const programId = randomUUID();
  await db.query(
    `insert into programs (id, org_id, name, objective, sessions_per_participant, duration_weeks, languages, status)
     values ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE')`,
    [
      programId,
      orgId,
      input.name,
      input.objective ?? 'Objective',
      input.sessionsPerParticipant ?? 6,
      input.durationWeeks ?? 12,
      input.languages ?? ['en'],
    ],
  );
  for (const adminId of input.adminIds ?? []) {
    await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      orgId,
      programId,
      adminId,
    ]);
  }
  const enrolmentIds: string[] = [];
  for (const personId of input.acceptedIds ?? []) {
    const [row] = await db.query<{ id: string }>(
      `insert into enrolments (org_id, program_id, person_id, status) values ($1, $2, $3, 'ACCEPTED') returning id`,
      [orgId, programId, personId],
    );
    enrolmentIds.push(row!.id);
  }
  return { programId, enrolmentIds };
}
