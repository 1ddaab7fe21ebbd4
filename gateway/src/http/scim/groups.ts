/**
 * SCIM Groups. A pushed group is kept with its members; what membership means comes from the
 * organisation's mapping by display name (modules/provisioning): members of a group mapped to an org
 * unit are placed in it, members of a group mapped to a role hold that role while they are in some
 * group that grants it.
 */
import type { ScimResource } from 'scim-patch';
import { StorageError } from '../../db/errors.js';
import type { Queryable } from '../../db/types.js';
import { filterToSql, type AttributeMap } from './filter.js';
import { CORE_GROUP, invalidValue, notFound, ScimError, versionOf } from './protocol.js';

export const GROUP_ATTRIBUTES: AttributeMap = {
  id: { kind: 'id', sql: 'g.id::text' },
  displayname: { kind: 'string', sql: 'g.display_name' },
  externalid: { kind: 'string', sql: 'g.external_id', caseExact: true },
  'meta.created': { kind: 'date', sql: 'g.created_at' },
  'meta.lastmodified': { kind: 'date', sql: 'g.updated_at' },
  members: {
    kind: 'members',
    exists: (param) =>
      `exists (select 1 from scim_group_members gm where gm.group_id = g.id and gm.person_id::text = ${param})`,
  },
  'members.value': {
    kind: 'members',
    exists: (param) =>
      `exists (select 1 from scim_group_members gm where gm.group_id = g.id and gm.person_id::text = ${param})`,
  },
};

export interface GroupRow {
  id: string;
  display_name: string;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: string;
  members: Array<{ value: string; display: string }> | string | null;
}

const GROUP_COLUMNS = `g.id, g.display_name, g.external_id, g.created_at, g.updated_at,
  (extract(epoch from g.updated_at) * 1000000)::bigint::text as version,
  (select json_agg(json_build_object('value', p.id, 'display', p.name) order by p.name, p.id)
   from scim_group_members gm join people p on p.org_id = gm.org_id and p.id = gm.person_id
   where gm.group_id = g.id) as members`;

export type GroupResource = ScimResource & Record<string, unknown>;

export function groupResource(row: GroupRow, baseUrl: string): GroupResource {
  const members = typeof row.members === 'string' ? JSON.parse(row.members) : (row.members ?? []);
  const resource: GroupResource = {
    schemas: [CORE_GROUP] as ScimResource['schemas'],
    id: row.id,
    displayName: row.display_name,
    members: (members as Array<{ value: string; display: string }>).map((member) => ({
      ...member,
      $ref: `${baseUrl}/Users/${member.value}`,
    })),
    meta: {
      resourceType: 'Group',
      created: row.created_at,
      lastModified: row.updated_at,
      location: `${baseUrl}/Groups/${row.id}`,
      version: versionOf(row.version),
    } as ScimResource['meta'],
  };
  if (row.external_id) resource.externalId = row.external_id;
  return resource;
}

export async function readGroup(tx: Queryable, orgId: string, id: string): Promise<GroupRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await tx.query<GroupRow>(
    `select ${GROUP_COLUMNS} from scim_groups g where g.org_id = $1 and g.id = $2`,
    [orgId, id],
  );
  return row ?? null;
}

