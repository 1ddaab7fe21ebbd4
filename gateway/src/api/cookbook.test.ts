/**
 * Every cookbook recipe is valid against the schema and does what its page says
 * on a running gateway over a seeded organisation, sent through the same
 * TypeScript client the cookbook prints (cookbook-client.ts).
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceAccount } from '../auth/service-accounts.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { CostBudget } from '../limits/budget.js';
import {
  addParticipant,
  createBookingFixture,
  enrol,
  type BookingFixture,
} from '../modules/sessions/test-support.js';
import { startGateway, tokenFor, type RunningGateway } from '../testing/harness.js';
import { errorCode, request, type GraphQLAnswer } from './cookbook-client.js';
import { mintingRecipe, mintModuleFile } from './cookbook-minting.js';
import { cookbook, type CookbookRecipe } from './cookbook.js';
import { currentSchema } from './schema-contract.js';

const DAY = 86_400_000;

/** The Node module the minting recipe prints (demo/snippets/mint-embed-token.mjs). */
interface MintModule {
  mintEmbedToken(options: { organisationId: string; personId: string; secret: string }): {
    token: string;
    expiresAt: string;
  };
}

function recipe(id: string): CookbookRecipe {
  const found = cookbook.find((entry) => entry.id === id);
  if (!found) throw new Error(`no cookbook recipe ${id}`);
  return found;
}

describe('the cookbook', () => {
  const schema = currentSchema();

  it.each(cookbook.map((entry) => [entry.id, entry] as const))(
    '%s is valid against the schema',
    (_id, entry) => {
      expect(validate(schema, parse(entry.query)).map((error) => error.message)).toEqual([]);
      for (const field of entry.rootFields) {
        const [root, name] = field.split('.');
        const type = root === 'Mutation' ? schema.getMutationType() : schema.getQueryType();
        expect(type?.getFields()[name!], field).toBeDefined();
      }
    },
  );
});

