import { sessionOf } from '../../context.js';
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
      const session = sessionOf(context);
      if (args.parent) {
        return childrenConnection(session.loaders.orgUnits, uuidOf(args.parent, 'OrgUnit', 'parent'), args);
      }
      const page = pageRequest(args);
      const scope = { rootsOnly: args.rootsOnly ?? false };
      const { orgId } = session.viewer;
      const rows = await session.tenant((tx) => listOrgUnits(tx, orgId, scope, page));
      return toConnection(rows, page, byName, () => session.tenant((tx) => countOrgUnits(tx, orgId, scope)));
    },
  },
  OrgUnit: {
    id: (unit) => toGlobalId('OrgUnit', unit.id),
    parent: (unit, _args, context) =>
      unit.parentId ? sessionOf(context).loaders.orgUnits.byId.load(unit.parentId) : null,
    children: (unit, args, context) => childrenConnection(sessionOf(context).loaders.orgUnits, unit.id, args),
    manager: (unit, _args, context) => sessionOf(context).loaders.orgUnits.manager.load(unit.id),
    peopleCount: (unit, _args, context) => sessionOf(context).loaders.orgUnits.peopleCount.load(unit.id),
  },
  OrgUnitConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
