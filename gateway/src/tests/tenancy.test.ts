/**
 * The organisation comes from the token alone: no ID, filter or cursor from
 * another organisation reaches its rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

describe.each(testEngines())('tenancy on %s', (engine) => {
  let db: Database;
  let a: GatewayFixture;
  let b: GatewayFixture;
  let running: RunningGateway;
  let adminOfA: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    a = await createGatewayFixture(db, 'ten-a');
    b = await createGatewayFixture(db, 'ten-b');
    running = await startGateway(db);
    adminOfA = await tokenFor(db, a.adminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  /** One object of each kind the organisation holds, as the global IDs a client would ask for. */
  const objectIdsOf = (org: GatewayFixture): string[] => [
    toGlobalId('Person', org.managerId),
    toGlobalId('OrgUnit', org.teamIds[0]!),
    toGlobalId('Program', org.programId),
    toGlobalId('Enrolment', org.enrolmentId),
    toGlobalId('Organisation', org.orgId),
  ];

  it('resolves org B’s objects by ID to null for org A’s admin, and org A’s own to objects', async () => {
    const foreign = objectIdsOf(b);
    const own = objectIdsOf(a);
    const res = await postGraphQL<{ nodes: Array<{ __typename: string; id: string } | null> }>(
      running.url,
      {
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
        variables: { ids: [...foreign, ...own] },
      },
      { token: adminOfA },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.nodes;
    expect(nodes.slice(0, foreign.length)).toEqual(foreign.map(() => null));
    expect(nodes.slice(foreign.length).map((node) => node?.id)).toEqual(own);

    const single = await postGraphQL(
      running.url,
      {
        query: 'query ($id: ID!) { node(id: $id) { id } }',
        variables: { id: toGlobalId('Person', b.adminId) },
      },
      { token: adminOfA },
    );
    expect(single.body).toEqual({ data: { node: null } });
  });

  it('refuses a foreign org unit as a filter or a parent instead of widening the query', async () => {
    const res = await postGraphQL<{
      people: { totalCount: number };
      orgUnits: { totalCount: number };
    }>(
      running.url,
      {
        query: `query ($unit: ID!) {
          people(filter: { orgUnit: $unit }) { totalCount }
          orgUnits(parent: $unit) { totalCount }
        }`,
        variables: { unit: toGlobalId('OrgUnit', b.functionId) },
      },
      { token: adminOfA },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ people: { totalCount: 0 }, orgUnits: { totalCount: 0 } });
  });

  it('lists only the token’s organisation', async () => {
    const res = await postGraphQL<{
      people: { totalCount: number };
      orgUnits: { totalCount: number };
      organisation: { name: string };
    }>(
      running.url,
      { query: '{ organisation { name } people { totalCount } orgUnits { totalCount } }' },
      { token: adminOfA },
    );
    expect(res.body.data).toEqual({
      organisation: { name: 'Org ten-a' },
      // admin, director, three team managers, two reports, the outsider, the coach
      people: { totalCount: 9 },
      orgUnits: { totalCount: 2 + 3 },
    });
  });

  it('does not accept an ID of one type where another is expected', async () => {
    const res = await postGraphQL(
      running.url,
      {
        query: 'query ($p: ID!) { orgUnits(parent: $p) { totalCount } }',
        variables: { p: toGlobalId('Person', a.managerId) },
      },
      { token: adminOfA },
    );
    expect(res.body.errors?.[0]).toMatchObject({
      message: '`parent` is not an ID of type OrgUnit.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
