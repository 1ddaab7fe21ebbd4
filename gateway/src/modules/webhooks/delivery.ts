/**
 * Delivering webhooks from the durable queue. One job is one HTTP attempt of one delivery, in the
 * queue's three phases: `prepare` reads the delivery and its subscription and commits; `callOut`
 * checks the destination again (DNS rebinding), signs the stored body per the Standard Webhooks
 * specification with the reference library and posts it to the checked address, holding no
 * database handle; `record` writes a line of the delivery log with what came back, so the log line,
 * the next attempt's job and the job's completion commit together.
 *
 * A failed attempt is not a failed job: the job records it and queues the next attempt itself, after
 * an exponentially growing delay, because a job that throws rolls back its log line with it. After
 * `maxAttempts` the delivery is FAILED (an admin may replay it). A subscription whose attempts have
 * failed `disableAfterFailures` times in a row, or without a success for `disableAfterMs`, is
 * disabled and the organisation's admins are told by e-mail.
 *
 * The attempt is bounded by `timeoutMs` (and by the job's lease). A process that dies after the
 * receiver accepted and before `record` commits sends the same `webhook-id` again on the retry:
 * receivers drop repeats by that ID, as the specification asks. A receiver may call back into the
 * gateway while it is being delivered to: no transaction is open during the call.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import type { Queryable } from '../../db/types.js';
import { DEFAULT_LOCALE } from '../../i18n/catalogue.js';
import { supportedLocaleOf } from '../../i18n/negotiate.js';
import { translator } from '../../i18n/translate.js';
import { defineJob, enqueueJob, type QueueJob } from '../../jobs/queue.js';
import type { Mailer, MailMessage } from '../../notifications/mailer.js';
import { pinnedLookup, resolveDestination, type Destination, type Resolver } from '../../http/destination.js';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_DISABLED_NOTICE_QUEUE, type DeliveryJobPayload } from './events.js';

export interface DeliverySettings {
  /** Attempts of one delivery before it is left FAILED. */
  maxAttempts: number;
  /** Delay before the second attempt; doubled for each further one. */
  firstRetryDelayMs: number;
  /** The longest delay between two attempts. */
  maxRetryDelayMs: number;
  /** Failed attempts in a row (across deliveries) that disable a subscription. */
  disableAfterFailures: number;
  /** How long a subscription may fail without a success before it is disabled. */
  disableAfterMs: number;
  /** How long one attempt may take, connection to last byte. */
  timeoutMs: number;
  /** Characters of the receiver's answer kept in the log. */
  excerptChars: number;
}

const HOUR = 3_600_000;

/**
 * Twelve attempts over about 14.5 hours (30 s doubling, at most 6 h apart), so a receiver down for a
 * night still gets everything; a subscription that has not succeeded for a day, or has failed 50
 * attempts running, is disabled.
 */
export const defaultDeliverySettings: DeliverySettings = {
  maxAttempts: 12,
  firstRetryDelayMs: 30_000,
  maxRetryDelayMs: 6 * HOUR,
  disableAfterFailures: 50,
  disableAfterMs: 24 * HOUR,
  timeoutMs: 10_000,
  excerptChars: 1000,
};

export interface DeliveryServices {
  /** Dev mode: `http` and private addresses are allowed. */
  dev: boolean;
  settings?: Partial<DeliverySettings>;
  resolve?: Resolver;
}

/** The delay before attempt `attempt + 1` (the first retry waits `firstRetryDelayMs`). */
export function retryDelayMs(settings: DeliverySettings, attemptsMade: number): number {
  return Math.min(settings.maxRetryDelayMs, settings.firstRetryDelayMs * 2 ** Math.max(0, attemptsMade - 1));
}

interface Outcome {
  status: number | null;
  excerpt: string | null;
  error: string | null;
  durationMs: number;
}

