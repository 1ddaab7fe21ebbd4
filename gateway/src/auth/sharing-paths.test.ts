/**
 * The paths around progress sharing, tried as an attacker would: every way
 * through the graph to a participant's sessions, join links, calendar files,
 * quota and individual 360 figures, as each relation that must not reach them.
 * The matrix (authorisation-matrix.test.ts) covers every field; these are the
 * concrete attacks, with the values they must never return.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { createRelationsWorld, type RelationsWorld } from './test-fixture.js';

const SESSION_FIELDS = `id startsAt joinUrl calendar { ics } feedback { rating comment }`;

// Pages are asked for explicitly: the default page size at every level costs more than one request may.
const PERSON_PATH = `query ($id: ID!) {
  node(id: $id) {
    ... on Person {
      name
      enrolments(first: 10) {
        edges { node {
          status
          quota { used remaining }
          coach { name }
          sessions(first: 20) { edges { node { ${SESSION_FIELDS} } } }
          progress { capabilities { latest { mean } } }
        } }
      }
    }
  }
}`;

const NODE_SESSION = `query ($id: ID!) { node(id: $id) { ... on Session { ${SESSION_FIELDS} } } }`;

const CARD_PATH = `query ($person: ID!) {
  progressCard(person: $person) {
    availability
    progress {
      sessions { completed }
      nextSession { ${SESSION_FIELDS} }
      enrolment { quota { used } sessions { edges { node { ${SESSION_FIELDS} } } } }
      capabilities { baseline { mean raters } latest { mean raters } delta }
    }
  }
}`;

const FIGURES = `query ($person: ID!) {
  progressCard(person: $person) { progress { capabilities { latest { mean raters } } } }
}`;

const PROGRAM_ROSTER = `query ($id: ID!) {
  node(id: $id) {
    ... on Program {
      enrolments { edges { node { person { name } status quota { used } progress { capabilities { latest { mean } } } } } }
    }
  }
}`;

describe.each(testEngines())('paths around sharing on %s', (engine) => {
  let db: Database;
  let world: RelationsWorld;
  let running: RunningGateway;
  const tokens: Record<string, string> = {};
  const secrets: string[] = [];

  const ask = async (who: string, query: string, variables: Record<string, unknown>) =>
    postGraphQL(running.url, { query, variables }, { token: tokens[who] });

  /** Nothing of the live session (its link, its calendar file) and no 360 mean appears anywhere in the answer. */
  const expectNoSecrets = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain('BEGIN:VCALENDAR');
    expect(text).not.toMatch(/"mean":\d/);
  };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    world = await createRelationsWorld(db, `paths-${engine}`);
    running = await startGateway(db);
    const { org } = world;
    const people: Record<string, string> = {
      participant: world.participantId,
      manager: org.managerId,
      skipLevel: org.directorId,
      coach: org.coachPersonId,
      formerCoach: world.formerCoachPersonId,
      programAdmin: world.programAdminId,
      orgAdmin: org.adminId,
      peer: world.peerId,
    };
    for (const [who, id] of Object.entries(people)) tokens[who] = await tokenFor(db, id);
    secrets.push(
      `https://meet.example/${world.liveSessionId}`,
      `https://meet.example/${world.formerCoachSessionId}`,
      `https://meet.example/${world.pastSessionId}`,
      'Helpful and kind',
    );
  });

  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const person = () => toGlobalId('Person', world.participantId);

  it('the participant reaches their own sessions, link and calendar (the control)', async () => {
    const { body } = await ask('participant', PERSON_PATH, { id: person() });
    expect(JSON.stringify(body)).toContain(`https://meet.example/${world.liveSessionId}`);
    expect(JSON.stringify(body)).toContain('BEGIN:VCALENDAR');
  });

  it.each(['manager', 'skipLevel', 'formerCoach', 'peer', 'programAdmin', 'orgAdmin'])(
    '%s gets no session, link or calendar through node → Person.enrolments',
    async (who) => {
      const { body } = await ask(who, PERSON_PATH, { id: person() });
      expectNoSecrets(body);
    },
  );

  it.each(['manager', 'skipLevel', 'formerCoach', 'peer', 'programAdmin', 'orgAdmin'])(
    '%s cannot refetch a session by its ID',
    async (who) => {
      for (const id of [world.liveSessionId, world.formerCoachSessionId, world.pastSessionId]) {
        const { body } = await ask(who, NODE_SESSION, { id: toGlobalId('Session', id) });
        expect(body.data?.node ?? null).toBeNull();
        expectNoSecrets(body);
      }
    },
  );

  it('the manager without sharing gets no roster figures through node → Person.enrolments', async () => {
    const { body } = await ask('manager', PERSON_PATH, { id: person() });
    expect(JSON.stringify(body)).not.toMatch(/"used":\d/);
  });

  it('sharing releases the card and the 360 figures to the manager and the coach, never a session, link or calendar', async () => {
    await db.query(`update enrolments set shared_with_manager = true where id = $1`, [world.enrolmentId]);
    try {
      const { body } = await ask('manager', CARD_PATH, { person: person() });
      const text = JSON.stringify(body);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain('BEGIN:VCALENDAR');
      expect(text).toContain('"availability":"AVAILABLE"');
      // Sharing releases the participant's own figures to their manager.
      for (const who of ['manager', 'coach']) {
        const figures = await ask(who, FIGURES, { person: person() });
        expect(JSON.stringify(figures.body), who).toMatch(/"mean":\d/);
      }
      for (const who of ['skipLevel', 'programAdmin', 'orgAdmin', 'formerCoach']) {
        const figures = await ask(who, FIGURES, { person: person() });
        expect(JSON.stringify(figures.body), who).not.toMatch(/"mean":\d/);
      }
    } finally {
      await db.query(`update enrolments set shared_with_manager = false where id = $1`, [world.enrolmentId]);
    }
  });

  it('the current coach sees the sessions they hold, not the one the former coach held', async () => {
    const { body } = await ask('coach', PERSON_PATH, { id: person() });
    const text = JSON.stringify(body);
    expect(text).toContain(`https://meet.example/${world.liveSessionId}`);
    expect(text).not.toContain(`https://meet.example/${world.formerCoachSessionId}`);
    expect(text).not.toContain(`https://meet.example/${world.pastSessionId}`);
    const former = await ask('coach', NODE_SESSION, {
      id: toGlobalId('Session', world.formerCoachSessionId),
    });
    expect(former.body.data?.node ?? null).toBeNull();
  });

  it('the current coach sees no individual 360 figure while the participant does not share', async () => {
    const { body } = await ask('coach', CARD_PATH, { person: person() });
    expect(JSON.stringify(body)).toContain('"availability":"AVAILABLE"');
    expect(JSON.stringify(body)).not.toMatch(/"mean":\d/);
  });

  it('the former coach keeps nothing: no card, no enrolment, no goal, no contact details', async () => {
    const card = await ask('formerCoach', CARD_PATH, { person: person() });
    expect(card.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const id of [
      toGlobalId('Enrolment', world.pastEnrolmentId),
      toGlobalId('Goal', world.goalIds.COACH),
    ]) {
      const { body } = await ask('formerCoach', `query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(body.data?.node ?? null).toBeNull();
    }
    const { body } = await ask(
      'formerCoach',
      `query ($id: ID!) { node(id: $id) { ... on Person { email } } }`,
      {
        id: person(),
      },
    );
    expect(JSON.stringify(body)).not.toContain('report1@');
  });

  it.each(['coach', 'formerCoach'])(
    '%s cannot close the session the former coach held (authority stays with the coach who held it)',
    async (who) => {
      const { body } = await ask(
        who,
        `mutation ($id: ID!) { completeSession(input: { sessionId: $id }) { session { status } userErrors { code } } }`,
        { id: toGlobalId('Session', world.formerCoachSessionId) },
      );
      const payload = (body.data as { completeSession: { session: unknown; userErrors: unknown[] } } | null)
        ?.completeSession;
      expect(payload?.session ?? null).toBeNull();
      expect(payload?.userErrors.length ?? 1).toBeGreaterThan(0);
    },
  );

  it.each(['programAdmin', 'orgAdmin'])(
    "%s cannot read one person's 360 figures through progressCard(person:)",
    async (who) => {
      const { body } = await ask(who, CARD_PATH, { person: person() });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expectNoSecrets(body);
    },
  );

  it.each(['programAdmin', 'orgAdmin'])(
    '%s reads the operational roster of a program but no individual 360 figure',
    async (who) => {
      const { body } = await ask(who, PROGRAM_ROSTER, { id: toGlobalId('Program', world.org.programId) });
      const text = JSON.stringify(body);
      expect(text).toMatch(/"used":\d/);
      expect(text).not.toMatch(/"mean":\d/);
    },
  );
});
