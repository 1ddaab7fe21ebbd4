/**
 * Program admins manage only the programs assigned to them: the seed assigns an organisation's
 * program admins to every program but the leadership pulse, which stays with the org admins, so the
 * demo shows a program admin who sees some programs and not another (organisations whose template
 * says `programAdminsAssigned: false` keep a program admin with no program yet).
 */
import type { Queryable } from '../db/types.js';
import { LEADERSHIP_PULSE_TEMPLATE } from './reference-data.js';

export async function assignProgramAdmins(tx: Queryable, orgId: string): Promise<number> {
  const rows = await tx.query<{ person_id: string }>(
    `INSERT INTO program_admins (org_id, program_id, person_id, assigned_at)
     SELECT g.org_id, g.id, p.id, g.created_at
     FROM programs g JOIN people p ON p.org_id = g.org_id AND 'PROGRAM_ADMIN' = ANY (p.roles)
     WHERE g.org_id = $1 AND g.name <> $2
     ON CONFLICT DO NOTHING
     RETURNING person_id`,
    [orgId, LEADERSHIP_PULSE_TEMPLATE.name],
  );
  return rows.length;
}
