/**
 * Delivering statements from the durable queue. One job is one attempt of one statement: it reads the
 * statement and the organisation's LRS, hands them to `sendStatement` (HTTP only, no database), and
 * records what came back on the statement's row.
 *
 * A failed attempt is not a failed job: the job records it and queues the next attempt itself after
 * an exponentially growing delay, because a job that throws rolls its record back with it. An LRS
 * that refuses the statement (4xx) leaves it FAILED at once, with the status and the first part of
 * the answer, for the org admins' failed-deliveries view; so does the last of `maxAttempts`.
 */
import type { Queryable } from '../../db/types.js';
import { screenedFetch } from '../../http/destination.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import { sendStatement, type LrsTarget, type SendOutcome } from './send.js';
import { lrsTargetOf } from './sql.js';
import type { Statement } from './statements.js';

export const XAPI_STATEMENT_QUEUE = 'xapi-statement';

export interface StatementJobPayload {
  statementId: string;
  /** Attempts made before this one: a stale job finds another count on the row and stops. */
  attempt: number;
}

export interface XapiDeliverySettings {
  /** Dev mode (COACHWORK_ENV=dev): the LRS may be on http and a private address. */
  dev: boolean;
  maxAttempts: number;
  firstRetryDelayMs: number;
  maxRetryDelayMs: number;
}

/** Ten attempts over about 17 hours (30 s doubling, at most 6 h apart): an LRS down for a night misses nothing. */
export const defaultXapiDeliverySettings: XapiDeliverySettings = {
  dev: false,
  maxAttempts: 10,
  firstRetryDelayMs: 30_000,
  maxRetryDelayMs: 6 * 3_600_000,
};

export function xapiRetryDelayMs(settings: XapiDeliverySettings, attemptsMade: number): number {
  return Math.min(settings.maxRetryDelayMs, settings.firstRetryDelayMs * 2 ** Math.max(0, attemptsMade - 1));
}

/** Queues the first attempt of a statement just recorded (in the recording transaction). */
export async function queueStatement(tx: Queryable, orgId: string, statementId: string): Promise<void> {
  await enqueueJob<StatementJobPayload>(tx, {
    orgId,
    queue: XAPI_STATEMENT_QUEUE,
    payload: { statementId, attempt: 0 },
  });
}

async function record(
  tx: Queryable,
  orgId: string,
  statementId: string,
  status: 'PENDING' | 'SENT' | 'FAILED',
  outcome: { status: number | null; excerpt: string | null; error: string | null },
): Promise<void> {
  await tx.query(
    `update xapi_statements set status = $3, attempts = attempts + 1, last_attempt_at = now(),
       last_response_status = $4, last_response_excerpt = $5, last_error = $6,
       finished_at = case when $3 = 'PENDING' then null else now() end
     where org_id = $1 and id = $2`,
    [orgId, statementId, status, outcome.status, outcome.excerpt, outcome.error],
  );
}

/** What the call needs, read and committed before it: the statement and where it goes. */
interface StatementPlan {
  body: Statement;
  attempts: number;
  target: LrsTarget;
}

/**
 * One attempt of one statement: the statement and the LRS are read and committed, the statement is
 * posted with no database handle (a slow LRS holds no connection), and the answer is written in a
 * transaction of its own that first checks the row is still this attempt's.
 */
export function xapiStatementJob(overrides: Partial<XapiDeliverySettings> = {}): QueueJob {
  const settings = { ...defaultXapiDeliverySettings, ...overrides };
  const screened = screenedFetch({ dev: settings.dev });
  return defineJob<StatementJobPayload, StatementPlan, SendOutcome>({
    queue: XAPI_STATEMENT_QUEUE,
    // Attempts are counted on the row; the queue retries only a job that crashed.
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    parse(payload) {
      const { statementId, attempt } = (payload ?? {}) as Partial<StatementJobPayload>;
      if (typeof statementId !== 'string' || typeof attempt !== 'number') {
        throw new Error('xapi-statement payload without statementId and attempt');
      }
      return { statementId, attempt };
    },
    async prepare(job, tx) {
      const [row] = await tx.query<{ body: Statement; attempts: number }>(
        `select body, attempts from xapi_statements
         where org_id = $1 and id = $2 and status = 'PENDING'`,
        [job.orgId, job.payload.statementId],
      );
      if (!row || row.attempts !== job.payload.attempt) return null;
      const target = await lrsTargetOf(tx, job.orgId);
      if (!target || !target.enabled) {
        const error = target ? 'The LRS configuration is disabled.' : 'No LRS is configured.';
        // Repeatable: a second run finds the row FAILED and stops above.
        await record(tx, job.orgId, job.payload.statementId, 'FAILED', {
          status: null,
          excerpt: null,
          error,
        });
        return null;
      }
      return {
        body: row.body,
        attempts: row.attempts,
        target: {
          endpoint: target.endpoint,
          username: target.username,
          password: target.password,
          version: target.xapiVersion,
        },
      };
    },
    callOut(plan, _job, { signal }) {
      return sendStatement(plan.body, plan.target, { signal, fetch: screened });
    },
    async record(job, plan, outcome, tx) {
      // A replay or a removal may have moved the row during the call: only this attempt's row is written.
      const [row] = await tx.query<{ attempts: number }>(
        `select attempts from xapi_statements
         where org_id = $1 and id = $2 and status = 'PENDING' for update`,
        [job.orgId, job.payload.statementId],
      );
      if (!row || row.attempts !== plan.attempts) return;
      const facts = {
        status: outcome.status,
        excerpt: outcome.excerpt,
        error: outcome.kind === 'stored' ? null : outcome.error,
      };
      if (outcome.kind === 'stored') {
        await record(tx, job.orgId, job.payload.statementId, 'SENT', facts);
        return;
      }
      const attemptsMade = row.attempts + 1;
      if (outcome.kind === 'refused' || attemptsMade >= settings.maxAttempts) {
        await record(tx, job.orgId, job.payload.statementId, 'FAILED', facts);
        return;
      }
      await record(tx, job.orgId, job.payload.statementId, 'PENDING', facts);
      await enqueueJob<StatementJobPayload>(tx, {
        orgId: job.orgId,
        queue: XAPI_STATEMENT_QUEUE,
        payload: { statementId: job.payload.statementId, attempt: attemptsMade },
        runAfter: new Date(Date.now() + xapiRetryDelayMs(settings, attemptsMade)),
      });
    },
  });
}
