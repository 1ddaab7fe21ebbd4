/**
 * The LMS page as a visitor meets it: Northwind Academy, the LTI 1.3 platform the demo's server runs
 * (demo/server/lms-platform.ts), registered with the gateway at start-up. An activity opens through
 * the whole OIDC flow in a frame, signed in as the Academy's learner; the instructor places a graded
 * goal tracker by Deep Linking; the learner completes a goal and the score the gateway posts (AGS,
 * from its job queue) shows in the Academy's gradebook.
 */
import { existsSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { gatewayJobs } from '@coachwork/gateway/jobs/gateway-jobs.js';
import { JobQueue } from '@coachwork/gateway/jobs/queue.js';
import { toolKeyForJobs } from '@coachwork/gateway/modules/lti/keys.js';
import { loggingMailer } from '@coachwork/gateway/notifications/mailer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { startDemo, type DemoServer } from '../support/demo-server.js';
import { watchProblems } from '../support/page-problems.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { northwindCast, seedDemoOrganisations } from '../support/seed.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const widgetsDir = fileURLToPath(new URL('../../widgets/', import.meta.url));

/** Long enough for Vite's first on-demand transform, and the launched page's kit, on a cold cache. */
const RENDER_TIMEOUT_MS = 90_000;

let gateway: TestGateway;
let demo: DemoServer;
let browser: Browser;
/** The worker `coachwork serve` runs beside the gateway: it posts the scores. */
let jobs: JobQueue;

beforeAll(async () => {
  // A launched activity loads the kit the gateway serves from widgets/dist; a clean clone has none.
  if (!existsSync(`${widgetsDir}dist/coachwork.js`)) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: widgetsDir, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the widgets build failed');
  }
  gateway = await startTestGateway(seedDemoOrganisations);
  jobs = new JobQueue(
    gateway.db,
    gatewayJobs({ mailer: loggingMailer(() => {}), dev: true, ltiToolKey: await toolKeyForJobs(gateway.db) }),
    { log: () => {} },
  );
  await jobs.start();
  demo = await startDemo(gateway.url);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await jobs?.stop();
  await gateway?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems = watchProblems(page, { reloads: true });
  await page.goto(`${demo.url}${path}`);
  return { page, problems };
}

/** A GraphQL request to the test gateway as `email`, with a token from its dev route. */
async function graphqlAs(email: string, query: string, variables: Record<string, unknown>): Promise<void> {
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
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

describe('LMS page: Northwind Academy as an LTI 1.3 platform', () => {
  it('launches Coachwork signed in as the learner, places a graded widget by Deep Linking, and shows the score a completed goal posts', async () => {
    const { page, problems } = await open('/lms.html');
    try {
      // The platform registered itself with the gateway for the seeded organisation.
      await page
        .getByText(/Coachwork is registered with the Academy/)
        .waitFor({ timeout: RENDER_TIMEOUT_MS });
      const registered = await gateway.db.query<{ client_id: string }>(
        `select r.client_id from lti_registrations r join organisations o on o.id = r.org_id where o.slug = 'northwind'`,
      );
      expect(registered.map((r) => r.client_id)).toEqual(['coachwork-northwind-academy']);
      expect(await page.getByText('No grades yet.').count()).toBe(1);
      await page.screenshot({ path: `${screenshots}lms-before-launch.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      // Launch: login initiation, the platform's authorisation endpoint, the id_token POSTed to /lti/launch.
      const launches: string[] = [];
      let launchForm: string | null = null;
      page.on('request', (request) => {
        if (request.frame() === page.mainFrame()) return;
        launches.push(`${request.method()} ${request.url()}`);
        if (request.method() === 'POST' && request.url() === `${gateway.url}/lti/launch`) {
          launchForm ??= request.postData();
        }
      });
      await page.getByRole('button', { name: 'Open Your coaching' }).click();
      const frame = page.frameLocator('[data-lti-frame]');
      const badge = frame.locator('cw-viewer-badge [part="name"]');
      await badge.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect((await badge.innerText()).trim()).toBe(northwindCast.participant.name);
      expect(launches.some((line) => line.startsWith(`GET ${gateway.url}/lti/login?`))).toBe(true);
      expect(launches.some((line) => /^GET http:\/\/127\.0\.0\.1:\d+\/auth\?/.test(line))).toBe(true);
      expect(launches).toContain(`POST ${gateway.url}/lti/launch`);
      await page.screenshot({ path: `${screenshots}lms-launched.png`, fullPage: true });

      // The signed id_token and state the browser carried work once: the same form again is refused.
      const form = new URLSearchParams(launchForm ?? '');
      expect(form.get('id_token')?.split('.')).toHaveLength(3);
      const replayed = await fetch(`${gateway.url}/lti/launch`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      expect(replayed.status).toBe(400);
      expect(await replayed.text()).toContain('data-refusal="STATE"');

      // Deep Linking: the instructor picks a graded goal tracker for the course's capability.
      await page.getByRole('button', { name: 'Add a Coachwork activity' }).click();
      const picker = frame.locator('form.picker');
      await picker.waitFor({ timeout: RENDER_TIMEOUT_MS });
      await picker.getByLabel('Goal tracker').check();
      await picker.locator('select[name="capability"]').selectOption('CHANGE_LEADERSHIP');
      await picker.locator('input[name="title"]').fill('Practise the change story');
      await picker.locator('input[name="graded"]').check();
      await page.screenshot({ path: `${screenshots}lms-deep-linking-picker.png`, fullPage: true });
      await picker.getByRole('button').click();
      const placed = page.getByRole('button', { name: 'Open Practise the change story' });
      await placed.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect(await page.locator('[data-lti-activities] li').filter({ hasText: 'graded' }).count()).toBe(1);

      // The learner opens it and completes a goal; the gateway posts the score to the Academy.
      await graphqlAs(
        northwindCast.participant.email,
        `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { userErrors { message } } }`,
        { input: { capability: 'CHANGE_LEADERSHIP', title: 'Tell the change story to my team' } },
      );
      await placed.click();
      const goal = frame
        .locator('cw-goal-tracker [part~="goal"]')
        .filter({ hasText: 'Tell the change story to my team' });
      await goal.waitFor({ timeout: RENDER_TIMEOUT_MS });
      await goal.locator('[part="goal-toggle"]').click();
      await goal.locator('[data-action="complete"]').click();
      await frame
        .locator('cw-goal-tracker [part~="goal"][data-status="COMPLETED"]')
        .filter({ hasText: 'Tell the change story to my team' })
        .waitFor({ timeout: RENDER_TIMEOUT_MS });
      const grade = page.locator('[data-lti-gradebook] tr[data-grade]');
      await grade.waitFor({ timeout: 60_000 });
      const cells = await grade.locator('td').allInnerTexts();
      expect(cells[0]).toBe('Practise the change story');
      expect(cells[1]).toBe(northwindCast.participant.name);
      expect(cells[2]).toMatch(/^\d+(\.\d+)? \/ 100$/);
      expect(Number(cells[2]?.split(' / ')[0])).toBeGreaterThan(0);
      expect(cells[5]).toMatch(/^\d+ of \d+ goals completed$/);
      await grade.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}lms-gradebook.png`, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the HR portal lists the Academy among the LTI platforms, refuses a bad registration with its reasons, and adds and removes one', async () => {
    const { page, problems } = await open('/hr-integrations.html');
    try {
      const lti = page.getByRole('region', { name: 'LTI platforms' });
      await lti.waitFor({ timeout: RENDER_TIMEOUT_MS });
      await lti.getByRole('row').filter({ hasText: 'coachwork-northwind-academy' }).waitFor();
      await expect
        .poll(() => lti.locator('[data-lti-tool-config]').innerText())
        .toContain('oidc_initiation_url');
      expect(await lti.locator('[data-lti-tool-jwks]').innerText()).toBe(`${gateway.url}/lti/jwks`);

      const register = lti.getByRole('form', { name: 'Register a learning platform' });
      await register.getByLabel('Issuer').fill('ftp://moodle.example');
      await register.getByLabel('Client ID').fill('coachwork-moodle');
      await register.getByLabel('Deployment IDs').fill('1');
      await register.getByLabel('Platform JWKS URL').fill('https://moodle.example/mod/lti/certs.php');
      await register.getByLabel('OIDC auth endpoint').fill('https://moodle.example/mod/lti/auth.php');
      await register.getByLabel('Token endpoint').fill('https://moodle.example/mod/lti/token.php');
      await register.getByRole('button', { name: 'Register platform' }).click();
      await lti.locator('.problem').filter({ hasText: 'Issuer:' }).waitFor();

      const again = lti.getByRole('form', { name: 'Register a learning platform' });
      await again.getByLabel('Issuer').fill('https://moodle.example');
      await again.getByLabel('Client ID').fill('coachwork-moodle');
      await again.getByLabel('Deployment IDs').fill('1, 2');
      await again.getByLabel('Platform JWKS URL').fill('https://moodle.example/mod/lti/certs.php');
      await again.getByLabel('OIDC auth endpoint').fill('https://moodle.example/mod/lti/auth.php');
      await again.getByLabel('Token endpoint').fill('https://moodle.example/mod/lti/token.php');
      await again.getByRole('button', { name: 'Register platform' }).click();
      const moodle = lti.getByRole('row').filter({ hasText: 'https://moodle.example' });
      await moodle.waitFor();
      expect(await moodle.getByText('1, 2').count()).toBe(1);
      await lti.scrollIntoViewIfNeeded();
      await lti.screenshot({ path: `${screenshots}hr-integrations-lti.png` });
      expect(await axeViolations(page)).toEqual([]);

      await moodle.getByRole('button', { name: 'Remove the platform https://moodle.example' }).click();
      await expect.poll(() => moodle.count()).toBe(0);

      // A platform that publishes no JWKS URL: its public keys pasted as a JWK Set.
      const jwk = (kid: string, bits = 2048) => ({
        ...generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ format: 'jwk' }),
        kid,
      });
      const withKeys = lti.getByRole('form', { name: 'Register a learning platform' });
      await withKeys.getByLabel('Issuer').fill('https://brightspace.example');
      await withKeys.getByLabel('Client ID').fill('coachwork-brightspace');
      await withKeys.getByLabel('Deployment IDs').fill('7');
      await withKeys.getByRole('radio', { name: 'Paste the public keys' }).check();
      expect(await withKeys.getByLabel('Platform JWKS URL').isVisible()).toBe(false);
      const pasted = withKeys.getByLabel('Platform public keys (JWK Set)');
      // Checked as it is pasted: a private key is named as such, and the form is not sent.
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      await pasted.fill(
        JSON.stringify({ keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'leaked' }] }),
      );
      await withKeys
        .locator('[data-lti-keys-problem]')
        .filter({ hasText: 'This is a private key' })
        .waitFor();
      await pasted.fill('{"keys": [');
      await withKeys
        .locator('[data-lti-keys-problem]')
        .filter({ hasText: 'Paste a JWK Set in JSON' })
        .waitFor();
      await withKeys
        .getByLabel('OIDC auth endpoint')
        .fill('https://brightspace.example/d2l/lti/authenticate');
      await withKeys.getByLabel('Token endpoint').fill('https://brightspace.example/core/connect/token');
      await withKeys.getByRole('button', { name: 'Register platform' }).click();
      expect(await pasted.evaluate((element) => (element as HTMLTextAreaElement).validity.valid)).toBe(false);
      expect(await lti.getByRole('row').filter({ hasText: 'https://brightspace.example' }).count()).toBe(0);
      // What only the gateway checks comes back after the field's name, in the org admin's language
      // (Tom Becker reads German): a key too short.
      await pasted.fill(JSON.stringify({ keys: [jwk('short', 1024)] }));
      await withKeys.getByRole('button', { name: 'Register platform' }).click();
      const refusedKeys = lti.locator('.problem').filter({ hasText: 'Platform public keys:' });
      await refusedKeys.waitFor();
      expect(await refusedKeys.innerText()).toBe(
        'Platform public keys: RSA-Schlüssel müssen mindestens 2048 Bit lang sein.',
      );
      const retry = lti.getByRole('form', { name: 'Register a learning platform' });
      await retry.getByLabel('Issuer').fill('https://brightspace.example');
      await retry.getByLabel('Client ID').fill('coachwork-brightspace');
      await retry.getByLabel('Deployment IDs').fill('7');
      await retry.getByRole('radio', { name: 'Paste the public keys' }).check();
      await retry
        .getByLabel('Platform public keys (JWK Set)')
        .fill(JSON.stringify({ keys: [jwk('d2l-2026-12'), jwk('d2l-2027-01')] }));
      await retry.getByLabel('OIDC auth endpoint').fill('https://brightspace.example/d2l/lti/authenticate');
      await retry.getByLabel('Token endpoint').fill('https://brightspace.example/core/connect/token');
      await lti.scrollIntoViewIfNeeded();
      await lti.screenshot({ path: `${screenshots}hr-integrations-lti-keys-form.png` });
      await retry.getByRole('button', { name: 'Register platform' }).click();
      const brightspace = lti.getByRole('row').filter({ hasText: 'https://brightspace.example' });
      await brightspace.waitFor();
      expect(await brightspace.locator('[data-lti-inline-keys]').innerText()).toBe(
        '2 keys pasted: d2l-2026-12, d2l-2027-01',
      );
      await lti.screenshot({ path: `${screenshots}hr-integrations-lti-keys.png` });
      expect(await axeViolations(page)).toEqual([]);
      await brightspace
        .getByRole('button', { name: 'Remove the platform https://brightspace.example' })
        .click();
      await expect.poll(() => brightspace.count()).toBe(0);
      expect(await lti.getByRole('row').filter({ hasText: 'coachwork-northwind-academy' }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
