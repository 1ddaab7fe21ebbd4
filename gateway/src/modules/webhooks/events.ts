/**
 * Announcing what happened to the organisation's webhook subscribers. The code that makes a change
 * calls `announce…` in the same tenant transaction: the event, one delivery per subscription that
 * wants it and each delivery's first job are written there, so a change that rolls back announces
 * nothing and a committed one cannot lose its announcement (the job outbox, jobs/queue.ts).
 *
 * Bodies carry global IDs and non-confidential facts only. A subscription is set up by an org admin
 * and its host system learns what an org admin may read in the API (the roster: who is enrolled,
 * with which coach, how many sessions), never a session's time or join link, a cancellation's
 * reason, a goal's text, notes, ratings or feedback. The JSON Schemas in gateway/api/webhooks/ are
 * the published contract; webhooks.test.ts validates every body emitted against them.
 */
import type { Queryable } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { enqueueJob } from '../../jobs/queue.js';
import {
  xapiEnrolmentsChanged,
  xapiGoalCompleted,
  xapiSessionAttended,
  xapiSessionScheduled,
} from '../xapi/emit.js';

/** The `type` of each event, as sent in the body and chosen in a subscription. */
export const webhookEventTypes = {
  SESSION_BOOKED: 'session.booked',
  SESSION_CANCELLED: 'session.cancelled',
  SESSION_HELD: 'session.held',
  ENROLMENT_CHANGED: 'enrolment.changed',
  GOAL_COMPLETED: 'goal.completed',
  COACH_STATUS_CHANGED: 'coach.status_changed',
  PULSE_PHASE_CLOSED: 'pulse.phase_closed',
} as const;

export type WebhookEventKind = keyof typeof webhookEventTypes;
export type WebhookEventType = (typeof webhookEventTypes)[WebhookEventKind];

export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';
export const WEBHOOK_DISABLED_NOTICE_QUEUE = 'webhook-disabled-notice';
/** The version of every body's schema (`version` in the body, `.v1.` in the schema's file name). */
export const WEBHOOK_BODY_VERSION = 1;

export function kindOf(type: string): WebhookEventKind | null {
  const entry = Object.entries(webhookEventTypes).find(([, value]) => value === type);
  return entry ? (entry[0] as WebhookEventKind) : null;
}

/** What a delivery job carries: the delivery and which attempt it is (a stale job finds another count and stops). */
export interface DeliveryJobPayload {
  deliveryId: string;
  attempt: number;
}

/**
 * Writes the event and queues a delivery to each enabled subscription that wants it. Nothing is
 * written when nobody listens, so an organisation without webhooks pays one indexed lookup.
 */
export async function announce(
  tx: Queryable,
  orgId: string,
  kind: WebhookEventKind,
  data: Record<string, unknown>,
): Promise<void> {
  const type = webhookEventTypes[kind];
  const subscriptions = await tx.query<{ id: string }>(
    `select id from webhook_subscriptions where org_id = $1 and enabled and $2 = any(event_types)`,
    [orgId, kind],
  );
  if (subscriptions.length === 0) return;
  const [{ now }] = (await tx.query<{ now: Date }>(`select clock_timestamp() as now`)) as [{ now: Date }];
  const body = JSON.stringify({
    type,
    version: WEBHOOK_BODY_VERSION,
    timestamp: now.toISOString(),
    organisationId: toGlobalId('Organisation', orgId),
    data,
  });
  const [event] = await tx.query<{ id: string }>(
    `insert into webhook_events (org_id, type, body, occurred_at) values ($1, $2, $3, $4) returning id`,
    [orgId, type, body, now],
  );
  const deliveries = await tx.query<{ id: string }>(
    `insert into webhook_deliveries (org_id, subscription_id, event_id, next_attempt_at)
     select $1, s, $2, now() from unnest($3::uuid[]) as s returning id`,
    [orgId, event!.id, subscriptions.map((row) => row.id)],
  );
  for (const delivery of deliveries) {
    await enqueueJob<DeliveryJobPayload>(tx, {
      orgId,
      queue: WEBHOOK_DELIVERY_QUEUE,
      payload: { deliveryId: delivery.id, attempt: 0 },
    });
  }
}

