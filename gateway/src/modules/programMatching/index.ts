import { mayRead } from '../../auth/policy.js';
import { defineModule, sdlBeside } from '../module.js';
import { createProgramMatchingLoaders, type ProgramMatchingLoaders } from './loaders.js';
import { programMatchingResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    programMatching: ProgramMatchingLoaders;
  }
}

export const programMatchingModule = defineModule({
  name: 'programMatching',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: programMatchingResolvers,
  createLoaders: (tenant, viewer) => ({
    programMatching: createProgramMatchingLoaders(tenant, viewer.orgId),
  }),
  nodes: {
    MatchProposal: async (caller, uuid) => {
      const proposal = await caller.loaders.programMatching.proposalById.load(uuid);
      return proposal &&
        (await mayRead(caller, 'programManagement', { kind: 'program', programId: proposal.programId }))
        ? proposal
        : null;
    },
  },
});
