import { mayRead } from '../../auth/policy.js';
import { defineModule, sdlBeside } from '../module.js';
import { createProgramLoaders, type ProgramLoaders } from './loaders.js';
import { programResolvers } from './resolvers.js';

declare module '../../context.js' {
  interface Loaders {
    programs: ProgramLoaders;
  }
}

export const programsModule = defineModule({
  name: 'programs',
  typeDefs: sdlBeside(import.meta.url),
  resolvers: programResolvers,
  createLoaders: (tenant, viewer) => ({
    programs: createProgramLoaders(tenant, viewer.orgId, viewer.personId),
  }),
  nodes: {
    Program: (caller, uuid) => caller.loaders.programs.byId.load(uuid),
    Enrolment: async (caller, uuid) => {
      const enrolment = await caller.loaders.programs.enrolmentById.load(uuid);
      return enrolment && (await mayRead(caller, 'enrolment', { kind: 'enrolment', enrolment }))
        ? enrolment
        : null;
    },
  },
});
