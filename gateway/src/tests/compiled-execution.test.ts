/**
 * The gateway runs operations through graphql-jit (src/compiled-execution.ts). These tests hold it to
 * graphql-js: the same documents, sent to a gateway of each kind, give the same status and body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

describe('compiled execution', () => {
  let db: Database;
  let org: GatewayFixture;
  let compiled: RunningGateway;
  let interpreted: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    org = await createGatewayFixture(db, 'compiled', { teams: 3 });
    compiled = await startGateway(db);
    interpreted = await startGateway(db, { execution: 'interpreted' });
  });
  afterAll(async () => {
    await compiled?.close();
    await interpreted?.close();
    await db?.close();
  });

  interface Case {
    query: string;
    variables?: Record<string, unknown>;
    /** Who asks; the admin unless said. */
    as?: (org: GatewayFixture) => string;
  }
  const cases: Record<string, (org: GatewayFixture) => Case> = {
    'connections, aliases and fragments': () => ({
      query: `query Tree($first: Int) {
        roots: orgUnits(rootsOnly: true, first: $first) { totalCount edges { node { ...Unit } } pageInfo { hasNextPage } }
        all: orgUnits(first: 50) { totalCount edges { cursor node { id name } } }
      }
      fragment Unit on OrgUnit { id name children(first: 10) { totalCount edges { node { id name } } } }`,
      variables: { first: 5 },
    }),
    'skip, include and typename': () => ({
      query: `query Flags($withEmail: Boolean!) {
        viewer { __typename id person { name email @include(if: $withEmail) jobLevel @skip(if: true) } }
      }`,
      variables: { withEmail: true },
    }),
    'an abstract type through node': (org) => ({
      query: `query One($id: ID!) { node(id: $id) { __typename id ... on Person { name } ... on OrgUnit { name } } }`,
      variables: { id: toGlobalId('Person', org.reportIds[0]!) },
    }),
    // A participant: the nullable field is refused beside data that is returned.
    'a refused field beside data': () => ({
      query: '{ viewer { id } programs { edges { node { name enrolments { totalCount } } } } }',
      as: (o) => o.reportIds[0]!,
    }),
    'a refused non-null root field': () => ({
      query: '{ people(first: 2) { totalCount } }',
      as: (o) => o.reportIds[0]!,
    }),
    'a bad cursor': () => ({ query: '{ people(after: "bogus") { totalCount } }' }),
    'a variable of the wrong type': () => ({
      query: 'query Bad($first: Int) { orgUnits(first: $first) { totalCount } }',
      variables: { first: 'many' },
    }),
    'a missing required variable': () => ({ query: 'query Need($id: ID!) { node(id: $id) { id } }' }),
  };

  for (const [name, build] of Object.entries(cases)) {
    it(`answers as graphql-js does: ${name}`, async () => {
      const { as, ...request } = build(org);
      const token = await tokenFor(db, as ? as(org) : org.adminId);
      const [fast, reference] = await Promise.all([
        postGraphQL(compiled.url, request, { token }),
        postGraphQL(interpreted.url, request, { token }),
      ]);
      expect(fast.status).toBe(reference.status);
      expect(fast.body).toEqual(reference.body);
    });
  }
});
