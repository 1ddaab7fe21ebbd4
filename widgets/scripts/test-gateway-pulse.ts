/**
 * A small organisation for the 360 pulse's browser tests (`pulse`): its program's POST phase is
 * open, so report1@pulse.example owes a self-rating, manager1@pulse.example a manager's rating of
 * them and report2@pulse.example a peer's; outsider@pulse.example owes nothing.
 */
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
}
