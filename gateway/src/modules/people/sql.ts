/** People: the directory and the viewer's own record. */
import type { Queryable } from '../../db/types.js';
import type { JobLevel, Role } from '../../generated/resolvers.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';
import { groupBy } from '../core/group-by.js';
import { byKeys } from '../core/sql.js';

export interface PersonRow {
  readonly __typename: 'Person';
  id: string;
  orgId: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  jobLevel: JobLevel;
  orgUnitId: string;
  managerId: string | null;
  /** YYYY-MM-DD */
  inRoleSince: string;
  roles: Role[];
}

export type PersonConnectionPage = ConnectionPage<PersonRow>;

export interface RawPerson {
  id: string;
  org_id: string;
  name: string;
  email: string;
  locale: string;
  time_zone: string;
  job_level: JobLevel;
  org_unit_id: string;
  manager_id: string | null;
  in_role_since: string;
  roles: Role[];
}

export const personColumns = (alias = 'p'): string =>
  [
    'id',
    'org_id',
    'name',
    'email',
    'locale',
    'time_zone',
    'job_level',
    'org_unit_id',
    'manager_id',
    'in_role_since::text as in_role_since',
    'roles',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

export function toPerson(raw: RawPerson): PersonRow {
  return {
    __typename: 'Person',
    id: raw.id,
    orgId: raw.org_id,
    name: raw.name,
    email: raw.email,
    locale: raw.locale,
    timeZone: raw.time_zone,
    jobLevel: raw.job_level,
    orgUnitId: raw.org_unit_id,
    managerId: raw.manager_id,
    inRoleSince: raw.in_role_since,
    roles: raw.roles,
  };
}

export const peopleByIds = byKeys<RawPerson, PersonRow>({
  columns: personColumns(),
  from: 'people p',
  alias: 'p',
  to: toPerson,
});

export interface PeopleQuery {
  search?: string | null;
  /** The unit and everything below it. */
  orgUnitId?: string | null;
  jobLevels?: readonly JobLevel[] | null;
  role?: Role | null;
}

function peopleWhere(orgId: string, filter: PeopleQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  const clauses = ['p.org_id = $1'];
  if (filter.search) {
    params.push(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(p.name ilike $${params.length} or p.email ilike $${params.length})`);
  }
  if (filter.orgUnitId) {
    params.push(filter.orgUnitId);
    clauses.push(
      `p.org_unit_id in (select u.id from org_units u where u.org_id = $1 and u.path @> array[$${params.length}::uuid])`,
    );
  }
  if (filter.jobLevels && filter.jobLevels.length > 0) {
    params.push(filter.jobLevels);
    clauses.push(`p.job_level = any($${params.length}::text[])`);
  }
  if (filter.role) {
    params.push(filter.role);
    clauses.push(`$${params.length}::text = any(p.roles)`);
  }
  return { where: clauses.join(' and '), params };
}

export async function listPeople(
  tx: Queryable,
  orgId: string,
  filter: PeopleQuery,
  page: PageRequest,
): Promise<PersonRow[]> {
  const { where, params } = peopleWhere(orgId, filter);
  let seek = '';
  if (page.after) {
    params.push(page.after.sort, page.after.id);
    seek = ` and (p.name, p.id) > ($${params.length - 1}::text, $${params.length}::uuid)`;
  }
  params.push(page.limit + 1);
  const rows = await tx.query<RawPerson>(
    `select ${personColumns()} from people p where ${where}${seek} order by p.name, p.id limit $${params.length}`,
    params,
  );
  return rows.map(toPerson);
}

export async function countPeople(tx: Queryable, orgId: string, filter: PeopleQuery): Promise<number> {
  const { where, params } = peopleWhere(orgId, filter);
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from people p where ${where}`,
    params,
  );
  return row?.count ?? 0;
}

/**
 * Direct reports of several managers in one statement: the first `limit + 1` of
 * each by name after the shared cursor.
 */
export async function directReportsOf(
  tx: Queryable,
  orgId: string,
  managerIds: readonly string[],
  page: PageRequest,
): Promise<Map<string, PersonRow[]>> {
  const rows = await tx.query<RawPerson & { rn: number }>(
    `select * from (
       select ${personColumns()}, row_number() over (partition by p.manager_id order by p.name, p.id)::int as rn
       from people p
       where p.org_id = $1 and p.manager_id = any($2::uuid[])
         and ($3::text is null or (p.name, p.id) > ($3::text, $4::uuid))
     ) ranked where rn <= $5 order by manager_id, rn`,
    [orgId, managerIds, page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return groupBy(rows.map(toPerson), (person) => person.managerId ?? '');
}

export async function countDirectReports(
  tx: Queryable,
  orgId: string,
  managerIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ manager_id: string; count: number }>(
    `select manager_id, count(*)::int as count from people
     where org_id = $1 and manager_id = any($2::uuid[]) group by manager_id`,
    [orgId, managerIds],
  );
  return new Map(rows.map((row) => [row.manager_id, row.count]));
}

/** Every manager above each person, nearest first (a skip-level manager may read what a manager may). */
export async function reportingChains(
  tx: Queryable,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await tx.query<{ person_id: string; chain: string[] }>(
    `with recursive chain(person_id, manager_id, depth) as (
       select p.id, p.manager_id, 1 from people p where p.org_id = $1 and p.id = any($2::uuid[])
       union all
       select c.person_id, m.manager_id, c.depth + 1
       from chain c join people m on m.org_id = $1 and m.id = c.manager_id
       where c.manager_id is not null and c.depth < 32
     )
     select person_id, array_agg(manager_id order by depth) filter (where manager_id is not null) as chain
     from chain group by person_id`,
    [orgId, personIds],
  );
  return new Map(rows.map((row) => [row.person_id, row.chain ?? []]));
}
