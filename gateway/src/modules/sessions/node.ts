/** `node(id:)` for the coaching and sessions types. */
import { mayRead } from '../../auth/policy.js';
import type { Caller } from '../../context.js';
import type { CoachRow } from '../coaching/sql.js';
import type { SessionRow } from './sql.js';

export async function coachingNode(
  caller: Caller,
  type: 'Coach' | 'Session',
  uuid: string,
): Promise<CoachRow | SessionRow | null> {
  if (type === 'Coach') return caller.loaders.coaching.byId.load(uuid);
  const row = await caller.loaders.sessions.byId.load(uuid);
  return row && (await mayRead(caller, 'sessions', { kind: 'session', session: row })) ? row : null;
}
