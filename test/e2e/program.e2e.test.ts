/**
 * A coaching program from setup to a booked session, as the people involved see it: the program admin
 * creates and publishes it in the HR portal's "Coaching programs" page, an invited manager joins it in
 * the intranet's booker, the admin approves the coach match, the manager books, and the admin finds
 * them on the roster with the session counted. Real Chromium, the demo's host pages, a seeded gateway.
 * Each step is screenshotted to test/screenshots/program-*.png for a human look.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { startDemo, type DemoServer } from '../support/demo-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { watchProblems } from '../support/page-problems.js';
import { northwindCast, seedDemoOrganisations } from '../support/seed.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Long enough for Vite's first on-demand transform of Lit, the client and the widgets on a cold cache. */
const RENDER_TIMEOUT_MS = 90_000;
/** A gateway round trip or two (a mutation and the queries it refreshes) on a busy 2-core machine. */
const STEP_TIMEOUT_MS = 30_000;

const priya = northwindCast.programAdmin;

/** Someone in Priya's organisation with no open enrolment, so the booker shows this program's invitation. */
interface Invitee {
  id: string;
  email: string;
  name: string;
  job_level: string;
  time_zone: string;
}

let gateway: TestGateway;
let demo: DemoServer;
let browser: Browser;
let invitee: Invitee;

beforeAll(async () => {
  gateway = await startTestGateway(seedDemoOrganisations);
  demo = await startDemo(gateway.url);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
  // The booker opens a person's ACTIVE enrolment before an invitation: the invitee has none open. Of
  // such people, one of the smallest (job level, time zone) group keeps the program and its invitations small.
  const [row] = await gateway.db.query<Invitee>(
    `with candidates as (
       select p.id, p.email, p.name, p.job_level, p.time_zone,
              count(*) over (partition by p.job_level, p.time_zone) as in_group
       from people p
       where p.org_id = (select org_id from people where email = $1)
         and 'PARTICIPANT' = any(p.roles) and not 'COACH' = any(p.roles)
         and not exists (select 1 from enrolments e where e.person_id = p.id
                           and e.status in ('INVITED', 'ACCEPTED', 'ACTIVE', 'WAITLISTED')))
     select id, email, name, job_level, time_zone from candidates order by in_group, email limit 1`,
    [priya.email],
  );
  expect(row, 'the seed has someone in no open program').toBeDefined();
  invitee = row!;
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await gateway?.close();
});

/** Opens a host page, recording what would otherwise fail silently (support/page-problems.ts). */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems = watchProblems(page, { reloads: true });
  await page.goto(`${demo.url}${path}`);
  return { page, problems };
}

const shoot = (page: Page, step: string): Promise<Buffer> =>
  page.screenshot({ path: `${screenshots}program-${step}.png`, fullPage: true });

/** The enrolment of the invitee in the program (a global ID, `Program:<uuid>` in base64url), as stored. */
async function enrolmentOf(programId: string): Promise<{ id: string; status: string } | undefined> {
  const [type, uuid] = Buffer.from(programId, 'base64url').toString('utf8').split(':');
  expect(type).toBe('Program');
  const [row] = await gateway.db.query<{ id: string; status: string }>(
    `select id, status from enrolments where program_id = $1 and person_id = $2`,
    [uuid, invitee.id],
  );
  return row;
}

/** The number of people a rule set currently matches, as the programConsole shows it (`data-count`). */
async function shownCount(programConsole: Locator): Promise<number> {
  const count = programConsole.locator('[part~="population"] [data-count]');
  if ((await count.count()) === 0) return -1;
  return Number(await count.getAttribute('data-count'));
}

