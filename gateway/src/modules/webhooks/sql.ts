/** Reading and writing an organisation's webhook subscriptions and their delivery log. */
import { randomBytes } from 'node:crypto';
import { orgRowsInCreationOrder } from '../../db/org-rows.js';
import type { Queryable } from '../../db/types.js';
import { groupBy } from '../core/group-by.js';
import type { WebhookEventKind } from './events.js';

export interface WebhookSubscriptionRow {
  id: string;
  orgId: string;
  url: string;
  description: string | null;
  eventTypes: WebhookEventKind[];
  enabled: boolean;
  disabledReason: 'FAILING' | 'BY_ADMIN' | null;
  disabledAt: Date | null;
  secretHint: string;
  secretCreatedAt: Date;
  consecutiveFailures: number;
  createdAt: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  body: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date | null;
}

export interface WebhookDeliveryAttemptRow {
  at: Date;
  responseStatus: number | null;
  responseBodyExcerpt: string | null;
  error: string | null;
  durationMs: number;
}

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes (a 256-bit HMAC key). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

const subscriptionColumns = `id, org_id, url, description, event_types, enabled, disabled_reason, disabled_at,
  right(secret, 4) as secret_hint, coalesce(secret_rotated_at, created_at) as secret_created_at,
  consecutive_failures, created_at`;

type RawSubscription = {
  id: string;
  org_id: string;
  url: string;
  description: string | null;
  event_types: WebhookEventKind[];
  enabled: boolean;
  disabled_reason: 'FAILING' | 'BY_ADMIN' | null;
  disabled_at: Date | null;
  secret_hint: string;
  secret_created_at: Date;
  consecutive_failures: number;
  created_at: Date;
};

function subscriptionOf(raw: RawSubscription): WebhookSubscriptionRow {
  return {
    id: raw.id,
    orgId: raw.org_id,
    url: raw.url,
    description: raw.description,
    eventTypes: raw.event_types,
    enabled: raw.enabled,
    disabledReason: raw.disabled_reason,
    disabledAt: raw.disabled_at,
    secretHint: raw.secret_hint,
    secretCreatedAt: raw.secret_created_at,
    consecutiveFailures: raw.consecutive_failures,
    createdAt: raw.created_at,
  };
}

export async function listSubscriptions(tx: Queryable, orgId: string): Promise<WebhookSubscriptionRow[]> {
  const rows = await orgRowsInCreationOrder<RawSubscription>(
    tx,
    'webhook_subscriptions',
    subscriptionColumns,
    orgId,
  );
  return rows.map(subscriptionOf);
}

export async function subscriptionById(
  tx: Queryable,
  orgId: string,
  id: string,
  lock = false,
): Promise<WebhookSubscriptionRow | null> {
  const [row] = await tx.query<RawSubscription>(
    `select ${subscriptionColumns} from webhook_subscriptions where org_id = $1 and id = $2${lock ? ' for update' : ''}`,
    [orgId, id],
  );
  return row ? subscriptionOf(row) : null;
}

export async function countSubscriptions(tx: Queryable, orgId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from webhook_subscriptions where org_id = $1`,
    [orgId],
  );
  return row?.n ?? 0;
}

export async function insertSubscription(
  tx: Queryable,
  values: {
    orgId: string;
    url: string;
    description: string | null;
    eventTypes: readonly WebhookEventKind[];
    secret: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into webhook_subscriptions (org_id, url, description, event_types, secret, created_by)
     values ($1, $2, $3, $4::text[], $5, $6) returning id`,
    [values.orgId, values.url, values.description, values.eventTypes, values.secret, values.createdBy],
  );
  return row!.id;
}

