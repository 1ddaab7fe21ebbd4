import { byIdLoader, byKeyLoader, groupedLoader, type Tenant } from '../core/loaders.js';
import { pageKey, type PageRequest } from '../core/connection.js';
import type { PersonRow } from '../people/sql.js';
import {
  childrenOf,
  countChildren,
  orgUnitsByIds,
  peopleCounts,
  unitManagers,
  type OrgUnitRow,
} from './sql.js';

export function createOrgUnitLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => orgUnitsByIds(tx, orgId, ids))),
    children: groupedLoader<PageRequest, OrgUnitRow[]>(
      pageKey,
      (ids, page) => tenant((tx) => childrenOf(tx, orgId, ids, page)),
      [],
    ),
    childCount: byKeyLoader((ids) => tenant((tx) => countChildren(tx, orgId, ids)), 0),
    peopleCount: byKeyLoader((ids) => tenant((tx) => peopleCounts(tx, orgId, ids)), 0),
    manager: byKeyLoader<PersonRow | null>((ids) => tenant((tx) => unitManagers(tx, orgId, ids)), null),
  };
}

export type OrgUnitLoaders = ReturnType<typeof createOrgUnitLoaders>;
