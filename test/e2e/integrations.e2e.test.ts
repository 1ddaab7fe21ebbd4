/**
 * The HR portal's Integrations page, as an org admin and as someone who is not one: the page talks
 * to the real gateway's GraphQL API with its embed token, so what it shows is what the gateway holds.
 */
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { gatewayJobs } from '@coachwork/gateway/jobs/gateway-jobs.js';
import { JobQueue } from '@coachwork/gateway/jobs/queue.js';
import { loggingMailer } from '@coachwork/gateway/notifications/mailer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { startDemo, type DemoServer } from '../support/demo-server.js';
import { watchProblems } from '../support/page-problems.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { northwindCast, seedDemoOrganisations } from '../support/seed.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Long enough for Vite's first on-demand transform of the page's modules on a cold cache. */
const RENDER_TIMEOUT_MS = 90_000;

let gateway: TestGateway;
let demo: DemoServer;
let browser: Browser;
/** The background worker `coachwork serve` runs beside the gateway: it sends the webhooks. */
let jobs: JobQueue;
/** A webhook receiver on the loopback interface, which the gateway in dev mode may deliver to. */
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  gateway = await startTestGateway(seedDemoOrganisations);
  jobs = new JobQueue(
    gateway.db,
    gatewayJobs({
      mailer: loggingMailer(() => {}),
      dev: true,
      // One attempt, so a failure is FAILED (replayable) at once rather than retried for hours.
      webhooks: { maxAttempts: 1 },
    }),
    {
      log: () => {},
    },
  );
  await jobs.start();
  demo = await startDemo(gateway.url);
  browser = await launchChromium();
  // The first delivery finds the receiver down, so the log has a failure to replay.
  let answered = 0;
  receiver = createServer((_request, response) => {
    answered += 1;
    if (answered === 1) response.writeHead(503, { 'content-type': 'text/plain' }).end('busy, try later');
    else response.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/coachwork`;
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await jobs?.stop();
  await gateway?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** A GraphQL request to the test gateway as `email`, with a token from its dev route. */
async function graphqlAs<T>(
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const minted = (await (
    await fetch(`${gateway.url}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
  ).json()) as { token: string };
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${minted.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems = watchProblems(page, { reloads: true });
  await page.goto(`${demo.url}${path}`);
  return { page, problems };
}

