import { defineModule, sdlBeside } from '../module.js';
import { createCoachDeskLoaders, type CoachDeskLoaders } from './loaders.js';
import { coachDeskResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    coachDesk: CoachDeskLoaders;
  }
}

/** The coach's working day: their sessions and clients, and private session notes. */
export const coachDeskModule = defineModule({
  name: 'coachDesk',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: coachDeskResolvers,
  createLoaders: (tenant, viewer) => ({ coachDesk: createCoachDeskLoaders(tenant, viewer.orgId) }),
});
