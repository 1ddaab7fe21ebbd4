/**
 * The read modules and the viewer mutation end to end: cursor paging, the tree,
 * localised capability names, and userErrors for what the user can fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { name: string } }>;
}

describe.each(testEngines())('modules on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  let admin: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'modules', { teams: 7 });
    running = await startGateway(db);
    admin = await tokenFor(db, org.adminId);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('answers the viewer with the token’s person and organisation', async () => {
    const res = await postGraphQL(
      running.url,
      {
        query:
          '{ viewer { id name email locale timeZone roles jobLevel organisation { id name locales timeZone } } }',
      },
      { token: await tokenFor(db, org.managerId) },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        viewer: {
          id: toGlobalId('Person', org.managerId),
          name: 'Manager 0001',
          email: org.managerEmail,
          locale: 'fr',
          timeZone: 'Europe/Paris',
          roles: ['MANAGER', 'PARTICIPANT'],
          jobLevel: 'MANAGER',
          organisation: {
            id: toGlobalId('Organisation', org.orgId),
            name: 'Org modules',
            locales: ['en', 'fr', 'ar'],
            timeZone: 'Europe/Paris',
          },
        },
      },
    });
  });

  it('pages through a connection with cursors, without gaps or repeats', async () => {
    const query = `query ($after: String) {
      people(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } }
    }`;
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: { body: { data?: { people: Page } | null } } = await postGraphQL<{ people: Page }>(
        running.url,
        { query, variables: { after } },
        { token: admin },
      );
      const page: Page = res.body.data!.people;
      expect(page.totalCount).toBe(13);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      names.push(...page.edges.map((edge) => edge.node.name));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(names).toHaveLength(13);
    expect(new Set(names).size).toBe(13);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('rejects a cursor it did not issue', async () => {
    const res = await postGraphQL(
      running.url,
      { query: '{ people(after: "bogus") { totalCount } }' },
      { token: admin },
    );
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('walks the org tree from the roots with managers and headcounts', async () => {
    const res = await postGraphQL<{
      orgUnits: {
        edges: Array<{
          node: {
            name: string;
            kind: string;
            depth: number;
            peopleCount: number;
            manager: { name: string } | null;
            children: {
              edges: Array<{
                node: { name: string; kind: string; peopleCount: number; children: { totalCount: number } };
              }>;
            };
          };
        }>;
      };
    }>(
      running.url,
      {
        query: `{ orgUnits(rootsOnly: true) { edges { node { name kind depth peopleCount manager { name }
          children { edges { node { name kind peopleCount children(first: 2) { totalCount } } } } } } } }`,
      },
      { token: await tokenFor(db, org.reportIds[0]!) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.orgUnits.edges).toEqual([
      {
        node: {
          name: 'Region',
          kind: 'REGION',
          depth: 0,
          peopleCount: 13,
          manager: { name: 'Ada Admin' },
          children: {
            edges: [
              { node: { name: 'Function', kind: 'FUNCTION', peopleCount: 11, children: { totalCount: 7 } } },
            ],
          },
        },
      },
    ]);
  });

  it('names capabilities in the requested locale, else the viewer’s', async () => {
    const query = `{ capability(code: "DELEGATION") { id code name fr: name(locale: "fr") ar: name(locale: "ar-EG") zz: name(locale: "zz") } }`;
    const french = await postGraphQL(running.url, { query }, { token: await tokenFor(db, org.managerId) });
    expect(french.body.data).toMatchObject({
      capability: {
        code: 'DELEGATION',
        name: 'Délégation',
        fr: 'Délégation',
        ar: 'التفويض',
        zz: 'Delegation',
      },
    });
    const english = await postGraphQL<{ capability: { name: string; id: string } }>(
      running.url,
      { query },
      { token: admin },
    );
    expect(english.body.data?.capability.name).toBe('Delegation');
    const byId = await postGraphQL(
      running.url,
      {
        query: 'query ($id: ID!) { node(id: $id) { ... on Capability { code } } }',
        variables: { id: english.body.data?.capability.id },
      },
      { token: admin },
    );
    expect(byId.body.data).toEqual({ node: { code: 'DELEGATION' } });
  });

  it('reads a program with its KPI, focus capabilities and dates', async () => {
    const res = await postGraphQL(
      running.url,
      {
        query: `query ($id: ID!) { node(id: $id) { ... on Program { name objective status kpi { name unit baseline target }
          focusCapabilities { code } sessionsPerParticipant durationWeeks languages startsOn endsOn } } }`,
        variables: { id: toGlobalId('Program', org.programId) },
      },
      { token: admin },
    );
    expect(res.body).toEqual({
      data: {
        node: {
          name: 'First-time managers',
          objective: 'Help new managers delegate',
          status: 'ACTIVE',
          kpi: { name: 'Team engagement', unit: '%', baseline: 61.5, target: 70 },
          focusCapabilities: [{ code: 'DELEGATION' }, { code: 'FEEDBACK' }],
          sessionsPerParticipant: 6,
          durationWeeks: 12,
          languages: ['en', 'fr'],
          startsOn: '2026-01-05',
          endsOn: '2026-04-30',
        },
      },
    });
  });

  describe('updateViewerPreferences', () => {
    const mutation = `mutation ($input: UpdateViewerPreferencesInput!) {
      updateViewerPreferences(input: $input) { viewer { locale timeZone } userErrors { field code message } }
    }`;

    it('changes the viewer’s own locale and time zone', async () => {
      const token = await tokenFor(db, org.reportIds[1]!);
      const res = await postGraphQL(
        running.url,
        { query: mutation, variables: { input: { locale: 'ar', timeZone: 'Asia/Dubai' } } },
        { token },
      );
      expect(res.body).toEqual({
        data: {
          updateViewerPreferences: { viewer: { locale: 'ar', timeZone: 'Asia/Dubai' }, userErrors: [] },
        },
      });
      const again = await postGraphQL(running.url, { query: '{ viewer { locale timeZone } }' }, { token });
      expect(again.body.data).toEqual({ viewer: { locale: 'ar', timeZone: 'Asia/Dubai' } });
    });

    it('returns userErrors for a locale the organisation does not offer or an empty input', async () => {
      // The test above switched this person to Arabic: the new token carries it, so the refusal is Arabic.
      const token = await tokenFor(db, org.reportIds[1]!);
      const unsupported = await postGraphQL(
        running.url,
        { query: mutation, variables: { input: { locale: 'de' } } },
        { token },
      );
      expect(unsupported.body).toEqual({
        data: {
          updateViewerPreferences: {
            viewer: null,
            userErrors: [
              {
                field: ['locale'],
                code: 'UNSUPPORTED',
                message: 'تتيح Org modules اللغات en، وfr، وar؛ و«de» ليست منها.',
              },
            ],
          },
        },
      });
      const empty = await postGraphQL(running.url, { query: mutation, variables: { input: {} } }, { token });
      expect(empty.body.data).toMatchObject({
        updateViewerPreferences: { userErrors: [{ field: null, code: 'REQUIRED' }] },
      });
    });

    it('refuses a time zone that is not IANA and a malformed locale before running', async () => {
      const token = await tokenFor(db, org.reportIds[1]!);
      const zone = await postGraphQL(
        running.url,
        { query: mutation, variables: { input: { timeZone: 'Mars/Olympus' } } },
        { token },
      );
      expect(zone.status).toBe(400);
      expect(zone.body.errors?.[0]?.message).toMatch(/IANA time zone/);
      const locale = await postGraphQL(
        running.url,
        { query: mutation, variables: { input: { locale: 'not a locale!' } } },
        { token },
      );
      expect(locale.status).toBe(400);
      expect(locale.body.errors?.[0]?.message).toMatch(/BCP 47/);
    });
  });
});
