/**
 * Re-evaluates the organisation's ACTIVE programs after people changed (migration 0100's trigger
 * queues it for every statement that adds people or changes what population rules read): people
 * who now match are invited or waitlisted, people who no longer match are withdrawn by the same rule
 * as `refreshProgramPopulation`. It runs on the durable queue, so a bulk SCIM push does not evaluate
 * every program inside each request, and a refresh that fails is retried.
 */
import type { Queryable } from '../../db/types.js';
import { defineJob, type QueueJob } from '../../jobs/queue.js';
import { actAs, lockProgram, recordProgramAudit, refreshPopulation } from './lifecycle.js';
import { programsByIds } from './sql.js';

export const POPULATION_REFRESH_QUEUE = 'population-refresh';

interface RefreshRequest {
  reason: 'PEOPLE_ADDED' | 'PEOPLE_CHANGED';
}

export async function refreshOpenPrograms(tx: Queryable, orgId: string, reason: string): Promise<void> {
  const ids = await tx.query<{ id: string }>(
    `select id from programs where org_id = $1 and status = 'ACTIVE' order by id`,
    [orgId],
  );
  await actAs(tx, null, 'Population rules re-evaluated after people changed');
  for (const { id } of ids) {
    const locked = await lockProgram(tx, orgId, id);
    if (locked?.status !== 'ACTIVE') continue;
    const [program] = await programsByIds(tx, orgId, [id]);
    if (!program) continue;
    const counts = await refreshPopulation(tx, orgId, id, program.targetPopulation, program.capacity);
    if (counts.invited + counts.waitlisted + counts.withdrawn === 0) continue;
    await recordProgramAudit(tx, orgId, id, {
      action: 'POPULATION_REFRESHED',
      actorId: null,
      after: { ...counts, reason },
    });
  }
}

export function populationRefreshJob(): QueueJob {
  return defineJob<RefreshRequest>({
    queue: POPULATION_REFRESH_QUEUE,
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 300,
    parse(payload) {
      const reason = (payload as Partial<RefreshRequest> | null)?.reason;
      if (reason !== 'PEOPLE_ADDED' && reason !== 'PEOPLE_CHANGED') throw new Error('not a refresh payload');
      return { reason };
    },
    run: (job, tx) => refreshOpenPrograms(tx, job.orgId, job.payload.reason),
  });
}
