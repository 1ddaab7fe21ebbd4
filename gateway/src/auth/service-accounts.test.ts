/**
 * Service accounts end to end: an org admin creates one through GraphQL and sees its secret once,
 * the client credentials grant hands out access tokens (client_secret_basic and client_secret_post),
 * the gateway answers them with exactly their scopes and never with anyone's coaching data, every
 * call lands in the audit log, and a revocation stops tokens already handed out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, type RunningGateway } from '../testing/harness.js';
import { mintToken } from './tokens.js';
import { TOKEN_EXCHANGE_GRANT, ID_TOKEN_TYPE } from './token-exchange.js';

interface Created {
  createServiceAccount: {
    serviceAccount: { id: string; clientId: string; scopes: string[] } | null;
    clientSecret: string | null;
    userErrors: Array<{ field: string[] | null; code: string }>;
  };
}

const CREATE = `mutation Create($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) {
    serviceAccount { id clientId scopes }
    clientSecret
    userErrors { field code }
  }
}`;

async function tokenRequest(
  url: string,
  form: Record<string, string>,
  basic?: { id: string; secret: string },
): Promise<{ status: number; body: Record<string, unknown>; authenticate: string | null }> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic
        ? {
            authorization: `Basic ${Buffer.from(
              `${encodeURIComponent(basic.id)}:${encodeURIComponent(basic.secret)}`,
            ).toString('base64')}`,
          }
        : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    authenticate: response.headers.get('www-authenticate'),
  };
}

describe.each(testEngines())('service accounts on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let gateway: RunningGateway;
  let adminToken: string;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `service-${engine}`);
    gateway = await startGateway(db);
    adminToken = (await mintToken(db, { personId: org.adminId })).token;
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function create(name: string, scopes: string[]) {
    const answer = await postGraphQL<Created>(
      gateway.url,
      { query: CREATE, variables: { input: { name, scopes } } },
      { token: adminToken },
    );
    return answer.body.data!.createServiceAccount;
  }

  it('is created by org admins only, with its secret shown once and only a hash stored', async () => {
    const manager = (await mintToken(db, { personId: org.managerId })).token;
    const refused = await postGraphQL(
      gateway.url,
      { query: CREATE, variables: { input: { name: 'Nope', scopes: ['PROVISION'] } } },
      { token: manager },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listRefused = await postGraphQL(
      gateway.url,
      { query: '{ integrations { jwksUrl } }' },
      { token: manager },
    );
    expect(listRefused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const created = await create('Reporting', ['READ_ANALYTICS']);
    expect(created.userErrors).toEqual([]);
    expect(created.clientSecret).toMatch(/^cwsec_/);
    const [stored] = await db.query<{ secret_hash: Uint8Array }>(
      'select secret_hash from service_accounts where client_id = $1',
      [created.serviceAccount!.clientId],
    );
    expect(Buffer.from(stored!.secret_hash).toString('utf8')).not.toContain(created.clientSecret);
    const listed = await postGraphQL<{
      integrations: { serviceAccounts: Array<{ name: string; scopes: string[] }> };
    }>(gateway.url, { query: '{ integrations { serviceAccounts { name scopes } } }' }, { token: adminToken });
    expect(listed.body.data?.integrations.serviceAccounts).toContainEqual({
      name: 'Reporting',
      scopes: ['READ_ANALYTICS'],
    });

    const empty = await create(' ', []);
    expect(empty.userErrors.map((error) => error.field?.[0])).toEqual(['name', 'scopes']);
  });

  it('gets access tokens with client_secret_basic and client_secret_post, and refuses a wrong secret and an ungranted scope', async () => {
    const created = await create('Analytics export', ['READ_ANALYTICS']);
    const id = created.serviceAccount!.clientId;
    const secret = created.clientSecret!;

    const basic = await tokenRequest(gateway.url, { grant_type: 'client_credentials' }, { id, secret });
    expect(basic.status).toBe(200);
    expect(basic.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'read-analytics' });
    expect(String(basic.body.access_token)).toMatch(/^cwat_/);

    const post = await tokenRequest(gateway.url, {
      grant_type: 'client_credentials',
      client_id: id,
      client_secret: secret,
      scope: 'read-analytics',
    });
    expect(post.status).toBe(200);

    const wrong = await tokenRequest(
      gateway.url,
      { grant_type: 'client_credentials' },
      { id, secret: `${secret}x` },
    );
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(wrong.authenticate).toMatch(/^Basic/);
    const unknown = await tokenRequest(gateway.url, {
      grant_type: 'client_credentials',
      client_id: 'cwsa_nobody',
      client_secret: secret,
    });
    expect(unknown).toMatchObject({ status: 401, body: { error: 'invalid_client' } });

    const scope = await tokenRequest(
      gateway.url,
      { grant_type: 'client_credentials', scope: 'read-analytics provision' },
      { id, secret },
    );
    expect(scope).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });

    const anonymous = await tokenRequest(gateway.url, { grant_type: 'client_credentials' });
    expect(anonymous).toMatchObject({ status: 401, body: { error: 'invalid_client' } });

    // A service account never acts for a person.
    const exchange = await tokenRequest(
      gateway.url,
      { grant_type: TOKEN_EXCHANGE_GRANT, subject_token: 'x.y.z', subject_token_type: ID_TOKEN_TYPE },
      { id, secret },
    );
    expect(exchange).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
  });

  it('queries the gateway with exactly its scopes, never a person’s coaching data, every call audited', async () => {
    const created = await create('Analytics export 2', ['READ_ANALYTICS']);
    const { body } = await tokenRequest(
      gateway.url,
      { grant_type: 'client_credentials' },
      { id: created.serviceAccount!.clientId, secret: created.clientSecret! },
    );
    const token = String(body.access_token);

    const heatmap = await postGraphQL<{ heatmap: { rows: unknown[] } }>(
      gateway.url,
      { query: 'query Heatmap { heatmap(input: {}) { rows { peopleCount } } }' },
      { token },
    );
    expect(heatmap.body.errors).toBeUndefined();
    expect(heatmap.body.data?.heatmap.rows.length).toBeGreaterThan(0);

    const refused = await postGraphQL(
      gateway.url,
      {
        query: `query Private { people(first: 5) { totalCount }
          node(id: "${toGlobalId('Person', org.reportIds[0]!)}") { ... on Person { name email enrolments { totalCount } } } }`,
      },
      { token },
    );
    const codes = Object.fromEntries(
      (refused.body.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]),
    );
    expect(codes).toMatchObject({
      people: 'FORBIDDEN',
      'node.email': 'FORBIDDEN',
      'node.enrolments': 'FORBIDDEN',
    });
    // A service account is not a person: there is no viewer to read; nor is it an org admin.
    for (const query of [
      '{ viewer { id } }',
      '{ auditLog { totalCount } }',
      '{ integrations { jwksUrl } }',
    ]) {
      const answer = await postGraphQL(gateway.url, { query }, { token });
      expect(answer.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const programs = await postGraphQL(
      gateway.url,
      {
        query: `{ node(id: "${toGlobalId('Program', org.programId)}") { ... on Program { enrolments { totalCount } } } }`,
      },
      { token },
    );
    expect(programs.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const audit = await postGraphQL<{
      auditLog: {
        edges: Array<{
          node: { action: string; actor: unknown; serviceAccount: { name: string } | null; after: string };
        }>;
      };
    }>(
      gateway.url,
      {
        query: `{ auditLog(first: 10, filter: { actions: [SERVICE_ACCOUNT_CALLED] }) {
          edges { node { action actor { id } serviceAccount { name } after } } } }`,
      },
      { token: adminToken },
    );
    const calls = audit.body
      .data!.auditLog.edges.map((edge) => edge.node)
      .filter((node) => node.serviceAccount?.name === 'Analytics export 2');
    expect(calls).toHaveLength(6);
    expect(calls.every((call) => call.actor === null)).toBe(true);
    expect(
      calls.map((call) => (JSON.parse(call.after) as { operations: string[] }).operations[0]).sort(),
    ).toEqual(['query', 'query', 'query', 'query', 'query Heatmap', 'query Private']);
  });

  it('reads programs and rosters with manage-programs and the directory with provision, and runs no mutation outside its scopes', async () => {
    const both = await create('HR sync', ['MANAGE_PROGRAMS', 'PROVISION']);
    const { body } = await tokenRequest(gateway.url, {
      grant_type: 'client_credentials',
      client_id: both.serviceAccount!.clientId,
      client_secret: both.clientSecret!,
    });
    const token = String(body.access_token);
    const answer = await postGraphQL<{
      people: { totalCount: number };
      node: { viewerCanManage: boolean; enrolments: { totalCount: number } };
    }>(
      gateway.url,
      {
        query: `{ people(first: 1) { totalCount }
          node(id: "${toGlobalId('Program', org.programId)}") { ... on Program { viewerCanManage enrolments { totalCount } } } }`,
      },
      { token },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.people.totalCount).toBeGreaterThan(0);
    expect(answer.body.data?.node.enrolments.totalCount).toBeGreaterThan(0);
    expect(answer.body.data?.node.viewerCanManage).toBe(true);
    const heatmap = await postGraphQL(gateway.url, { query: '{ heatmap(input: {}) { metric } }' }, { token });
    expect(heatmap.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Assigning program admins changes people's roles: no scope lists it, so it is refused before it runs.
    const [before] = await db.query<{ count: number }>('select count(*)::int as count from program_admins');
    const mutation = await postGraphQL(
      gateway.url,
      {
        query: `mutation Assign($input: ProgramAdminInput!) { assignProgramAdmin(input: $input) { program { id } } }`,
        variables: {
          input: {
            programId: toGlobalId('Program', org.programId),
            personId: toGlobalId('Person', org.adminId),
          },
        },
      },
      { token },
    );
    expect(mutation.status).toBe(403);
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [after] = await db.query<{ count: number }>('select count(*)::int as count from program_admins');
    expect(after!.count).toBe(before!.count);
  });

  it('stops working at once when revoked: no new token, and the one it holds is refused', async () => {
    const created = await create('Short-lived', ['PROVISION']);
    const credentials = { id: created.serviceAccount!.clientId, secret: created.clientSecret! };
    const { body } = await tokenRequest(gateway.url, { grant_type: 'client_credentials' }, credentials);
    const token = String(body.access_token);
    const before = await postGraphQL(
      gateway.url,
      { query: '{ people(first: 1) { totalCount } }' },
      { token },
    );
    expect(before.status).toBe(200);

    const revoked = await postGraphQL<{ revokeServiceAccount: { revokedAt: string | null } }>(
      gateway.url,
      {
        query: 'mutation($id: ID!) { revokeServiceAccount(id: $id) { revokedAt } }',
        variables: { id: created.serviceAccount!.id },
      },
      { token: adminToken },
    );
    expect(revoked.body.data?.revokeServiceAccount.revokedAt).toBeTruthy();

    const after = await postGraphQL(gateway.url, { query: '{ people(first: 1) { totalCount } }' }, { token });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await tokenRequest(gateway.url, { grant_type: 'client_credentials' }, credentials);
    expect(again).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});
