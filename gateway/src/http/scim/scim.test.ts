/**
 * SCIM 2.0 as Microsoft Entra and Okta call it: recorded request shapes (create, update, deactivate,
 * group push, paging through 10,000 users), each followed by what the database then holds, and the
 * bad inputs an identity provider or an attacker sends.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { populationIds } from '../../modules/programs/population.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, ERROR, PATCH_OP } from './protocol.js';

/** What the assertions read of a SCIM answer; the rest is looked at by name. */
interface ScimBody {
  [key: string]: unknown;
  id?: string;
  schemas?: string[];
  scimType?: string;
  name?: string;
  active?: boolean;
  totalResults?: number;
  itemsPerPage?: number;
  Resources?: Array<{ id: string; userName?: string; members?: unknown }>;
  members?: Array<{ value: string }>;
  patch?: { supported: boolean };
  etag?: { supported: boolean };
  bulk?: { supported: boolean };
}

interface ScimAnswer {
  status: number;
  etag: string | null;
  body: ScimBody;
}

interface GraphQLAnswer<D> {
  data?: D;
  errors?: Array<{ extensions?: { code?: string } }>;
}

describe.each(testEngines())('SCIM provisioning on %s', (engine) => {
  let db: Database;
  let a: GatewayFixture;
  let b: GatewayFixture;
  let gateway: RunningGateway;
  let secretA: string;
  let secretB: string;

  async function graphql<D>(personId: string, query: string, variables: Record<string, unknown> = {}) {
    const answer = await postGraphQL(
      gateway.url,
      { query, variables },
      { token: await tokenFor(db, personId) },
    );
    return answer.body as GraphQLAnswer<D>;
  }

  interface Payload {
    credential: { id: string; label: string; prefix: string; revokedAt: string | null } | null;
    secret: string | null;
    userErrors: Array<{ code: string }>;
  }

  async function issue(fixture: GatewayFixture, label: string): Promise<{ id: string; secret: string }> {
    const answer = await graphql<{ issueScimCredential: Payload }>(
      fixture.adminId,
      `
        mutation ($input: IssueScimCredentialInput!) {
          issueScimCredential(input: $input) {
            credential {
              id
              label
              prefix
            }
            secret
            userErrors {
              code
            }
          }
        }
      `,
      { input: { label } },
    );
    const payload = answer.data!.issueScimCredential;
    expect(payload.userErrors).toEqual([]);
    expect(payload.secret!.startsWith(payload.credential!.prefix)).toBe(true);
    return { id: payload.credential!.id, secret: payload.secret! };
  }

  async function scim(
    method: string,
    path: string,
    body?: unknown,
    options: { secret?: string | null; headers?: Record<string, string> } = {},
  ): Promise<ScimAnswer> {
    const secret = options.secret === undefined ? secretA : options.secret;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // A connection per request: PGlite runs in this thread, and a statement that holds the event loop
    // for seconds (the 10,000-row insert) can let the server's keep-alive timer close a pooled socket
    // just as the next request is written on it.
    return new Promise<ScimAnswer>((resolve, reject) => {
      const request = http.request(
        `${gateway.url}/scim/v2${path}`,
        {
          method,
          agent: false,
          headers: {
            ...(secret ? { authorization: `Bearer ${secret}` } : {}),
            ...(payload === undefined ? {} : { 'content-type': 'application/scim+json' }),
            ...options.headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const etag = response.headers.etag;
            resolve({
              status: response.statusCode ?? 0,
              etag: typeof etag === 'string' ? etag : null,
              body: text ? (JSON.parse(text) as ScimBody) : {},
            });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  const person = async (id: string) => {
    const [row] = await db.query<Record<string, unknown>>(
      `select name, email, locale, time_zone, job_level, org_unit_id, manager_id, roles, active, title,
         department, division, organization, employee_number, user_name, external_id, scim_deleted_at
       from people where id = $1`,
      [id],
    );
    return row!;
  };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    a = await createGatewayFixture(db, `scim-a-${engine}`);
    b = await createGatewayFixture(db, `scim-b-${engine}`);
    gateway = await startGateway(db);
    secretA = (await issue(a, 'Microsoft Entra')).secret;
    secretB = (await issue(b, 'Okta')).secret;
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('stores only a hash of the secret and lists credentials to org admins alone', async () => {
    const rows = await db.query<{ token_hash: string }>(
      `select token_hash from scim_credentials where org_id = $1`,
      [a.orgId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.token_hash).not.toContain(secretA);
    const listed = await graphql<{ scimCredentials: unknown }>(
      a.adminId,
      `
        {
          scimCredentials {
            label
            revokedAt
            createdBy {
              name
            }
          }
        }
      `,
    );
    expect(listed.data?.scimCredentials).toEqual([
      { label: 'Microsoft Entra', revokedAt: null, createdBy: { name: 'Ada Admin' } },
    ]);
    const refused = await graphql(
      a.managerId,
      `
        {
          scimCredentials {
            label
          }
        }
      `,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const issued = await graphql(
      a.managerId,
      `
        mutation {
          issueScimCredential(input: { label: "mine" }) {
            secret
          }
        }
      `,
    );
    expect(issued.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the discovery endpoints', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.body.patch?.supported).toBe(true);
    expect(config.body.etag?.supported).toBe(true);
    expect(config.body.bulk?.supported).toBe(false);
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources?.map((type) => type.id)).toEqual(['User', 'Group']);
    const schemas = await scim('GET', '/Schemas');
    expect(schemas.body.Resources?.map((schema) => schema.id)).toEqual([
      CORE_USER,
      ENTERPRISE_USER,
      CORE_GROUP,
    ]);
    expect((await scim('GET', `/Schemas/${ENTERPRISE_USER}`)).body.name).toBe('EnterpriseUser');
  });

  it('provisions as Microsoft Entra does: create, update with its casing, manager, deactivate', async () => {
    // Entra first asks whether the user exists.
    const lookup = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "grace.hopper@contoso.com"')}`,
    );
    expect(lookup.status).toBe(200);
    expect(lookup.body.totalResults).toBe(0);

    const created = await scim('POST', '/Users', {
      schemas: [CORE_USER, ENTERPRISE_USER],
      externalId: 'entra-0001',
      userName: 'Grace.Hopper@contoso.com',
      active: true,
      displayName: 'Grace Hopper',
      emails: [{ primary: true, type: 'work', value: 'Grace.Hopper@contoso.com' }],
      name: { formatted: 'Grace Hopper', familyName: 'Hopper', givenName: 'Grace' },
      title: 'Rear Admiral',
      preferredLanguage: 'fr-FR',
      [ENTERPRISE_USER]: { employeeNumber: '1906', department: 'Navy', manager: { value: a.directorId } },
    });
    expect(created.status).toBe(201);
    expect(created.etag).toMatch(/^W\/"\d+"$/);
    const grace = created.body.id!;
    expect((created.body[ENTERPRISE_USER] as { manager: { value: string } }).manager.value).toBe(
      a.directorId,
    );
    let stored = await person(grace);
    expect(stored).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace.hopper@contoso.com',
      locale: 'fr',
      job_level: 'IC',
      org_unit_id: a.regionId,
      manager_id: a.directorId,
      roles: ['PARTICIPANT'],
      active: true,
      title: 'Rear Admiral',
      department: 'Navy',
      employee_number: '1906',
      external_id: 'entra-0001',
    });

    const managersPopulation = () =>
      db.withTenant(a.orgId, (tx) => populationIds(tx, a.orgId, { jobLevels: ['MANAGER'] }));
    expect(await managersPopulation()).not.toContain(a.reportIds[1]);
    // Entra: capitalised ops, attribute names in its own casing, the manager as a bare id.
    const patched = await scim('PATCH', `/Users/${grace}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'Title', value: 'Commodore' },
        { op: 'Add', path: `${ENTERPRISE_USER.toLowerCase()}:Department`, value: 'Computing' },
        { op: 'Replace', path: 'name.GivenName', value: 'Amazing Grace' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'grace@contoso.com' },
        { op: 'Add', path: `${ENTERPRISE_USER}:manager`, value: a.reportIds[1] },
      ],
    });
    expect(patched.body).toMatchObject({ title: 'Commodore' });
    expect(patched.etag).not.toBe(created.etag);
    stored = await person(grace);
    expect(stored).toMatchObject({
      title: 'Commodore',
      department: 'Computing',
      email: 'grace@contoso.com',
      manager_id: a.reportIds[1],
    });
    // The new manager had no reports: they are now a manager, and a program selecting managers takes them in.
    const manager = await person(a.reportIds[1]!);
    expect(manager.job_level).toBe('MANAGER');
    expect(manager.roles).toContain('MANAGER');
    expect(await managersPopulation()).toContain(a.reportIds[1]);

    // Entra's path-less replace with dotted keys, and its "False".
    const token = await tokenFor(db, grace);
    const before = await postGraphQL<{ viewer: { id: string } }>(
      gateway.url,
      { query: '{ viewer { id } }' },
      { token },
    );
    expect(before.body.data?.viewer?.id).toBe(toGlobalId('Person', grace));
    const deactivated = await scim('PATCH', `/Users/${grace}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect((await person(grace)).active).toBe(false);
    const after = await postGraphQL<{ viewer: { id: string } }>(
      gateway.url,
      { query: '{ viewer { id } }' },
      { token },
    );
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deprovisions as Okta does: withdrawn from programs, sessions cancelled, nothing written lost', async () => {
    const participant = a.reportIds[0]!;
    const goalsBefore = await db
      .query(`select id from goals where owner_id = $1`, [participant])
      .catch(() => []);
    const answer = await scim('PATCH', `/Users/${participant}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(answer.status).toBe(200);
    const [enrolment] = await db.query<{ status: string }>(`select status from enrolments where id = $1`, [
      a.enrolmentId,
    ]);
    expect(enrolment?.status).toBe('WITHDRAWN');
    const [event] = await db.query<{ reason: string }>(
      `select reason from enrolment_events where enrolment_id = $1 order by at desc limit 1`,
      [a.enrolmentId],
    );
    expect(event?.reason).toBe('Deactivated by the identity provider');
    const booked = await db.query(
      `select id from sessions where participant_id = $1 and status = 'BOOKED' and ends_at > now()`,
      [participant],
    );
    expect(booked).toEqual([]);
    // DELETE hides the user from SCIM but keeps the person and what they wrote.
    expect((await scim('DELETE', `/Users/${participant}`)).status).toBe(204);
    expect((await scim('GET', `/Users/${participant}`)).status).toBe(404);
    const stored = await person(participant);
    expect(stored.scim_deleted_at).not.toBeNull();
    const goalsAfter = await db
      .query(`select id from goals where owner_id = $1`, [participant])
      .catch(() => []);
    expect(goalsAfter).toEqual(goalsBefore);
    // Deactivated people are in no population, even when named.
    const selected = await db.withTenant(a.orgId, (tx) =>
      populationIds(tx, a.orgId, { include: [participant, a.outsiderId], jobLevels: ['EXECUTIVE'] }),
    );
    expect(selected).toEqual([a.outsiderId]);
  });

  it('moves goal visibility with the manager', async () => {
    const owner = a.outsiderId;
    const formerManager = (await person(owner)).manager_id as string;
    const [goal] = await db.query<{ id: string }>(
      `insert into goals (org_id, owner_id, capability_code, title, visibility)
       values ($1, $2, 'DELEGATION', 'Delegate the weekly report', 'MANAGER') returning id`,
      [a.orgId, owner],
    );
    const title = async (viewer: string) => {
      const answer = await graphql<{ node: { title?: string } | null }>(
        viewer,
        `
          query ($id: ID!) {
            node(id: $id) {
              ... on Goal {
                title
              }
            }
          }
        `,
        { id: toGlobalId('Goal', goal!.id) },
      );
      return answer.data?.node?.title ?? null;
    };
    expect(await title(formerManager)).toBe('Delegate the weekly report');
    expect(await title(a.managerId)).toBeNull();
    const moved = await scim('PATCH', `/Users/${owner}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { [`${ENTERPRISE_USER}:manager`]: { value: a.managerId } } }],
    });
    expect(moved.status).toBe(200);
    expect(await title(a.managerId)).toBe('Delegate the weekly report');
    expect(await title(formerManager)).toBeNull();
  });

  it('replaces with PUT and honours If-Match', async () => {
    const created = await scim('POST', '/Users', {
      schemas: [CORE_USER],
      userName: 'alan@contoso.com',
      name: { givenName: 'Alan', familyName: 'Turing' },
      title: 'Mathematician',
      timezone: 'Europe/London',
    });
    expect(created.status).toBe(201);
    const id = created.body.id!;
    const stale = created.etag!;
    const put = await scim(
      'PUT',
      `/Users/${id}`,
      {
        schemas: [CORE_USER],
        userName: 'alan@contoso.com',
        name: { givenName: 'Alan', familyName: 'Turing' },
      },
      { headers: { 'if-match': stale } },
    );
    expect(put.status).toBe(200);
    expect((await person(id)).title).toBeNull();
    const refused = await scim(
      'PATCH',
      `/Users/${id}`,
      { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'Codebreaker' }] },
      { headers: { 'if-match': stale } },
    );
    expect(refused.status).toBe(412);
    expect(refused.body.schemas).toEqual([ERROR]);
    expect(
      (await scim('GET', `/Users/${id}`, undefined, { headers: { 'if-none-match': put.etag! } })).status,
    ).toBe(304);
  });

  it('pushes groups as Okta and Entra do, mapped to an org unit and to a role', async () => {
    const teamId = a.teamIds[1]!;
    type Mapped = { mapping: { role?: string } | null; userErrors: Array<{ code: string }> };
    const mapped = await graphql<Record<'unit' | 'role' | 'bad', Mapped>>(
      a.adminId,
      `
        mutation ($unit: ID!) {
          unit: setScimGroupMapping(input: { groupName: "Team Two", orgUnitId: $unit }) {
            mapping {
              groupName
              orgUnit {
                id
              }
            }
            userErrors {
              code
            }
          }
          role: setScimGroupMapping(input: { groupName: "Coachwork Admins", role: PROGRAM_ADMIN }) {
            mapping {
              role
            }
            userErrors {
              code
            }
          }
          bad: setScimGroupMapping(input: { groupName: "Nothing" }) {
            mapping {
              id
            }
            userErrors {
              code
            }
          }
        }
      `,
      { unit: toGlobalId('OrgUnit', teamId) },
    );
    expect(mapped.data?.unit.userErrors).toEqual([]);
    expect(mapped.data?.role.mapping?.role).toBe('PROGRAM_ADMIN');
    expect(mapped.data?.bad.userErrors).toEqual([{ code: 'INVALID' }]);

    const [one, two] = [a.reportIds[1]!, a.outsiderId];
    // Okta: create the group with members, then add and remove by filtered path.
    const group = await scim('POST', '/Groups', {
      schemas: [CORE_GROUP],
      displayName: 'Team Two',
      members: [{ value: one }],
    });
    expect(group.body).toMatchObject({ displayName: 'Team Two' });
    expect((await person(one)).org_unit_id).toBe(teamId);
    const added = await scim('PATCH', `/Groups/${group.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: 'members', value: [{ value: two, display: 'Outsider' }] }],
    });
    expect(added.body.members?.map((m) => m.value).sort()).toEqual([one, two].sort());
    expect((await person(two)).org_unit_id).toBe(teamId);
    await scim('PATCH', `/Groups/${group.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'remove', path: `members[value eq "${two}"]` }],
    });
    // Entra: "Add"/"Remove" with value lists, groups looked up by displayName without members.
    const admins = await scim('POST', '/Groups', { schemas: [CORE_GROUP], displayName: 'Coachwork Admins' });
    const found = await scim(
      'GET',
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "coachwork admins"')}`,
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources?.[0]?.members).toBeUndefined();
    await scim('PATCH', `/Groups/${admins.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: one }, { value: two }] }],
    });
    expect((await person(one)).roles).toContain('PROGRAM_ADMIN');
    expect((await person(two)).roles).toContain('PROGRAM_ADMIN');
    await scim('PATCH', `/Groups/${admins.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Remove', path: 'members', value: [{ value: two }] }],
    });
    expect((await person(two)).roles).not.toContain('PROGRAM_ADMIN');
    const member = await scim('GET', `/Groups?filter=${encodeURIComponent(`members[value eq "${one}"]`)}`);
    expect(member.body.totalResults).toBe(2);
    expect((await scim('DELETE', `/Groups/${admins.body.id}`)).status).toBe(204);
    expect((await person(one)).roles).not.toContain('PROGRAM_ADMIN');
  });

  it('filters with eq, co, sw, pr, and, or', async () => {
    const count = async (filter: string) =>
      (await scim('GET', `/Users?count=0&filter=${encodeURIComponent(filter)}`)).body.totalResults;
    expect(await count('userName eq "ALAN@contoso.com"')).toBe(1);
    expect(await count('emails.value co "contoso"')).toBe(2);
    expect(await count('name.familyName sw "tur"')).toBe(1);
    expect(await count('title pr')).toBe(1);
    expect(await count('userName sw "alan" and active eq true')).toBe(1);
    expect(await count('userName sw "alan" or userName sw "grace"')).toBe(2);
    expect(await count(`${ENTERPRISE_USER}:employeeNumber eq "1906"`)).toBe(1);
    expect(await count('emails[type eq "work" and value ew "@contoso.com"]')).toBe(2);
  });

  it('refuses bad input with SCIM error bodies', async () => {
    const malformed = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    const unknownFilter = await scim('GET', `/Users?filter=${encodeURIComponent('shoeSize gt 40')}`);
    expect(unknownFilter.body.scimType).toBe('invalidFilter');
    const unknownAttribute = await scim('POST', '/Users', {
      schemas: [CORE_USER],
      userName: 'x@contoso.com',
      shoeSize: 44,
    });
    expect(unknownAttribute.status).toBe(400);
    expect(unknownAttribute.body.scimType).toBe('invalidValue');
    const missing = await scim('PATCH', `/Users/${randomUUID()}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect(missing.status).toBe(404);
    expect(missing.body.schemas).toEqual([ERROR]);
    const badPath = await scim('PATCH', `/Users/${a.managerId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'emails[type eq', value: 'x' }],
    });
    expect(badPath.status).toBe(400);
    const duplicate = await scim('POST', '/Users', { schemas: [CORE_USER], userName: 'alan@contoso.com' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.scimType).toBe('uniqueness');
    const loop = await scim('PATCH', `/Users/${a.directorId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: `${ENTERPRISE_USER}:manager`, value: { value: a.managerId } }],
    });
    expect(loop.body.scimType).toBe('invalidValue');
    expect((await scim('GET', '/Users', undefined, { secret: null })).status).toBe(401);
    expect((await scim('GET', '/Users', undefined, { secret: 'cwscim_guess' })).status).toBe(401);
    // Another organisation's credential sees none of this one's people.
    const foreign = await scim('GET', `/Users/${a.managerId}`, undefined, { secret: secretB });
    expect(foreign.status).toBe(404);
    const foreignPatch = await scim(
      'PATCH',
      `/Users/${a.managerId}`,
      { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] },
      { secret: secretB },
    );
    expect(foreignPatch.status).toBe(404);
    expect((await person(a.managerId)).active).toBe(true);
  });

  it('refuses a revoked credential at once', async () => {
    const { id, secret } = await issue(a, 'rotating');
    expect((await scim('GET', '/Users?count=1', undefined, { secret })).status).toBe(200);
    const revoked = await graphql<{ revokeScimCredential: Payload }>(
      a.adminId,
      `
        mutation ($id: ID!) {
          revokeScimCredential(input: { credentialId: $id }) {
            credential {
              revokedAt
            }
            userErrors {
              code
            }
          }
        }
      `,
      { id },
    );
    expect(revoked.data?.revokeScimCredential.credential?.revokedAt).not.toBeNull();
    const refused = await scim('GET', '/Users?count=1', undefined, { secret });
    expect(refused.status).toBe(401);
    expect(refused.body.schemas).toEqual([ERROR]);
  });

  it(
    'pages through 10,000 users as Okta imports them',
    async () => {
      const big = await createGatewayFixture(db, `scim-big-${engine}`);
      await db.query(
        `insert into people (org_id, name, email, locale, time_zone, job_level, org_unit_id, in_role_since,
         user_name, external_id)
       select $1, 'Person ' || n, 'person' || n || '@big.example', 'en', 'UTC', 'IC', $2, '2025-01-01',
         'person' || n || '@big.example', 'okta-' || n
       from generate_series(1, 10000) as n`,
        [big.orgId, big.regionId],
      );
      const { secret } = await issue(big, 'Okta import');
      const [expected] = await db.query<{ n: number }>(
        `select count(*)::int as n from people where org_id = $1`,
        [big.orgId],
      );
      const seen = new Set<string>();
      let startIndex = 1;
      let total = 0;
      for (;;) {
        const page = await scim('GET', `/Users?startIndex=${startIndex}&count=500`, undefined, { secret });
        expect(page.status).toBe(200);
        total = page.body.totalResults!;
        const items = page.body.itemsPerPage!;
        for (const user of page.body.Resources ?? []) seen.add(user.id);
        if (items === 0 || startIndex + items > total) break;
        startIndex += items;
      }
      expect(total).toBe(expected!.n);
      expect(seen.size).toBe(expected!.n);
      const filtered = await scim(
        'GET',
        `/Users?filter=${encodeURIComponent('externalId eq "okta-9999"')}`,
        undefined,
        {
          secret,
        },
      );
      expect(filtered.body.Resources?.[0]?.userName).toBe('person9999@big.example');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
