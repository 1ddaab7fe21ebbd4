import { defineModule, sdlBeside } from '../module.js';
import { ltiResolvers } from './resolvers.js';

/** LTI 1.3: the learning platforms an organisation registers (the launch itself is http/lti.ts). */
export const ltiModule = defineModule({
  name: 'lti',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: ltiResolvers,
});
