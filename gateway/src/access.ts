/**
 * Who may read what (DESIGN §4: roles gate every field that is not the viewer's
 * own). Everyone in the organisation sees the directory (names, levels, units,
 * the tree); personal fields are for the person, anyone they report to, their
 * coach, and program or organisation admins.
 */
import type { Session } from './context.js';
import { forbidden } from './errors.js';
import type { Role } from './generated/resolvers.js';
import type { MessageKey } from './i18n/catalogue.js';

export function hasRole(session: Session, ...roles: Role[]): boolean {
  return roles.some((role) => session.viewer.roles.includes(role));
}

export const isAdmin = (session: Session): boolean => hasRole(session, 'ORG_ADMIN', 'PROGRAM_ADMIN');

/** `refusal` says what is admins-only, as a whole sentence (translations need the sentence, not a fragment). */
export function requireAdmin(session: Session, refusal: MessageKey): void {
  if (!isAdmin(session)) throw forbidden(refusal);
}

export async function canReadPersonal(session: Session, personId: string): Promise<boolean> {
  if (personId === session.viewer.personId || isAdmin(session)) return true;
  if (hasRole(session, 'MANAGER')) {
    const chain = await session.loaders.people.managerChain.load(personId);
    if (chain.includes(session.viewer.personId)) return true;
  }
  if (hasRole(session, 'COACH')) {
    const clients = await session.loaders.programs.viewerClients();
    if (clients.has(personId)) return true;
  }
  return false;
}

export async function requirePersonal(session: Session, personId: string, field: string): Promise<void> {
  if (!(await canReadPersonal(session, personId))) {
    throw forbidden('access.personalField', { field });
  }
}

export async function canReadProgram(session: Session, programId: string): Promise<boolean> {
  return isAdmin(session) || session.loaders.programs.viewerEnrolled.load(programId);
}
