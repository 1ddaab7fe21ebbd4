/**
 * A match proposal whose computation is cut off: the process working the queue is SIGKILLed while
 * the proposal is RUNNING (as the queue's own crash tests kill theirs, `jobs/crash.test.ts`), and
 * the proposal must end computed exactly once after the restart, or FAILED with why when the queue
 * gives its job up; never left RUNNING. A job whose every attempt throws leaves its proposal
 * FAILED too, and proposing again computes it (through the gateway, on both engines).
 *
 * The worker process (`testing/proposal-worker.ts`) runs the real proposal job with a lease of
 * 3 s instead of 10 minutes, so the queue hands a dead worker's job out again within the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.js';
import {
  openServerTestDatabase,
  openTestDatabase,
  STORAGE_TEST_TIMEOUT_MS,
  testEngines,
} from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { deadLetterOf, JOB_SCHEMA, JobQueue, type QueueJob } from '../../jobs/queue.js';
import { startWorkerProcess, until, type WorkerProcess } from '../../jobs/testing/worker-process.js';
import { addPerson, graphqlCalls } from '../../testing/calls.js';
import { insertActiveProgram } from '../../testing/programs.js';
import { createGatewayFixture } from '../../testing/fixtures.js';
import { startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { enqueueProposal, MATCH_PROPOSAL_QUEUE, matchProposalJob } from './proposal-job.js';

const WORKER = 'src/modules/programMatching/testing/proposal-worker.ts';

interface Organisation {
  orgId: string;
  programId: string;
  adminId: string;
}

/** An organisation with an ACTIVE program of three accepted participants, and its program admin. */
async function organisation(db: Database, slug: string): Promise<Organisation> {
  const org = await createGatewayFixture(db, slug);
  const person = (name: string, roles: string[], locale = 'en') =>
    addPerson(db, org, name, roles, { locale, jobLevel: 'MANAGER', orgUnitId: org.teamIds[1]! });
  const adminId = await person('Pia Programs', ['PROGRAM_ADMIN']);
  const participants = [
    await person('Ada Alpha', ['PARTICIPANT']),
    await person('Bo Beta', ['PARTICIPANT']),
    await person('Kei Kappa', ['PARTICIPANT'], 'ja'),
  ];
  const { programId } = await insertActiveProgram(db, org.orgId, {
    name: 'Cut off mid-computation',
    adminIds: [adminId],
    acceptedIds: participants,
  });
  return { orgId: org.orgId, programId, adminId };
}

/** What `proposeProgramMatch` stores and queues: a PENDING proposal and its job, in one transaction. */
async function propose(db: Database, org: Organisation): Promise<string> {
  return db.withTenant(org.orgId, async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `insert into match_proposals (org_id, program_id, kind, status, created_by)
       values ($1, $2, 'PROGRAM', 'PENDING', $3) returning id`,
      [org.orgId, org.programId, org.adminId],
    );
    await enqueueProposal(tx, org.orgId, row!.id);
    return row!.id;
  });
}

interface Outcome {
  status: string;
  failure: string | null;
  cohortSize: number | null;
  pairs: number;
  audits: number;
  jobs: Array<{ state: string; retry_count: number }>;
  givenUp: string[];
}

async function outcomeOf(db: Database, proposalId: string): Promise<Outcome> {
  const [proposal] = await db.query<{ status: string; failure: string | null; cohort_size: number | null }>(
    `select status, failure, cohort_size from match_proposals where id = $1`,
    [proposalId],
  );
  const [pairs] = await db.query<{ n: number }>(
    `select count(*)::int as n from match_proposal_pairs where proposal_id = $1`,
    [proposalId],
  );
  const [audits] = await db.query<{ n: number }>(
    `select count(*)::int as n from audit_log where action = 'MATCH_PROPOSED' and subject_id = $1`,
    [proposalId],
  );
  const jobs = await db.query<{ state: string; retry_count: number }>(
    `select state::text as state, retry_count from ${JOB_SCHEMA}.job
     where name = $1 and data->'payload'->>'proposalId' = $2`,
    [MATCH_PROPOSAL_QUEUE, proposalId],
  );
  const givenUp = await db.query<{ state: string }>(
    `select state::text as state from ${JOB_SCHEMA}.job where name = $1 and data->'payload'->>'proposalId' = $2`,
    [deadLetterOf(MATCH_PROPOSAL_QUEUE), proposalId],
  );
  return {
    status: proposal!.status,
    failure: proposal!.failure,
    cohortSize: proposal!.cohort_size,
    pairs: pairs!.n,
    audits: audits!.n,
    jobs,
    givenUp: givenUp.map((row) => row.state),
  };
}

