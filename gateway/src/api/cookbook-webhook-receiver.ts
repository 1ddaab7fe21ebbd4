/**
 * The webhook receiver the cookbook shows, whole: verification with the Standard Webhooks reference
 * library and a small node:http server around it. The webhooks suite (modules/webhooks/webhooks.test.ts)
 * verifies every delivery with `verifyCoachworkWebhook`, so the code on the page is the code that is
 * tested.
 */

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

/** Every body's envelope; `data` follows the event's JSON Schema (gateway/api/webhooks/). */
export interface CoachworkEvent {
  type: string;
  version: number;
  timestamp: string;
  organisationId: string;
  data: Record<string, unknown>;
}

/**
 * Checks the signature over `webhook-id.webhook-timestamp.body` with the subscription's `whsec_`
 * secret, and refuses a timestamp more than five minutes off (a replayed capture); throws
 * `WebhookVerificationError` when either fails. Pass the body exactly as received, before any JSON
 * parsing: re-serialised JSON does not verify.
 */
export function verifyCoachworkWebhook(
  secret: string,
  rawBody: string,
  headers: IncomingHttpHeaders,
): CoachworkEvent {
  const header = (name: string) => String(headers[name] ?? '');
  return new Webhook(secret).verify(rawBody, {
    'webhook-id': header('webhook-id'),
    'webhook-timestamp': header('webhook-timestamp'),
    'webhook-signature': header('webhook-signature'),
  }) as CoachworkEvent;
}

/**
 * A receiver: verifies, answers 204 at once (slow answers count as failures and are retried), and
 * hands each event to `handle` once, dropping repeats by `webhook-id` (a delivery is retried, and a
 * replay sends the same ID). Keep the seen IDs in your database in production.
 */
export function coachworkWebhookReceiver(
  secret: string,
  handle: (event: CoachworkEvent, id: string) => void,
): Server {
  const seen = new Set<string>();
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let event: CoachworkEvent;
      try {
        event = verifyCoachworkWebhook(secret, Buffer.concat(chunks).toString('utf8'), req.headers);
      } catch {
        res.writeHead(400).end('bad signature');
        return;
      }
      res.writeHead(204).end();
      const id = String(req.headers['webhook-id']);
      if (seen.has(id)) return;
      seen.add(id);
      handle(event, id);
    });
  });
}
