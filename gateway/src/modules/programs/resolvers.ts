import { isAdmin, mayRead } from '../../auth/policy.js';
import { callerOf } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { toGlobalId } from '../../ids.js';
import { pageRequest, toConnection } from '../core/connection.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { countPrograms, listPrograms, type EnrolmentRow, type ProgramRow } from './sql.js';

const byName = (program: ProgramRow) => ({ sort: program.name, id: program.id });
const newestFirst = (enrolment: EnrolmentRow) => ({
  sort: enrolment.enrolledAt.toISOString(),
  id: enrolment.id,
});

export const programResolvers: Resolvers = {
  Query: {
    async programs(_parent, args, context) {
      const caller = callerOf(context);
      const page = pageRequest(args);
      const scope = {
        status: args.status ?? null,
        enrolledPersonId: isAdmin(caller) ? null : caller.viewer.personId,
      };
      const { orgId } = caller.viewer;
      const rows = await caller.tenant((tx) => listPrograms(tx, orgId, scope, page));
      return toConnection(rows, page, byName, () => caller.tenant((tx) => countPrograms(tx, orgId, scope)));
    },
  },
  Program: {
    id: (program) => toGlobalId('Program', program.id),
    kpi: async (program, _args, context) =>
      (await callerOf(context).loaders.programs.kpisOfProgram.load(program.id))[0] ?? null,
    async focusCapabilities(program, _args, context) {
      const found = await callerOf(context).loaders.capabilities.byCode.loadMany(
        program.focusCapabilityCodes,
      );
      return found.filter((row): row is CapabilityRow => row !== null && !(row instanceof Error));
    },
    async enrolments(program, args, context) {
      const caller = callerOf(context);
      if (!(await mayRead(caller, 'programRoster', { kind: 'organisation' }))) {
        throw forbidden('access.enrolmentListAdminsOnly');
      }
      const page = pageRequest(args);
      const status = args.status ?? null;
      const { enrolmentsOfProgram } = caller.loaders.programs;
      const rows = await enrolmentsOfProgram.list.load({ id: program.id, args: { status, page } });
      return toConnection(rows, page, newestFirst, () =>
        enrolmentsOfProgram.count.load({ id: program.id, args: status }),
      );
    },
  },
  Enrolment: {
    id: (enrolment) => toGlobalId('Enrolment', enrolment.id),
    async person(enrolment, _args, context) {
      const person = await callerOf(context).loaders.people.byId.load(enrolment.personId);
      if (!person) throw notFound('programs.enrolmentPersonMissing');
      return person;
    },
    async program(enrolment, _args, context) {
      const program = await callerOf(context).loaders.programs.byId.load(enrolment.programId);
      if (!program) throw notFound('programs.enrolmentProgramMissing');
      return program;
    },
    coach: (enrolment, _args, context) =>
      enrolment.coachPersonId ? callerOf(context).loaders.people.byId.load(enrolment.coachPersonId) : null,
  },
  ProgramConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  EnrolmentConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
