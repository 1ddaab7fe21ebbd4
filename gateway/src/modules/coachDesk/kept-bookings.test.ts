/**
 * After a coach keeps a booking that no longer fits their new availability: the desk keeps listing
 * it, the coach moves it to a free slot of the new hours with `rescheduleSession` (the participant is
 * sent a new invitation as for any move), and the change and the move are in the audit log for org
 * admins (a move by an admin too, never the participant's own).
 * The move is refused for bad input, for anyone who does not hold the session, and for a coach who
 * no longer coaches the participant.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { SLOT_STARTS_QUERY, type SlotStarts } from '../../testing/slots.js';
import { instantToWallClock, zonedToInstant } from '../sessions/zoned-time.js';
import { bookWednesdayMorning, COACH_ZONE as ZONE } from './test-support.js';

const SET = `mutation($input: SetCoachAvailabilityInput!) { setCoachAvailability(input: $input) {
  saved conflicts { reason session { id } } userErrors { field code message } } }`;
const KEPT = `{ coachDesk { availability { conflicts { reason session { id startsAt status
  enrolment { id } participant { name } } } } } }`;
const MOVE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) {
  session { id startsAt status } userErrors { field code message } } }`;
const AUDIT = `query($actions: [AuditAction!]) { auditLog(first: 20, filter: { actions: $actions }) {
  edges { node { action subjectId actor { id } program { id } before after } } } }`;

const HOUR = 3_600_000;

interface Moved {
  rescheduleSession: {
    session: { id: string; startsAt: string; status: string } | null;
    userErrors: Array<{ field: string[] | null; code: string; message: string }>;
  };
}
interface Kept {
  coachDesk: {
    availability: {
      conflicts: Array<{
        reason: string;
        session: { id: string; startsAt: string; enrolment: { id: string } };
      }>;
    };
  };
}
interface AuditEntries {
  auditLog: {
    edges: Array<{
      node: {
        action: string;
        subjectId: string;
        actor: { id: string } | null;
        program: unknown;
        before: string | null;
        after: string | null;
      };
    }>;
  };
}

describe.each(testEngines())('moving a kept booking on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};
  let wednesday: string;
  let sessionId: string;
  let sessionUuid: string;
  let otherCoachId: string;

  async function ask<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    const body = (await postGraphQL<T>(running.url, { query, variables }, { token: tokens[who] })).body;
    return body;
  }
  async function move(who: string, input: Record<string, unknown>) {
    const body = await ask<Moved>(who, MOVE, { input });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.rescheduleSession;
  }
  async function kept(who = 'coach') {
    const body = await ask<Kept>(who, KEPT);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.coachDesk.availability.conflicts;
  }
  async function audit(who = 'admin', action = 'COACH_AVAILABILITY_CHANGED') {
    const body = await ask<AuditEntries>(who, AUDIT, { actions: [action] });
    return body;
  }
  async function moves() {
    const body = await audit('admin', 'SESSION_RESCHEDULED');
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.auditLog.edges.map((edge) => edge.node);
  }
  const afternoon = {
    weeklyHours: [{ weekday: 3, startTime: '13:00', endTime: '17:00' }],
    exceptions: [{ startsOn: '2099-01-01', endsOn: '2099-01-02', reason: 'Private: surgery' }],
    capacity: 8,
  };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `kept-${engine}-${randomUUID().slice(0, 6)}`);
    await db.query(`update coaches set time_zone = $2 where id = $1`, [org.coachId, ZONE]);
    const booking = await bookWednesdayMorning(db, org);
    wednesday = booking.wednesday;
    sessionUuid = booking.sessionUuid;
    sessionId = toGlobalId('Session', sessionUuid);
    // Another coach of the organisation, later matched with the participant instead.
    const otherPerson = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, in_role_since, roles)
       values ($1, $2, 'Olga Other', $3, 'en', $4, 'IC', $5, '2025-01-15', array['COACH'])`,
      [otherPerson, org.orgId, `olga@${org.slug}.example`, ZONE, org.teamIds[0]],
    );
    otherCoachId = randomUUID();
    await db.query(
      `insert into coaches (id, org_id, person_id, languages, time_zone, credential, capacity)
       values ($1, $2, $3, array['en'], $4, 'ICF_PCC', 5)`,
      [otherCoachId, org.orgId, otherPerson, ZONE],
    );
    running = await startGateway(db, { dev: true });
    tokens.coach = await tokenFor(db, org.coachPersonId);
    tokens.otherCoach = await tokenFor(db, otherPerson);
    tokens.participant = await tokenFor(db, org.reportIds[0]!);
    tokens.manager = await tokenFor(db, org.managerId);
    tokens.admin = await tokenFor(db, org.adminId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('audits a saved change for org admins, not a preview or a save that changes nothing', async () => {
    const preview = await ask<{ setCoachAvailability: { saved: boolean } }>('coach', SET, {
      input: afternoon,
    });
    expect(preview.data!.setCoachAvailability.saved).toBe(false);
    expect((await audit()).data!.auditLog.edges).toEqual([]);

    const saved = await ask<{ setCoachAvailability: { saved: boolean; conflicts: unknown[] } }>(
      'coach',
      SET,
      {
        input: { ...afternoon, keepConflictingSessions: true },
      },
    );
    expect(saved.data!.setCoachAvailability).toMatchObject({ saved: true });

    const entries = (await audit()).data!.auditLog.edges.map((edge) => edge.node);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      action: 'COACH_AVAILABILITY_CHANGED',
      subjectId: toGlobalId('Coach', org.coachId),
      actor: { id: toGlobalId('Person', org.coachPersonId) },
      program: null,
    });
    expect(JSON.parse(entry!.before!)).toEqual({
      timeZone: ZONE,
      weeklyHours: [{ weekday: 3, startTime: '09:00', endTime: '12:00' }],
      timeOff: [],
      capacity: 10,
    });
    expect(JSON.parse(entry!.after!)).toEqual({
      timeZone: ZONE,
      weeklyHours: [{ weekday: 3, startTime: '13:00', endTime: '17:00' }],
      timeOff: [{ startsOn: '2099-01-01', endsOn: '2099-01-02' }],
      capacity: 8,
      keptSessions: [
        {
          sessionId,
          startsAt: zonedToInstant(wednesday, '10:00', ZONE).toISOString(),
          reason: 'OUTSIDE_WEEKLY_HOURS',
        },
      ],
    });
    // The reason given for time off is the coach's own: it is not in the log.
    expect(entry!.after).not.toContain('surgery');

    // The same hours saved again, or only a reason reworded: nothing recorded changed, no entry.
    await ask('coach', SET, { input: { ...afternoon, keepConflictingSessions: true } });
    const reworded = afternoon.exceptions.map((e) => ({ ...e, reason: 'Away' }));
    await ask('coach', SET, { input: { ...afternoon, exceptions: reworded, keepConflictingSessions: true } });
    expect((await audit()).data!.auditLog.edges).toHaveLength(1);

    // The log is the org admins': the coach, the participant and the manager are refused.
    for (const who of ['coach', 'participant', 'manager']) {
      expect((await audit(who)).errors?.[0]?.extensions?.['code'], who).toBe('FORBIDDEN');
    }
  });

  it('lists the kept booking on the desk, to the coach only', async () => {
    const list = await kept();
    expect(list.map((c) => [c.reason, c.session.id])).toEqual([['OUTSIDE_WEEKLY_HOURS', sessionId]]);
    expect(list[0]!.session.enrolment.id).toBe(toGlobalId('Enrolment', org.enrolmentId));
    // Nobody else has a desk.
    for (const who of ['participant', 'manager', 'admin']) {
      const body = await ask<{ coachDesk: unknown }>(who, KEPT);
      const denied = body.errors?.[0]?.extensions?.['code'] === 'FORBIDDEN' || body.data?.coachDesk === null;
      expect(denied, who).toBe(true);
    }
  });

  it('refuses bad input: a time outside the new hours, in the past, the same time, not a session', async () => {
    const start = zonedToInstant(wednesday, '10:00', ZONE);
    const outside = await move('coach', {
      sessionId,
      startsAt: zonedToInstant(wednesday, '09:00', ZONE).toISOString(),
    });
    expect(outside.userErrors.map((e) => [e.field?.join('.'), e.code])).toEqual([['startsAt', 'INVALID']]);
    const past = await move('coach', { sessionId, startsAt: new Date(Date.now() - 2 * HOUR).toISOString() });
    expect(past.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const same = await move('coach', { sessionId, startsAt: start.toISOString() });
    expect(same.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const notSession = await ask<Moved>('coach', MOVE, {
      input: { sessionId: toGlobalId('Enrolment', org.enrolmentId), startsAt: start.toISOString() },
    });
    const refused =
      notSession.errors?.[0]?.extensions?.['code'] ?? notSession.data?.rescheduleSession.userErrors[0]?.code;
    expect(['BAD_USER_INPUT', 'INVALID', 'NOT_FOUND']).toContain(refused);
    const [row] = await db.query<{ starts_at: Date }>(`select starts_at from sessions where id = $1`, [
      sessionUuid,
    ]);
    expect(new Date(row!.starts_at).getTime()).toBe(start.getTime());
  });

  it('refuses the wrong role: the manager and another coach are told there is no such session', async () => {
    const slot = zonedToInstant(wednesday, '14:00', ZONE).toISOString();
    for (const who of ['manager', 'otherCoach']) {
      const result = await move(who, { sessionId, startsAt: slot });
      expect(result.session, who).toBeNull();
      expect(
        result.userErrors.map((e) => e.code),
        who,
      ).toEqual(['NOT_FOUND']);
    }
  });

  /** The starts the enrolment is offered on Wednesday in the coach's zone, asked as `role`. */
  const wednesdaySlots = async (role: 'coach' | 'participant'): Promise<string[]> => {
    const from = zonedToInstant(wednesday, '00:00', ZONE);
    const slots = await ask<SlotStarts>(role, SLOT_STARTS_QUERY, {
      id: toGlobalId('Enrolment', org.enrolmentId),
      from: from.toISOString(),
      to: new Date(from.getTime() + 24 * HOUR).toISOString(),
    });
    expect(slots.errors).toBeUndefined();
    return slots.data!.node.availableSlots.slots.map((s) => s.startsAt);
  };

  it('moves the kept booking to a free slot of the new hours and invites the participant anew', async () => {
    const offered = await wednesdaySlots('coach');
    expect(offered.length).toBeGreaterThan(0);
    // Only afternoon slots are offered now.
    for (const at of offered) expect(instantToWallClock(new Date(at), ZONE).minutes >= 13 * 60).toBe(true);

    const [{ n: queuedBefore }] = (await db.query<{ n: number }>(
      `select count(*)::int as n from job_outbox where org_id = $1 and queue = 'reminders'
         and payload->>'kind' = 'SESSION_INVITATION' and payload->>'recipient' = 'PARTICIPANT'`,
      [org.orgId],
    )) as [{ n: number }];
    const moved = await move('coach', { sessionId, startsAt: offered[0] });
    expect(moved.userErrors).toEqual([]);
    expect(moved.session).toMatchObject({ id: sessionId, startsAt: offered[0], status: 'BOOKED' });
    expect(await kept()).toEqual([]);

    // The participant's new invitation (the moved .ics, a higher sequence) is queued like any move's.
    const [row] = await db.query<{ sequence: number }>(`select sequence from sessions where id = $1`, [
      sessionUuid,
    ]);
    const invitations = await db.query<{ sequence: number }>(
      `select (payload->>'sequence')::int as sequence from job_outbox where org_id = $1 and queue = 'reminders'
         and payload->>'kind' = 'SESSION_INVITATION' and payload->>'recipient' = 'PARTICIPANT'
         and payload->>'sessionId' = $2`,
      [org.orgId, sessionUuid],
    );
    expect(invitations.length).toBe(queuedBefore + 1);
    expect(invitations.map((i) => i.sequence)).toContain(row!.sequence);

    // The move is in the audit log, like the availability change that kept the booking: who moved
    // which session of which program, from when to when.
    const start = zonedToInstant(wednesday, '10:00', ZONE);
    const [entry, ...more] = await moves();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'SESSION_RESCHEDULED',
      subjectId: sessionId,
      actor: { id: toGlobalId('Person', org.coachPersonId) },
      program: { id: toGlobalId('Program', org.programId) },
    });
    expect(JSON.parse(entry!.before!)).toEqual({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + HOUR).toISOString(),
    });
    expect(JSON.parse(entry!.after!)).toEqual({
      startsAt: offered[0],
      endsAt: new Date(new Date(offered[0]!).getTime() + HOUR).toISOString(),
    });
    // Refused moves (above) left nothing; the log stays the org admins'.
    expect((await audit('coach', 'SESSION_RESCHEDULED')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('audits an admin’s move of the session, not the participant’s own', async () => {
    const offered = await wednesdaySlots('participant');
    expect(offered.length).toBeGreaterThan(1);
    const own = await move('participant', { sessionId, startsAt: offered[0] });
    expect(own.userErrors).toEqual([]);
    expect(await moves()).toHaveLength(1);

    const byAdmin = await move('admin', { sessionId, startsAt: offered[1] });
    expect(byAdmin.userErrors).toEqual([]);
    const [latest, ...earlier] = await moves();
    expect(earlier).toHaveLength(1);
    expect(latest).toMatchObject({
      action: 'SESSION_RESCHEDULED',
      subjectId: sessionId,
      actor: { id: toGlobalId('Person', org.adminId) },
    });
    expect(JSON.parse(latest!.before!).startsAt).toBe(offered[0]);
    expect(JSON.parse(latest!.after!).startsAt).toBe(offered[1]);
  });

  it('refuses a former coach: once the participant has another coach, the booking is no longer theirs', async () => {
    // Back outside the hours, then kept again, then the participant is matched with another coach.
    await db.query(`update sessions set starts_at = $2, ends_at = $3 where id = $1`, [
      sessionUuid,
      zonedToInstant(wednesday, '10:00', ZONE),
      new Date(zonedToInstant(wednesday, '10:00', ZONE).getTime() + HOUR),
    ]);
    expect((await kept()).map((c) => c.session.id)).toEqual([sessionId]);
    await db.query(`update enrolments set coach_id = $2 where id = $1`, [org.enrolmentId, otherCoachId]);
    expect(await kept()).toEqual([]);
    const result = await move('coach', {
      sessionId,
      startsAt: zonedToInstant(wednesday, '14:00', ZONE).toISOString(),
    });
    expect(result.session).toBeNull();
    expect(result.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
