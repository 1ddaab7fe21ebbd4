import { callerOf } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { toGlobalId, uuidOf } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import type { OrgUnitLoaders } from './loaders.js';
import { countOrgUnits, listOrgUnits, type OrgUnitRow } from './sql.js';

const byName = (unit: OrgUnitRow) => ({ sort: unit.name, id: unit.id });

async function childrenConnection(
  loaders: OrgUnitLoaders,
  parentId: string,
  args: { first?: number | null; after?: string | null },
) {
  const page = pageRequest(args);
  const rows = await loaders.children.load({ id: parentId, args: page });
  return toConnection(rows, page, byName, () => loaders.childCount.load(parentId));
}

export const orgUnitResolvers: Resolvers = {
  Query: {
    async orgUnits(_parent, args, context) {
      const caller = callerOf(context);
      if (args.parent) {
        return childrenConnection(caller.loaders.orgUnits, uuidOf(args.parent, 'OrgUnit', 'parent'), args);
      }
      const page = pageRequest(args);
      const scope = { rootsOnly: args.rootsOnly ?? false, search: args.search?.trim() || null };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listOrgUnits(tx, orgId, scope, page));
      return toConnection(rows, page, byName, () => caller.tenant((tx) => countOrgUnits(tx, orgId, scope)));
    },
  },
  OrgUnit: {
    id: (unit) => toGlobalId('OrgUnit', unit.id),
    parent: (unit, _args, context) =>
      unit.parentId ? callerOf(context).loaders.orgUnits.byId.load(unit.parentId) : null,
    children: (unit, args, context) => childrenConnection(callerOf(context).loaders.orgUnits, unit.id, args),
    manager: (unit, _args, context) => callerOf(context).loaders.orgUnits.manager.load(unit.id),
    peopleCount: (unit, _args, context) => callerOf(context).loaders.orgUnits.peopleCount.load(unit.id),
  },
  OrgUnitConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
