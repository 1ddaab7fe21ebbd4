import { defineModule, sdlBeside } from '../module.js';
import { createCoachingLoaders, type CoachingLoaders } from './loaders.js';
import { coachingResolvers } from './resolvers.js';

/** Coaching's storage other modules use: coaches' availability rules and the quality (probation) settings. */
export { qualitySettings, rulesOfCoaches, setQualityStatus } from './sql.js';

declare module '../../context.js' {
  interface Loaders {
    coaching: CoachingLoaders;
  }
}

export const coachingModule = defineModule({
  name: 'coaching',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: coachingResolvers,
  createLoaders: (tenant, viewer) => ({ coaching: createCoachingLoaders(tenant, viewer.orgId) }),
  nodes: { Coach: (caller, uuid) => caller.loaders.coaching.byId.load(uuid) },
});
