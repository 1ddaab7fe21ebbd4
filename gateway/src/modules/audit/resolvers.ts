import { mayRead } from '../../auth/policy.js';
import { callerOf } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { fromGlobalId, toGlobalId, toOpaqueId } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import { countAudit, listAudit, type AuditEntryRow, type AuditSubjectType } from './sql.js';

const newestFirst = (entry: AuditEntryRow) => ({ sort: entry.at.toISOString(), id: entry.id });

/** Subjects that are not nodes: their IDs are opaque, as their own fields give them. */
type OpaqueSubject = Extract<
  AuditSubjectType,
  'ProgramKpi' | 'SigningKey' | 'ServiceAccount' | 'ScimCredential' | 'ScimGroupMapping'
>;
const opaqueSubjects: ReadonlySet<AuditSubjectType> = new Set<OpaqueSubject>([
  'ProgramKpi',
  'SigningKey',
  'ServiceAccount',
  'ScimCredential',
  'ScimGroupMapping',
]);
const isOpaque = (type: AuditSubjectType): type is OpaqueSubject => opaqueSubjects.has(type);

/** The changed object's ID as clients know it (opaque, or a node ID). */
function subjectId(entry: AuditEntryRow): string {
  const type = entry.subjectType;
  return isOpaque(type) ? toOpaqueId(type, entry.subjectId) : toGlobalId(type, entry.subjectId);
}

export const auditResolvers: Resolvers = {
  Query: {
    async auditLog(_parent, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'auditLog', { kind: 'organisation' })))
        throw forbidden('audit.orgAdminsOnly');
      const page = pageRequest(args);
      const decode = (id: string | null | undefined, type: 'Program' | 'Person'): string | null => {
        if (!id) return null;
        const decoded = fromGlobalId(id);
        // An ID of the wrong type matches nothing rather than everything.
        return decoded?.type === type ? decoded.uuid : '00000000-0000-0000-0000-000000000000';
      };
      const filter = {
        programId: decode(args.filter?.programId, 'Program'),
        actorId: decode(args.filter?.actorId, 'Person'),
        actions: args.filter?.actions?.length ? args.filter.actions : null,
        since: args.filter?.since ? new Date(args.filter.since) : null,
      };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listAudit(tx, orgId, filter, page));
      return toConnection(rows, page, newestFirst, () =>
        caller.tenant((tx) => countAudit(tx, orgId, filter)),
      );
    },
  },
  AuditEntry: {
    id: (entry) => toOpaqueId('AuditEntry', entry.id),
    actor: (entry, _args, context) =>
      entry.actorId ? callerOf(context).loaders.people.byId.load(entry.actorId) : null,
    serviceAccount: (entry, _args, context) =>
      entry.serviceAccountId
        ? callerOf(context).loaders.integrations.serviceAccountById.load(entry.serviceAccountId)
        : null,
    program: (entry, _args, context) =>
      entry.programId ? callerOf(context).loaders.programs.byId.load(entry.programId) : null,
    subjectId,
    before: (entry) =>
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after: (entry) =>
      entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  },
  AuditEntryConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