export async function updateSubscription(
  tx: Queryable,
  orgId: string,
  id: string,
  changes: {
    url?: string;
    description?: string | null;
    eventTypes?: readonly WebhookEventKind[];
    enabled?: boolean;
    secret?: string;
  },
): Promise<void> {
  const params: unknown[] = [orgId, id];
  const sets = ['updated_at = now()'];
  const set = (column: string, value: unknown, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (changes.url !== undefined) set('url', changes.url);
  if (changes.description !== undefined) set('description', changes.description);
  if (changes.eventTypes !== undefined) set('event_types', changes.eventTypes, '::text[]');
  if (changes.secret !== undefined) {
    set('secret', changes.secret);
    sets.push('secret_rotated_at = now()');
  }
  if (changes.enabled === true) {
    sets.push(
      'enabled = true',
      'disabled_at = null',
      'disabled_reason = null',
      'consecutive_failures = 0',
      'failing_since = null',
    );
  } else if (changes.enabled === false) {
    // A subscription the gateway disabled keeps that reason until an admin enables it.
    sets.push(
      'enabled = false',
      'disabled_at = coalesce(disabled_at, now())',
      `disabled_reason = coalesce(disabled_reason, 'BY_ADMIN')`,
    );
  }
  await tx.query(`update webhook_subscriptions set ${sets.join(', ')} where org_id = $1 and id = $2`, params);
}

export async function deleteSubscription(tx: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await tx.query(
    `delete from webhook_subscriptions where org_id = $1 and id = $2 returning id`,
    [orgId, id],
  );
  return rows.length > 0;
}

const deliveryColumns = `d.id, d.subscription_id, d.event_id, e.type as event_type, e.body, d.status, d.attempts,
  d.created_at, d.next_attempt_at`;

type RawDelivery = {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: WebhookDeliveryRow['status'];
  attempts: number;
  created_at: Date;
  next_attempt_at: Date | null;
};

function deliveryOf(raw: RawDelivery): WebhookDeliveryRow {
  return {
    id: raw.id,
    subscriptionId: raw.subscription_id,
    eventId: raw.event_id,
    eventType: raw.event_type,
    body: raw.body,
    status: raw.status,
    attempts: raw.attempts,
    createdAt: raw.created_at,
    nextAttemptAt: raw.next_attempt_at,
  };
}

export async function deliveriesOf(
  tx: Queryable,
  orgId: string,
  subscriptionId: string,
  first: number,
  status: WebhookDeliveryRow['status'] | null,
): Promise<WebhookDeliveryRow[]> {
  const rows = await tx.query<RawDelivery>(
    `select ${deliveryColumns} from webhook_deliveries d
     join webhook_events e on e.org_id = d.org_id and e.id = d.event_id
     where d.org_id = $1 and d.subscription_id = $2 and ($3::text is null or d.status = $3)
     order by d.created_at desc, d.id desc limit $4`,
    [orgId, subscriptionId, status, first],
  );
  return rows.map(deliveryOf);
}

export async function deliveryById(
  tx: Queryable,
  orgId: string,
  id: string,
  lock = false,
): Promise<WebhookDeliveryRow | null> {
  const [row] = await tx.query<RawDelivery>(
    `select ${deliveryColumns} from webhook_deliveries d
     join webhook_events e on e.org_id = d.org_id and e.id = d.event_id
     where d.org_id = $1 and d.id = $2${lock ? ' for update of d' : ''}`,
    [orgId, id],
  );
  return row ? deliveryOf(row) : null;
}

export async function attemptsOf(
  tx: Queryable,
  orgId: string,
  deliveryIds: readonly string[],
): Promise<Map<string, WebhookDeliveryAttemptRow[]>> {
  const rows = await tx.query<{
    delivery_id: string;
    attempted_at: Date;
    response_status: number | null;
    response_excerpt: string | null;
    error: string | null;
    duration_ms: number;
  }>(
    `select delivery_id, attempted_at, response_status, response_excerpt, error, duration_ms
     from webhook_delivery_attempts where org_id = $1 and delivery_id = any($2::uuid[])
     order by attempted_at, id`,
    [orgId, deliveryIds],
  );
  return groupBy(
    rows,
    (row) => row.delivery_id,
    (row): WebhookDeliveryAttemptRow => ({
      at: row.attempted_at,
      responseStatus: row.response_status,
      responseBodyExcerpt: row.response_excerpt,
      error: row.error,
      durationMs: row.duration_ms,
    }),
  );
}
