import { defineModule, sdlBeside } from '../module.js';
import { createCapabilityLoaders, type CapabilityLoaders } from './loaders.js';
import { capabilityResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    capabilities: CapabilityLoaders;
  }
}

export const capabilitiesModule = defineModule({
  name: 'capabilities',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: capabilityResolvers,
  createLoaders: (tenant, viewer) => ({ capabilities: createCapabilityLoaders(tenant, viewer.orgId) }),
  nodes: { Capability: (caller, uuid) => caller.loaders.capabilities.byId.load(uuid) },
});

export { capabilityColumns, toCapability, type CapabilityRow, type RawCapability } from './sql.js';
