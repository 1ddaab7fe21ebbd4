/** The org-unit tree. `path` (root … self) answers "this unit and below" without recursion. */
import type { Queryable } from '../../db/types.js';
import type { OrgUnitKind } from '../../generated/resolvers.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import { personColumns, toPerson, type PersonRow, type RawPerson } from '../people/index.js';
import { byKeys } from '../core/sql.js';

export interface OrgUnitRow {
  readonly __typename: 'OrgUnit';
  id: string;
  orgId: string;
  parentId: string | null;
  kind: OrgUnitKind;
  name: string;
  depth: number;
}

export type OrgUnitConnectionPage = ConnectionPage<OrgUnitRow>;

export interface RawOrgUnit {
  id: string;
  org_id: string;
  parent_id: string | null;
  kind: OrgUnitKind;
  name: string;
  depth: number;
}

const columns = 'u.id, u.org_id, u.parent_id, u.kind, u.name, u.depth';

export function toOrgUnit(raw: RawOrgUnit): OrgUnitRow {
  return {
    __typename: 'OrgUnit',
    id: raw.id,
    orgId: raw.org_id,
    parentId: raw.parent_id,
    kind: raw.kind,
    name: raw.name,
    depth: raw.depth,
  };
}

export const orgUnitsByIds = byKeys<RawOrgUnit, OrgUnitRow>({
  columns,
  from: 'org_units u',
  alias: 'u',
  to: toOrgUnit,
});

export interface OrgUnitScope {
  rootsOnly: boolean;
  /** Part of the name, any case; null: every unit. */
  search: string | null;
}

/** A LIKE pattern matching `search` anywhere, its wildcards taken literally. */
const contains = (search: string | null): string | null =>
  search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;

export async function listOrgUnits(
  tx: Queryable,
  orgId: string,
  scope: OrgUnitScope,
  page: PageRequest,
): Promise<OrgUnitRow[]> {
  const rows = await tx.query<RawOrgUnit>(
    `select ${columns} from org_units u
     where u.org_id = $1 and (not $2::boolean or u.parent_id is null)
       and ($6::text is null or u.name ilike $6::text)
       and ($3::text is null or (u.name, u.id) > ($3::text, $4::uuid))
     order by u.name, u.id limit $5`,
    [
      orgId,
      scope.rootsOnly,
      page.after?.sort ?? null,
      page.after?.id ?? null,
      page.limit + 1,
      contains(scope.search),
    ],
  );
  return rows.map(toOrgUnit);
}

export async function countOrgUnits(tx: Queryable, orgId: string, scope: OrgUnitScope): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from org_units u where u.org_id = $1 and (not $2::boolean or u.parent_id is null)
       and ($3::text is null or u.name ilike $3::text)`,
    [orgId, scope.rootsOnly, contains(scope.search)],
  );
  return row?.count ?? 0;
}

/** Children of several units in one statement, each page cut by a window function. */
export async function childrenOf(
  tx: Queryable,
  orgId: string,
  parentIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, OrgUnitRow[]>> {
  const rows = await tx.query<RawOrgUnit & { rn: number }>(
    `select * from (
       select ${columns}, row_number() over (partition by u.parent_id order by u.name, u.id)::int as rn
       from org_units u
       where u.org_id = $1 and u.parent_id = any($2::uuid[])
         and ($3::text is null or (u.name, u.id) > ($3::text, $4::uuid))
     ) ranked where rn <= $5 order by parent_id, rn`,
    [orgId, parentIds, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return groupBy(rows.map(toOrgUnit), (unit) => unit.parentId ?? '');
}

export async function countChildren(
  tx: Queryable,
  orgId: string,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ parent_id: string; count: number }>(
    `select parent_id, count(*)::int as count from org_units
     where org_id = $1 and parent_id = any($2::uuid[]) group by parent_id`,
    [orgId, parentIds],
  );
  return new Map(rows.map((row) => [row.parent_id, row.count]));
}

/** Headcount of each unit's subtree. */
export async function peopleCounts(
  tx: Queryable,
  orgId: string,
  unitIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ unit_id: string; count: number }>(
    `select target.id as unit_id, count(p.id)::int as count
     from unnest($2::uuid[]) as target(id)
     join org_units below on below.org_id = $1 and below.path @> array[target.id]
     join people p on p.org_id = $1 and p.org_unit_id = below.id
     group by target.id`,
    [orgId, unitIds],
  );
  return new Map(rows.map((row) => [row.unit_id, row.count]));
}

/**
 * The unit's manager: the most senior person placed in the unit itself (the
 * schema has no explicit head-of-unit column; in the seeded tree this is the
 * person everyone else in the unit reports to).
 */
export async function unitManagers(
  tx: Queryable,
  orgId: string,
  unitIds: readonly string[],
): Promise<Map<string, PersonRow>> {
  const rows = await tx.query<RawPerson>(
    `select distinct on (p.org_unit_id) ${personColumns()}
     from people p
     where p.org_id = $1 and p.org_unit_id = any($2::uuid[]) and p.job_level <> 'IC'
     order by p.org_unit_id,
       array_position(array['EXECUTIVE','DIRECTOR','SENIOR_MANAGER','MANAGER']::text[], p.job_level),
       (p.manager_id is null or p.manager_id not in (
          select q.id from people q where q.org_id = $1 and q.org_unit_id = p.org_unit_id)) desc,
       p.in_role_since, p.id`,
    [orgId, unitIds],
  );
  return new Map(rows.map((raw) => [raw.org_unit_id, toPerson(raw)]));
}
