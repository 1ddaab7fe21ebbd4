import { defineModule, sdlBeside } from '../module.js';
import { provisioningResolvers } from './resolvers.js';

export const provisioningModule = defineModule({
  name: 'provisioning',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: provisioningResolvers,
});
