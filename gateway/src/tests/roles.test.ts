/**
 * Roles gate every field that is not the viewer's own: the directory (name,
 * level, unit, manager) is open to the organisation; personal fields are for the
 * person, the managers above them, their coach and admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

const personQuery = `query ($id: ID!) { node(id: $id) { ... on Person { name jobLevel email timeZone } } }`;

describe.each(testEngines())('role gating on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'roles');
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  async function readPerson(viewerId: string, personId: string) {
    return postGraphQL<{ node: { name: string; email: string | null; timeZone: string | null } }>(
      running.url,
      { query: personQuery, variables: { id: toGlobalId('Person', personId) } },
      { token: await tokenFor(db, viewerId) },
    );
  }

  async function expectPersonal(viewerId: string, personId: string, visible: boolean) {
    const res = await readPerson(viewerId, personId);
    expect(res.status).toBe(200);
    expect(res.body.data?.node.name).toBeTruthy();
    if (visible) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.node.email).toMatch(/@roles\.example$/);
    } else {
      expect(res.body.data?.node).toMatchObject({ email: null, timeZone: null });
      expect(res.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['node.email', 'FORBIDDEN'],
        ['node.timeZone', 'FORBIDDEN'],
      ]);
    }
  }

  it('shows personal fields to the person, their managers, their coach and admins', async () => {
    const report = org.reportIds[0]!;
    await expectPersonal(report, report, true);
    await expectPersonal(org.managerId, report, true);
    await expectPersonal(org.directorId, report, true);
    await expectPersonal(org.coachPersonId, report, true);
    await expectPersonal(org.adminId, report, true);
  });

  it('hides them from peers, other managers and coaches of someone else', async () => {
    await expectPersonal(org.outsiderId, org.reportIds[0]!, false);
    await expectPersonal(org.managerId, org.outsiderId, false);
    await expectPersonal(org.coachPersonId, org.reportIds[1]!, false);
    await expectPersonal(org.reportIds[0]!, org.managerId, false);
  });

  it('keeps the people listing and program enrolments to admins', async () => {
    const query = `{ people(first: 5) { totalCount } programs { edges { node { name enrolments { totalCount } } } } }`;
    const participant = await postGraphQL(
      running.url,
      { query },
      { token: await tokenFor(db, org.reportIds[0]!) },
    );
    expect(participant.body.data).toBeNull();
    // The enrolment list may be refused too: GraphQL lets an executor finish sibling fields after
    // a non-null one failed (graphql-jit does), but the listing's refusal must always be there.
    expect(
      participant.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code, e.message]),
    ).toContainEqual([
      'people',
      'FORBIDDEN',
      'The people directory listing is for program and organisation admins.',
    ]);

    const programsOnly = `{ programs { totalCount edges { node { name enrolments { totalCount } } } } }`;
    const enrolled = await postGraphQL<{
      programs: { totalCount: number; edges: Array<{ node: { enrolments: null } }> };
    }>(running.url, { query: programsOnly }, { token: await tokenFor(db, org.reportIds[0]!) });
    expect(enrolled.body.data?.programs.totalCount).toBe(1);
    expect(enrolled.body.data?.programs.edges[0]?.node.enrolments).toBeNull();
    expect(enrolled.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const outsider = await postGraphQL(
      running.url,
      { query: programsOnly },
      { token: await tokenFor(db, org.outsiderId) },
    );
    expect(outsider.body).toEqual({ data: { programs: { totalCount: 0, edges: [] } } });

    const admin = await postGraphQL(running.url, { query }, { token: await tokenFor(db, org.adminId) });
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data).toEqual({
      people: { totalCount: 9 },
      programs: { edges: [{ node: { name: 'First-time managers', enrolments: { totalCount: 1 } } }] },
    });
  });

  it('resolves an enrolment by ID only for those who may see its roster line or its shared progress', async () => {
    const query = `query ($id: ID!) { node(id: $id) { ... on Enrolment { status person { name } coach { name } program { name } } } }`;
    const variables = { id: toGlobalId('Enrolment', org.enrolmentId) };
    const managerToken = await tokenFor(db, org.managerId);
    const unshared = await postGraphQL(running.url, { query, variables }, { token: managerToken });
    expect(unshared.body).toEqual({ data: { node: null } });
    await db.query(`update enrolments set shared_with_manager = true where id = $1`, [org.enrolmentId]);
    const manager = await postGraphQL(running.url, { query, variables }, { token: managerToken });
    await db.query(`update enrolments set shared_with_manager = false where id = $1`, [org.enrolmentId]);
    expect(manager.body).toEqual({
      data: {
        node: {
          status: 'ACTIVE',
          person: { name: 'Report 1' },
          coach: { name: 'Cleo Coach' },
          program: { name: 'First-time managers' },
        },
      },
    });
    const outsider = await postGraphQL(
      running.url,
      { query, variables },
      { token: await tokenFor(db, org.outsiderId) },
    );
    expect(outsider.body).toEqual({ data: { node: null } });
  });
});
