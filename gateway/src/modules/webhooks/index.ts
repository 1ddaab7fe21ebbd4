import type DataLoader from 'dataloader';
import { byKeyLoader } from '../core/loaders.js';
import { defineModule, sdlBeside } from '../module.js';
import { webhooksResolvers } from './resolvers.js';
import { attemptsOf, type WebhookDeliveryAttemptRow } from './sql.js';

export interface WebhooksLoaders {
  /** A delivery's attempts, oldest first. */
  attempts: DataLoader<string, WebhookDeliveryAttemptRow[]>;
}

declare module '../../context.js' {
  interface Loaders {
    webhooks: WebhooksLoaders;
  }
}

/**
 * Signed webhooks: an organisation's subscriptions, managed by its org admins, and the delivery log.
 * The events are announced by the modules that make the changes (events.ts), and delivered by the
 * job queue (delivery.ts).
 */
export const webhooksModule = defineModule({
  name: 'webhooks',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: webhooksResolvers,
  createLoaders: (tenant, viewer) => ({
    webhooks: {
      attempts: byKeyLoader((ids) => tenant((tx) => attemptsOf(tx, viewer.orgId, ids)), []),
    },
  }),
});
