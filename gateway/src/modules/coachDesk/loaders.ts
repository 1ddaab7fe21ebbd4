import { byKeyLoader, type Tenant } from '../core/loaders.js';
import { notesOfSessions, type SessionNoteValue } from './sql.js';

export function createCoachDeskLoaders(tenant: Tenant, orgId: string) {
  return {
    /** Session id → its private note, decrypted (the caller has already been authorised by the policy). */
    noteOfSession: byKeyLoader<SessionNoteValue | null>(
      (sessionIds) => tenant((tx) => notesOfSessions(tx, orgId, sessionIds)),
      null,
    ),
  };
}

export type CoachDeskLoaders = ReturnType<typeof createCoachDeskLoaders>;
