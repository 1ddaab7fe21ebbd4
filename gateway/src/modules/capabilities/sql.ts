/** The capability catalogue; names and descriptions are per-locale JSON objects with an English fallback. */
import type { Queryable } from '../../db/types.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { byKeys } from '../core/sql.js';

export interface CapabilityRow {
  readonly __typename: 'Capability';
  id: string;
  orgId: string;
  code: string;
  names: Record<string, string>;
  descriptions: Record<string, string>;
}

export type CapabilityConnectionPage = ConnectionPage<CapabilityRow>;

export interface RawCapability {
  id: string;
  org_id: string;
  code: string;
  names: Record<string, string>;
  descriptions: Record<string, string>;
}

export const capabilityColumns = 'c.id, c.org_id, c.code, c.names, c.descriptions';

export function toCapability(raw: RawCapability): CapabilityRow {
  return {
    __typename: 'Capability',
    id: raw.id,
    orgId: raw.org_id,
    code: raw.code,
    names: raw.names,
    descriptions: raw.descriptions,
  };
}

export const capabilitiesByIds = byKeys<RawCapability, CapabilityRow>({
  columns: capabilityColumns,
  from: 'capabilities c',
  alias: 'c',
  to: toCapability,
});

export const capabilitiesByCodes = byKeys<RawCapability, CapabilityRow>({
  columns: capabilityColumns,
  from: 'capabilities c',
  alias: 'c',
  key: 'code',
  keyType: 'text',
  to: toCapability,
});

/** Ordered by code: the catalogue's stable order in every locale. */
export async function listCapabilities(
  tx: Queryable,
  orgId: string,
  page: PageRequest,
): Promise<CapabilityRow[]> {
  const rows = await tx.query<RawCapability>(
    `select ${capabilityColumns} from capabilities c
     where c.org_id = $1 and ($2::text is null or (c.code, c.id) > ($2::text, $3::uuid))
     order by c.code, c.id limit $4`,
    [orgId, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return rows.map(toCapability);
}

export async function countCapabilities(tx: Queryable, orgId: string): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    'select count(*)::int as count from capabilities c where c.org_id = $1',
    [orgId],
  );
  return row?.count ?? 0;
}
