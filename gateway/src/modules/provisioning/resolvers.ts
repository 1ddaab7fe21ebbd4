/**
 * The admin side of SCIM provisioning: credentials (issued with the secret shown once, revoked at
 * once) and the mapping of pushed groups to org units and roles. The protocol itself is served by
 * http/scim.
 */
import { mayRead } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import { callerOf } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers, UserError } from '../../generated/resolvers.js';
import { newSecret } from '../../http/scim/credentials.js';
import { applyMapping } from '../../http/scim/groups.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { fromGlobalId, fromOpaqueId, toOpaqueId } from '../../ids.js';
import { recordAudit } from '../audit/sql.js';
import { readOwnOrganisation } from '../core/resolving.js';
import { contentRetentionDays, MAX_RETENTION_DAYS, setContentRetentionDays } from './retention.js';
import {
  deleteMapping,
  insertCredential,
  listCredentials,
  listMappings,
  membersOfGroupNamed,
  revokeCredential,
  upsertMapping,
} from './sql.js';

async function requireOrgAdmin(caller: Caller): Promise<void> {
  if (!(await mayRead(caller, 'provisioning', { kind: 'organisation' }))) {
    throw forbidden('provisioning.orgAdminsOnly');
  }
}

const problem = (caller: Caller, field: string[], code: UserError['code'], key: MessageKey): UserError => ({
  field,
  code,
  message: caller.t(key),
});

