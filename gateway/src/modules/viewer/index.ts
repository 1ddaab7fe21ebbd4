import { defineModule, sdlBeside } from '../module.js';
import { createOrganisationLoaders, type OrganisationLoaders } from './loaders.js';
import { viewerResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    organisations: OrganisationLoaders;
  }
}

export const viewerModule = defineModule({
  name: 'viewer',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: viewerResolvers,
  createLoaders: (tenant) => ({ organisations: createOrganisationLoaders(tenant) }),
  nodes: {
    Organisation: async (caller, uuid) =>
      uuid === caller.viewer.orgId ? caller.loaders.organisations.byId.load(uuid) : null,
  },
});
