/** The audit log: append-only entries of every admin action, read by org admins. */
import type { Queryable } from '../../db/types.js';
import type { AuditAction } from '../../generated/resolvers.js';
import type { ConnectionPage, PageRequest } from '../core/connection.js';

export type AuditSubjectType =
  | 'Program'
  | 'Enrolment'
  | 'Coach'
  | 'MatchProposal'
  | 'ProgramKpi'
  | 'Organisation'
  | 'SigningKey'
  | 'ServiceAccount'
  | 'ScimCredential'
  | 'ScimGroupMapping'
  | 'Person'
  | 'Session';

export interface AuditEntryRow {
  id: string;
  action: AuditAction;
  actorId: string | null;
  /** Set instead of `actorId` when a service account acted. */
  serviceAccountId: string | null;
  at: Date;
  programId: string | null;
  subjectType: AuditSubjectType;
  subjectId: string;
  before: unknown;
  after: unknown;
}

export type AuditEntryConnectionPage = ConnectionPage<AuditEntryRow>;

/** What one admin action records. `before`/`after` are plain JSON values (the changed object's state). */
export interface AuditRecord {
  action: AuditAction;
  /** Null when the system acted on its own (a job reacting to a change), not on someone's request. */
  actorId: string | null;
  programId: string | null;
  subjectType: AuditSubjectType;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one entry inside the action's own transaction, so an action and its entry commit or fail
 * together. A service account acts with its own id as the viewer's: the entry names it as the
 * service account, not as a person.
 */
export async function recordAudit(tx: Queryable, orgId: string, record: AuditRecord): Promise<void> {
  await tx.query(
    `with account as (select id from service_accounts where org_id = $1 and id = $2::uuid)
     insert into audit_log (org_id, actor_person_id, actor_service_account_id, action, program_id,
                            subject_type, subject_id, before, after)
     values ($1, case when exists (select 1 from account) then null else $2::uuid end,
             (select id from account), $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      orgId,
      record.actorId,
      record.action,
      record.programId,
      record.subjectType,
      record.subjectId,
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
    ],
  );
}

export interface AuditFilter {
  programId: string | null;
  actorId: string | null;
  actions: AuditAction[] | null;
  since: Date | null;
}

interface RawEntry {
  id: string;
  action: AuditAction;
  actor_person_id: string | null;
  actor_service_account_id: string | null;
  at: Date | string;
  program_id: string | null;
  subject_type: AuditSubjectType;
  subject_id: string;
  before: unknown;
  after: unknown;
}

const toEntry = (raw: RawEntry): AuditEntryRow => ({
  id: raw.id,
  action: raw.action,
  actorId: raw.actor_person_id,
  serviceAccountId: raw.actor_service_account_id,
  at: raw.at instanceof Date ? raw.at : new Date(raw.at),
  programId: raw.program_id,
  subjectType: raw.subject_type,
  subjectId: raw.subject_id,
  before: typeof raw.before === 'string' ? (JSON.parse(raw.before) as unknown) : raw.before,
  after: typeof raw.after === 'string' ? (JSON.parse(raw.after) as unknown) : raw.after,
});

const where = `a.org_id = $1 and ($2::uuid is null or a.program_id = $2::uuid)
  and ($3::uuid is null or a.actor_person_id = $3::uuid)
  and ($4::text[] is null or a.action = any($4::text[]))
  and ($5::timestamptz is null or a.at >= $5::timestamptz)`;

const params = (orgId: string, filter: AuditFilter): unknown[] => [
  orgId,
  filter.programId,
  filter.actorId,
  filter.actions,
  filter.since,
];

/** Newest first; the cursor's sort key is the instant. */
export async function listAudit(
  tx: Queryable,
  orgId: string,
  filter: AuditFilter,
  page: PageRequest,
): Promise<AuditEntryRow[]> {
  const rows = await tx.query<RawEntry>(
    `select a.id, a.action, a.actor_person_id, a.actor_service_account_id, a.at, a.program_id, a.subject_type, a.subject_id, a.before, a.after
     from audit_log a
     where ${where} and ($6::timestamptz is null or (a.at, a.id) < ($6::timestamptz, $7::uuid))
     order by a.at desc, a.id desc limit $8`,
    [...params(orgId, filter), page.after?.sort ?? null, page.after?.id ?? null, page.limit + 1],
  );
  return rows.map(toEntry);
}

export async function countAudit(tx: Queryable, orgId: string, filter: AuditFilter): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from audit_log a where ${where}`,
    params(orgId, filter),
  );
  return row?.count ?? 0;
}
