import { defineModule, sdlBeside } from '../module.js';
import { wellbeingResolvers } from './resolvers.js';

/** The optional wellbeing pulse: a participant's own answers, readable by them alone. */
export const wellbeingModule = defineModule({
  name: 'wellbeing',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: wellbeingResolvers,
});
