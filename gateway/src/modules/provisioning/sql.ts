/** SCIM credentials and group mappings as the admin side reads and writes them. */
import type { Queryable } from '../../db/types.js';
import type { Role } from '../../generated/resolvers.js';

export interface ScimCredentialRow {
  id: string;
  label: string;
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ScimGroupMappingRow {
  id: string;
  groupName: string;
  orgUnitId: string | null;
  role: Role | null;
}

const CREDENTIAL_COLUMNS = `id, label, token_prefix as prefix, created_at as "createdAt", created_by as "createdBy",
  last_used_at as "lastUsedAt", revoked_at as "revokedAt"`;
const MAPPING_COLUMNS = `id, group_name as "groupName", org_unit_id as "orgUnitId", role`;

export function listCredentials(tx: Queryable, orgId: string): Promise<ScimCredentialRow[]> {
  return tx.query<ScimCredentialRow>(
    `select ${CREDENTIAL_COLUMNS} from scim_credentials where org_id = $1 order by created_at desc, id`,
    [orgId],
  );
}

export async function insertCredential(
  tx: Queryable,
  orgId: string,
  values: { label: string; hash: string; prefix: string; createdBy: string },
): Promise<ScimCredentialRow> {
  const [row] = await tx.query<ScimCredentialRow>(
    `insert into scim_credentials (org_id, label, token_hash, token_prefix, created_by)
     values ($1, $2, $3, $4, $5) returning ${CREDENTIAL_COLUMNS}`,
    [orgId, values.label, values.hash, values.prefix, values.createdBy],
  );
  return row!;
}

export async function revokeCredential(
  tx: Queryable,
  orgId: string,
  id: string,
  by: string,
): Promise<{ row: ScimCredentialRow | null; wasRevoked: boolean }> {
  const [before] = await tx.query<{ revoked_at: Date | null }>(
    `select revoked_at from scim_credentials where org_id = $1 and id = $2 for update`,
    [orgId, id],
  );
  if (!before) return { row: null, wasRevoked: false };
  if (before.revoked_at) return { row: null, wasRevoked: true };
  const [row] = await tx.query<ScimCredentialRow>(
    `update scim_credentials set revoked_at = now(), revoked_by = $3 where org_id = $1 and id = $2
     returning ${CREDENTIAL_COLUMNS}`,
    [orgId, id, by],
  );
  return { row: row ?? null, wasRevoked: false };
}

export function listMappings(tx: Queryable, orgId: string): Promise<ScimGroupMappingRow[]> {
  return tx.query<ScimGroupMappingRow>(
    `select ${MAPPING_COLUMNS} from scim_group_mappings where org_id = $1 order by lower(group_name), id`,
    [orgId],
  );
}

export async function upsertMapping(
  tx: Queryable,
  orgId: string,
  values: { groupName: string; orgUnitId: string | null; role: Role | null },
): Promise<ScimGroupMappingRow> {
  await tx.query(`delete from scim_group_mappings where org_id = $1 and lower(group_name) = lower($2)`, [
    orgId,
    values.groupName,
  ]);
  const [row] = await tx.query<ScimGroupMappingRow>(
    `insert into scim_group_mappings (org_id, group_name, org_unit_id, role) values ($1, $2, $3, $4)
     returning ${MAPPING_COLUMNS}`,
    [orgId, values.groupName, values.orgUnitId, values.role],
  );
  return row!;
}

/** Current members of the pushed group of that name, for applying a new mapping to them. */
export async function membersOfGroupNamed(
  tx: Queryable,
  orgId: string,
  groupName: string,
): Promise<string[]> {
  const rows = await tx.query<{ person_id: string }>(
    `select gm.person_id from scim_group_members gm join scim_groups g on g.org_id = gm.org_id and g.id = gm.group_id
     where gm.org_id = $1 and lower(g.display_name) = lower($2)`,
    [orgId, groupName],
  );
  return rows.map((row) => row.person_id);
}

export async function deleteMapping(tx: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `delete from scim_group_mappings where org_id = $1 and id = $2 returning id`,
    [orgId, id],
  );
  return rows.length > 0;
}