/** Posts the signed body to the checked address; resolves with what happened, never throws. */
function post(
  destination: Destination,
  headers: Record<string, string>,
  body: string,
  settings: DeliverySettings,
  signal: AbortSignal,
): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const send = destination.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<Outcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const req = send(
      destination.url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Coachwork-Webhooks/1',
        },
        // The connection goes to the address that was checked, whatever the name resolves to now.
        lookup: pinnedLookup(destination),
        timeout: settings.timeoutMs,
        signal,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (chunk: Buffer) => {
          // Only the excerpt is kept; the rest is read and dropped so the connection can close.
          if (kept < settings.excerptChars * 4) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        res.on('end', () =>
          finish({
            status: res.statusCode ?? null,
            excerpt: Buffer.concat(chunks).toString('utf8').slice(0, settings.excerptChars) || null,
            error: null,
          }),
        );
        res.on('error', (error) =>
          finish({ status: res.statusCode ?? null, excerpt: null, error: error.message }),
        );
      },
    );
    const deadline = setTimeout(
      () => req.destroy(new Error(`no answer within ${settings.timeoutMs} ms`)),
      settings.timeoutMs,
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${settings.timeoutMs} ms`)));
    req.on('error', (error) => finish({ status: null, excerpt: null, error: error.message.slice(0, 500) }));
    req.on('close', () => clearTimeout(deadline));
    req.end(body);
  });
}

/** What one attempt needs, read before the call. */
interface DeliveryPlan {
  deliveryId: string;
  subscriptionId: string;
  url: string;
  secret: string;
  eventId: string;
  body: string;
}

/** What the notice that a failing subscription was switched off says. */
interface DisabledNoticePayload {
  subscriptionId: string;
  url: string;
  failures: number;
  /** ISO instant of the first failure of the run that disabled it. */
  since: string;
}

/** Composes one message per org admin, from committed rows, in each admin's language and zone. */
async function composeDisabledNotices(
  tx: Queryable,
  orgId: string,
  jobId: string,
  notice: DisabledNoticePayload,
): Promise<MailMessage[]> {
  const admins = await tx.query<{
    id: string;
    name: string;
    email: string;
    locale: string;
    time_zone: string;
  }>(
    `select id, name, email, locale, time_zone from people
     where org_id = $1 and 'ORG_ADMIN' = any(roles) and email is not null order by id`,
    [orgId],
  );
  return admins.map((admin) => {
    const locale = supportedLocaleOf(admin.locale) ?? DEFAULT_LOCALE;
    const t = translator(locale);
    const since = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: admin.time_zone,
    }).format(new Date(notice.since));
    const values = { url: notice.url, failures: notice.failures, since };
    return {
      to: { name: admin.name, address: admin.email },
      subject: t('webhooks.disabled.subject', values),
      text: [
        t('reminder.greeting', { name: admin.name }),
        '',
        t('webhooks.disabled.body', values),
        '',
        t('reminder.signature'),
      ].join('\n'),
      messageId: `${jobId}.${admin.id}.webhook-disabled@coachwork`,
      language: locale,
    };
  });
}

/**
 * Tells the org admins that a subscription was switched off. A job of its own, queued with the
 * switch-off, so the mail relay is called with no transaction open and a relay outage is retried
 * without disturbing the delivery's record.
 */
export function webhookDisabledNoticeJob(mailer: Mailer): QueueJob {
  return defineJob<DisabledNoticePayload, MailMessage[], void>({
    queue: WEBHOOK_DISABLED_NOTICE_QUEUE,
    retryLimit: 8,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    parse(payload) {
      const value = payload as Partial<DisabledNoticePayload> | null;
      if (
        !value ||
        typeof value.subscriptionId !== 'string' ||
        typeof value.url !== 'string' ||
        typeof value.failures !== 'number' ||
        typeof value.since !== 'string'
      ) {
        throw new Error('not a webhook notice payload');
      }
      return {
        subscriptionId: value.subscriptionId,
        url: value.url,
        failures: value.failures,
        since: value.since,
      };
    },
    async prepare(job, tx) {
      const messages = await composeDisabledNotices(tx, job.orgId, job.id, job.payload);
      return messages.length > 0 ? messages : null;
    },
    async callOut(messages) {
      // The message IDs are the job's, so a resend after a crash is recognisably the same message.
      for (const message of messages) await mailer.send(message);
    },
    record: async () => undefined,
  });
}

export function webhookDeliveryJob(services: DeliveryServices): QueueJob {
  const settings: DeliverySettings = { ...defaultDeliverySettings, ...services.settings };
  return defineJob<DeliveryJobPayload, DeliveryPlan, Outcome>({
    queue: WEBHOOK_DELIVERY_QUEUE,
    // Retries of the job itself are for the gateway's own failures (the database, the mail relay);
    // the receiver's failures are attempts the job records and schedules.
    retryLimit: 5,
    retryDelaySeconds: 10,
    expireInSeconds: Math.ceil(settings.timeoutMs / 1000) + 60,
    parse(payload) {
      const value = payload as Partial<DeliveryJobPayload> | null;
      if (!value || typeof value.deliveryId !== 'string' || typeof value.attempt !== 'number') {
        throw new Error('not a webhook delivery payload');
      }
      return { deliveryId: value.deliveryId, attempt: value.attempt };
    },
    async prepare(job, tx) {
      const [delivery] = await tx.query<{
        id: string;
        status: string;
        attempts: number;
        subscription_id: string;
        url: string;
        secret: string;
        enabled: boolean;
        event_id: string;
        body: string;
      }>(
        `select d.id, d.status, d.attempts, d.subscription_id, s.url, s.secret, s.enabled,
                e.id as event_id, e.body
         from webhook_deliveries d
         join webhook_subscriptions s on s.org_id = d.org_id and s.id = d.subscription_id
         join webhook_events e on e.org_id = d.org_id and e.id = d.event_id
         where d.org_id = $1 and d.id = $2`,
        [job.orgId, job.payload.deliveryId],
      );
      // Gone (the subscription was deleted), settled, or superseded by a replay.
      if (!delivery || delivery.status !== 'PENDING' || delivery.attempts !== job.payload.attempt)
        return null;
      if (!delivery.enabled) {
        await tx.query(
          `update webhook_deliveries set status = 'FAILED', finished_at = now(), next_attempt_at = null
           where org_id = $1 and id = $2 and status = 'PENDING'`,
          [job.orgId, delivery.id],
        );
        return null;
      }
      return {
        deliveryId: delivery.id,
        subscriptionId: delivery.subscription_id,
        url: delivery.url,
        secret: delivery.secret,
        eventId: delivery.event_id,
        body: delivery.body,
      };
    },

    async callOut(plan, _job, { signal }): Promise<Outcome> {
      const destination = await resolveDestination(plan.url, services.dev, services.resolve);
      if ('problem' in destination) {
        return {
          status: null,
          excerpt: null,
          error: `destination refused: ${destination.problem}`,
          durationMs: 0,
        };
      }
      const timestamp = new Date();
      const signature = new Webhook(plan.secret).sign(plan.eventId, timestamp, plan.body);
      return post(
        destination,
        {
          'webhook-id': plan.eventId,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
        plan.body,
        settings,
        signal,
      );
    },

    async record(job, plan, outcome, tx) {
      // A replay or a deletion during the call supersedes this attempt: its outcome is not recorded.
      const [delivery] = await tx.query<{
        id: string;
        status: string;
        attempts: number;
        subscription_id: string;
      }>(
        `select d.id, d.status, d.attempts, d.subscription_id
         from webhook_deliveries d
         join webhook_subscriptions s on s.org_id = d.org_id and s.id = d.subscription_id
         where d.org_id = $1 and d.id = $2
         for update of d, s`,
        [job.orgId, plan.deliveryId],
      );
      if (!delivery || delivery.status !== 'PENDING' || delivery.attempts !== job.payload.attempt) return;
      await tx.query(
        `insert into webhook_delivery_attempts (org_id, delivery_id, response_status, response_excerpt, error, duration_ms)
         values ($1, $2, $3, $4, $5, $6)`,
        [job.orgId, delivery.id, outcome.status, outcome.excerpt, outcome.error, outcome.durationMs],
      );
      const attempts = delivery.attempts + 1;
      const succeeded = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      if (succeeded) {
        await tx.query(
          `update webhook_deliveries set status = 'SUCCEEDED', attempts = $3, finished_at = now(), next_attempt_at = null
           where org_id = $1 and id = $2`,
          [job.orgId, delivery.id, attempts],
        );
        await tx.query(
          `update webhook_subscriptions set consecutive_failures = 0, failing_since = null where org_id = $1 and id = $2`,
          [job.orgId, delivery.subscription_id],
        );
        return;
      }

      const [subscription] = await tx.query<{ consecutive_failures: number; failing_since: Date }>(
        `update webhook_subscriptions
         set consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now())
         where org_id = $1 and id = $2 returning consecutive_failures, failing_since`,
        [job.orgId, delivery.subscription_id],
      );
      const failingFor = Date.now() - subscription!.failing_since.getTime();
      if (
        subscription!.consecutive_failures >= settings.disableAfterFailures ||
        failingFor >= settings.disableAfterMs
      ) {
        await tx.query(
          `update webhook_subscriptions set enabled = false, disabled_at = now(), disabled_reason = 'FAILING', updated_at = now()
           where org_id = $1 and id = $2`,
          [job.orgId, delivery.subscription_id],
        );
        await tx.query(
          `update webhook_deliveries set status = 'FAILED', attempts = $3, finished_at = now(), next_attempt_at = null
           where org_id = $1 and id = $2`,
          [job.orgId, delivery.id, attempts],
        );
        await enqueueJob<DisabledNoticePayload>(tx, {
          orgId: job.orgId,
          queue: WEBHOOK_DISABLED_NOTICE_QUEUE,
          payload: {
            subscriptionId: delivery.subscription_id,
            url: plan.url,
            failures: subscription!.consecutive_failures,
            since: subscription!.failing_since.toISOString(),
          },
        });
        return;
      }
      if (attempts >= settings.maxAttempts) {
        await tx.query(
          `update webhook_deliveries set status = 'FAILED', attempts = $3, finished_at = now(), next_attempt_at = null
           where org_id = $1 and id = $2`,
          [job.orgId, delivery.id, attempts],
        );
        return;
      }
      const runAfter = new Date(Date.now() + retryDelayMs(settings, attempts));
      await tx.query(
        `update webhook_deliveries set attempts = $3, next_attempt_at = $4 where org_id = $1 and id = $2`,
        [job.orgId, delivery.id, attempts, runAfter],
      );
      await enqueueJob<DeliveryJobPayload>(tx, {
        orgId: job.orgId,
        queue: WEBHOOK_DELIVERY_QUEUE,
        payload: { deliveryId: delivery.id, attempt: attempts },
        runAfter,
      });
    },
  });
}
