import { byIdLoader, byKeyLoader, groupedLoader, type Tenant } from '../core/loaders.js';
import { pageKey, type PageRequest } from '../core/connection.js';
import { countDirectReports, directReportsOf, peopleByIds, reportingChains, type PersonRow } from './sql.js';

export function createPeopleLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => peopleByIds(tx, orgId, ids))),
    managerChain: byKeyLoader((ids) => tenant((tx) => reportingChains(tx, orgId, ids)), [] as string[]),
    directReports: groupedLoader<PageRequest, PersonRow[]>(
      pageKey,
      (ids, page) => tenant((tx) => directReportsOf(tx, orgId, ids, page)),
      [],
    ),
    directReportCount: byKeyLoader((ids) => tenant((tx) => countDirectReports(tx, orgId, ids)), 0),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
