import { defineModule, sdlBeside } from '../module.js';
import { createSessionLoaders, type SessionLoaders } from './loaders.js';
import { sessionNode } from './node.js';
import { sessionResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    sessions: SessionLoaders;
  }
}

export const sessionsModule = defineModule({
  name: 'sessions',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: sessionResolvers,
  createLoaders: (tenant, viewer) => ({ sessions: createSessionLoaders(tenant, viewer.orgId) }),
  nodes: { Session: sessionNode },
});