export async function listGroups(
  tx: Queryable,
  orgId: string,
  filter: string | null,
  startIndex: number,
  count: number,
): Promise<{ rows: GroupRow[]; total: number }> {
  const { where, params } = filterToSql(filter, GROUP_ATTRIBUTES, 2);
  const base = `from scim_groups g where g.org_id = $1 and ${where}`;
  const [counted] = await tx.query<{ total: number }>(`select count(*)::int as total ${base}`, [
    orgId,
    ...params,
  ]);
  const rows = count
    ? await tx.query<GroupRow>(
        `select ${GROUP_COLUMNS} ${base} order by g.created_at, g.id
         offset $${params.length + 2} limit $${params.length + 3}`,
        [orgId, ...params, startIndex - 1, count],
      )
    : [];
  return { rows, total: counted?.total ?? 0 };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function attr(resource: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(resource).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : resource[key];
}

const KNOWN = new Set(['schemas', 'id', 'externalid', 'displayname', 'members', 'meta']);

function groupFields(resource: Record<string, unknown>): {
  displayName: string;
  externalId: string | null;
  members: string[];
} {
  for (const key of Object.keys(resource)) {
    if (!KNOWN.has(key.toLowerCase())) throw invalidValue(`Unknown attribute ${key}.`);
  }
  const displayName = attr(resource, 'displayName');
  if (typeof displayName !== 'string' || !displayName.trim() || displayName.length > 256) {
    throw invalidValue('displayName is required (at most 256 characters).');
  }
  const externalId = attr(resource, 'externalId');
  const membersValue = attr(resource, 'members');
  const members = (Array.isArray(membersValue) ? membersValue : []).map((member) => {
    const value = isObject(member) ? attr(member, 'value') : member;
    if (typeof value !== 'string') throw invalidValue('Every member has a value.');
    return value;
  });
  return {
    displayName: displayName.trim(),
    externalId: typeof externalId === 'string' && externalId ? externalId : null,
    members: [...new Set(members)],
  };
}

async function checkMembers(tx: Queryable, orgId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const bad = ids.find((id) => !/^[0-9a-f-]{36}$/i.test(id));
  if (bad) throw invalidValue(`Member ${bad} is not a user here.`);
  const rows = await tx.query<{ id: string }>(
    `select id from people where org_id = $1 and id = any($2::uuid[]) and scim_deleted_at is null`,
    [orgId, ids],
  );
  const known = new Set(rows.map((row) => row.id));
  const missing = ids.find((id) => !known.has(id.toLowerCase()));
  if (missing) throw invalidValue(`Member ${missing} is not a user here.`);
}

/**
 * Applies the organisation's mapping of this group to the members given: an org unit places them in
 * it; a role is added. Members removed lose a mapped role unless another mapped group still grants it.
 */
export async function applyMapping(
  tx: Queryable,
  orgId: string,
  displayName: string,
  added: readonly string[],
  removed: readonly string[],
): Promise<void> {
  const [mapping] = await tx.query<{ org_unit_id: string | null; role: string | null }>(
    `select org_unit_id, role from scim_group_mappings where org_id = $1 and lower(group_name) = lower($2)`,
    [orgId, displayName],
  );
  if (!mapping) return;
  if (mapping.org_unit_id && added.length) {
    await tx.query(`update people set org_unit_id = $3 where org_id = $1 and id = any($2::uuid[])`, [
      orgId,
      added,
      mapping.org_unit_id,
    ]);
  }
  if (mapping.role) {
    if (added.length) {
      await tx.query(
        `update people set roles = roles || $3::text
         where org_id = $1 and id = any($2::uuid[]) and not $3 = any(roles)`,
        [orgId, added, mapping.role],
      );
    }
    if (removed.length) {
      await tx.query(
        `update people p set roles = array_remove(p.roles, $3::text)
         where p.org_id = $1 and p.id = any($2::uuid[]) and $3 = any(p.roles)
           and not exists (
             select 1 from scim_group_members gm
             join scim_groups g on g.org_id = gm.org_id and g.id = gm.group_id
             join scim_group_mappings m on m.org_id = g.org_id and lower(m.group_name) = lower(g.display_name)
             where gm.org_id = $1 and gm.person_id = p.id and m.role = $3)`,
        [orgId, removed, mapping.role],
      );
    }
  }
}

function duplicate(error: unknown): never {
  if (error instanceof StorageError && error.code === 'UNIQUE_VIOLATION') {
    throw new ScimError(409, 'Another group already has this displayName.', 'uniqueness');
  }
  throw error;
}

export async function createGroup(
  tx: Queryable,
  orgId: string,
  resource: Record<string, unknown>,
): Promise<string> {
  const fields = groupFields(resource);
  await checkMembers(tx, orgId, fields.members);
  const [row] = await tx
    .query<{ id: string }>(
      `insert into scim_groups (org_id, display_name, external_id) values ($1, $2, $3) returning id`,
      [orgId, fields.displayName, fields.externalId],
    )
    .catch(duplicate);
  await tx.query(
    `insert into scim_group_members (org_id, group_id, person_id) select $1, $2, unnest($3::uuid[])`,
    [orgId, row!.id, fields.members],
  );
  await applyMapping(tx, orgId, fields.displayName, fields.members, []);
  return row!.id;
}

export async function replaceGroup(
  tx: Queryable,
  orgId: string,
  current: GroupResource,
  resource: Record<string, unknown>,
): Promise<void> {
  const fields = groupFields(resource);
  await checkMembers(tx, orgId, fields.members);
  const before = new Set(((current.members as Array<{ value: string }>) ?? []).map((member) => member.value));
  const after = new Set(fields.members.map((id) => id.toLowerCase()));
  const added = [...after].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !after.has(id));
  const renamed = fields.displayName !== current.displayName;
  await tx
    .query(`update scim_groups set display_name = $3, external_id = $4 where org_id = $1 and id = $2`, [
      orgId,
      current.id,
      fields.displayName,
      fields.externalId,
    ])
    .catch(duplicate);
  await tx.query(
    `delete from scim_group_members where org_id = $1 and group_id = $2 and person_id = any($3::uuid[])`,
    [orgId, current.id, removed],
  );
  await tx.query(
    `insert into scim_group_members (org_id, group_id, person_id) select $1, $2, unnest($3::uuid[])
     on conflict do nothing`,
    [orgId, current.id, added],
  );
  if (renamed) {
    // The old name's meaning is taken away from everyone, the new one's given to every member.
    await applyMapping(tx, orgId, String(current.displayName), [], [...before]);
    await applyMapping(tx, orgId, fields.displayName, [...after], []);
  } else {
    await applyMapping(tx, orgId, fields.displayName, added, removed);
  }
}

export async function deleteGroup(tx: Queryable, orgId: string, id: string): Promise<void> {
  const current = await readGroup(tx, orgId, id);
  if (!current) throw notFound('Group', id);
  const members = groupResource(current, '').members as Array<{ value: string }>;
  await tx.query(`delete from scim_groups where org_id = $1 and id = $2`, [orgId, id]);
  await applyMapping(
    tx,
    orgId,
    current.display_name,
    [],
    members.map((member) => member.value),
  );
}
