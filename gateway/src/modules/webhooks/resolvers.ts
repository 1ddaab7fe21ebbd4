import { mayRead } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import { callerOf } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers, UserError, WebhookEventType } from '../../generated/resolvers.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { fromOpaqueId, toOpaqueId } from '../../ids.js';
import { enqueueJob } from '../../jobs/queue.js';
import { listSize } from '../core/connection.js';
import { readOwnOrganisation, userError } from '../core/resolving.js';
import { resolveDestination, type DestinationProblem } from '../../http/destination.js';
import { kindOf, WEBHOOK_DELIVERY_QUEUE, type DeliveryJobPayload } from './events.js';
import { startPulseSweep } from './pulses.js';
import {
  deleteSubscription,
  deliveriesOf,
  deliveryById,
  insertSubscription,
  listSubscriptions,
  newWebhookSecret,
  subscriptionById,
  countSubscriptions,
  updateSubscription,
  type WebhookSubscriptionRow,
} from './sql.js';

/** Enough for a production and a staging receiver per system, with room; each event fans out to all of them. */
export const MAX_SUBSCRIPTIONS = 20;
const MAX_DESCRIPTION = 200;

const problemMessages: Record<DestinationProblem, MessageKey> = {
  INVALID_URL: 'webhooks.urlInvalid',
  NOT_HTTPS: 'webhooks.urlNotHttps',
  UNRESOLVED: 'webhooks.urlUnresolved',
  PRIVATE_ADDRESS: 'webhooks.urlPrivate',
};

/** Every webhook field and mutation is the org admins' (auth/policy.ts `webhooks`). */
async function requireOrgAdmin(caller: Caller): Promise<void> {
  if (!(await mayRead(caller, 'webhookSubscriptions', { kind: 'organisation' })))
    throw forbidden('webhooks.orgAdminsOnly');
}

async function urlErrors(caller: Caller, url: string, dev: boolean): Promise<UserError[]> {
  const destination = await resolveDestination(url.trim(), dev);
  if (!('problem' in destination)) return [];
  const code = destination.problem === 'PRIVATE_ADDRESS' ? 'UNSUPPORTED' : 'INVALID';
  return [userError(caller, ['url'], code, problemMessages[destination.problem])];
}

function eventErrors(caller: Caller, eventTypes: readonly WebhookEventType[]): UserError[] {
  return eventTypes.length === 0 ? [userError(caller, ['eventTypes'], 'REQUIRED', 'webhooks.noEvents')] : [];
}

function descriptionOf(caller: Caller, text: string | null | undefined): string | null | UserError {
  const description = text?.trim() ?? '';
  if (description.length > MAX_DESCRIPTION) {
    return userError(caller, ['description'], 'INVALID', 'webhooks.descriptionTooLong', {
      max: MAX_DESCRIPTION,
    });
  }
  return description || null;
}

const isError = (value: unknown): value is UserError =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

function subscriptionIdOf(id: string): string | null {
  return fromOpaqueId(id, 'WebhookSubscription');
}

const notFound = (caller: Caller, field: string) =>
  userError(
    caller,
    [field],
    'NOT_FOUND',
    field === 'deliveryId' ? 'webhooks.deliveryNotFound' : 'webhooks.subscriptionNotFound',
  );