const started: WorkerProcess[] = [];
afterAll(() => {
  for (const worker of started) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
});

function startWorker(target: string[], extra: string[] = []): WorkerProcess {
  const worker = startWorkerProcess(WORKER, [...target, ...extra]);
  started.push(worker);
  return worker;
}

/** Starts a worker that hangs in the computation and kills it once `proposalId` is being computed. */
async function killMidComputation(target: string[], proposalId: string, extra: string[] = []) {
  const doomed = startWorker(target, ['--hang', ...extra]);
  await until(`the computation of ${proposalId}`, () => doomed.lines('computing ').length > 0, doomed);
  doomed.process.kill('SIGKILL');
  await doomed.exited;
  return doomed;
}

describe('a match proposal whose worker is killed mid-computation, on PGlite', () => {
  it(
    'is computed after the restart, exactly once',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'cw-proposal-'));
      try {
        let db = await openDatabase({ engine: 'pglite', dataDir });
        const org = await organisation(db, 'proposal-crash-pglite');
        const proposalId = await propose(db, org);
        await db.close();

        await killMidComputation(['--data-dir', dataDir], proposalId);
        db = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
        const cutOff = await outcomeOf(db, proposalId);
        await db.close();
        // Killed while RUNNING: its job still held by the dead worker until the lease runs out.
        expect(cutOff).toMatchObject({ status: 'RUNNING', cohortSize: 3, pairs: 0, audits: 0 });
        expect(cutOff.jobs.map((job) => job.state)).toEqual(['active']);

        const restarted = startWorker(['--data-dir', dataDir], ['--exit-when-idle']);
        expect(await restarted.exited, restarted.output()).toBe(0);
        expect(restarted.lines('computing ')).toEqual([`computing ${proposalId}`]);

        db = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
        const done = await outcomeOf(db, proposalId);
        await db.close();
        expect(done).toMatchObject({ status: 'OPEN', failure: null, cohortSize: 3, pairs: 3, audits: 1 });
        // An attempt after the lease completed it; nothing was given up.
        expect(done.jobs.map((job) => job.state)).toEqual(['completed']);
        expect(done.jobs[0]!.retry_count).toBeGreaterThan(0);
        expect(done.givenUp).toEqual([]);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'killed in its last attempt, is FAILED as timed out rather than left RUNNING',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'cw-proposal-'));
      try {
        let db = await openDatabase({ engine: 'pglite', dataDir });
        const org = await organisation(db, 'proposal-last-attempt');
        const proposalId = await propose(db, org);
        await db.close();

        // No retries: the attempt the worker dies in is the job's last.
        await killMidComputation(['--data-dir', dataDir], proposalId, ['--retry-limit', '0']);
        const restarted = startWorker(['--data-dir', dataDir], ['--retry-limit', '0', '--exit-when-idle']);
        expect(await restarted.exited, restarted.output()).toBe(0);
        expect(restarted.lines('computing ')).toEqual([]);

        db = await openDatabase({ engine: 'pglite', dataDir, migrate: false });
        const failed = await outcomeOf(db, proposalId);
        expect(failed).toMatchObject({ status: 'FAILED', failure: 'TIMED_OUT', pairs: 0, audits: 0 });
        expect(failed.jobs.map((job) => job.state)).toEqual(['failed']);
        expect(failed.givenUp).toEqual(['completed']);
        await db.close();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});