interface SessionFacts {
  id: string;
  orgId: string;
  enrolmentId: string;
  participantId: string;
  coachId: string;
}

async function sessionData(tx: Queryable, session: SessionFacts): Promise<Record<string, unknown>> {
  const [row] = await tx.query<{ program_id: string }>(
    `select program_id from enrolments where org_id = $1 and id = $2`,
    [session.orgId, session.enrolmentId],
  );
  return {
    sessionId: toGlobalId('Session', session.id),
    enrolmentId: toGlobalId('Enrolment', session.enrolmentId),
    programId: toGlobalId('Program', row!.program_id),
    participantId: toGlobalId('Person', session.participantId),
    coachId: toGlobalId('Coach', session.coachId),
  };
}

export async function announceSessionBooked(
  tx: Queryable,
  session: SessionFacts,
  rescheduled: boolean,
): Promise<void> {
  await announce(tx, session.orgId, 'SESSION_BOOKED', { ...(await sessionData(tx, session)), rescheduled });
  // The learning moments announced here are also the organisation's xAPI statements.
  await xapiSessionScheduled(tx, session);
}

export async function announceSessionCancelled(tx: Queryable, session: SessionFacts): Promise<void> {
  await announce(tx, session.orgId, 'SESSION_CANCELLED', await sessionData(tx, session));
}

export async function announceSessionHeld(tx: Queryable, session: SessionFacts): Promise<void> {
  await announce(tx, session.orgId, 'SESSION_HELD', await sessionData(tx, session));
  await xapiSessionAttended(tx, session);
}

export interface EnrolmentChange {
  enrolmentId: string;
  previousStatus: string;
  coachChanged: boolean;
}

/** Enrolments an admin changed, read back as they are now (status, program, participant). */
export async function announceEnrolmentChanges(
  tx: Queryable,
  orgId: string,
  changes: readonly EnrolmentChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows = await tx.query<{ id: string; program_id: string; person_id: string; status: string }>(
    `select id, program_id, person_id, status from enrolments where org_id = $1 and id = any($2::uuid[])`,
    [orgId, changes.map((change) => change.enrolmentId)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const change of changes) {
    const row = byId.get(change.enrolmentId);
    if (!row) continue;
    await announce(tx, orgId, 'ENROLMENT_CHANGED', {
      enrolmentId: toGlobalId('Enrolment', row.id),
      programId: toGlobalId('Program', row.program_id),
      participantId: toGlobalId('Person', row.person_id),
      status: row.status,
      previousStatus: change.previousStatus,
      coachChanged: change.coachChanged,
    });
  }
  await xapiEnrolmentsChanged(
    tx,
    orgId,
    changes.map((change) => change.enrolmentId),
  );
}

/** A goal that became complete: announced only while its owner shares it with their managers. */
export async function announceGoalCompleted(
  tx: Queryable,
  orgId: string,
  goal: { id: string; ownerId: string; visibility: string },
): Promise<void> {
  if (goal.visibility !== 'MANAGER') return;
  await xapiGoalCompleted(tx, orgId, goal.id);
  await announce(tx, orgId, 'GOAL_COMPLETED', {
    goalId: toGlobalId('Goal', goal.id),
    ownerId: toGlobalId('Person', goal.ownerId),
  });
}

export async function announceCoachStatusChanged(
  tx: Queryable,
  orgId: string,
  change: { coachId: string; status: string; previousStatus: string },
): Promise<void> {
  await announce(tx, orgId, 'COACH_STATUS_CHANGED', {
    coachId: toGlobalId('Coach', change.coachId),
    status: change.status,
    previousStatus: change.previousStatus,
  });
}
