import { defineModule, sdlBeside } from '../module.js';
import { createProgressLoaders, type ProgressLoaders } from './loaders.js';
import { progressResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    progress: ProgressLoaders;
  }
}

export const progressModule = defineModule({
  name: 'progress',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: progressResolvers,
  createLoaders: (tenant, viewer) => ({ progress: createProgressLoaders(tenant, viewer.orgId) }),
});
