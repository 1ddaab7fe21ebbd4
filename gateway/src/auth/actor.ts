/**
 * Who acted, as the columns that record it want it: a person, or a service account (a caller with
 * client credentials, which is no person and cannot be named by a column that references people).
 */
import type { Viewer } from '../context.js';

export interface Actor {
  personId: string | null;
  serviceAccountId: string | null;
}

/** Nobody: a change the system makes on its own (a population refresh, a deprovisioning). */
export const SYSTEM: Actor = { personId: null, serviceAccountId: null };

export function actorOf(viewer: Viewer): Actor {
  return viewer.serviceAccount
    ? { personId: null, serviceAccountId: viewer.serviceAccount.id }
    : { personId: viewer.personId, serviceAccountId: null };
}
