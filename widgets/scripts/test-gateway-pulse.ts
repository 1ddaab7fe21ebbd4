/**
 * A small organisation for the 360 pulse's browser tests (`pulse`): its program's POST phase is
 * open, so report1@pulse.example owes a self-rating, manager1@pulse.example a manager's rating of
 * them and report2@pulse.example a peer's; outsider@pulse.example owes nothing.
 * wellbeing@pulse.example was invited to the program after the phase opened: they owe no rating
 * but may answer the weekly wellbeing pulse, which their test does (report1 may too, and is left
 * unanswered so the other tests always see the form).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '@coachwork/gateway/db/types.js';
import { openPhase } from '@coachwork/gateway/modules/pulses/sql.js';
import { createGatewayFixture } from '@coachwork/gateway/testing/fixtures.js';

const DAY = 86_400_000;

export async function seedPulse(db: Database): Promise<void> {
  const org = await createGatewayFixture(db, 'pulse');
  await db.withTenant(org.orgId, (tx) =>
    openPhase(tx, {
      orgId: org.orgId,
      programId: org.programId,
      phase: 'POST',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 14 * DAY),
      ratersCutoffAt: new Date(Date.now() + 2 * DAY),
      limits: { minReports: 0, maxReports: 3, minPeers: 0, maxPeers: 3 },
      openedBy: org.adminId,
    }),
  );
  const personId = randomUUID();
  await db.query(
    `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
       in_role_since, roles)
     values ($1, $2, 'Wren Wellbeing', 'wellbeing@pulse.example', 'en', 'Europe/Paris', 'IC', $3, $4,
       '2025-01-15', $5)`,
    [personId, org.orgId, org.teamIds[0], org.managerId, ['PARTICIPANT']],
  );
  await db.query(
    `insert into enrolments (id, org_id, program_id, person_id, status, enrolled_at)
     values ($1, $2, $3, $4, 'INVITED', now())`,
    [randomUUID(), org.orgId, org.programId, personId],
  );
}

/**
 * The coaching loop's organisation (`loop`): an active program with no 360 phase yet and four
 * participants under one manager (report1, report2, peera and peerb@loop.example), each the others'
 * peer: enough people and anonymous raters for the heatmap's minimum group of three.
 * programadmin@loop.example runs the program; its test opens and closes PRE and POST and answers
 * them through the widgets.
 */
export async function seedLoop(db: Database): Promise<void> {
  const org = await createGatewayFixture(db, 'loop');
  await db.query(`update organisations set min_group_size = 3 where id = $1`, [org.orgId]);
  const insert = `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id,
      manager_id, in_role_since, roles)
    values ($1, $2, $3, $4, 'en', 'Europe/Paris', 'IC', $5, $6, '2025-01-15', $7)`;
  const peers = [org.reportIds[1]!];
  for (const [name, email] of [
    ['Peer A', 'peera@loop.example'],
    ['Peer B', 'peerb@loop.example'],
  ]) {
    const id = randomUUID();
    await db.query(insert, [id, org.orgId, name, email, org.teamIds[0], org.managerId, ['PARTICIPANT']]);
    peers.push(id);
  }
  // The heatmap shows a unit's change only over enough participants: all four are in the program.
  for (const id of peers) {
    await db.query(
      `insert into enrolments (org_id, program_id, person_id, status, enrolled_at)
       values ($1, $2, $3, 'ACTIVE', '2026-01-05T09:00:00Z')`,
      [org.orgId, org.programId, id],
    );
  }
  const adminId = randomUUID();
  await db.query(insert, [
    adminId,
    org.orgId,
    'Pam Admin',
    'programadmin@loop.example',
    org.regionId,
    org.directorId,
    ['PROGRAM_ADMIN'],
  ]);
  await db.query(`insert into program_admins (org_id, program_id, person_id) values ($1, $2, $3)`, [
    org.orgId,
    org.programId,
    adminId,
  ]);
}
