/**
 * A small organisation for the program console's coach comments (`comments`, minimum group size 3):
 * its program's pool holds Cleo Coach, commented on by three participants (a batch the gateway
 * releases), and Nico Newcoach, commented on by two (withheld until a third comments).
 * admin@comments.example is its org admin; padma@comments.example a program admin of the program.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '@coachwork/gateway/db/types.js';
import { createGatewayFixture } from '@coachwork/gateway/testing/fixtures.js';

const DAY = 86_400_000;
/** The organisation's minimum group size: the smallest the gateway allows, so the fixture stays small. */
export const COMMENTS_K = 3;

export const COMMENTS = [
  'Helped me plan my first one-to-ones.',
  'Good questions; I left every session with a next step.',
  'Practical and patient with a new manager.',
  'Kind, but the sessions often ran late.',
  'I would like more examples from other teams.',
] as const;

export async function seedComments(db: Database): Promise<void> {
  const org = await createGatewayFixture(db, 'comments');
  await db.query(`update organisations set min_group_size = $2 where id = $1`, [org.orgId, COMMENTS_K]);
  const person = async (name: string, email: string, roles: string[]) => {
    const id = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, $3, $4, 'en', 'Europe/Paris', 'MANAGER', $5, $6, '2025-01-15', $7)`,
      [id, org.orgId, name, email, org.teamIds[0], org.directorId, roles],
    );
    return id;
  };
  const programAdmin = await person('Padma Programs', 'padma@comments.example', ['PROGRAM_ADMIN']);
  await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
    org.orgId,
    org.programId,
    programAdmin,
  ]);
  const newCoachPerson = await person('Nico Newcoach', 'nico@comments.example', ['COACH']);
  const newCoach = randomUUID();
  await db.query(
    `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
     values ($1, $2, $3, array['en'], 'Europe/Paris', 'ICF_ACC', 8)`,
    [newCoach, org.orgId, newCoachPerson],
  );
  await db.query(
    `insert into program_coaches (org_id, program_id, coach_id, capacity) values ($1, $2, $3, 8), ($1, $2, $4, 8)`,
    [org.orgId, org.programId, org.coachId, newCoach],
  );
  // Cleo: k participants comment (released); Nico: k − 1 (withheld). One held session each, a week apart.
  const commenters: Array<{ coachId: string; comment: string }> = [
    ...COMMENTS.slice(0, COMMENTS_K).map((comment) => ({ coachId: org.coachId, comment })),
    ...COMMENTS.slice(COMMENTS_K, 2 * COMMENTS_K - 1).map((comment) => ({ coachId: newCoach, comment })),
  ];
  for (const [index, { coachId, comment }] of commenters.entries()) {
    const participant = await person(`Commenter ${index + 1}`, `commenter${index + 1}@comments.example`, [
      'PARTICIPANT',
    ]);
    const enrolment = randomUUID();
    await db.query(
      `insert into enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at)
       values ($1, $2, $3, $4, $5, 'ACTIVE', now() - interval '60 days')`,
      [enrolment, org.orgId, org.programId, participant, coachId],
    );
    const startsAt = new Date(Date.now() - (40 - index * 3) * DAY);
    const session = randomUUID();
    await db.query(
      `insert into sessions (id, org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status,
         join_url)
       values ($1, $2, $3, $4, $5, $6, $7, 'en', 'COMPLETED', 'https://meet.coachwork.example/s/comments')`,
      [
        session,
        org.orgId,
        coachId,
        participant,
        enrolment,
        startsAt,
        new Date(startsAt.getTime() + DAY / 24),
      ],
    );
    await db.query(
      `insert into session_feedback (org_id, session_id, coach_id, author_id, rating, comment, submitted_at)
       values ($1, $2, $3, $4, 4, $5, $6)`,
      [org.orgId, session, coachId, participant, comment, new Date(startsAt.getTime() + DAY / 12)],
    );
  }
}