export const webhooksResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_parent, _args, context) =>
      readOwnOrganisation(context, requireOrgAdmin, listSubscriptions),
  },
  WebhookSubscription: {
    id: (subscription) => toOpaqueId('WebhookSubscription', subscription.id),
    status: (subscription) =>
      subscription.enabled
        ? 'ENABLED'
        : subscription.disabledReason === 'FAILING'
          ? 'DISABLED_FAILING'
          : 'DISABLED_BY_ADMIN',
    secretHint: (subscription) => `whsec_…${subscription.secretHint}`,
    async deliveries(subscription, args, context) {
      const first = listSize(args.first);
      const caller = callerOf(context);
      return caller.tenant((tx) =>
        deliveriesOf(tx, caller.viewer.orgId, subscription.id, first, args.status ?? null),
      );
    },
  },
  WebhookDelivery: {
    id: (delivery) => toOpaqueId('WebhookDelivery', delivery.id),
    eventType: (delivery) => {
      const kind = kindOf(delivery.eventType);
      if (!kind) throw new Error(`unknown webhook event type ${delivery.eventType}`);
      return kind;
    },
    attempts: (delivery, _args, context) => callerOf(context).loaders.webhooks.attempts.load(delivery.id),
  },
  Mutation: {
    async createWebhookSubscription(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const description = descriptionOf(caller, input.description);
      const errors = [
        ...(await urlErrors(caller, input.url, context.dev)),
        ...eventErrors(caller, input.eventTypes),
        ...(isError(description) ? [description] : []),
      ];
      if (errors.length || isError(description))
        return { subscription: null, secret: null, userErrors: errors };
      const { orgId, personId } = caller.viewer;
      const secret = newWebhookSecret();
      const result = await caller.tenant(async (tx) => {
        // Serialises creations per organisation, so the cap holds under concurrent requests.
        await tx.query(`select id from organisations where id = $1 for update`, [orgId]);
        if ((await countSubscriptions(tx, orgId)) >= MAX_SUBSCRIPTIONS) return null;
        const id = await insertSubscription(tx, {
          orgId,
          url: input.url.trim(),
          description,
          eventTypes: [...new Set(input.eventTypes)],
          secret,
          createdBy: personId,
        });
        await startPulseSweep(tx, orgId);
        return subscriptionById(tx, orgId, id);
      });
      if (!result) {
        return {
          subscription: null,
          secret: null,
          userErrors: [
            userError(caller, [], 'CONFLICT', 'webhooks.tooManySubscriptions', { max: MAX_SUBSCRIPTIONS }),
          ],
        };
      }
      return { subscription: result, secret, userErrors: [] };
    },

    async updateWebhookSubscription(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = subscriptionIdOf(input.subscriptionId);
      if (!id) return { subscription: null, userErrors: [notFound(caller, 'subscriptionId')] };
      const description =
        input.description === undefined || input.description === null
          ? undefined
          : descriptionOf(caller, input.description);
      const errors = [
        ...(input.url != null ? await urlErrors(caller, input.url, context.dev) : []),
        ...(input.eventTypes != null ? eventErrors(caller, input.eventTypes) : []),
        ...(isError(description) ? [description] : []),
      ];
      if (errors.length || isError(description)) return { subscription: null, userErrors: errors };
      const { orgId } = caller.viewer;
      const subscription = await caller.tenant(async (tx) => {
        if (!(await subscriptionById(tx, orgId, id, true))) return null;
        await updateSubscription(tx, orgId, id, {
          ...(input.url != null ? { url: input.url.trim() } : {}),
          ...(input.eventTypes != null ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(input.enabled != null ? { enabled: input.enabled } : {}),
        });
        if (input.eventTypes != null || input.enabled === true) await startPulseSweep(tx, orgId);
        return subscriptionById(tx, orgId, id);
      });
      if (!subscription) return { subscription: null, userErrors: [notFound(caller, 'subscriptionId')] };
      return { subscription, userErrors: [] };
    },

    async rotateWebhookSecret(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = subscriptionIdOf(input.subscriptionId);
      const { orgId } = caller.viewer;
      const secret = newWebhookSecret();
      const subscription: WebhookSubscriptionRow | null = id
        ? await caller.tenant(async (tx) => {
            if (!(await subscriptionById(tx, orgId, id, true))) return null;
            await updateSubscription(tx, orgId, id, { secret });
            return subscriptionById(tx, orgId, id);
          })
        : null;
      if (!subscription) {
        return { subscription: null, secret: null, userErrors: [notFound(caller, 'subscriptionId')] };
      }
      return { subscription, secret, userErrors: [] };
    },

    async deleteWebhookSubscription(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = subscriptionIdOf(input.subscriptionId);
      const deleted = id
        ? await caller.tenant((tx) => deleteSubscription(tx, caller.viewer.orgId, id))
        : false;
      if (!deleted) return { deletedSubscriptionId: null, userErrors: [notFound(caller, 'subscriptionId')] };
      return { deletedSubscriptionId: input.subscriptionId, userErrors: [] };
    },

    async replayWebhookDelivery(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = fromOpaqueId(input.deliveryId, 'WebhookDelivery');
      if (!id) return { delivery: null, userErrors: [notFound(caller, 'deliveryId')] };
      const { orgId } = caller.viewer;
      const outcome = await caller.tenant(async (tx) => {
        const delivery = await deliveryById(tx, orgId, id, true);
        if (!delivery) return notFound(caller, 'deliveryId');
        if (delivery.status !== 'FAILED') {
          return userError(caller, ['deliveryId'], 'CONFLICT', 'webhooks.deliveryNotFailed');
        }
        const subscription = await subscriptionById(tx, orgId, delivery.subscriptionId);
        if (!subscription?.enabled) {
          return userError(caller, ['deliveryId'], 'CONFLICT', 'webhooks.subscriptionDisabled');
        }
        // A fresh round of attempts; the event, and so its `webhook-id`, stays the same.
        await tx.query(
          `update webhook_deliveries set status = 'PENDING', attempts = 0, finished_at = null, next_attempt_at = now()
           where org_id = $1 and id = $2`,
          [orgId, id],
        );
        await enqueueJob<DeliveryJobPayload>(tx, {
          orgId,
          queue: WEBHOOK_DELIVERY_QUEUE,
          payload: { deliveryId: id, attempt: 0 },
        });
        return deliveryById(tx, orgId, id);
      });
      if (!outcome || isError(outcome)) {
        return { delivery: null, userErrors: [outcome ?? notFound(caller, 'deliveryId')] };
      }
      return { delivery: outcome, userErrors: [] };
    },
  },
};
