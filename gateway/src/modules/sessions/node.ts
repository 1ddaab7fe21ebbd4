/** `node(id:)` for the coaching and sessions types. */
import { mayRead } from '../../auth/policy.js';
import type { Session } from '../../context.js';
import type { CoachRow } from '../coaching/sql.js';
import type { SessionRow } from './sql.js';

export async function coachingNode(
  session: Session,
  type: 'Coach' | 'Session',
  uuid: string,
): Promise<CoachRow | SessionRow | null> {
  if (type === 'Coach') return session.loaders.coaching.byId.load(uuid);
  const row = await session.loaders.sessions.byId.load(uuid);
  return row && (await mayRead(session, 'sessions', { kind: 'session', session: row })) ? row : null;
}
