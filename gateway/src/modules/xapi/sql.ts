/** The xAPI module's statements: the organisation's LRS configuration and its statements. */
import { latestOrgRows } from '../../db/org-rows.js';
import type { Queryable } from '../../db/types.js';
import { randomBytes } from 'node:crypto';
import { credentialKey, openPassword, sealPassword } from './credentials.js';

export type XapiVersion = '1.0.3' | '2.0.0';

export interface LrsConfigRow {
  orgId: string;
  endpoint: string;
  homePage: string;
  username: string;
  xapiVersion: XapiVersion;
  mboxAgents: boolean;
  keyedAgentNames: boolean;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const configColumns = `org_id as "orgId", endpoint, home_page as "homePage", username,
  xapi_version as "xapiVersion", mbox_agents as "mboxAgents", keyed_agent_names as "keyedAgentNames", enabled,
  created_at as "createdAt", updated_at as "updatedAt"`;

export async function lrsConfigOf(tx: Queryable, orgId: string): Promise<LrsConfigRow | null> {
  const [row] = await tx.query<LrsConfigRow>(
    `select ${configColumns} from xapi_lrs_configs where org_id = $1`,
    [orgId],
  );
  return row ?? null;
}

/** The configuration with the password opened: for the delivery job only, never for an API answer. */
export async function lrsTargetOf(
  tx: Queryable,
  orgId: string,
): Promise<(LrsConfigRow & { password: string }) | null> {
  const [row] = await tx.query<LrsConfigRow & { sealed: Uint8Array }>(
    `select ${configColumns}, password_sealed as sealed from xapi_lrs_configs where org_id = $1`,
    [orgId],
  );
  if (!row) return null;
  const { sealed, ...config } = row;
  return { ...config, password: openPassword(await credentialKey(tx), orgId, sealed) };
}

export interface LrsConfigInput {
  endpoint: string;
  homePage: string;
  username: string;
  /** Null keeps the stored password (an update that leaves it out). */
  password: string | null;
  xapiVersion: XapiVersion;
  mboxAgents: boolean;
  /** Null keeps the stored choice (off the first time). */
  keyedAgentNames: boolean | null;
  enabled: boolean;
}

/** Writes the configuration; false when there is none yet and no password was given. */
export async function saveLrsConfig(
  tx: Queryable,
  orgId: string,
  actorId: string | null,
  input: LrsConfigInput,
): Promise<boolean> {
  const key = await credentialKey(tx);
  const sealed = input.password === null ? null : sealPassword(key, orgId, input.password);
  const [stored] = await tx.query<{ has_key: boolean; keyed: boolean }>(
    `select agent_name_key_sealed is not null as has_key, keyed_agent_names as keyed
     from xapi_lrs_configs where org_id = $1`,
    [orgId],
  );
  const keyed = input.keyedAgentNames ?? stored?.keyed ?? false;
  // Made once and kept, even while the option is off, so turning it back on gives the same names.
  const nameKey =
    keyed && !stored?.has_key
      ? sealPassword(key, orgId, randomBytes(32).toString('base64'), 'xapi-agent-name-key')
      : null;
  const params = [
    orgId,
    input.endpoint,
    input.homePage,
    input.username,
    sealed,
    input.xapiVersion,
    input.mboxAgents,
    input.enabled,
    actorId,
    keyed,
    nameKey,
  ];
  if (sealed === null) {
    const rows = await tx.query(
      `update xapi_lrs_configs set endpoint = $2, home_page = $3, username = $4, xapi_version = $6,
         mbox_agents = $7, enabled = $8, updated_by = $9, updated_at = now(), keyed_agent_names = $10,
         agent_name_key_sealed = coalesce(agent_name_key_sealed, $11::bytea)
       where org_id = $1 and $5::bytea is null returning org_id`,
      params,
    );
    return rows.length > 0;
  }
  await tx.query(
    `insert into xapi_lrs_configs (org_id, endpoint, home_page, username, password_sealed, xapi_version,
       mbox_agents, enabled, updated_by, keyed_agent_names, agent_name_key_sealed)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (org_id) do update set endpoint = excluded.endpoint, home_page = excluded.home_page,
       username = excluded.username, password_sealed = excluded.password_sealed,
       xapi_version = excluded.xapi_version, mbox_agents = excluded.mbox_agents, enabled = excluded.enabled,
       updated_by = excluded.updated_by, updated_at = now(), keyed_agent_names = excluded.keyed_agent_names,
       agent_name_key_sealed = coalesce(xapi_lrs_configs.agent_name_key_sealed, excluded.agent_name_key_sealed)`,
    params,
  );
  return true;
}

export async function deleteLrsConfig(tx: Queryable, orgId: string): Promise<boolean> {
  const rows = await tx.query(`delete from xapi_lrs_configs where org_id = $1 returning org_id`, [orgId]);
  return rows.length > 0;
}

export type StatementStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface StatementRow {
  id: string;
  verb: string;
  body: Record<string, unknown>;
  status: StatementStatus;
  attempts: number;
  lastAttemptAt: Date | null;
  lastResponseStatus: number | null;
  lastResponseExcerpt: string | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const statementColumns = `id, verb, body, status, attempts, last_attempt_at as "lastAttemptAt",
  last_response_status as "lastResponseStatus", last_response_excerpt as "lastResponseExcerpt",
  last_error as "lastError", created_at as "createdAt", finished_at as "finishedAt"`;

export async function statementById(tx: Queryable, orgId: string, id: string): Promise<StatementRow | null> {
  const [row] = await tx.query<StatementRow>(
    `select ${statementColumns} from xapi_statements where org_id = $1 and id = $2`,
    [orgId, id],
  );
  return row ?? null;
}

/** Statements in one state, newest first. */
export async function statementsIn(
  tx: Queryable,
  orgId: string,
  status: StatementStatus,
  first: number,
): Promise<StatementRow[]> {
  return latestOrgRows<StatementRow>(
    tx,
    { table: 'xapi_statements', columns: statementColumns, column: 'status', datedBy: 'created_at' },
    orgId,
    status,
    first,
  );
}

/** Failed statements to replay, locked against a second replay at the same time; oldest first. */
export async function failedStatementsToReplay(
  tx: Queryable,
  orgId: string,
  statementId: string | null,
  limit: number,
): Promise<Array<{ id: string; body: Record<string, unknown> }>> {
  return tx.query<{ id: string; body: Record<string, unknown> }>(
    `select id, body from xapi_statements
     where org_id = $1 and status = 'FAILED' and ($2::uuid is null or id = $2::uuid)
     order by created_at, id limit $3 for update`,
    [orgId, statementId, limit],
  );
}

/**
 * Puts failed statements back in line for a fresh round of attempts, with their IDs and bodies
 * unchanged: the LRS keeps a statement ID once, so one it stored after all is not doubled.
 */
export async function reopenStatements(tx: Queryable, orgId: string, ids: readonly string[]): Promise<void> {
  await tx.query(
    `update xapi_statements set status = 'PENDING', attempts = 0, finished_at = null, last_error = null,
       last_response_status = null, last_response_excerpt = null
     where org_id = $1 and status = 'FAILED' and id = any($2::uuid[])`,
    [orgId, ids],
  );
}
