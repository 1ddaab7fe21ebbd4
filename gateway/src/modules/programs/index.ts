import { managesProgram, mayRead } from '../../auth/policy.js';
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
    programs: createProgramLoaders(
      tenant,
      viewer.orgId,
      viewer.personId,
      viewer.roles.includes('PROGRAM_ADMIN'),
    ),
  }),
  nodes: {
    Program: async (caller, uuid) => {
      const program = await caller.loaders.programs.byId.load(uuid);
      // A draft is not yet a fact about the organisation: only those who manage it see it.
      if (program?.status === 'DRAFT' && !(await managesProgram(caller, program.id))) return null;
      return program;
    },
    Enrolment: async (caller, uuid) => {
      const enrolment = await caller.loaders.programs.enrolmentById.load(uuid);
      return enrolment && (await mayRead(caller, 'enrolment', { kind: 'enrolment', enrolment }))
        ? enrolment
        : null;
    },
  },
});
export { enrolmentOrError, managedProgram } from './managed.js';
export { recordEnrolmentChange } from './lifecycle.js';
