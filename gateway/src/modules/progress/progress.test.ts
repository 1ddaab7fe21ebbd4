/**
 * The progress card's figures against hand-computed expectations (test-fixture.ts),
 * who sees what (sharing, goal visibility, the rater threshold), and the statement
 * count of a manager's strip of 50 cards.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { writeProgressWorld, type Figure, type ProgressWorld } from './test-fixture.js';

const CARD = `query Card($enrolment: ID, $person: ID) {
  progressCard(enrolment: $enrolment, person: $person) {
    availability
    person { name }
    progress {
      program { name }
      coach { name }
      sessions { planned completed upcoming noShows lateCancellations remaining }
      nextSession { id }
      attendance { attended missed rate }
      cadence { status meanDaysBetweenSessions targetDaysBetweenSessions expectedByNow daysSinceLastSession }
      goals { total onTrack meanProgress byStatus { status count } }
      capabilities {
        capability { code }
        baseline { phase mean raters withheld }
        latest { phase mean raters withheld }
        delta
      }
      sharedWithManager
      viewerCanChangeSharing
    }
  }
}`;

interface Card {
  availability: string;
  person: { name: string };
  progress: null | {
    program: { name: string };
    coach: { name: string } | null;
    sessions: Record<string, number>;
    nextSession: { id: string } | null;
    attendance: { attended: number; missed: number; rate: number | null };
    cadence: Record<string, unknown>;
    goals: {
      total: number;
      onTrack: number;
      meanProgress: number | null;
      byStatus: Array<{ status: string; count: number }>;
    };
    capabilities: Array<{
      capability: { code: string };
      baseline: Figure | null;
      latest: Figure | null;
      delta: number | null;
    }>;
    sharedWithManager: boolean;
    viewerCanChangeSharing: boolean;
  };
}

describe.each(testEngines())('progress card on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let world: ProgressWorld;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'progress');
    world = await writeProgressWorld(db, org);
    running = await startGateway(db);
    const people = {
      participant: org.reportIds[0]!,
      manager: org.managerId,
      director: org.directorId,
      coach: org.coachPersonId,
      admin: org.adminId,
      peer: org.reportIds[1]!,
      outsider: org.outsiderId,
    };
    for (const [role, id] of Object.entries(people)) tokens[role] = await tokenFor(db, id);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  async function ask<D>(role: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await postGraphQL<D>(running.url, { query, variables }, { token: tokens[role]! });
    return res.body;
  }
  async function card(role: string, variables: Record<string, unknown> = {}): Promise<Card> {
    const body = await ask<{ progressCard: Card }>(role, CARD, variables);
    expect(body.errors).toBeUndefined();
    return body.data!.progressCard;
  }
  const enrolmentVar = () => ({ enrolment: toGlobalId('Enrolment', world.enrolmentId) });
  const personVar = (id: string) => ({ person: toGlobalId('Person', id) });
  async function setSharing(role: string, shared: boolean) {
    const body = await ask<{
      setProgressSharing: {
        progress: { sharedWithManager: boolean } | null;
        userErrors: Array<{ code: string; field: string[] }>;
      };
    }>(
      role,
      `mutation($input: SetProgressSharingInput!) {
        setProgressSharing(input: $input) { progress { sharedWithManager } userErrors { field code message } }
      }`,
      { input: { enrolmentId: toGlobalId('Enrolment', world.enrolmentId), sharedWithManager: shared } },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.setProgressSharing;
  }
  async function setMinGroupSize(size: number) {
    await db.query('update organisations set min_group_size = $2 where id = $1', [org.orgId, size]);
  }

  it('gives the participant every figure, computed as by hand', async () => {
    const own = await card('participant');
    expect(own.availability).toBe('AVAILABLE');
    expect(own.person.name).toBe('Report 1');
    const p = own.progress!;
    expect(p.program.name).toBe('First-time managers');
    expect(p.coach?.name).toBe('Cleo Coach');
    expect(p.sessions).toEqual({
      planned: 8,
      completed: 3,
      upcoming: 1,
      noShows: 1,
      lateCancellations: 1,
      remaining: 2,
    });
    expect(p.nextSession?.id).toBe(toGlobalId('Session', world.nextSessionId));
    expect(p.attendance).toEqual({ attended: 3, missed: 2, rate: 0.6 });
    expect(p.cadence).toEqual({
      status: 'ON_TRACK',
      meanDaysBetweenSessions: 17.5,
      targetDaysBetweenSessions: 14,
      expectedByNow: 3,
      daysSinceLastSession: 5,
    });
    expect(p.goals).toEqual({
      total: 4,
      onTrack: 2,
      meanProgress: 40,
      byStatus: [
        { status: 'NOT_STARTED', count: 1 },
        { status: 'IN_PROGRESS', count: 2 },
        { status: 'COMPLETED', count: 1 },
        { status: 'ABANDONED', count: 0 },
      ],
    });
    expect(p.capabilities).toEqual([
      {
        capability: { code: 'DELEGATION' },
        baseline: { phase: 'PRE', mean: 2.8, raters: 5, withheld: false },
        latest: { phase: 'MID', mean: 3.5, raters: 6, withheld: false },
        delta: 0.7,
      },
      {
        capability: { code: 'FEEDBACK' },
        baseline: { phase: 'PRE', mean: 3, raters: 7, withheld: false },
        latest: { phase: 'MID', mean: null, raters: null, withheld: true },
        delta: null,
      },
    ]);
    expect(p.sharedWithManager).toBe(false);
    expect(p.viewerCanChangeSharing).toBe(true);
    // The same card by enrolment ID, and through Enrolment.progress.
    expect(await card('participant', enrolmentVar())).toEqual(own);
  });

  it('marks a participant far behind the plan as BEHIND', async () => {
    const behind = await card('coach', { enrolment: toGlobalId('Enrolment', world.behindEnrolmentId) });
    expect(behind.progress!.cadence).toEqual({
      status: 'BEHIND',
      meanDaysBetweenSessions: null,
      targetDaysBetweenSessions: 14,
      expectedByNow: 7,
      daysSinceLastSession: 90,
    });
    expect(behind.progress!.attendance.rate).toBe(1);
    expect(behind.progress!.goals.total).toBe(0);
    expect(behind.progress!.goals.meanProgress).toBeNull();
  });

  it('counts for the coach only the goals shared with coaches or managers', async () => {
    const seen = await card('coach', personVar(org.reportIds[0]!));
    expect(seen.availability).toBe('AVAILABLE');
    expect(seen.progress!.goals).toMatchObject({ total: 3, onTrack: 1, meanProgress: 20 });
    expect(seen.progress!.viewerCanChangeSharing).toBe(false);
  });

  it('refuses admins one person’s card: individual progress reaches them only in aggregates', async () => {
    for (const variables of [enrolmentVar(), personVar(org.reportIds[0]!)]) {
      const body = await ask('admin', CARD, variables);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('shows the direct manager nothing until the participant shares, then only what managers may see', async () => {
    const before = await card('manager', personVar(org.reportIds[0]!));
    expect(before).toEqual({ availability: 'NOT_SHARED', person: { name: 'Report 1' }, progress: null });
    const viaEnrolment = await ask<{ node: { progress: unknown } }>(
      'manager',
      `query($id: ID!) { node(id: $id) { ... on Enrolment { progress { sessions { completed } } } } }`,
      { id: toGlobalId('Enrolment', world.enrolmentId) },
    );
    expect(viaEnrolment.data?.node?.progress ?? null).toBeNull();

    const refused = await setSharing('manager', true);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const unknown = await setSharing('outsider', true);
    expect(unknown.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await card('manager', personVar(org.reportIds[0]!))).availability).toBe('NOT_SHARED');

    try {
      const shared = await setSharing('participant', true);
      expect(shared).toEqual({ progress: { sharedWithManager: true }, userErrors: [] });
      const after = await card('manager', personVar(org.reportIds[0]!));
      expect(after.availability).toBe('AVAILABLE');
      expect(after.progress!.goals).toMatchObject({ total: 2, onTrack: 1, meanProgress: 25 });
      expect(after.progress!.sessions.completed).toBe(3);
      expect(after.progress!.viewerCanChangeSharing).toBe(false);
    } finally {
      await setSharing('participant', false);
    }
    expect((await card('manager', personVar(org.reportIds[0]!))).availability).toBe('NOT_SHARED');
  });

  it('counts a goal the participant sets while enrolled (it joins the current enrolment)', async () => {
    const before = (await card('participant')).progress!.goals;
    const created = await ask<{ createGoal: { goal: { id: string } | null; userErrors: unknown[] } }>(
      'participant',
      `mutation { createGoal(input: { capability: "FEEDBACK", title: "Weekly one-to-ones", visibility: PRIVATE }) {
        goal { id } userErrors { code message } } }`,
    );
    expect(created.data?.createGoal.userErrors).toEqual([]);
    try {
      const after = (await card('participant')).progress!.goals;
      expect(after.total).toBe(before.total + 1);
      expect(after.byStatus.find((s) => s.status === 'NOT_STARTED')!.count).toBe(
        before.byStatus.find((s) => s.status === 'NOT_STARTED')!.count + 1,
      );
      // Private: the coach's count does not move.
      expect((await card('coach', personVar(org.reportIds[0]!))).progress!.goals.total).toBe(3);
    } finally {
      await db.query(`delete from goals where title = 'Weekly one-to-ones'`);
    }
  });

  it('refuses anyone else: a skip-level manager, a peer, someone in another team', async () => {
    for (const role of ['director', 'peer', 'outsider']) {
      for (const variables of [personVar(org.reportIds[0]!), enrolmentVar()]) {
        const body = await ask(role, CARD, variables);
        expect(
          body.errors?.map((e) => e.extensions?.['code']),
          `${role} ${JSON.stringify(variables)}`,
        ).toEqual(['FORBIDDEN']);
      }
    }
  });

  it('says NOT_ENROLLED for a person without an enrolment and rejects bad arguments', async () => {
    const none = await card('manager', personVar(org.managerId));
    expect(none).toEqual({ availability: 'NOT_ENROLLED', person: { name: 'Manager 0001' }, progress: null });
    const both = await ask('manager', CARD, { ...enrolmentVar(), ...personVar(org.managerId) });
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const wrongType = await ask('manager', CARD, { person: toGlobalId('Program', org.programId) });
    expect(wrongType.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const missing = await ask('manager', CARD, { enrolment: toGlobalId('Enrolment', randomUUID()) });
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('withholds each 360 figure resting on fewer reports and peers than the organisation minimum', async () => {
    try {
      await setMinGroupSize(3);
      const low = (await card('participant')).progress!.capabilities;
      expect(low[1]).toMatchObject({
        latest: { phase: 'MID', mean: 4, raters: 5, withheld: false },
        delta: 1,
      });
      await setMinGroupSize(6);
      const high = (await card('participant')).progress!.capabilities;
      expect(high[0]).toEqual({
        capability: { code: 'DELEGATION' },
        baseline: { phase: 'PRE', mean: null, raters: null, withheld: true },
        latest: { phase: 'MID', mean: null, raters: null, withheld: true },
        delta: null,
      });
      expect(high[1]!.baseline).toEqual({ phase: 'PRE', mean: 3, raters: 7, withheld: false });
    } finally {
      await setMinGroupSize(5);
    }
  });
});

describe.each(testEngines())('team strip statements on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let managerToken: string;

  const STRIP = `query Strip($first: Int!) {
    teamProgressCards(first: $first) {
      totalCount
      edges { node {
        availability person { name }
        progress {
          sessions { completed remaining } nextSession { startsAt } cadence { status }
          goals { total onTrack } capabilities { capability { code } delta }
        }
      } }
    }
  }`;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'strip');
    // A manager of 50 participants, each enrolled, with a session, a goal and a rating.
    const managerId = randomUUID();
    await db.query(
      `insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
         in_role_since, roles)
       values ($1, $2, 'Mia Many', 'many@strip.example', 'en', 'Europe/Paris', 'SENIOR_MANAGER', $3, $4,
         '2025-01-01', array['MANAGER'])`,
      [managerId, org.orgId, org.teamIds[0], org.directorId],
    );
    await db.query(
      `with reports as (
         insert into people (id, org_id, name, email, locale, time_zone, job_level, org_unit_id, manager_id,
           in_role_since, roles)
         select gen_random_uuid(), $1, 'Report ' || lpad(n::text, 3, '0'), 'r' || n || '@strip.example', 'en',
           'Europe/Paris', 'MANAGER', $2, $3, '2025-06-01', array['PARTICIPANT']
         from generate_series(1, 50) n
         returning id, email
       )
       insert into enrolments (id, org_id, program_id, person_id, coach_id, status, enrolled_at, shared_with_manager)
       select gen_random_uuid(), $1, $4, id, $5, 'ACTIVE', now() - interval '30 days',
         split_part(split_part(email, '@', 1), 'r', 2)::int % 5 <> 0
       from reports`,
      [org.orgId, org.teamIds[0], managerId, org.programId, org.coachId],
    );
    await db.query(
      `insert into sessions (org_id, coach_id, participant_id, enrolment_id, starts_at, ends_at, language, status)
       select e.org_id, e.coach_id, e.person_id, e.id, now() - (row_number() over (order by e.id)) * interval '1 day',
         now() - (row_number() over (order by e.id)) * interval '1 day' + interval '1 hour', 'en', 'COMPLETED'
       from enrolments e join people p on p.id = e.person_id where p.manager_id = $1`,
      [managerId],
    );
    await db.query(
      `insert into goals (org_id, owner_id, enrolment_id, capability_code, title, status, progress, visibility)
       select e.org_id, e.person_id, e.id, 'DELEGATION', 'Delegate more', 'IN_PROGRESS', 40, 'MANAGER'
       from enrolments e join people p on p.id = e.person_id where p.manager_id = $1`,
      [managerId],
    );
    await db.query(
      `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id, score)
       select e.org_id, e.person_id, e.program_id, 'DELEGATION', 'PRE', 'SELF', e.person_id, 3
       from enrolments e join people p on p.id = e.person_id where p.manager_id = $1`,
      [managerId],
    );
    running = await startGateway(db);
    managerToken = await tokenFor(db, managerId);
    // The first request of a caller also reads their signing key and roles (cached after): warm it,
    // so both strips below are measured alike.
    await postGraphQL(running.url, { query: '{ viewer { id } }' }, { token: managerToken });
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  async function strip(first: number) {
    const seen: string[] = [];
    const stop = db.onStatement((sql) => seen.push(sql));
    try {
      const res = await postGraphQL<{
        teamProgressCards: {
          totalCount: number;
          edges: Array<{
            node: { availability: string; progress: { sessions: { completed: number } } | null };
          }>;
        };
      }>(running.url, { query: STRIP, variables: { first } }, { token: managerToken });
      expect(res.body.errors).toBeUndefined();
      return { statements: seen.length, data: res.body.data!.teamProgressCards };
    } finally {
      stop();
    }
  }

  it('sends as many statements for 50 cards as for 2', async () => {
    const two = await strip(2);
    const fifty = await strip(50);
    expect(fifty.data.totalCount).toBe(50);
    expect(fifty.data.edges).toHaveLength(50);
    const availability = fifty.data.edges.map((e) => e.node.availability);
    expect(availability.filter((a) => a === 'NOT_SHARED')).toHaveLength(10);
    expect(availability.filter((a) => a === 'AVAILABLE')).toHaveLength(40);
    expect(fifty.data.edges.find((e) => e.node.progress)?.node.progress?.sessions.completed).toBe(1);
    expect(fifty.statements).toBe(two.statements);
    expect(fifty.statements).toBeLessThanOrEqual(16);
  });
});
