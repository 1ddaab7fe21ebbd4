/** The xAPI module's statements: the organisation's LRS configuration and its statements. */
import type { Queryable } from '../../db/types.js';
import { credentialKey, openPassword, sealPassword } from './credentials.js';

export type XapiVersion = '1.0.3' | '2.0.0';

export interface LrsConfigRow {
  orgId: string;
  endpoint: string;
  homePage: string;
  username: string;
  xapiVersion: XapiVersion;
  mboxAgents: boolean;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const configColumns = `org_id as "orgId", endpoint, home_page as "homePage", username,
  xapi_version as "xapiVersion", mbox_agents as "mboxAgents", enabled,
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
  enabled: boolean;
}

/** Writes the configuration; false when there is none yet and no password was given. */
export async function saveLrsConfig(
  tx: Queryable,
  orgId: string,
  actorId: string | null,
  input: LrsConfigInput,
): Promise<boolean> {
  const sealed =
    input.password === null ? null : sealPassword(await credentialKey(tx), orgId, input.password);
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
  ];
  if (sealed === null) {
    const rows = await tx.query(
      `update xapi_lrs_configs set endpoint = $2, home_page = $3, username = $4, xapi_version = $6,
         mbox_agents = $7, enabled = $8, updated_by = $9, updated_at = now()
       where org_id = $1 and $5::bytea is null returning org_id`,
      params,
    );
    return rows.length > 0;
  }
  await tx.query(
    `insert into xapi_lrs_configs (org_id, endpoint, home_page, username, password_sealed, xapi_version,
       mbox_agents, enabled, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (org_id) do update set endpoint = excluded.endpoint, home_page = excluded.home_page,
       username = excluded.username, password_sealed = excluded.password_sealed,
       xapi_version = excluded.xapi_version, mbox_agents = excluded.mbox_agents, enabled = excluded.enabled,
       updated_by = excluded.updated_by, updated_at = now()`,
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
  return tx.query<StatementRow>(
    `select ${statementColumns} from xapi_statements where org_id = $1 and status = $2
     order by created_at desc, id limit $3`,
    [orgId, status, first],
  );
}
