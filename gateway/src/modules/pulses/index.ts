import { defineModule, sdlBeside } from '../module.js';
import { createPulseLoaders, type PulseLoaders } from './loaders.js';
import { pulsesResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    pulses: PulseLoaders;
  }
}

/**
 * Collecting 360 pulses: program admins open phases, raters answer what they owe (drafts saved per
 * item, then submitted into the ratings the progress card and heatmap read once a phase closes).
 */
export const pulsesModule = defineModule({
  name: 'pulses',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: pulsesResolvers,
  createLoaders: (tenant, viewer) => ({ pulses: createPulseLoaders(tenant, viewer.orgId, viewer.personId) }),
});
