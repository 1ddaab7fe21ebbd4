/**
 * The coach desk and private session notes through the gateway: the coach's week and clients, a
 * note written and read back, every refusal of writeSessionNote (bad input, wrong role, a former
 * coach), and the promise that a manager and an admin never read a note by any path, down to the
 * stored bytes and the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { addCoach } from '../sessions/test-support.js';

const WRITE = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) {
  note { body capabilities { code } updatedAt } session { id } userErrors { field code message } } }`;
const READ_NODE = `query($id: ID!) { node(id: $id) { ... on Session { id privateNote { body capabilities { code } } } } }`;
const READ_THROUGH_ENROLMENT = `query($id: ID!) { node(id: $id) { ... on Enrolment {
  sessions(first: 50) { edges { node { id privateNote { body } } } } } } }`;
const READ_THROUGH_CARD = `query($person: ID!) { progressCard(person: $person) { progress {
  nextSession { privateNote { body } } enrolment { sessions(first: 50) { edges { node { privateNote { body } } } } } } } }`;
const DESK = `query($from: DateTime!, $to: DateTime!) { coachDesk { timeZone
  sessions(from: $from, to: $to) { id status startsAt privateNote { body } }
  clients { id person { name } quota { remaining } } } }`;

const SECRET = 'Worried about her team lead; practise the delegation script next time.';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface WriteResult {
  writeSessionNote: {
    note: { body: string; capabilities: Array<{ code: string }> } | null;
    userErrors: Array<{ field: string[]; code: string; message: string }>;
  };
}

describe.each(testEngines())('coach desk and private session notes on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};
  let heldSession: string;
  let upcomingSession: string;
  let delegationId: string;
  let feedbackId: string;

  async function ask<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    return (await postGraphQL<T>(running.url, { query, variables }, { token: tokens[who] })).body;
  }

  async function place(startsInHours: number, status = 'BOOKED'): Promise<string> {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status,
         cancelled_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), now() + make_interval(hours => $5 + 1), 'en', $6,
         CASE WHEN $6 = 'CANCELLED' THEN now() END)
       RETURNING id`,
      [org.orgId, org.coachId, org.reportIds[0], org.enrolmentId, startsInHours, status],
    );
    return toGlobalId('Session', row!.id);
  }

  function write(who: string, input: { sessionId: string; body: string; capabilities?: string[] }) {
    return ask<WriteResult>(who, WRITE, { input: { capabilities: [], ...input } });
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `desk-${engine}`);
    // The participant shares their progress with their manager: the strongest case for the manager.
    await db.query(`UPDATE enrolments SET shared_with_manager = true WHERE id = $1`, [org.enrolmentId]);
    await db.query(
      `UPDATE people SET roles = array['ORG_ADMIN', 'PROGRAM_ADMIN', 'PARTICIPANT'] WHERE id = $1`,
      [org.adminId],
    );
    heldSession = await place(-2, 'COMPLETED');
    upcomingSession = await place(30);
    const capabilities = await db.query<{ id: string; code: string }>(
      `SELECT id, code FROM capabilities WHERE org_id = $1 AND code IN ('DELEGATION', 'FEEDBACK')`,
      [org.orgId],
    );
    delegationId = toGlobalId('Capability', capabilities.find((row) => row.code === 'DELEGATION')!.id);
    feedbackId = toGlobalId('Capability', capabilities.find((row) => row.code === 'FEEDBACK')!.id);
    running = await startGateway(db, { dev: true });
    tokens.coach = await tokenFor(db, org.coachPersonId);
    tokens.participant = await tokenFor(db, org.reportIds[0]!);
    tokens.manager = await tokenFor(db, org.managerId);
    tokens.director = await tokenFor(db, org.directorId);
    tokens.admin = await tokenFor(db, org.adminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it("shows the coach's week across clients in their zone, with their current clients", async () => {
    const body = await ask<{
      coachDesk: {
        timeZone: string;
        sessions: Array<{ id: string; status: string }>;
        clients: Array<{ id: string; person: { name: string }; quota: { remaining: number } }>;
      };
    }>('coach', DESK, {
      from: new Date(Date.now() - DAY).toISOString(),
      to: new Date(Date.now() + 6 * DAY).toISOString(),
    });
    expect(body.errors).toBeUndefined();
    const [coach] = await db.query<{ time_zone: string }>(`SELECT time_zone FROM coaches WHERE id = $1`, [
      org.coachId,
    ]);
    expect(body.data!.coachDesk.timeZone).toBe(coach!.time_zone);
    expect(body.data!.coachDesk.sessions.map((session) => session.id)).toEqual([
      heldSession,
      upcomingSession,
    ]);
    expect(body.data!.coachDesk.clients.map((client) => client.id)).toEqual([
      toGlobalId('Enrolment', org.enrolmentId),
    ]);
  });

  it('is null for a viewer who is not a coach, and refuses a range over 31 days', async () => {
    for (const who of ['participant', 'manager', 'admin']) {
      const body = await ask<{ coachDesk: null }>(who, DESK, {
        from: new Date().toISOString(),
        to: new Date(Date.now() + DAY).toISOString(),
      });
      expect(body.errors, who).toBeUndefined();
      expect(body.data!.coachDesk, who).toBeNull();
    }
    const tooLong = await ask('coach', DESK, {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 32 * DAY).toISOString(),
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the coach writes a note with capabilities; it is stored encrypted and read back only by them', async () => {
    const written = await write('coach', {
      sessionId: heldSession,
      body: SECRET,
      capabilities: [delegationId, feedbackId, delegationId],
    });
    expect(written.errors).toBeUndefined();
    expect(written.data!.writeSessionNote.userErrors).toEqual([]);
    expect(written.data!.writeSessionNote.note).toMatchObject({ body: SECRET });
    expect(written.data!.writeSessionNote.note!.capabilities.map((c) => c.code).sort()).toEqual([
      'DELEGATION',
      'FEEDBACK',
    ]);

    const read = await ask<{ node: { privateNote: { body: string } } }>('coach', READ_NODE, {
      id: heldSession,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.privateNote.body).toBe(SECRET);

    // At rest: AES-GCM bytes, not the text; the same text sealed twice differs (random IV).
    const [stored] = await db.query<{ body: Uint8Array }>(
      `SELECT body FROM session_notes WHERE org_id = $1`,
      [org.orgId],
    );
    const bytes = Buffer.from(stored!.body);
    expect(bytes.includes(Buffer.from('delegation script'))).toBe(false);
    expect(bytes.length).toBe(1 + 12 + 16 + Buffer.byteLength(SECRET));
    await write('coach', { sessionId: heldSession, body: SECRET, capabilities: [delegationId] });
    const [again] = await db.query<{ body: Uint8Array }>(`SELECT body FROM session_notes WHERE org_id = $1`, [
      org.orgId,
    ]);
    expect(Buffer.from(again!.body).equals(bytes)).toBe(false);
  });

  it('a manager (shared progress), a skip-level manager, an admin and the participant never read the note', async () => {
    for (const who of ['manager', 'director', 'admin', 'participant']) {
      const byNode = await ask<{ node: { privateNote: unknown } | null }>(who, READ_NODE, {
        id: heldSession,
      });
      expect(JSON.stringify(byNode.data ?? null), who).not.toContain('delegation script');
      if (byNode.data?.node) {
        expect(byNode.data.node.privateNote, who).toBeNull();
        expect(
          byNode.errors?.map((error) => error.extensions?.code),
          who,
        ).toContain('FORBIDDEN');
      }
      const throughEnrolment = await ask(who, READ_THROUGH_ENROLMENT, {
        id: toGlobalId('Enrolment', org.enrolmentId),
      });
      expect(JSON.stringify(throughEnrolment.data ?? null), who).not.toContain('delegation script');
      const throughCard = await ask(who, READ_THROUGH_CARD, {
        person: toGlobalId('Person', org.reportIds[0]!),
      });
      expect(JSON.stringify(throughCard.data ?? null), who).not.toContain('delegation script');
      const desk = await ask(who, DESK, {
        from: new Date(Date.now() - DAY).toISOString(),
        to: new Date(Date.now() + DAY).toISOString(),
      });
      expect(JSON.stringify(desk.data ?? null), who).not.toContain('delegation script');
    }
  });

  it('the application role cannot read any key; the tenant function yields its own organisation’s key only', async () => {
    const other = await createGatewayFixture(db, `desk-other-${engine}`);
    const refused = await db
      .transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.org_id', $1, true)`, [other.orgId]);
        await tx.query('SET LOCAL ROLE coachwork_app');
        return tx.query(`SELECT key FROM organisation_note_keys`);
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(String((refused as Error | null)?.message)).toMatch(/permission denied/);
    const keys = async (orgId: string) =>
      db.withTenant(orgId, async (tx) => {
        const [row] = await tx.query<{ key: Uint8Array }>(`SELECT cw_session_note_key($1) AS key`, [
          Buffer.alloc(32, 7),
        ]);
        return Buffer.from(row!.key).toString('hex');
      });
    const [stored] = await db.query<{ key: Uint8Array }>(
      `SELECT key FROM organisation_note_keys WHERE org_id = $1`,
      [org.orgId],
    );
    expect(await keys(org.orgId)).toBe(Buffer.from(stored!.key).toString('hex'));
    // Another tenant gets (and creates) its own key, never this one.
    expect(await keys(other.orgId)).not.toBe(Buffer.from(stored!.key).toString('hex'));
  });

  it('refuses bad input with user errors', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ sessionId: toGlobalId('Enrolment', org.enrolmentId), body: 'x' }, 'sessionId', 'INVALID'],
      [{ sessionId: heldSession, body: 'x'.repeat(10_001) }, 'body', 'INVALID'],
      [
        {
          sessionId: heldSession,
          body: 'x',
          capabilities: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
            toGlobalId('Capability', `${n}`.padEnd(8, '0')),
          ),
        },
        'capabilities',
        'INVALID',
      ],
      [
        { sessionId: heldSession, body: 'x', capabilities: [toGlobalId('Person', org.managerId)] },
        'capabilities',
        'NOT_FOUND',
      ],
      [{ sessionId: upcomingSession, body: 'too early' }, 'sessionId', 'INVALID'],
    ];
    const cancelled = await place(-5, 'CANCELLED');
    cases.push([{ sessionId: cancelled, body: 'x' }, 'sessionId', 'INVALID']);
    for (const [input, field, code] of cases) {
      const result = await write('coach', input as { sessionId: string; body: string });
      expect(result.errors, JSON.stringify(input).slice(0, 80)).toBeUndefined();
      expect(result.data!.writeSessionNote.note).toBeNull();
      expect(result.data!.writeSessionNote.userErrors.map((e) => [e.field[0], e.code])).toEqual([
        [field, code],
      ]);
      expect(result.data!.writeSessionNote.userErrors[0]!.message.length).toBeGreaterThan(5);
    }
    const read = await ask<{ node: { privateNote: { body: string } } }>('coach', READ_NODE, {
      id: heldSession,
    });
    expect(read.data!.node.privateNote.body).toBe(SECRET);
  });

  it('refuses the participant, a manager and an admin as if the session did not exist', async () => {
    for (const who of ['participant', 'manager', 'admin']) {
      const result = await write(who, { sessionId: heldSession, body: 'overwritten' });
      expect(
        result.data!.writeSessionNote.userErrors.map((e) => e.code),
        who,
      ).toEqual(['NOT_FOUND']);
    }
    const read = await ask<{ node: { privateNote: { body: string } } }>('coach', READ_NODE, {
      id: heldSession,
    });
    expect(read.data!.node.privateNote.body).toBe(SECRET);
  });

  it('a former coach loses the client, their sessions and notes; the new coach does not inherit them', async () => {
    const successor = await addCoach(db, org.orgId, org.functionId, {
      name: 'Nadia Successor',
      languages: ['en'],
      timeZone: 'Europe/London',
      specialties: ['DELEGATION'],
    });
    tokens.successor = await tokenFor(db, successor.personId);
    await db.query(`UPDATE enrolments SET coach_id = $1 WHERE id = $2`, [successor.coachId, org.enrolmentId]);

    const desk = await ask<{ coachDesk: { sessions: unknown[]; clients: unknown[] } }>('coach', DESK, {
      from: new Date(Date.now() - DAY).toISOString(),
      to: new Date(Date.now() + 6 * DAY).toISOString(),
    });
    expect(desk.errors).toBeUndefined();
    expect(desk.data!.coachDesk).toEqual({ timeZone: expect.any(String), sessions: [], clients: [] });

    for (const who of ['coach', 'successor']) {
      const read = await ask<{ node: { privateNote: unknown } | null }>(who, READ_NODE, { id: heldSession });
      expect(JSON.stringify(read.data ?? null), who).not.toContain('delegation script');
      const result = await write(who, { sessionId: heldSession, body: 'still mine?' });
      expect(
        result.data!.writeSessionNote.userErrors.map((e) => e.code),
        who,
      ).toEqual(['NOT_FOUND']);
    }
    const successorDesk = await ask<{ coachDesk: { clients: Array<{ id: string }> } }>('successor', DESK, {
      from: new Date(Date.now() - DAY).toISOString(),
      to: new Date(Date.now() + DAY).toISOString(),
    });
    expect(successorDesk.data!.coachDesk.clients.map((client) => client.id)).toEqual([
      toGlobalId('Enrolment', org.enrolmentId),
    ]);
  });
});
