/**
 * The gateway fixture plus what booking and matching need: weekly availability
 * for its coach, a Madrid director newly enrolled (unmatched), and coaches that
 * each fail one hard constraint. Written as the owner, like the seed.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';

export interface BookingFixture extends GatewayFixture {
  /** Spanish-speaking director in Madrid, enrolled in programId, no coach yet. */
  madridPersonId: string;
  madridEnrolmentId: string;
  /** es/en, Madrid, DECISION_MAKING + DELEGATION, rated 4.8 from 120. */
  spanishCoachId: string;
  /** es, Mexico City, FEEDBACK only, no ratings. */
  secondSpanishCoachId: string;
  /** es, on probation. */
  probationCoachId: string;
  /** es, capacity 1 with one client already. */
  fullCoachId: string;
  /** de only. */
  germanCoachId: string;
}

async function person(
  db: Database,
  orgId: string,
  unitId: string,
  fields: { name: string; email: string; locale: string; timeZone: string; level?: string; roles: string[] },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, in_role_since, roles)
     values ($1, $2, $3, $4, $5, $6, $7, $8, current_date - 20, $9)`,
    [
      id,
      orgId,
      fields.name,
      fields.email,
      fields.locale,
      fields.timeZone,
      fields.level ?? 'IC',
      unitId,
      fields.roles,
    ],
  );
  return id;
}

export async function addCoach(
  db: Database,
  orgId: string,
  unitId: string,
  fields: {
    name: string;
    languages: string[];
    timeZone: string;
    specialties: string[];
    capacity?: number;
    quality?: string;
    ratings?: { count: number; sum: number };
    /** Weekday windows (local, coach zone); default Mon–Fri 09:00–17:00. */
    hours?: Array<[weekday: number, start: string, end: string]>;
  },
): Promise<{ coachId: string; personId: string }> {
  const slug = fields.name.toLowerCase().replace(/[^a-z]+/g, '.');
  const personId = await person(db, orgId, unitId, {
    name: fields.name,
    email: `${slug}.${randomUUID().slice(0, 6)}@coaches.example`,
    locale: fields.languages[0] ?? 'en',
    timeZone: fields.timeZone,
    roles: ['COACH'],
  });
  const coachId = randomUUID();
  await db.query(
    `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity, quality_status,
        rating_count, rating_sum, released_rating_count, released_rating_sum)
     values ($1, $2, $3, $4, $5, 'ICF_PCC', $6, $7, $8, $9, $8, $9)`,
    [
      coachId,
      orgId,
      personId,
      fields.languages,
      fields.timeZone,
      fields.capacity ?? 10,
      fields.quality ?? 'ACTIVE',
      fields.ratings?.count ?? 0,
      fields.ratings?.sum ?? 0,
    ],
  );
  for (const code of fields.specialties) {
    await db.query(`insert into coach_specialties (org_id, coach_id, capability_code) values ($1, $2, $3)`, [
      orgId,
      coachId,
      code,
    ]);
  }
  await addWeeklyHours(db, orgId, coachId, fields.timeZone, fields.hours);
  return { coachId, personId };
}

export async function addWeeklyHours(
  db: Database,
  orgId: string,
  coachId: string,
  timeZone: string,
  hours: Array<[number, string, string]> = [1, 2, 3, 4, 5].map((d) => [d, '09:00', '17:00']),
): Promise<void> {
  for (const [weekday, start, end] of hours) {
    await db.query(
      `insert into coach_availability_rules (org_id, coach_id, weekday, start_time, end_time, time_zone)
       values ($1, $2, $3, $4, $5, $6)`,
      [orgId, coachId, weekday, start, end, timeZone],
    );
  }
}

export async function enrol(
  db: Database,
  orgId: string,
  programId: string,
  personId: string,
  coachId: string | null,
  status = 'ACTIVE',
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into enrolments (id, org_id, program_id, person_id, coach_id, status) values ($1, $2, $3, $4, $5, $6)`,
    [id, orgId, programId, personId, coachId, status],
  );
  return id;
}