describe('a coaching program from setup to a booked session', () => {
  it('Priya creates and publishes it, the invitee joins, Priya approves the match, the invitee books, the roster counts it', async () => {
    const name = `First 100 days ${Math.random().toString(36).slice(2, 8)}`;
    const admin = await open(`/hr-programs.html?as=${encodeURIComponent(priya.email)}&locale=en`);
    const participant = { page: undefined as Page | undefined, problems: [] as string[] };
    try {
      const programConsole = admin.page.locator('cw-program-console');

      // Setup: a new program with its name, objective and quota, saved as a draft.
      await programConsole.locator('[part~="new-button"]').waitFor({ timeout: RENDER_TIMEOUT_MS });
      await shoot(admin.page, '1-list');
      await programConsole.locator('[part~="new-button"]').click();
      await programConsole.locator('form[part~="form"]').waitFor({ timeout: STEP_TIMEOUT_MS });
      await programConsole.getByLabel('Name', { exact: true }).fill(name);
      await programConsole.getByLabel('Objective', { exact: true }).fill('Faster ramp-up of new managers');
      await programConsole.getByLabel('Sessions per participant', { exact: true }).fill('6');
      await programConsole.locator('[part~="save-button"]').click();
      await expect
        .poll(() => programConsole.locator('[part~="heading"]').innerText(), { timeout: STEP_TIMEOUT_MS })
        .toContain(name);
      const programId = await programConsole.evaluate(
        (el) => (el as HTMLElement & { program?: string }).program,
      );
      expect(programId).toMatch(/\S/);

      // Who it is for: the invitee's job level in the invitee's time zone; the live count narrows as the rules do.
      await expect.poll(() => shownCount(programConsole), { timeout: STEP_TIMEOUT_MS }).toBeGreaterThan(0);
      const everyone = await shownCount(programConsole);
      await programConsole
        .locator(`[data-field="targetPopulation.jobLevels"] input[value="${invitee.job_level}"]`)
        .check();
      await programConsole.getByLabel('Time zones', { exact: true }).fill(invitee.time_zone);
      await expect
        .poll(
          async () => {
            const count = await shownCount(programConsole);
            return count > 0 && count < everyone;
          },
          { timeout: STEP_TIMEOUT_MS },
        )
        .toBe(true);
      const [expected] = await gateway.db.query<{ count: number }>(
        `select count(*)::int as count from people
         where org_id = (select org_id from people where email = $1) and job_level = $2 and time_zone = $3`,
        [priya.email, invitee.job_level, invitee.time_zone],
      );
      await expect.poll(() => shownCount(programConsole), { timeout: STEP_TIMEOUT_MS }).toBe(expected!.count);
      await shoot(admin.page, '2-setup-population');
      expect(admin.problems).toEqual([]);
      expect(await axeViolations(admin.page)).toEqual([]);

      // Publishing invites the people who match, the invitee among them.
      await programConsole.locator('[data-action="publish"]').click();
      await programConsole.locator('[data-action="confirm-publish"]').click();
      await expect
        .poll(() => programConsole.locator('[part~="status"]').first().getAttribute('data-status'), {
          timeout: STEP_TIMEOUT_MS,
        })
        .toBe('ACTIVE');
      expect((await enrolmentOf(programId!))?.status).toBe('INVITED');
      await shoot(admin.page, '3-published');

      // The invitee finds the invitation in the intranet's booker and joins.
      const invited = await open(`/intranet.html?as=${encodeURIComponent(invitee.email)}&locale=en`);
      participant.page = invited.page;
      participant.problems = invited.problems;
      const booker = invited.page.locator('cw-session-booker');
      await booker.locator('[part~="invitation"]').waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect(await booker.locator('[part~="invitation"]').innerText()).toContain(name);
      await shoot(invited.page, '4-invitation');
      await booker.locator('[part~="accept-button"]').click();
      await booker.locator('[part~="invitation"]').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
      await expect.poll(() => booker.locator('[role="status"]').first().innerText()).toMatch(/You joined/);
      expect((await enrolmentOf(programId!))?.status).toBe('ACCEPTED');

      // Priya proposes a coach for everyone who accepted and approves the proposal.
      await programConsole.locator('[data-tab="matching"]').click();
      await programConsole.locator('[data-action="propose"]').click({ timeout: STEP_TIMEOUT_MS });
      const pairs = programConsole.locator('[data-table="pairs"] tbody tr');
      await pairs.first().waitFor({ timeout: STEP_TIMEOUT_MS });
      expect(await pairs.filter({ hasText: invitee.name }).count()).toBe(1);
      await shoot(admin.page, '5-matching-proposal');
      expect(await axeViolations(admin.page)).toEqual([]);
      await programConsole.locator('[data-action="approve"]').click();
      await programConsole.locator('[data-empty="proposal"]').waitFor({ timeout: STEP_TIMEOUT_MS });
      expect((await enrolmentOf(programId!))?.status).toBe('ACTIVE');

      // The invitee, now with a coach, books the first open slot: in the days shown, or where the
      // booker's "Next available" leads when the matched coach has no time in those days.
      await invited.page.reload();
      const slot = booker.locator('td[part~="slot"]').first();
      const nextAvailable = booker.locator('[data-action="next-available"]');
      await slot.or(nextAvailable).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
      if (await nextAvailable.isVisible()) await nextAvailable.click();
      await slot.waitFor({ timeout: STEP_TIMEOUT_MS });
      await shoot(invited.page, '6-slots');
      await slot.click();
      await booker.locator('[part~="panel"]').waitFor({ timeout: STEP_TIMEOUT_MS });
      await booker.getByRole('button', { name: 'Confirm booking', exact: true }).click();
      await booker.locator('[part~="session"]').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await expect.poll(() => booker.locator('[role="status"]').first().innerText()).toMatch(/^Booked: /);
      await shoot(invited.page, '7-booked');
      expect(invited.problems).toEqual([]);

      // The roster shows the invitee active, with the coach and one of six sessions used.
      await programConsole.locator('[data-tab="participants"]').click();
      await programConsole.getByLabel('Search by name or e-mail', { exact: true }).fill(invitee.email);
      await programConsole.getByLabel('Search by name or e-mail', { exact: true }).press('Enter');
      const row = programConsole.locator('[data-table="roster"] tbody tr[data-enrolment]').filter({
        hasText: invitee.name,
      });
      await expect.poll(() => row.getAttribute('data-status'), { timeout: STEP_TIMEOUT_MS }).toBe('ACTIVE');
      // The cells after the name (the selection box, for those who may remind, is not one of them).
      const cells = row.locator('td:not(.select)');
      await expect.poll(() => cells.nth(2).innerText(), { timeout: STEP_TIMEOUT_MS }).toMatch(/^1\s*\/\s*6$/);
      expect((await cells.nth(1).innerText()).trim()).not.toBe('—');
      await shoot(admin.page, '8-roster');
      expect(admin.problems).toEqual([]);
      expect(await axeViolations(admin.page)).toEqual([]);
    } finally {
      await participant.page?.close();
      await admin.page.close();
    }
  });
});
