/**
 * A program's match proposal computed on the durable queue: the mutation answers at once with the
 * proposal PENDING (and with the same one when asked again meanwhile), the job makes it RUNNING and
 * then OPEN with what the admin reviews (pairs with reasons, the unmatched with why), two gateways
 * working the queue compute it once, a computation that cannot run is FAILED with why and proposing
 * again retries it, and nobody but the program's managers may ask or look.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { fromGlobalId, toGlobalId } from '../../ids.js';
import { JOB_SCHEMA, JobQueue } from '../../jobs/queue.js';
import { addPerson, graphqlCalls } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { MATCH_PROPOSAL_QUEUE, matchProposalJob } from './proposal-job.js';

const stateFields = `id status cohortSize startedAt computedAt failure failureMessage matchedCount unmatchedCount
  pairs(first: 50) { edges { node { enrolment { person { name } } coach { name } reasons { code } } } }
  unmatched(first: 50) { edges { node { enrolment { person { name } } reason } } }`;
const propose = `mutation($input: ProposeProgramMatchInput!) {
  proposeProgramMatch(input: $input) { proposal { ${stateFields} } userErrors { field code } }
}`;
const proposalNode = `query($id: ID!) { node(id: $id) { ... on MatchProposal { ${stateFields} } } }`;
const programProposals = `query($id: ID!) { node(id: $id) { ... on Program {
  pendingMatchProposal { id status failure } openMatchProposal { id status } } } }`;

interface ProposalState {
  id: string;
  status: string;
  cohortSize: number | null;
  startedAt: string | null;
  computedAt: string | null;
  failure: string | null;
  failureMessage: string | null;
  matchedCount: number;
  unmatchedCount: number;
  pairs: {
    edges: Array<{
      node: {
        enrolment: { person: { name: string } };
        coach: { name: string };
        reasons: Array<{ code: string }>;
      };
    }>;
  };
  unmatched: { edges: Array<{ node: { enrolment: { person: { name: string } }; reason: string } }> };
}

describe.each(testEngines())('match proposals on the job queue on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  let running: RunningGateway;
  const queues: JobQueue[] = [];
  let programAdminToken: string;
  let otherProgramAdminToken: string;
  let participantToken: string;
  let programId: string;
  let pausedProgramId: string;
  let firstId: string;
  let failingId: string;
  const { call, ok } = graphqlCalls(() => running.url);

  const global = (id: string) => toGlobalId('Program', id);

  async function program(name: string, adminId: string, participants: string[]): Promise<string> {
    const { programId: id } = await insertActiveProgram(db, org.orgId, {
      name,
      adminIds: [adminId],
      acceptedIds: participants,
    });
    return id;
  }

  async function settled(id: string): Promise<ProposalState> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const read = await ok<{ node: ProposalState }>(programAdminToken, proposalNode, { id });
      if (read.node.status !== 'PENDING' && read.node.status !== 'RUNNING') return read.node;
      if (Date.now() > deadline) throw new Error(`proposal ${id} still ${read.node.status} after a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function startQueue(): Promise<void> {
    const queue = new JobQueue(db, [matchProposalJob()], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
    queues.push(queue);
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `proposal-jobs-${engine}`);
    const person = (name: string, roles: string[], locale = 'en') =>
      addPerson(db, org, name, roles, { locale, jobLevel: 'MANAGER', orgUnitId: org.teamIds[1]! });
    const programAdminId = await person('Pia Programs', ['PROGRAM_ADMIN']);
    const otherProgramAdminId = await person('Olaf Other', ['PROGRAM_ADMIN']);
    const people = [
      await person('Ada Alpha', ['PARTICIPANT']),
      await person('Bo Beta', ['PARTICIPANT']),
      await person('Kei Kappa', ['PARTICIPANT'], 'ja'),
    ];
    programId = await program('Queued matching', programAdminId, people);
    pausedProgramId = await program('Paused before matching', programAdminId, people.slice(0, 1));
    await program('Not theirs', otherProgramAdminId, []);
    running = await startGateway(db);
    programAdminToken = await tokenFor(db, programAdminId);
    otherProgramAdminToken = await tokenFor(db, otherProgramAdminId);
    participantToken = await tokenFor(db, people[0]!);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    await running?.close();
    await db?.close();
  });

  it(
    'answers at once with the proposal PENDING and its job queued, and with the same one when asked again',
    async () => {
      const first = await ok<{ proposeProgramMatch: { proposal: ProposalState } }>(
        programAdminToken,
        propose,
        {
          input: { programId: global(programId) },
        },
      );
      const proposal = first.proposeProgramMatch.proposal;
      expect(proposal).toMatchObject({
        status: 'PENDING',
        cohortSize: null,
        startedAt: null,
        computedAt: null,
        failure: null,
        matchedCount: 0,
      });
      firstId = proposal.id;
      const again = await ok<{ proposeProgramMatch: { proposal: ProposalState } }>(
        programAdminToken,
        propose,
        {
          input: { programId: global(programId) },
        },
      );
      expect(again.proposeProgramMatch.proposal.id).toBe(firstId);
      const outbox = await db.query<{ queue: string; payload: { proposalId: string } }>(
        `select queue, payload from job_outbox where queue = $1`,
        [MATCH_PROPOSAL_QUEUE],
      );
      expect(outbox).toHaveLength(1);
      const programs = await ok<{ node: { pendingMatchProposal: { id: string; status: string } | null } }>(
        programAdminToken,
        programProposals,
        { id: global(programId) },
      );
      expect(programs.node.pendingMatchProposal).toEqual({ id: firstId, status: 'PENDING', failure: null });
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'refuses anyone but the program’s managers, to ask or to look',
    async () => {
      for (const token of [participantToken, otherProgramAdminToken]) {
        const refused = await call(token, propose, { input: { programId: global(programId) } });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const looked = await call(token, programProposals, { id: global(programId) });
        expect(
          (looked.data as { node: { pendingMatchProposal: unknown } }).node.pendingMatchProposal,
        ).toBeNull();
        const byId = await call(token, proposalNode, { id: firstId });
        expect((byId.data as { node: unknown } | undefined)?.node ?? null).toBeNull();
      }
      const [queued] = await db.query<{ n: number }>(
        `select count(*)::int as n from match_proposals where program_id = $1`,
        [programId],
      );
      expect(queued!.n).toBe(1);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'is computed once by two gateways working the queue, into what the admin reviews',
    async () => {
      // A second proposal, for a program paused before its job runs: it must fail, with why.
      const failing = await ok<{ proposeProgramMatch: { proposal: ProposalState } }>(
        programAdminToken,
        propose,
        {
          input: { programId: global(pausedProgramId) },
        },
      );
      failingId = failing.proposeProgramMatch.proposal.id;
      await db.query(`update programs set status = 'PAUSED' where id = $1`, [pausedProgramId]);

      await startQueue();
      await startQueue();
      const done = await settled(firstId);
      expect(done).toMatchObject({ status: 'OPEN', cohortSize: 3, failure: null, failureMessage: null });
      expect(done.startedAt).not.toBeNull();
      expect(Date.parse(done.computedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt!));
      expect(done.matchedCount + done.unmatchedCount).toBe(3);
      expect(done.unmatched.edges.map((edge) => [edge.node.enrolment.person.name, edge.node.reason])).toEqual(
        [['Kei Kappa', 'NO_SHARED_LANGUAGE']],
      );
      for (const edge of done.pairs.edges) expect(edge.node.reasons.map((r) => r.code)).toContain('LANGUAGE');

      // One attempt, one audit entry, one set of pairs: nothing computed or stored twice.
      const uuid = fromGlobalId(firstId)!.uuid;
      const jobs = await db.query<{ state: string; retry_count: number }>(
        `select state::text as state, retry_count from ${JOB_SCHEMA}.job where name = $1 and data->'payload'->>'proposalId' = $2`,
        [MATCH_PROPOSAL_QUEUE, uuid],
      );
      expect(jobs).toEqual([{ state: 'completed', retry_count: 0 }]);
      const audits = await db.query<{ actor_person_id: string | null }>(
        `select actor_person_id from audit_log where action = 'MATCH_PROPOSED' and subject_id = $1`,
        [uuid],
      );
      expect(audits).toHaveLength(1);
      expect(audits[0]!.actor_person_id).not.toBeNull();
      const [pairs] = await db.query<{ n: number }>(
        `select count(*)::int as n from match_proposal_pairs where proposal_id = $1`,
        [uuid],
      );
      expect(pairs!.n).toBe(3);
      const programs = await ok<{
        node: { pendingMatchProposal: unknown; openMatchProposal: { id: string; status: string } };
      }>(programAdminToken, programProposals, { id: global(programId) });
      expect(programs.node).toEqual({
        pendingMatchProposal: null,
        openMatchProposal: { id: firstId, status: 'OPEN' },
      });
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'records why a computation failed, and proposing again retries it',
    async () => {
      const failed = await settled(failingId);
      expect(failed).toMatchObject({ status: 'FAILED', failure: 'PROGRAM_NOT_ACTIVE', matchedCount: 0 });
      expect(failed.failureMessage).toMatch(/no longer active/);
      const programs = await ok<{ node: { pendingMatchProposal: { id: string; failure: string } } }>(
        programAdminToken,
        programProposals,
        { id: global(pausedProgramId) },
      );
      expect(programs.node.pendingMatchProposal).toEqual({
        id: failingId,
        status: 'FAILED',
        failure: 'PROGRAM_NOT_ACTIVE',
      });

      await db.query(`update programs set status = 'ACTIVE' where id = $1`, [pausedProgramId]);
      const retried = await ok<{ proposeProgramMatch: { proposal: ProposalState } }>(
        programAdminToken,
        propose,
        {
          input: { programId: global(pausedProgramId) },
        },
      );
      expect(retried.proposeProgramMatch.proposal.id).not.toBe(failingId);
      const done = await settled(retried.proposeProgramMatch.proposal.id);
      expect(done).toMatchObject({ status: 'OPEN', cohortSize: 1, matchedCount: 1 });
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
