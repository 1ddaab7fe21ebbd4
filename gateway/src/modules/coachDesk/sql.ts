/** The coach desk's statements: a coach's sessions and clients, and session notes (sealed by crypto.ts). */
import type { Queryable } from '../../db/types.js';
import { sessionsByIds, type SessionRow } from '../sessions/sql.js';
import { noteKey, openNote, sealNote } from './crypto.js';

/** A note as the resolvers see it, decrypted. */
export interface SessionNoteValue {
  sessionId: string;
  coachId: string;
  body: string;
  capabilityCodes: string[];
  updatedAt: Date;
}

/** The desk of one coach (the viewer). */
export interface CoachDeskValue {
  coachId: string;
  timeZone: string;
}

/** Sessions of the desk's range, soonest first. */
export const MAX_DESK_SESSIONS = 200;

export async function coachSessions(
  tx: Queryable,
  orgId: string,
  coachId: string,
  from: Date,
  to: Date,
): Promise<SessionRow[]> {
  const ids = await tx.query<{ id: string }>(
    `SELECT id FROM sessions WHERE org_id = $1 AND coach_id = $2 AND starts_at >= $3 AND starts_at < $4
     ORDER BY starts_at, id LIMIT ${MAX_DESK_SESSIONS}`,
    [orgId, coachId, from, to],
  );
  const rows = await sessionsByIds(
    tx,
    orgId,
    ids.map((row) => row.id),
  );
  return rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** Enrolments the coach currently coaches (invited or active), by participant name. */
export async function currentClientEnrolmentIds(
  tx: Queryable,
  orgId: string,
  coachId: string,
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `SELECT e.id FROM enrolments e JOIN people p ON p.org_id = e.org_id AND p.id = e.person_id
     WHERE e.org_id = $1 AND e.coach_id = $2 AND e.status IN ('INVITED', 'ACTIVE')
     ORDER BY p.name, e.id`,
    [orgId, coachId],
  );
  return rows.map((row) => row.id);
}

interface RawNote {
  session_id: string;
  coach_id: string;
  body: Uint8Array;
  capability_codes: string[];
  updated_at: Date;
}

export async function notesOfSessions(
  tx: Queryable,
  orgId: string,
  sessionIds: readonly string[],
): Promise<Map<string, SessionNoteValue>> {
  const rows = await tx.query<RawNote>(
    `SELECT session_id, coach_id, body, capability_codes, updated_at FROM session_notes
     WHERE org_id = $1 AND session_id = any($2::uuid[])`,
    [orgId, sessionIds],
  );
  if (rows.length === 0) return new Map();
  const key = await noteKey(tx);
  return new Map(
    rows.map((row) => [
      row.session_id,
      {
        sessionId: row.session_id,
        coachId: row.coach_id,
        body: openNote(key, { orgId, sessionId: row.session_id, coachId: row.coach_id }, row.body),
        capabilityCodes: row.capability_codes,
        updatedAt: new Date(row.updated_at),
      },
    ]),
  );
}

export async function writeNote(
  tx: Queryable,
  note: { orgId: string; sessionId: string; coachId: string; body: string; capabilityCodes: string[] },
): Promise<SessionNoteValue> {
  const key = await noteKey(tx);
  const sealed = sealNote(key, note, note.body);
  const [row] = await tx.query<{ updated_at: Date }>(
    `INSERT INTO session_notes (org_id, session_id, coach_id, body, capability_codes)
     VALUES ($1, $2, $3, $4, $5::text[])
     ON CONFLICT (org_id, session_id) DO UPDATE
       SET coach_id = excluded.coach_id, body = excluded.body, capability_codes = excluded.capability_codes
     RETURNING updated_at`,
    [note.orgId, note.sessionId, note.coachId, sealed, note.capabilityCodes],
  );
  return {
    sessionId: note.sessionId,
    coachId: note.coachId,
    body: note.body,
    capabilityCodes: note.capabilityCodes,
    updatedAt: new Date(row!.updated_at),
  };
}

export async function deleteNote(tx: Queryable, orgId: string, sessionId: string): Promise<void> {
  await tx.query(`DELETE FROM session_notes WHERE org_id = $1 AND session_id = $2`, [orgId, sessionId]);
}