describe.each(testEngines())('the cookbook on a running gateway (%s)', (engine) => {
  let db: Database;
  let org: BookingFixture;
  let gateway: RunningGateway;
  let stingy: RunningGateway;
  const tokens: Record<CookbookRecipe['viewer'] | 'colleague', string> = {
    participant: '',
    manager: '',
    admin: '',
    serviceAccount: '',
    programsServiceAccount: '',
    colleague: '',
  };
  const ran = new Set<string>();

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createBookingFixture(db, `cookbook-${engine}`);
    const colleagueId = await addParticipant(db, org, 'Carla Colleague');
    await enrol(db, org.orgId, org.programId, colleagueId, org.coachId);
    gateway = await startGateway(db);
    // A budget two pages of 50 org units cannot both afford, for the rate-limit recipe.
    stingy = await startGateway(db, {
      budget: new CostBudget({
        person: { capacity: 150, restoreRate: 1 },
        organisation: { capacity: 10_000, restoreRate: 100 },
      }),
    });
    tokens.participant = await tokenFor(db, org.reportIds[0]!);
    tokens.manager = await tokenFor(db, org.managerId);
    tokens.admin = await tokenFor(db, org.adminId);
    tokens.colleague = await tokenFor(db, colleagueId);
    const { account, clientSecret } = await db.withTenant(org.orgId, (tx) =>
      createServiceAccount(tx, org.orgId, {
        name: 'Cookbook',
        scopes: ['read-analytics'],
        createdBy: org.adminId,
      }),
    );
    const granted = await fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${account.clientId}:${clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    tokens.serviceAccount = ((await granted.json()) as { access_token: string }).access_token;
    const programs = await db.withTenant(org.orgId, (tx) =>
      createServiceAccount(tx, org.orgId, {
        name: 'Cookbook HR sync',
        scopes: ['manage-programs'],
        createdBy: org.adminId,
      }),
    );
    const programsGrant = await fetch(`${gateway.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: programs.account.clientId,
        client_secret: programs.clientSecret,
      }),
    });
    tokens.programsServiceAccount = ((await programsGrant.json()) as { access_token: string }).access_token;
  });
  afterAll(async () => {
    await stingy?.close();
    await gateway?.close();
    await db?.close();
  });

  function run<T>(id: string, variables?: Record<string, unknown>, on = gateway): Promise<GraphQLAnswer<T>> {
    const entry = recipe(id);
    ran.add(id);
    return request<T>(on.url, tokens[entry.viewer], entry.query, variables ?? entry.variables);
  }

  it('mints an embed token on the backend, in Node and in the shell, that the gateway accepts', async () => {
    const { mintEmbedToken } = (await import(pathToFileURL(mintModuleFile).href)) as MintModule;
    const minted = mintEmbedToken({
      organisationId: org.orgId,
      personId: org.reportIds[0]!,
      secret: org.secret,
    });
    const answer = await request<{ viewer: { name: string } }>(
      gateway.url,
      minted.token,
      '{ viewer { name } }',
    );
    expect(answer.data?.viewer.name).toBe('Report 1');

    // The shell version as printed, curl included: its output is the gateway's answer.
    const shell = async (secret: string) => {
      const { stdout } = await promisify(execFile)('sh', ['-c', mintingRecipe.shell.script], {
        env: {
          ...process.env,
          GATEWAY: gateway.url,
          ORG_ID: org.orgId,
          PERSON_ID: org.reportIds[0]!,
          SECRET: secret,
        },
      });
      return JSON.parse(stdout) as GraphQLAnswer<{ viewer: { name: string } }>;
    };
    expect((await shell(org.secret)).data?.viewer.name).toBe('Report 1');
    // Signed with anything but the organisation's secret, the same token is refused.
    expect(errorCode(await shell(`${org.secret}-not`))).toBe('UNAUTHENTICATED');
  });

  it('reads the viewer', async () => {
    const answer = await run<{
      viewer: { name: string; roles: string[]; organisation: { minGroupSize: number } };
    }>('viewer');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.viewer.name).toBe('Report 1');
    expect(answer.data?.viewer.roles).toEqual(['PARTICIPANT']);
    expect(answer.extensions?.cost?.throttleStatus.currentlyAvailable).toBeGreaterThan(0);
  });

  it('lists my goals', async () => {
    const answer = await run<{ goals: { totalCount: number; pageInfo: { hasNextPage: boolean } } }>(
      'my-goals',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.goals.pageInfo.hasNextPage).toBe(false);
    expect(answer.data?.goals.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('pages through people until hasNextPage is false, seeing each person once', async () => {
    type Page = {
      people: {
        totalCount: number;
        edges: Array<{ node: { id: string; jobLevel: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const answer: GraphQLAnswer<Page> = await run<Page>('page-people', {
        ...recipe('page-people').variables,
        after,
      });
      expect(answer.errors).toBeUndefined();
      const people = answer.data!.people;
      total = people.totalCount;
      seen.push(...people.edges.map((edge) => edge.node.id));
      expect(people.edges.every((edge) => ['IC', 'MANAGER'].includes(edge.node.jobLevel))).toBe(true);
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(2);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('lists a program’s roster', async () => {
    const answer = await run<{
      programs: { edges: Array<{ node: { enrolments: { totalCount: number } } }> };
    }>('program-roster');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.programs.edges[0]?.node.enrolments.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('reads the heatmap, small groups suppressed with a reason and no figure', async () => {
    const answer = await run<{
      heatmap: {
        minGroupSize: number;
        rows: Array<{
          cells: Array<{
            value: number | null;
            count: number | null;
            suppressed: boolean;
            reason: string | null;
          }>;
        }>;
      };
    }>('heatmap');
    expect(answer.errors).toBeUndefined();
    const cells = answer.data!.heatmap.rows.flatMap((row) => row.cells);
    expect(cells.length).toBeGreaterThan(0);
    // The fixture's teams are smaller than the minimum group size: the recipe's point is what a suppressed cell looks like.
    expect(cells.some((cell) => cell.suppressed)).toBe(true);
    for (const cell of cells.filter((c) => c.suppressed)) {
      expect(cell).toMatchObject({ value: null, count: null });
      expect(cell.reason).not.toBeNull();
    }
  });

  it('finds open slots, books one, and answers CONFLICT to the second booking of it', async () => {
    const from = new Date(Date.now() + 3 * DAY).toISOString();
    const to = new Date(Date.now() + 10 * DAY).toISOString();
    const slotsAnswer = await run<{
      viewer: {
        enrolments: {
          edges: Array<{ node: { id: string; availableSlots: { slots: Array<{ startsAt: string }> } } }>;
        };
      };
    }>('open-slots', { from, to });
    expect(slotsAnswer.errors).toBeUndefined();
    const enrolment = slotsAnswer.data!.viewer.enrolments.edges.find(
      (edge) => edge.node.id === toGlobalId('Enrolment', org.enrolmentId),
    );
    const startsAt = enrolment!.node.availableSlots.slots[0]!.startsAt;

    type Booked = {
      bookSession: {
        session: { status: string } | null;
        userErrors: Array<{ code: string; field: string[] }>;
      };
    };
    const booked = await run<Booked>('book-session', {
      input: { enrolmentId: enrolment!.node.id, startsAt },
    });
    expect(booked.data?.bookSession).toMatchObject({ session: { status: 'BOOKED' }, userErrors: [] });

    // A colleague coached by the same coach asks for the same slot.
    const colleagueEnrolments = await request<{
      viewer: { enrolments: { edges: Array<{ node: { id: string } }> } };
    }>(gateway.url, tokens.colleague, '{ viewer { enrolments(first: 1) { edges { node { id } } } } }');
    const clash = await request<Booked>(gateway.url, tokens.colleague, recipe('book-session').query, {
      input: { enrolmentId: colleagueEnrolments.data!.viewer.enrolments.edges[0]!.node.id, startsAt },
    });
    expect(clash.status).toBe(200);
    expect(clash.errors).toBeUndefined();
    expect(clash.data?.bookSession.session).toBeNull();
    expect(clash.data?.bookSession.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['startsAt'] });
  });

  it('answers userErrors for an input the user can fix', async () => {
    const answer = await run<{
      updateViewerPreferences: { viewer: unknown; userErrors: Array<{ code: string; field: string[] }> };
    }>('user-errors');
    expect(answer.data?.updateViewerPreferences.viewer).toBeNull();
    expect(answer.data?.updateViewerPreferences.userErrors).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED', field: ['locale'] }),
    ]);
  });

  it('answers FORBIDDEN with HTTP 200 for a field the viewer may not read', async () => {
    const answer = await run('forbidden');
    expect(answer.status).toBe(200);
    expect(errorCode(answer)).toBe('FORBIDDEN');
    expect(answer.data).toBeNull();
  });

  it('answers BAD_USER_INPUT naming the argument', async () => {
    const answer = await run('bad-user-input');
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions?.argument).toBe('first');
  });

  it('reports extensions.cost, then RATE_LIMITED with Retry-After once the budget is spent', async () => {
    const first = await run('rate-limits', undefined, stingy);
    expect(first.errors).toBeUndefined();
    expect(first.extensions?.cost).toMatchObject({
      requestedQueryCost: 101,
      throttleStatus: { maximumAvailable: 150 },
    });
    // Units left: the fixture has five, so most of the 101 points come back; ask until they do not.
    let refused: GraphQLAnswer<unknown> | null = null;
    for (let attempt = 0; attempt < 10 && !refused; attempt += 1) {
      const answer = await run('rate-limits', undefined, stingy);
      if (errorCode(answer) === 'RATE_LIMITED') refused = answer;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.errors?.[0]?.extensions?.retryAfterSeconds).toBe(refused?.retryAfterSeconds);
  });

  it('refetches an object by its ID', async () => {
    const id = toGlobalId('Person', org.managerId);
    const answer = await run<{ node: { id: string; name: string } }>('refetch-node', { id });
    expect(answer.data?.node).toMatchObject({ id, name: 'Manager 0001' });
  });

  it('subscribes a webhook receiver, and refuses one on a private address', async () => {
    type Subscribed = {
      createWebhookSubscription: {
        secret: string | null;
        subscription: { status: string } | null;
        userErrors: Array<{ code: string; field: string[] }>;
      };
    };
    // An address literal: the example's name would need DNS, which the tests do not have.
    const answer = await run<Subscribed>('receive-webhooks', {
      input: {
        ...(recipe('receive-webhooks').variables!.input as Record<string, unknown>),
        url: 'https://93.184.216.34/coachwork/webhooks',
      },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createWebhookSubscription).toMatchObject({
      secret: expect.stringMatching(/^whsec_/),
      subscription: { status: 'ENABLED' },
      userErrors: [],
    });
    const refused = await run<Subscribed>('receive-webhooks', {
      input: { url: 'https://192.168.0.10/hook', eventTypes: ['SESSION_BOOKED'] },
    });
    expect(refused.data?.createWebhookSubscription).toMatchObject({
      secret: null,
      userErrors: [{ code: 'UNSUPPORTED', field: ['url'] }],
    });
  });

  it('reads the viewer with an embed token from a token exchange', async () => {
    const answer = await run<{ viewer: { name: string } }>('exchange-id-token');
    expect(answer.data?.viewer.name).toBe('Manager 0001');
  });

  it('reads aggregates as a service account', async () => {
    const answer = await run<{ heatmap: { rows: unknown[] } }>('service-account');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.heatmap.rows.length).toBeGreaterThan(0);
  });

  it('creates and publishes a program as a service account with manage-programs', async () => {
    const entry = recipe('service-account-writes-programs');
    const input = entry.variables!.input as Record<string, unknown>;
    const created = await run<{
      createProgram: {
        program: { id: string; status: string; viewerCanManage: boolean } | null;
        userErrors: unknown[];
      };
    }>('service-account-writes-programs', {
      input: {
        ...input,
        targetPopulation: { orgUnits: [{ orgUnitId: toGlobalId('OrgUnit', org.functionId) }] },
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProgram.userErrors).toEqual([]);
    expect(created.data?.createProgram.program).toMatchObject({ status: 'DRAFT', viewerCanManage: true });
    const published = await request<{ publishProgram: { program: { status: string } } }>(
      gateway.url,
      tokens.programsServiceAccount,
      'mutation($input: PublishProgramInput!) { publishProgram(input: $input) { program { status } } }',
      { input: { programId: created.data!.createProgram.program!.id } },
    );
    expect(published.data?.publishProgram.program.status).toBe('ACTIVE');
    // The read-only service account may not.
    const refused = await request(gateway.url, tokens.serviceAccount, entry.query, {
      input: {
        ...input,
        targetPopulation: { orgUnits: [{ orgUnitId: toGlobalId('OrgUnit', org.functionId) }] },
      },
    });
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('ran every recipe', () => {
    expect([...ran].sort()).toEqual(cookbook.map((entry) => entry.id).sort());
  });
});
