import { byIdLoader, type Tenant } from '../core/loaders.js';
import { organisationsByIds } from './sql.js';

export function createOrganisationLoaders(tenant: Tenant) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => organisationsByIds(tx, ids))),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
