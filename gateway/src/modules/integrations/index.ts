import type DataLoader from 'dataloader';
import { serviceAccountsByIds, type ServiceAccountRow } from '../../auth/service-accounts.js';
import { byIdLoader } from '../core/loaders.js';
import { defineModule, sdlBeside } from '../module.js';
import { integrationsResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    integrations: { serviceAccountById: DataLoader<string, ServiceAccountRow | null> };
  }
}

export const integrationsModule = defineModule({
  name: 'integrations',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: integrationsResolvers,
  createLoaders: (tenant, viewer) => ({
    integrations: {
      serviceAccountById: byIdLoader((ids) => tenant((tx) => serviceAccountsByIds(tx, viewer.orgId, ids))),
    },
  }),
});
