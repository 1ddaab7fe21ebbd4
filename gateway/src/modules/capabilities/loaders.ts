import DataLoader from 'dataloader';
import { byIdLoader, type Tenant } from '../core/loaders.js';
import { capabilitiesByCodes, capabilitiesByIds, type CapabilityRow } from './sql.js';

export function createCapabilityLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => capabilitiesByIds(tx, orgId, ids))),
    byCode: new DataLoader<string, CapabilityRow | null>(async (codes) => {
      const rows = await tenant((tx) => capabilitiesByCodes(tx, orgId, codes));
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}

export type CapabilityLoaders = ReturnType<typeof createCapabilityLoaders>;
