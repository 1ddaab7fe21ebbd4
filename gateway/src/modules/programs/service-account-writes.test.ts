/**
 * Service accounts that write: one with the manage-programs scope creates, sets up, publishes and
 * runs a program through the gateway as an HR system would, every row it writes names it in the
 * service-account actor columns (never a person), and the audit log shows it as the actor. One
 * without the scope, and any mutation outside the scope's list, is refused before anything runs.
 */
import { isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceAccountMutations } from '../../auth/policy.js';
import type { ServiceScope } from '../../context.js';
import { buildSchema } from '../../schema.js';
import { STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import { fromGlobalId, fromOpaqueId, toGlobalId } from '../../ids.js';
import { addPerson } from '../../testing/calls.js';
import { postGraphQL } from '../../testing/harness.js';
import { programTargeting } from '../../testing/fixtures.js';
import { gatewaySuite } from '../../testing/suite.js';
import { JobQueue } from '../../jobs/queue.js';
import { matchProposalJob } from '../programMatching/proposal-job.js';

const CREATE_ACCOUNT = `mutation($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) { serviceAccount { id clientId } clientSecret }
}`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) {
  createProgram(input: $input) { program { id viewerCanManage kpis { id } } userErrors { field code } }
}`;

interface Account {
  id: string;
  uuid: string;
  token: string;
}

describe.each(testEngines())('service accounts writing programs on %s', (engine) => {
  const suite = gatewaySuite(engine, `sa-writes-${engine}`);
  let queue: JobQueue;

  beforeAll(async () => {
    // The match proposal is computed, and its audit entry written, by the job queue.
    queue = new JobQueue(suite.db, [matchProposalJob()], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
    });
    await queue.start();
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
  });

  async function account(name: string, scopes: string[]): Promise<Account> {
    const created = await postGraphQL<{
      createServiceAccount: { serviceAccount: { id: string; clientId: string }; clientSecret: string };
    }>(
      suite.gateway.url,
      { query: CREATE_ACCOUNT, variables: { input: { name, scopes } } },
      { token: suite.admin },
    );
    const { serviceAccount, clientSecret } = created.body.data!.createServiceAccount;
    const response = await fetch(`${suite.gateway.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: serviceAccount.clientId,
        client_secret: clientSecret,
      }),
    });
    const { access_token } = (await response.json()) as { access_token: string };
    return {
      id: serviceAccount.id,
      uuid: fromOpaqueId(serviceAccount.id, 'ServiceAccount')!,
      token: access_token,
    };
  }

  async function as<T>(who: Account, query: string, variables: Record<string, unknown> = {}) {
    return postGraphQL<T>(suite.gateway.url, { query, variables }, { token: who.token });
  }

  const programInput = (name: string) => ({
    names: [{ locale: 'en', text: name }],
    objectives: [{ locale: 'en', text: 'Onboard new managers' }],
    languages: ['en'],
    sessionsPerParticipant: 4,
    ...programTargeting(suite.org),
  });

  it(
    'creates, publishes and runs a program with manage-programs, named as the actor everywhere',
    async () => {
      const hr = await account('HR sync', ['MANAGE_PROGRAMS']);
      const created = await as<{
        createProgram: { program: { id: string; viewerCanManage: boolean; kpis: Array<{ id: string }> } };
      }>(hr, CREATE_PROGRAM, { input: programInput('Synced from HR') });
      expect(created.body.errors).toBeUndefined();
      const program = created.body.data!.createProgram.program;
      expect(program.viewerCanManage).toBe(true);
      const programId = program.id;
      const uuid = fromGlobalId(programId)!.uuid;

      const kpi = await as(
        hr,
        `mutation($input: RecordProgramKpiValueInput!) { recordProgramKpiValue(input: $input) { userErrors { code } } }`,
        { input: { kpiId: program.kpis[0]!.id, recordedOn: '2026-01-15', value: 41 } },
      );
      expect(kpi.body.errors).toBeUndefined();

      const published = await as<{ publishProgram: { invitedCount: number; userErrors: unknown[] } }>(
        hr,
        `mutation($input: PublishProgramInput!) { publishProgram(input: $input) { invitedCount userErrors { code } } }`,
        { input: { programId } },
      );
      expect(published.body.errors).toBeUndefined();
      expect(published.body.data!.publishProgram.userErrors).toEqual([]);

      const newcomer = await addPerson(suite.db, suite.org, 'Nora Newcomer', [], {
        jobLevel: 'SENIOR_MANAGER',
        orgUnitId: suite.org.regionId,
      });
      const invited = await as<{ inviteToProgram: { enrolments: Array<{ id: string; status: string }> } }>(
        hr,
        `mutation($input: InviteToProgramInput!) { inviteToProgram(input: $input) { enrolments { id status } userErrors { code } } }`,
        { input: { programId, personIds: [toGlobalId('Person', newcomer)] } },
      );
      expect(invited.body.errors).toBeUndefined();
      const [enrolment] = invited.body.data!.inviteToProgram.enrolments;
      expect(enrolment?.status).toBe('INVITED');

      const withdrawn = await as(
        hr,
        `mutation($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { enrolment { status } userErrors { code } } }`,
        { input: { enrolmentId: enrolment!.id, status: 'WITHDRAWN', reason: 'Left before the start' } },
      );
      expect(withdrawn.body.errors).toBeUndefined();

      const coaches = await as(
        hr,
        `mutation($input: AddProgramCoachesInput!) { addProgramCoaches(input: $input) { userErrors { code } } }`,
        { input: { programId, coachIds: [toGlobalId('Coach', suite.org.coachId)] } },
      );
      expect(coaches.body.errors).toBeUndefined();
      const proposed = await as<{ proposeProgramMatch: { proposal: { id: string } | null } }>(
        hr,
        `mutation($input: ProposeProgramMatchInput!) { proposeProgramMatch(input: $input) { proposal { id } userErrors { code } } }`,
        { input: { programId } },
      );
      expect(proposed.body.errors).toBeUndefined();
      expect(proposed.body.data!.proposeProgramMatch.proposal).not.toBeNull();

      // Every actor column names the service account and no person.
      const [stored] = await suite.db.query<{
        created_by: string | null;
        created_by_service_account_id: string;
      }>('select created_by, created_by_service_account_id from programs where id = $1', [uuid]);
      expect(stored).toEqual({ created_by: null, created_by_service_account_id: hr.uuid });
      const [value] = await suite.db.query<{
        recorded_by: string | null;
        recorded_by_service_account_id: string;
      }>(
        `select v.recorded_by, v.recorded_by_service_account_id from program_kpi_values v
           join program_kpis k on k.id = v.kpi_id where k.program_id = $1`,
        [uuid],
      );
      expect(value).toEqual({ recorded_by: null, recorded_by_service_account_id: hr.uuid });
      const events = await suite.db.query<{
        to_status: string;
        actor_person_id: string | null;
        actor_service_account_id: string | null;
        reason: string | null;
      }>(
        `select ev.to_status, ev.actor_person_id, ev.actor_service_account_id, ev.reason from enrolment_events ev
           join enrolments e on e.id = ev.enrolment_id where e.person_id = $1 and e.program_id = $2 order by ev.at`,
        [newcomer, uuid],
      );
      expect(events).toEqual([
        { to_status: 'INVITED', actor_person_id: null, actor_service_account_id: hr.uuid, reason: null },
        {
          to_status: 'WITHDRAWN',
          actor_person_id: null,
          actor_service_account_id: hr.uuid,
          reason: 'Left before the start',
        },
      ]);
      const [pool] = await suite.db.query<{ added_by: string | null; added_by_service_account_id: string }>(
        'select added_by, added_by_service_account_id from program_coaches where program_id = $1',
        [uuid],
      );
      expect(pool).toEqual({ added_by: null, added_by_service_account_id: hr.uuid });
      {
        const [proposal] = await suite.db.query<{
          created_by: string | null;
          created_by_service_account_id: string;
        }>('select created_by, created_by_service_account_id from match_proposals where program_id = $1', [
          uuid,
        ]);
        expect(proposal).toEqual({ created_by: null, created_by_service_account_id: hr.uuid });
      }
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [computed] = await suite.db.query<{ status: string }>(
          'select status from match_proposals where program_id = $1',
          [uuid],
        );
        if (computed?.status === 'OPEN') break;
        if (Date.now() > deadline) throw new Error(`the proposal is still ${computed?.status}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      // The audit log names the service account, not a person, for each action.
      const log = await postGraphQL<{
        auditLog: {
          edges: Array<{
            node: { action: string; actor: unknown; serviceAccount: { id: string; name: string } | null };
          }>;
        };
      }>(
        suite.gateway.url,
        {
          query: `query($programId: ID) { auditLog(first: 50, filter: { programId: $programId }) { edges { node { action actor { id } serviceAccount { id name } } } } }`,
          variables: { programId },
        },
        { token: suite.admin },
      );
      const actions = log.body.data!.auditLog.edges.map((edge) => edge.node);
      expect(actions.map((entry) => entry.action).sort()).toEqual(
        [
          'PROGRAM_CREATED',
          'KPI_VALUE_RECORDED',
          'PROGRAM_PUBLISHED',
          'PARTICIPANTS_INVITED',
          'ENROLMENT_STATUS_CHANGED',
          'COACHES_ADDED',
          'MATCH_PROPOSED',
        ].sort(),
      );
      for (const entry of actions) {
        expect(entry.actor).toBeNull();
        expect(entry.serviceAccount).toEqual({ id: hr.id, name: 'HR sync' });
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it('refuses a service account without manage-programs, and any operation with a mutation outside the scope, before anything runs', async () => {
    const reader = await account('Reporting', ['READ_ANALYTICS', 'PROVISION']);
    const writer = await account('HR sync 2', ['MANAGE_PROGRAMS']);
    const count = async () =>
      (
        await suite.db.query<{ n: number }>('select count(*)::int as n from programs where org_id = $1', [
          suite.org.orgId,
        ])
      )[0]!.n;
    const before = await count();

    const refused = await as(reader, CREATE_PROGRAM, { input: programInput('Not allowed') });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.message).toMatch(/scopes allow/);

    // One allowed field beside one that is not: the whole operation is refused, the allowed half included.
    const mixed = await as(
      writer,
      `mutation($input: CreateProgramInput!, $admin: ProgramAdminInput!) {
        createProgram(input: $input) { program { id } }
        assignProgramAdmin(input: $admin) { userErrors { code } }
      }`,
      {
        input: programInput('Half done'),
        admin: {
          programId: toGlobalId('Program', suite.org.programId),
          personId: toGlobalId('Person', suite.org.adminId),
        },
      },
    );
    expect(mixed.status).toBe(403);
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A person's own answer is never a service account's to give.
    const respond = await as(
      writer,
      `mutation { respondToProgramInvitation(input: { enrolmentId: "${toGlobalId('Enrolment', suite.org.enrolmentId)}", response: ACCEPT }) { userErrors { code } } }`,
    );
    expect(respond.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it(
    "refuses every mutation outside a scope's list before it runs, and lets every listed one through to its resolver",
    async () => {
      const schema = buildSchema();
      const mutations = schema.getMutationType()!.getFields();
      const scopes: Array<[ServiceScope, string]> = [
        ['read-analytics', 'READ_ANALYTICS'],
        ['manage-programs', 'MANAGE_PROGRAMS'],
        ['provision', 'PROVISION'],
      ];
      for (const [scope] of scopes) {
        const stale = serviceAccountMutations[scope].filter((name) => !(name in mutations));
        expect(stale, `listed for ${scope} but not in the schema`).toEqual([]);
      }
      const mismatches: string[] = [];
      let checks = 0;
      for (const [scope, value] of scopes) {
        const caller = await account(`Matrix ${scope}`, [value]);
        for (const field of Object.values(mutations)) {
          // Required arguments as variables left unset: a refusal comes before they are read; a
          // mutation the scope lists gets past it and fails on the missing variable instead.
          const required = field.args.filter((arg) => isNonNullType(arg.type));
          const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
          const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          const document = `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} { __typename } }`;
          const answer = await as(caller, document);
          const refused = answer.status === 403 && answer.body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
          const listed = (serviceAccountMutations[scope] as readonly string[]).includes(field.name);
          checks += 1;
          if (refused === listed)
            mismatches.push(`${scope} ${field.name}: ${refused ? 'refused' : 'let through'}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(checks).toBe(Object.keys(mutations).length * scopes.length);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it('stores a service account and a person as the same actor nowhere: the columns refuse both at once', async () => {
    const hr = await account('HR sync 3', ['MANAGE_PROGRAMS']);
    await expect(
      suite.db.query(
        `insert into programs (org_id, name, objective, sessions_per_participant, duration_weeks, languages, status,
           created_by, created_by_service_account_id)
         values ($1, 'Both', 'Both', 4, 8, array['en'], 'DRAFT', $2, $3)`,
        [suite.org.orgId, suite.org.adminId, hr.uuid],
      ),
    ).rejects.toThrow(/programs_one_creator/);
  });
});
