/**
 * `pulse.phase_closed`: a 360 pulse phase closes when its time comes (assessment_windows.closes_at),
 * with no write to hook, so a chain of sweep jobs per organisation announces it. Each sweep
 * announces every program and phase whose windows closed since the last sweep, then queues the next
 * one for the next close (at most an hour later, since windows can be added meanwhile). The chain
 * runs only while an enabled subscription wants the event, and starts when one is saved.
 *
 * The body names the program, the phase and how many participants' windows closed then: the
 * released figures themselves are read through the API by someone allowed to.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import { announce } from './events.js';

export const PULSE_SWEEP_QUEUE = 'webhook-pulse-sweep';
/** The longest wait between two sweeps: a window added meanwhile is announced within it. */
const MAX_SWEEP_GAP_MS = 3_600_000;

interface SweepPayload {
  generation: string;
}

async function wanted(tx: Queryable, orgId: string): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from webhook_subscriptions where org_id = $1 and enabled and 'PULSE_PHASE_CLOSED' = any(event_types) limit 1`,
    [orgId],
  );
  return rows.length > 0;
}

async function queueSweep(tx: Queryable, orgId: string, generation: string): Promise<void> {
  const [next] = await tx.query<{ at: Date | null }>(
    `select min(closes_at) as at from assessment_windows where org_id = $1 and closes_at > clock_timestamp()`,
    [orgId],
  );
  const latest = new Date(Date.now() + MAX_SWEEP_GAP_MS);
  const at = next?.at && next.at < latest ? next.at : latest;
  await enqueueJob<SweepPayload>(tx, {
    orgId,
    queue: PULSE_SWEEP_QUEUE,
    payload: { generation },
    runAfter: at,
  });
}

/**
 * Starts (or restarts) the organisation's sweep chain when a subscription that wants pulse events is
 * saved. Windows that closed before the first subscription are not announced.
 */
export async function startPulseSweep(tx: Queryable, orgId: string): Promise<void> {
  if (!(await wanted(tx, orgId))) return;
  const generation = randomUUID();
  await tx.query(
    `insert into webhook_pulse_sweeps (org_id, swept_until, generation) values ($1, clock_timestamp(), $2)
     on conflict (org_id) do update set generation = excluded.generation`,
    [orgId, generation],
  );
  await queueSweep(tx, orgId, generation);
}

export function pulseSweepJob(): QueueJob {
  return defineJob<SweepPayload>({
    queue: PULSE_SWEEP_QUEUE,
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    parse(payload) {
      const value = payload as Partial<SweepPayload> | null;
      if (!value || typeof value.generation !== 'string') throw new Error('not a pulse sweep payload');
      return { generation: value.generation };
    },
    async run(job, tx) {
      const [state] = await tx.query<{ swept_until: Date; generation: string }>(
        `select swept_until, generation from webhook_pulse_sweeps where org_id = $1 for update`,
        [job.orgId],
      );
      if (!state || state.generation !== job.payload.generation) return;
      if (!(await wanted(tx, job.orgId))) {
        // Nobody listens any more; a subscription saved later starts a new chain.
        await tx.query(`delete from webhook_pulse_sweeps where org_id = $1`, [job.orgId]);
        return;
      }
      const [{ now }] = (await tx.query<{ now: Date }>(`select clock_timestamp() as now`)) as [{ now: Date }];
      const closed = await tx.query<{ program_id: string; phase: string; closes_at: Date; windows: number }>(
        `select program_id, phase, closes_at, count(*)::int as windows from assessment_windows
         where org_id = $1 and closes_at > $2 and closes_at <= $3
         group by program_id, phase, closes_at order by closes_at, program_id, phase`,
        [job.orgId, state.swept_until, now],
      );
      for (const row of closed) {
        await announce(tx, job.orgId, 'PULSE_PHASE_CLOSED', {
          programId: toGlobalId('Program', row.program_id),
          phase: row.phase,
          closedAt: row.closes_at.toISOString(),
          participants: row.windows,
        });
      }
      await tx.query(`update webhook_pulse_sweeps set swept_until = $2 where org_id = $1`, [job.orgId, now]);
      await queueSweep(tx, job.orgId, state.generation);
    },
  });
}
