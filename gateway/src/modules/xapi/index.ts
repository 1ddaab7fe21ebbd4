import { defineModule, sdlBeside } from '../module.js';
import { xapiResolvers } from './resolvers.js';

/**
 * xAPI statements out: the organisation's LRS, managed by its org admins, and the statements that
 * could not be delivered. Statements are recorded by the changes that are learning moments (emit.ts)
 * and delivered by the job queue (delivery.ts).
 */
export const xapiModule = defineModule({
  name: 'xapi',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: xapiResolvers,
});
