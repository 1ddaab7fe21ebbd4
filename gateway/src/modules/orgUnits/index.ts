import { defineModule, sdlBeside } from '../module.js';
import { createOrgUnitLoaders, type OrgUnitLoaders } from './loaders.js';
import { orgUnitResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    orgUnits: OrgUnitLoaders;
  }
}

export const orgUnitsModule = defineModule({
  name: 'orgUnits',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: orgUnitResolvers,
  createLoaders: (tenant, viewer) => ({ orgUnits: createOrgUnitLoaders(tenant, viewer.orgId) }),
  nodes: { OrgUnit: (caller, uuid) => caller.loaders.orgUnits.byId.load(uuid) },
});

export { toOrgUnit, type OrgUnitRow, type RawOrgUnit } from './sql.js';
