/**
 * The program or enrolment a mutation's input names, for a program admin who
 * manages that program. A caller who is no program admin, or who does not manage
 * it, is refused outright (FORBIDDEN); a malformed or unknown ID is a user error.
 */
import { isAdmin, requireManagesProgram } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { UserError } from '../../generated/resolvers.js';
import { idOf, userError } from '../core/resolving.js';
import type { EnrolmentRow, ProgramRow } from './sql.js';

export async function managedProgram(
  caller: Caller,
  programId: string,
): Promise<{ program: ProgramRow; errors: [] } | { program: null; errors: UserError[] }> {
  const uuid = idOf(programId, 'Program');
  if (!uuid)
    return { program: null, errors: [userError(caller, ['programId'], 'INVALID', 'programs.notProgramId')] };
  if (!isAdmin(caller)) throw forbidden('programs.notYourProgram');
  const program = await caller.loaders.programs.byId.load(uuid);
  if (!program)
    return {
      program: null,
      errors: [userError(caller, ['programId'], 'NOT_FOUND', 'programs.programNotFound')],
    };
  await requireManagesProgram(caller, program.id);
  return { program, errors: [] };
}

/** Shaped as an enrolment mutation's payload, so a refusal is returned as it is. */
export async function enrolmentOrError(
  caller: Caller,
  enrolmentId: string,
): Promise<{ enrolment: EnrolmentRow; userErrors: [] } | { enrolment: null; userErrors: UserError[] }> {
  const uuid = idOf(enrolmentId, 'Enrolment');
  if (!uuid) {
    return {
      enrolment: null,
      userErrors: [userError(caller, ['enrolmentId'], 'INVALID', 'programs.notEnrolmentId')],
    };
  }
  if (!isAdmin(caller)) throw forbidden('programs.notYourProgram');
  const enrolment = await caller.loaders.programs.enrolmentById.load(uuid);
  if (!enrolment) {
    return {
      enrolment: null,
      userErrors: [userError(caller, ['enrolmentId'], 'NOT_FOUND', 'programs.enrolmentNotFound')],
    };
  }
  await requireManagesProgram(caller, enrolment.programId);
  return { enrolment, userErrors: [] };
}
