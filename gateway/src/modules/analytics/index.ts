import { defineModule, sdlBeside } from '../module.js';
import { analyticsResolvers } from './resolvers.js';

export const analyticsModule = defineModule({
  name: 'analytics',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: analyticsResolvers,
});
