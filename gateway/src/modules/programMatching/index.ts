import { defineModule, sdlBeside } from '../module.js';
import { programMatchingResolvers } from './resolvers.js';

export const programMatchingModule = defineModule({
  name: 'programMatching',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: programMatchingResolvers,
  nodes: {
    MatchProposal: () => Promise.reject(new Error('not implemented yet')),
  },
});
