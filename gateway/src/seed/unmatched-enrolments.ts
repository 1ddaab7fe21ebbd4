/**
 * A few people newly invited to each organisation's first active program and
 * not yet matched with a coach, so the session booker's coach choice (and bulk
 * matching) has someone to start from in the demo and the widget tests.
 * Appended after the generators; ids and times are derived from existing rows
 * so the seed stays deterministic.
 */
import type { Queryable } from '../db/types.js';

export async function addUnmatchedEnrolments(tx: Queryable, orgId: string, count: number): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at, created_at, updated_at)
     SELECT md5(p.id::text || ':' || g.id::text || ':invited')::uuid, p.org_id, g.id, p.id, NULL, 'INVITED',
            t.at, t.at, t.at
     FROM (SELECT id FROM programs WHERE org_id = $1 AND status = 'ACTIVE' ORDER BY name, id LIMIT 1) AS g
     CROSS JOIN (SELECT max(enrolled_at) AS at FROM enrolments WHERE org_id = $1) AS t
     JOIN people p ON p.org_id = $1
     WHERE p.job_level <> 'EXECUTIVE'
       AND NOT (p.roles && ARRAY['COACH', 'PROGRAM_ADMIN', 'ORG_ADMIN'])
       AND t.at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.org_id = $1 AND e.person_id = p.id)
       AND EXISTS (SELECT 1 FROM coaches c WHERE c.org_id = $1 AND split_part(p.locale, '-', 1) = ANY (c.languages))
     ORDER BY p.email
     LIMIT $2
     RETURNING id`,
    [orgId, count],
  );
  return rows.length;
}