export async function addParticipant(
  db: Database,
  fixture: GatewayFixture,
  name: string,
  locale = 'en',
  timeZone = 'Europe/Paris',
): Promise<string> {
  return person(db, fixture.orgId, fixture.teamIds[0]!, {
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomUUID().slice(0, 6)}@${fixture.slug}.example`,
    locale,
    timeZone,
    roles: ['PARTICIPANT'],
  });
}

export async function createBookingFixture(db: Database, slug: string): Promise<BookingFixture> {
  const base = await createGatewayFixture(db, slug);
  const { orgId } = base;
  const unit = base.functionId;
  // Every day, so tests on any weekday find slots a week ahead.
  await addWeeklyHours(
    db,
    orgId,
    base.coachId,
    'Europe/Paris',
    [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '09:00', '17:00']),
  );
  await db.query(`update programs set ends_on = null, starts_on = current_date - 30 where id = $1`, [
    base.programId,
  ]);
  await db.query(
    `insert into program_focus_capabilities (org_id, program_id, capability_code, position)
     values ($1, $2, 'DECISION_MAKING', 2)`,
    [orgId, base.programId],
  );
  await db.query(`update programs set languages = array['en','fr','es'] where id = $1`, [base.programId]);
  const madridPersonId = await person(db, orgId, unit, {
    name: 'Marta Directora',
    email: `marta@${slug}.example`,
    locale: 'es',
    timeZone: 'Europe/Madrid',
    level: 'DIRECTOR',
    roles: ['PARTICIPANT', 'MANAGER'],
  });
  const madridEnrolmentId = await enrol(db, orgId, base.programId, madridPersonId, null, 'INVITED');
  const spanish = await addCoach(db, orgId, unit, {
    name: 'Sofía Coach',
    languages: ['es', 'en'],
    timeZone: 'Europe/Madrid',
    specialties: ['DECISION_MAKING', 'DELEGATION'],
    ratings: { count: 120, sum: 576 },
  });
  const secondSpanish = await addCoach(db, orgId, unit, {
    name: 'Diego Coach',
    languages: ['es'],
    timeZone: 'America/Mexico_City',
    specialties: ['FEEDBACK'],
  });
  const probation = await addCoach(db, orgId, unit, {
    name: 'Pablo Probation',
    languages: ['es'],
    timeZone: 'Europe/Madrid',
    specialties: ['DECISION_MAKING', 'DELEGATION'],
    quality: 'PROBATION',
  });
  const full = await addCoach(db, orgId, unit, {
    name: 'Lucía Full',
    languages: ['es'],
    timeZone: 'Europe/Madrid',
    specialties: ['DECISION_MAKING', 'DELEGATION'],
    capacity: 1,
  });
  await enrol(db, orgId, base.programId, base.reportIds[1]!, full.coachId);
  const german = await addCoach(db, orgId, unit, {
    name: 'Greta Coach',
    languages: ['de'],
    timeZone: 'Europe/Berlin',
    specialties: ['DECISION_MAKING', 'DELEGATION'],
  });
  return {
    ...base,
    madridPersonId,
    madridEnrolmentId,
    spanishCoachId: spanish.coachId,
    secondSpanishCoachId: secondSpanish.coachId,
    probationCoachId: probation.coachId,
    fullCoachId: full.coachId,
    germanCoachId: german.coachId,
  };
}

/** A PROGRAM_ADMIN of the fixture's organisation, assigned to `programId` when one is given. */
export async function addProgramAdmin(
  db: Database,
  fixture: GatewayFixture,
  name: string,
  programId: string | null,
): Promise<string> {
  const personId = await person(db, fixture.orgId, fixture.regionId, {
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomUUID().slice(0, 6)}@${fixture.slug}.example`,
    locale: 'en',
    timeZone: 'Europe/Paris',
    roles: ['PROGRAM_ADMIN'],
  });
  if (programId) {
    await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
      fixture.orgId,
      programId,
      personId,
    ]);
  }
  return personId;
}

/**
 * A session of the fixture's coach with its first participant that started an hour ago and is
 * still BOOKED: one the coach may now record as held or missed. Returns its id.
 */
export async function insertSessionStartedAnHourAgo(db: Database, fixture: BookingFixture): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
     values ($1, $2, $3, $4, $5, now() - interval '1 hour', now(), 'en', 'BOOKED')`,
    [id, fixture.orgId, fixture.coachId, fixture.reportIds[0], fixture.enrolmentId],
  );
  return id;
}

/** What `announce` is given for SESSION_BOOKED: a made-up session of the fixture's enrolment. */
export function sessionBookedData(fixture: BookingFixture) {
  return {
    sessionId: toGlobalId('Session', randomUUID()),
    enrolmentId: toGlobalId('Enrolment', fixture.enrolmentId),
    programId: toGlobalId('Program', fixture.programId),
    participantId: toGlobalId('Person', fixture.reportIds[0]!),
    coachId: toGlobalId('Coach', fixture.coachId),
    rescheduled: false,
  };
}
