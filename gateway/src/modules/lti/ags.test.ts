/**
 * Assignment and Grade Services through the durable queue: a graded link launched by a learner,
 * their goal changes posted as scores to a platform played in process (token endpoint checking the
 * tool's client assertion, AGS scores endpoint), retried while the platform is down, and recorded,
 * not retried, when it refuses for good.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { toGlobalId } from '../../ids.js';
import { JOB_SCHEMA, JobQueue } from '../../jobs/queue.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { ltiRegistrationInput } from '../../testing/lti-registration.js';
import { scoreJob, scoresUrl, type GradeLinkRow } from './ags.js';
import { toolKeyForJobs } from './keys.js';
import { insertRegistration } from './sql.js';
import { startPlatform, type SimulatedPlatform } from './testing/platform.js';

const CREATE = `mutation Create($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } userErrors { code message } } }`;
const UPDATE = `mutation Update($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { status } userErrors { code message } } }`;

describe.each(testEngines())('LTI grade service (%s)', (engine) => {
  let db: Database;
  let gateway: RunningGateway;
  let org: GatewayFixture;
  let platform: SimulatedPlatform;
  let queue: JobQueue;
  let learnerToken: string;

  async function launchGraded(sub: string, lineItem: string, email: string) {
    const login = await fetch(
      platform.loginUrl(gateway.url, {
        user: { sub, email },
        custom: { widget: 'goal-tracker', capability: 'CHANGE_LEADERSHIP' },
        lineItem,
      }),
      { redirect: 'manual' },
    );
    const form = await platform.authorise(login.headers.get('location')!);
    const launched = await fetch(`${gateway.url}/lti/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }).toString(),
    });
    expect(launched.status).toBe(200);
  }

  async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await postGraphQL<T>(gateway.url, { query, variables }, { token: learnerToken });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  /** The failed grade deliveries an org admin reads with `query`, `{ ltiFailedGradeDeliveries { … } }`. */
  async function failedDeliveriesAsAdmin(query: string): Promise<Array<Record<string, unknown>>> {
    const view = await postGraphQL<{ ltiFailedGradeDeliveries: Array<Record<string, unknown>> }>(
      gateway.url,
      { query },
      { token: await tokenFor(db, org.adminId) },
    );
    expect(view.body.errors).toBeUndefined();
    return view.body.data!.ltiFailedGradeDeliveries;
  }

  /** Queued retries become due now (the backoff is the queue's business, not this test's). */
  async function retryNow(): Promise<void> {
    await db.query(
      `update ${JOB_SCHEMA}.job set start_after = now() where name = 'lti-score' and state = 'retry'`,
    );
  }

  /** No score job left to run: what a test makes the platform answer next is met by its own job. */
  async function settled(): Promise<void> {
    await vi.waitFor(
      async () => {
        await retryNow();
        const pending = await db.query(
          `select id from ${JOB_SCHEMA}.job where name = 'lti-score' and state in ('created', 'retry', 'active')
           union all select id from job_outbox where queue = 'lti-score'`,
        );
        expect(pending).toEqual([]);
      },
      { timeout: 60_000, interval: 200 },
    );
  }

  const latest = (lineItem: string, user: string) => platform.gradebook.get(lineItem)?.get(user)?.at(-1);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, `ags-${engine}`);
    // The platform runs on 127.0.0.1 over http: its JWKS is fetched outside dev mode only from public https.
    gateway = await startGateway(db, { lti: { dev: true } });
    platform = await startPlatform({ name: 'moodle' });
    platform.toolUrl = gateway.url;
    await insertRegistration(db, org.orgId, ltiRegistrationInput(platform, [`ags-${engine}.example`]));
    queue = new JobQueue(
      db,
      [
        // The platform runs on 127.0.0.1 over http: the screened fetch allows that in dev mode only.
        scoreJob({ toolKey: await toolKeyForJobs(db), dev: true }),
      ],
      {
        pollingIntervalSeconds: 0.5,
        relayIntervalMs: 100,
        maintenanceIntervalSeconds: 1,
      },
    );
    await queue.start();
    learnerToken = await tokenFor(db, org.managerId);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await queue?.stop();
    await gateway?.close();
    await platform?.close();
    await db?.close();
  });

  it('names the scores URL after the line item path, before its query', () => {
    expect(scoresUrl('https://lms.example/api/lineitems/7?type=1')).toBe(
      'https://lms.example/api/lineitems/7/scores?type=1',
    );
  });

  it('posts the share of the course capability’s goals completed, and retries while the platform is down', async () => {
    await launchGraded('learner-1', 'li-1', org.managerEmail);
    const [link] = await db.query(`select capability_code, lineitem_url from lti_grade_links`);
    expect(link).toEqual({
      capability_code: 'CHANGE_LEADERSHIP',
      lineitem_url: `${platform.url}/lineitems/li-1`,
    });

    const first = await gql<{ createGoal: { goal: { id: string } } }>(CREATE, {
      input: { capability: 'CHANGE_LEADERSHIP', title: 'Tell the change story to the team' },
    });
    await gql(CREATE, { input: { capability: 'CHANGE_LEADERSHIP', title: 'One-to-ones on resistance' } });
    // A goal for another capability is not this course's.
    await gql(CREATE, { input: { capability: 'DELEGATION', title: 'Hand over the weekly report' } });
    await vi.waitFor(() => expect(latest('li-1', 'learner-1')).toMatchObject({ scoreGiven: 0 }), {
      timeout: 60_000,
      interval: 200,
    });

    platform.failNextScores(503, 1);
    await gql(UPDATE, { input: { goalId: first.createGoal.goal.id, status: 'COMPLETED', progress: 100 } });
    await vi.waitFor(
      async () => {
        await retryNow();
        expect(latest('li-1', 'learner-1')).toMatchObject({
          userId: 'learner-1',
          scoreGiven: 50,
          scoreMaximum: 100,
          activityProgress: 'InProgress',
          gradingProgress: 'Pending',
        });
      },
      { timeout: 60_000, interval: 300 },
    );
    expect(platform.issuedTokens).toBe(1);
  });

  it('records a refusal (4xx) on the link and does not retry it', async () => {
    await settled();
    const before = platform.gradebook.get('li-1')?.get('learner-1')?.length ?? 0;
    platform.failNextScores(404, 1);
    await gql(CREATE, {
      input: { capability: 'CHANGE_LEADERSHIP', title: 'Ask the team what stays the same' },
    });
    await vi.waitFor(
      async () => {
        const [link] = await db.query<{ last_status: string; last_detail: string }>(
          `select last_status, last_detail from lti_grade_links`,
        );
        expect(link).toEqual({ last_status: 'REFUSED', last_detail: 'scores 404: ' });
      },
      { timeout: 60_000, interval: 200 },
    );
    const retries = await db.query(
      `select id from ${JOB_SCHEMA}.job where name = 'lti-score' and state = 'retry'`,
    );
    expect(retries).toEqual([]);
    expect(platform.gradebook.get('li-1')?.get('learner-1')?.length ?? 0).toBe(before);

    // Org admins read it in the failed grade deliveries, as the xAPI failures; anyone else is refused.
    const FAILED = `{ ltiFailedGradeDeliveries { gradeLinkId personId issuer resourceLinkId lineItemUrl
      responseStatus responseBodyExcerpt error lastAttemptAt } }`;
    const refused = await postGraphQL(gateway.url, { query: FAILED }, { token: learnerToken });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await failedDeliveriesAsAdmin(FAILED)).toEqual([
      expect.objectContaining({
        personId: toGlobalId('Person', org.managerId),
        issuer: platform.issuer,
        lineItemUrl: `${platform.url}/lineitems/li-1`,
        responseStatus: 404,
        responseBodyExcerpt: null,
        error: 'scores 404: ',
      }),
    ]);
  });

  it('shows a score whose retries ran out on 5xx beside the refusals, with the last answer', async () => {
    await settled();
    // The first attempt and all 8 retries answered 503.
    platform.failNextScores(503, 9);
    await gql(CREATE, { input: { capability: 'CHANGE_LEADERSHIP', title: 'Name what the change costs' } });
    await vi.waitFor(
      async () => {
        await retryNow();
        const [link] = await db.query<{ last_status: string }>(`select last_status from lti_grade_links`);
        expect(link?.last_status).toBe('GAVE_UP');
      },
      { timeout: 120_000, interval: 300 },
    );
    const FAILED = `{ ltiFailedGradeDeliveries { reason personId responseStatus responseBodyExcerpt error } }`;
    expect(await failedDeliveriesAsAdmin(FAILED)).toEqual([
      {
        reason: 'RETRIES_EXHAUSTED',
        personId: toGlobalId('Person', org.managerId),
        responseStatus: 503,
        responseBodyExcerpt: null,
        error: 'gave up after 9 attempts: scores 503',
      },
    ]);
    const left = await db.query(
      `select id from ${JOB_SCHEMA}.job where name = 'lti-score' and state in ('retry', 'created', 'active')`,
    );
    expect(left).toEqual([]);
  });

  it('screens the platform’s address at each call: outside dev mode a loopback platform is never called', async () => {
    await settled();
    const [link] = await db.query<Omit<GradeLinkRow, 'client_id' | 'access_token_url'>>(
      `select id, org_id, person_id, sub, lineitem_url, capability_code, registration_id from lti_grade_links`,
    );
    const plan = {
      link: { ...link!, client_id: platform.clientId, access_token_url: platform.accessTokenUrl },
      score: {
        userId: link!.sub,
        scoreGiven: 1,
        scoreMaximum: 100,
        activityProgress: 'InProgress',
        gradingProgress: 'Pending',
        timestamp: new Date().toISOString(),
      },
    };
    const job = { id: 'screened', orgId: org.orgId, payload: { gradeLinkId: link!.id }, retryCount: 8 };
    const signal = new AbortController().signal;
    const tokensBefore = platform.issuedTokens;
    const scoresBefore = platform.gradebook.get('li-1')?.get('learner-1')?.length;
    // The production job (dev off): the token endpoint, on http://127.0.0.1, is refused before any
    // connection; on its last attempt the score is recorded as given up with the reason.
    const production = scoreJob({ toolKey: await toolKeyForJobs(db), dev: false });
    if (production.perform.kind !== 'outside') throw new Error('the score job calls out');
    expect(await production.perform.callOut(plan, job, { signal })).toEqual({
      status: 'GAVE_UP',
      detail: 'gave up after 9 attempts: destination refused: NOT_HTTPS',
      answer: null,
    });
    expect(platform.issuedTokens).toBe(tokensBefore);
    expect(platform.gradebook.get('li-1')?.get('learner-1')?.length).toBe(scoresBefore);
    // The same job in dev mode reaches the platform through the same screened fetch.
    const dev = scoreJob({ toolKey: await toolKeyForJobs(db), dev: true });
    if (dev.perform.kind !== 'outside') throw new Error('the score job calls out');
    expect(await dev.perform.callOut(plan, job, { signal })).toEqual({
      status: 'SENT',
      detail: null,
      answer: null,
    });
    expect(platform.gradebook.get('li-1')?.get('learner-1')?.at(-1)).toMatchObject({ scoreGiven: 1 });
  });
});
