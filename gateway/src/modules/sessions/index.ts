import { defineModule, sdlBeside } from '../module.js';
import { createSessionLoaders, type SessionLoaders } from './loaders.js';
import { sessionNode } from './node.js';
import { sessionResolvers } from './resolvers.js';

/** The session statuses that use up a participant's quota. */
export { COUNTS_AGAINST_QUOTA } from './sql.js';

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