describe('HR portal: integrations', () => {
  it('an org admin issues a SCIM credential, creates a service account and a webhook, and sees its delivery log', async () => {
    const { page, problems } = await open('/hr-integrations.html');
    try {
      const scim = page.getByRole('region', { name: 'SCIM provisioning' });
      await scim.waitFor({ timeout: RENDER_TIMEOUT_MS });
      await expect
        .poll(() => page.locator('#cw-demo-viewing-as').inputValue())
        .toBe(northwindCast.orgAdmin.email);
      const accounts = page.getByRole('region', { name: 'Service accounts' });
      expect(await accounts.getByText('No service accounts yet').count()).toBe(1);

      // SCIM: the secret is shown once, then gone after the next change.
      await scim.getByLabel('Label').fill('Microsoft Entra');
      await scim.getByRole('button', { name: 'Issue credential' }).click();
      const secret = scim.locator('[data-secret]');
      await secret.waitFor();
      const scimSecret = (await secret.innerText()).trim();
      expect(scimSecret.length).toBeGreaterThan(20);
      expect(await scim.getByRole('button', { name: 'Copy secret' }).count()).toBe(1);
      await scim.screenshot({ path: `${screenshots}hr-integrations-secret.png` });
      const credentialRow = scim.getByRole('row').filter({ hasText: 'Microsoft Entra' });
      expect(await credentialRow.getByText('Active').count()).toBe(1);
      expect(scimSecret.startsWith((await credentialRow.locator('code').innerText()).replace('…', ''))).toBe(
        true,
      );

      // A pushed group placed in an org unit.
      await scim.getByLabel('Group name').fill('Entra: Operations');
      await scim.getByLabel('Members get').selectOption({ index: 5 });
      await scim.getByRole('button', { name: 'Save mapping' }).click();
      const mappingRow = scim.getByRole('row').filter({ hasText: 'Entra: Operations' });
      await mappingRow.waitFor();
      expect(await mappingRow.getByRole('cell').nth(1).innerText()).not.toBe('—');

      // Service account: created with a scope, its client secret shown once.
      await accounts.getByLabel('Name').fill('Data warehouse');
      await accounts.getByLabel(/read-analytics/).check();
      await accounts.getByRole('button', { name: 'Create service account' }).click();
      await accounts.locator('[data-secret]').waitFor();
      expect(await scim.locator('[data-secret]').count()).toBe(0);
      expect(await accounts.getByRole('row').filter({ hasText: 'Data warehouse' }).count()).toBe(1);
      expect(await accounts.getByText('No service accounts yet').count()).toBe(0);

      // Webhook: a loopback receiver (allowed in dev mode), its secret once and its delivery log.
      const webhooks = page.getByRole('region', { name: 'Webhooks' });
      await webhooks.getByLabel('Receiver URL').fill(receiverUrl);
      await webhooks.getByLabel('session.booked').check();
      await webhooks.getByLabel('coach.status_changed').check();
      await webhooks.getByRole('button', { name: 'Create subscription' }).click();
      await webhooks.locator('[data-secret]').waitFor();
      expect(await webhooks.getByRole('heading', { name: receiverUrl }).count()).toBe(1);
      const log = webhooks.getByRole('region', { name: 'Delivery log' });
      expect(await log.count()).toBe(1);
      expect(await log.getByText('No deliveries yet').count()).toBe(1);

      // An event the subscription hears (Tom pauses a coach) lands in the log once delivered.
      const { coaches } = await graphqlAs<{ coaches: { edges: Array<{ node: { id: string } }> } }>(
        northwindCast.orgAdmin.email,
        'query { coaches(first: 1) { edges { node { id } } } }',
      );
      await graphqlAs(
        northwindCast.orgAdmin.email,
        'mutation ($input: CoachStatusInput!) { pauseCoach(input: $input) { userErrors { message } } }',
        { input: { coachId: coaches.edges[0]?.node.id, reason: 'On leave this month' } },
      );
      const deliveryRow = log.getByRole('row').filter({ hasText: 'coach.status_changed' });
      const reloadUntil = async (status: string) =>
        expect
          .poll(
            async () => {
              await page.reload();
              await log.waitFor({ timeout: RENDER_TIMEOUT_MS });
              return deliveryRow.filter({ hasText: status }).count();
            },
            { timeout: 60_000 },
          )
          .toBe(1);
      await reloadUntil('Failed');
      expect(await deliveryRow.getByText('HTTP 503').count()).toBe(1);
      expect(await deliveryRow.getByText('busy, try later').count()).toBe(1);
      expect(await deliveryRow.getByText(/^\d+ ms$/).count()).toBe(1);
      await deliveryRow.getByRole('button', { name: /^Replay coach\.status_changed/ }).click();
      await reloadUntil('Succeeded');
      expect(await deliveryRow.getByText('HTTP 200').count()).toBe(1);
      expect(await deliveryRow.getByText('{"received":true}').count()).toBe(1);
      expect(await deliveryRow.getByRole('button', { name: /^Replay/ }).count()).toBe(0);
      await page.screenshot({ path: `${screenshots}hr-integrations.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await webhooks.getByRole('button', { name: `Disable the webhook to ${receiverUrl}` }).click();
      await webhooks.getByText('Disabled by an admin').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('someone who is not an org admin is told the page is not for them', async () => {
    const { page, problems } = await open(
      `/hr-integrations.html?as=${encodeURIComponent(northwindCast.programAdmin.email)}`,
    );
    try {
      const status = page.locator('[data-integrations-status][data-kind="refused"]');
      await status.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect(await status.innerText()).toContain('Only your organisation’s Coachwork admins');
      expect(await page.getByRole('region', { name: 'SCIM provisioning' }).count()).toBe(0);
      await page.screenshot({ path: `${screenshots}hr-integrations-refused.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
