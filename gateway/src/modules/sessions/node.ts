/** `node(id:)` for sessions: visible to whoever may read the session. */
import { mayRead } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import type { SessionRow } from './sql.js';

export async function sessionNode(caller: Caller, uuid: string): Promise<SessionRow | null> {
  const row = await caller.loaders.sessions.byId.load(uuid);
  return row && (await mayRead(caller, 'sessions', { kind: 'session', session: row })) ? row : null;
}