export const provisioningResolvers: Resolvers = {
  Query: {
    async deprovisioningSettings(_parent, _args, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const days = await caller.tenant((tx) => contentRetentionDays(tx, caller.viewer.orgId));
      return { contentRetentionDays: days };
    },
    scimCredentials: (_parent, _args, context) =>
      readOwnOrganisation(context, requireOrgAdmin, listCredentials),
    scimGroupMappings: (_parent, _args, context) =>
      readOwnOrganisation(context, requireOrgAdmin, listMappings),
  },
  Mutation: {
    async setContentRetention(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const days = input.contentRetentionDays ?? null;
      if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) {
        return {
          deprovisioningSettings: null,
          userErrors: [problem(caller, ['contentRetentionDays'], 'INVALID', 'provisioning.retentionDays')],
        };
      }
      const { orgId, personId } = caller.viewer;
      await caller.tenant(async (tx) => {
        const before = await contentRetentionDays(tx, orgId);
        await setContentRetentionDays(tx, orgId, days);
        await recordAudit(tx, orgId, {
          action: 'CONTENT_RETENTION_SET',
          actorId: personId,
          programId: null,
          subjectType: 'Organisation',
          subjectId: orgId,
          before: { contentRetentionDays: before },
          after: { contentRetentionDays: days },
        });
      });
      return { deprovisioningSettings: { contentRetentionDays: days }, userErrors: [] };
    },
    async issueScimCredential(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const label = input.label.trim();
      if (label.length < 1 || label.length > 100) {
        return {
          credential: null,
          secret: null,
          userErrors: [problem(caller, ['label'], 'INVALID', 'provisioning.labelLength')],
        };
      }
      const { secret, hash, prefix } = newSecret();
      const { orgId, personId } = caller.viewer;
      const credential = await caller.tenant(async (tx) => {
        const row = await insertCredential(tx, orgId, { label, hash, prefix, createdBy: personId });
        await recordAudit(tx, orgId, {
          action: 'SCIM_CREDENTIAL_ISSUED',
          actorId: personId,
          programId: null,
          subjectType: 'ScimCredential',
          subjectId: row.id,
          after: { label: row.label, prefix: row.prefix },
        });
        return row;
      });
      return { credential, secret, userErrors: [] };
    },
    async revokeScimCredential(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = fromOpaqueId(input.credentialId, 'ScimCredential');
      const notFound = {
        credential: null,
        userErrors: [problem(caller, ['credentialId'], 'NOT_FOUND', 'provisioning.credentialNotFound')],
      };
      if (!id) return notFound;
      const { orgId, personId } = caller.viewer;
      const { row, wasRevoked } = await caller.tenant(async (tx) => {
        const revoked = await revokeCredential(tx, orgId, id, personId);
        if (revoked.row && !revoked.wasRevoked) {
          await recordAudit(tx, orgId, {
            action: 'SCIM_CREDENTIAL_REVOKED',
            actorId: personId,
            programId: null,
            subjectType: 'ScimCredential',
            subjectId: revoked.row.id,
            before: { label: revoked.row.label, prefix: revoked.row.prefix },
          });
        }
        return revoked;
      });
      if (wasRevoked) {
        return {
          credential: null,
          userErrors: [problem(caller, ['credentialId'], 'CONFLICT', 'provisioning.alreadyRevoked')],
        };
      }
      return row ? { credential: row, userErrors: [] } : notFound;
    },
    async setScimGroupMapping(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const groupName = input.groupName.trim();
      const errors: UserError[] = [];
      if (groupName.length < 1 || groupName.length > 256) {
        errors.push(problem(caller, ['groupName'], 'INVALID', 'provisioning.groupNameLength'));
      }
      const hasUnit = input.orgUnitId !== null && input.orgUnitId !== undefined;
      const hasRole = input.role !== null && input.role !== undefined;
      if (hasUnit === hasRole) errors.push(problem(caller, [], 'INVALID', 'provisioning.oneTarget'));
      const decoded = hasUnit ? fromGlobalId(input.orgUnitId!) : null;
      if (hasUnit && decoded?.type !== 'OrgUnit') {
        errors.push(problem(caller, ['orgUnitId'], 'NOT_FOUND', 'provisioning.orgUnitNotFound'));
      }
      if (errors.length) return { mapping: null, userErrors: errors };
      const { orgId } = caller.viewer;
      const orgUnitId = decoded?.uuid ?? null;
      if (orgUnitId && !(await caller.loaders.orgUnits.byId.load(orgUnitId))) {
        return {
          mapping: null,
          userErrors: [problem(caller, ['orgUnitId'], 'NOT_FOUND', 'provisioning.orgUnitNotFound')],
        };
      }
      const mapping = await caller.tenant(async (tx) => {
        const stored = await upsertMapping(tx, orgId, { groupName, orgUnitId, role: input.role ?? null });
        await applyMapping(tx, orgId, groupName, await membersOfGroupNamed(tx, orgId, groupName), []);
        await recordAudit(tx, orgId, {
          action: 'SCIM_GROUP_MAPPING_SET',
          actorId: caller.viewer.personId,
          programId: null,
          subjectType: 'ScimGroupMapping',
          subjectId: stored.id,
          after: { groupName, orgUnitId, role: input.role ?? null },
        });
        return stored;
      });
      return { mapping, userErrors: [] };
    },
    async removeScimGroupMapping(_parent, { input }, context) {
      const caller = callerOf(context);
      await requireOrgAdmin(caller);
      const id = fromOpaqueId(input.mappingId, 'ScimGroupMapping');
      const { orgId, personId } = caller.viewer;
      const removed = id
        ? await caller.tenant(async (tx) => {
            const deleted = await deleteMapping(tx, orgId, id);
            if (deleted) {
              await recordAudit(tx, orgId, {
                action: 'SCIM_GROUP_MAPPING_REMOVED',
                actorId: personId,
                programId: null,
                subjectType: 'ScimGroupMapping',
                subjectId: id,
              });
            }
            return deleted;
          })
        : false;
      return removed
        ? { removedMappingId: input.mappingId, userErrors: [] }
        : {
            removedMappingId: null,
            userErrors: [problem(caller, ['mappingId'], 'NOT_FOUND', 'provisioning.mappingNotFound')],
          };
    },
  },
  ScimCredential: {
    id: (row) => toOpaqueId('ScimCredential', row.id),
    createdBy: (row, _args, context) =>
      row.createdBy ? callerOf(context).loaders.people.byId.load(row.createdBy) : null,
  },
  ScimGroupMapping: {
    id: (row) => toOpaqueId('ScimGroupMapping', row.id),
    orgUnit: (row, _args, context) =>
      row.orgUnitId ? callerOf(context).loaders.orgUnits.byId.load(row.orgUnitId) : null,
  },
};