describe.skipIf(!process.env.DATABASE_URL)(
  'a match proposal whose gateway is killed mid-computation, on PostgreSQL with two gateways',
  () => {
    it(
      'is computed by the other gateway once the lease runs out, exactly once',
      async () => {
        const { db, url } = await openServerTestDatabase({ maxConnections: 2 });
        try {
          const org = await organisation(db, 'proposal-crash-postgres');
          const proposalId = await propose(db, org);
          const doomed = startWorker(['--url', url], ['--hang']);
          await until(
            `the computation of ${proposalId}`,
            () => doomed.lines('computing ').length > 0,
            doomed,
          );
          // The second gateway starts while the first computes; the first then dies.
          const other = startWorker(['--url', url]);
          await until('the second gateway ready', () => other.output().includes('ready'), other);
          expect((await outcomeOf(db, proposalId)).status).toBe('RUNNING');
          doomed.process.kill('SIGKILL');
          await doomed.exited;

          await until(
            'the proposal computed',
            async () => (await outcomeOf(db, proposalId)).status === 'OPEN',
          );
          const done = await outcomeOf(db, proposalId);
          expect(done).toMatchObject({ status: 'OPEN', cohortSize: 3, pairs: 3, audits: 1 });
          expect(done.jobs.map((job) => job.state)).toEqual(['completed']);
          expect(done.jobs[0]!.retry_count).toBeGreaterThan(0);
          expect(other.lines('computing ')).toEqual([`computing ${proposalId}`]);

          other.process.kill('SIGTERM');
          expect(await other.exited).toBe(0);
        } finally {
          await db.close();
        }
      },
      STORAGE_TEST_TIMEOUT_MS,
    );
  },
);

describe.each(testEngines())('a match proposal whose every attempt fails, on %s', (engine) => {
  let db: Database;
  let org: Organisation;
  let running: RunningGateway;
  let token: string;
  const queues: JobQueue[] = [];
  const { ok } = graphqlCalls(() => running.url);
  const proposeMutation = `mutation($input: ProposeProgramMatchInput!) {
    proposeProgramMatch(input: $input) { proposal { id status } userErrors { code } } }`;
  const read = `query($id: ID!) { node(id: $id) { ... on MatchProposal { id status failure failureMessage matchedCount } } }`;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await organisation(db, `proposal-exhausted-${engine}`);
    running = await startGateway(db);
    token = await tokenFor(db, org.adminId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    await running?.close();
    await db?.close();
  });

  async function startQueue(job: QueueJob): Promise<JobQueue> {
    const queue = new JobQueue(db, [job], {
      pollingIntervalSeconds: 0.5,
      relayIntervalMs: 100,
      maintenanceIntervalSeconds: 1,
    });
    await queue.start();
    queues.push(queue);
    return queue;
  }

  async function settled(id: string) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { node } = await ok<{
        node: { status: string; failure: string | null; failureMessage: string | null; matchedCount: number };
      }>(token, read, { id });
      if (node.status !== 'PENDING' && node.status !== 'RUNNING') return node;
      if (Date.now() > deadline) throw new Error(`proposal ${id} still ${node.status} after a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it(
    'is FAILED with why once its retries are spent, and proposing again computes it',
    async () => {
      const real = matchProposalJob();
      if (real.perform.kind !== 'outside') throw new Error('the proposal job computes outside a transaction');
      const perform = real.perform;
      let attempts = 0;
      // Every call is cut off as a lease running out would cut it (computeInSlices rethrows then).
      const failing = await startQueue({
        ...real,
        retryLimit: 1,
        retryDelaySeconds: 1,
        perform: {
          ...perform,
          callOut: async () => {
            attempts += 1;
            throw new Error('the lease ran out');
          },
        },
      });
      const asked = await ok<{ proposeProgramMatch: { proposal: { id: string; status: string } } }>(
        token,
        proposeMutation,
        { input: { programId: toGlobalId('Program', org.programId) } },
      );
      const first = asked.proposeProgramMatch.proposal.id;
      const failed = await settled(first);
      expect(failed).toMatchObject({ status: 'FAILED', failure: 'COMPUTATION_FAILED', matchedCount: 0 });
      expect(failed.failureMessage).toMatch(/could not be computed/);
      expect(attempts).toBe(2);
      await failing.stop();

      await startQueue(matchProposalJob());
      const again = await ok<{ proposeProgramMatch: { proposal: { id: string; status: string } } }>(
        token,
        proposeMutation,
        { input: { programId: toGlobalId('Program', org.programId) } },
      );
      expect(again.proposeProgramMatch.proposal).toMatchObject({ status: 'PENDING' });
      expect(again.proposeProgramMatch.proposal.id).not.toBe(first);
      expect(await settled(again.proposeProgramMatch.proposal.id)).toMatchObject({ status: 'OPEN' });
      expect((await settled(first)).status).toBe('FAILED');
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
