/**
 * Content retention after deprovisioning. A deactivated person's row stays (everything points at
 * it), and so does what they wrote, for the organisation's `settings.contentRetentionDays` after
 * their deactivation; then a daily sweep erases the words and keeps the facts. Titles that the
 * schema requires become a fixed neutral text, free text becomes null, the coach's private notes
 * of their sessions are deleted; statuses, progress, moods, ratings, dates and every row count stay,
 * so the heatmap, progress cards and coach ratings read the same afterwards.
 *
 * The sweep is a chain of jobs per organisation (as the pulse sweep): each erases what is due and
 * queues the next a day later, while a retention is set. Erasing what is already erased changes no
 * row, so a repeated or retried sweep counts nothing and writes no audit entry. A person
 * reactivated before their retention ran out has `deactivated_at` cleared and is never swept.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/types.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/sql.js';

export const RETENTION_SWEEP_QUEUE = 'content-retention-sweep';
const SWEEP_INTERVAL_MS = 86_400_000;
/** Replaces goal and milestone titles, which the schema requires (1–300 characters): no language's words. */
export const ERASED_TITLE = '—';
export const MAX_RETENTION_DAYS = 36_500;

interface SweepPayload {
  generation: string;
}

/** What one person's erasure changed, by kind; every figure a row count. */
export interface ErasedCounts {
  goals: number;
  milestones: number;
  checkIns: number;
  feedback: number;
  sessionNotes: number;
}

export async function contentRetentionDays(tx: Queryable, orgId: string): Promise<number | null> {
  const [row] = await tx.query<{ days: number | null }>(
    `select (settings ->> 'contentRetentionDays')::int as days from organisations where id = $1`,
    [orgId],
  );
  return row?.days ?? null;
}

/** Stores the setting (null: keep forever) and starts or stops the sweep chain to match. */
export async function setContentRetentionDays(
  tx: Queryable,
  orgId: string,
  days: number | null,
): Promise<void> {
  await tx.query(
    `update organisations set settings = settings || jsonb_build_object('contentRetentionDays', $2::int)
     where id = $1`,
    [orgId, days],
  );
  if (days === null) {
    // The chain's next job finds no row and stops.
    await tx.query(`delete from content_retention_sweeps where org_id = $1`, [orgId]);
    return;
  }
  const generation = randomUUID();
  await tx.query(
    `insert into content_retention_sweeps (org_id, generation) values ($1, $2)
     on conflict (org_id) do update set generation = excluded.generation`,
    [orgId, generation],
  );
  // A first sweep at once: a shorter retention applies from the moment it is saved.
  await enqueueJob<SweepPayload>(tx, { orgId, queue: RETENTION_SWEEP_QUEUE, payload: { generation } });
}

async function counted(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `with changed as (${sql} returning 1) select count(*)::int as n from changed`,
    params,
  );
  return row?.n ?? 0;
}

/** Erases what one person wrote in the organisation; only rows still holding words are touched. */
export async function eraseContentOf(tx: Queryable, orgId: string, personId: string): Promise<ErasedCounts> {
  const params = [orgId, personId];
  const milestones = await counted(
    tx,
    `update goal_milestones m set title = '${ERASED_TITLE}' from goals g
     where m.org_id = $1 and g.org_id = $1 and g.id = m.goal_id and g.owner_id = $2 and m.title <> '${ERASED_TITLE}'`,
    params,
  );
  // Notes on the person's goals are about them even when their coach wrote them.
  const checkIns = await counted(
    tx,
    `update goal_check_ins c set note = null
     where c.org_id = $1 and c.note is not null
       and (c.author_id = $2 or c.goal_id in (select id from goals where org_id = $1 and owner_id = $2))`,
    params,
  );
  const goals = await counted(
    tx,
    `update goals set title = '${ERASED_TITLE}', description = null
     where org_id = $1 and owner_id = $2 and (title <> '${ERASED_TITLE}' or description is not null)`,
    params,
  );
  const feedback = await counted(
    tx,
    `update session_feedback set comment = null where org_id = $1 and author_id = $2 and comment is not null`,
    params,
  );
  // The notes of sessions they took part in, as the participant or as the coach who wrote them.
  const sessionNotes = await counted(
    tx,
    `delete from session_notes n using sessions s
     where n.org_id = $1 and s.org_id = $1 and s.id = n.session_id
       and (s.participant_id = $2 or s.coach_id in (select id from coaches where org_id = $1 and person_id = $2))`,
    params,
  );
  return { goals, milestones, checkIns, feedback, sessionNotes };
}

/**
 * Erases what every person deactivated longer ago than the retention wrote, with an audit entry per
 * person whose content changed (the counts, never the content). Returns the number of people.
 */
export async function sweepRetention(tx: Queryable, orgId: string, days: number): Promise<number> {
  const due = await tx.query<{ id: string }>(
    `select id from people
     where org_id = $1 and not active and deactivated_at <= clock_timestamp() - make_interval(days => $2::int)
     order by deactivated_at, id`,
    [orgId, days],
  );
  let erased = 0;
  for (const { id } of due) {
    const counts = await eraseContentOf(tx, orgId, id);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (total === 0) continue;
    erased += 1;
    await recordAudit(tx, orgId, {
      action: 'CONTENT_ERASED',
      actorId: null,
      programId: null,
      subjectType: 'Person',
      subjectId: id,
      after: { retentionDays: days, ...counts },
    });
  }
  return erased;
}

export function retentionSweepJob(): QueueJob {
  return defineJob<SweepPayload>({
    queue: RETENTION_SWEEP_QUEUE,
    retryLimit: 5,
    retryDelaySeconds: 60,
    expireInSeconds: 600,
    parse(payload) {
      const value = payload as Partial<SweepPayload> | null;
      if (!value || typeof value.generation !== 'string') throw new Error('not a retention sweep payload');
      return { generation: value.generation };
    },
    async run(job, tx) {
      const [state] = await tx.query<{ generation: string }>(
        `select generation from content_retention_sweeps where org_id = $1 for update`,
        [job.orgId],
      );
      if (!state || state.generation !== job.payload.generation) return;
      const days = await contentRetentionDays(tx, job.orgId);
      if (days === null) {
        await tx.query(`delete from content_retention_sweeps where org_id = $1`, [job.orgId]);
        return;
      }
      await sweepRetention(tx, job.orgId, days);
      await tx.query(`update content_retention_sweeps set swept_at = clock_timestamp() where org_id = $1`, [
        job.orgId,
      ]);
      await enqueueJob<SweepPayload>(tx, {
        orgId: job.orgId,
        queue: RETENTION_SWEEP_QUEUE,
        payload: { generation: state.generation },
        runAfter: new Date(Date.now() + SWEEP_INTERVAL_MS),
      });
    },
  });
}
