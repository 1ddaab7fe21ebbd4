/**
 * The whole path, as a visitor sees it: a demo host page in Chromium mints an embed token through its
 * "backend" (the gateway's dev routes), hands it to <cw-viewer-badge>, which asks the gateway over the
 * shared client, which reads PGlite. Each page is screenshotted to test/screenshots/ for a human look.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';
import { startDemo, type DemoServer } from '../support/demo-server.js';
import { watchProblems } from '../support/page-problems.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { DEMO_PEOPLE, northwindCast, seedDemoOrganisations } from '../support/seed.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

const hostPages = [
  { page: 'intranet', heading: 'My development', person: northwindCast.manager },
  { page: 'hr-portal', heading: 'Leadership health', person: northwindCast.programAdmin },
] as const;

/** The snippet the Developers page shows for minting embed tokens (demo/snippets/mint-embed-token.mjs). */
interface MintEmbedTokenSnippet {
  mintEmbedToken(options: {
    organisationId: string;
    personId: string;
    secret: string;
    roles?: string[];
    ttlSeconds?: number;
  }): { token: string; expiresAt: string };
}
const mintSnippetUrl = new URL('../../demo/snippets/mint-embed-token.mjs', import.meta.url).href;

/** The `cw-*` tags the kit's Custom Elements Manifest defines: the Developers page must cover each. */
async function manifestTags(): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(new URL('../../widgets/custom-elements.json', import.meta.url), 'utf8'),
  ) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName?.startsWith('cw-') ? [declaration.tagName] : []));
}

/** Long enough for Vite's first on-demand transform of Lit, the client and the widgets on a cold cache. */
const RENDER_TIMEOUT_MS = 90_000;
/** The picker and status line fill in after a token or a gateway round trip. */

let gateway: TestGateway;
let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  gateway = await startTestGateway(seedDemoOrganisations);
  demo = await startDemo(gateway.url);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await gateway?.close();
});

/** Opens a page, recording what would otherwise fail silently (support/page-problems.ts). */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems = watchProblems(page, { reloads: true });
  await page.goto(`${demo.url}${path}`);
  return { page, problems };
}

/** The badge's rendered name, read through its shadow root (playwright's CSS locators pierce open roots). */
async function badgeName(page: Page): Promise<string> {
  const name = page.locator('cw-viewer-badge [part="name"]');
  await name.waitFor({ timeout: RENDER_TIMEOUT_MS });
  return (await name.innerText()).trim();
}

describe('demo host pages', () => {
  for (const { page: name, heading, person } of hostPages) {
    it(`${name}: <cw-viewer-badge> in the host's slot shows the seeded ${person.name}`, async () => {
      const { page, problems } = await open(`/${name}.html`);
      try {
        expect(await badgeName(page)).toBe(person.name);
        expect(await page.locator('cw-viewer-badge [part="organisation"]').innerText()).toBe(
          'Northwind Logistics',
        );
        await expect.poll(() => page.locator('#cw-demo-viewing-as').inputValue()).toBe(person.email);
        // The badge sits in the slot the host marked, under the host's own heading.
        const slot = page
          .locator('section, aside')
          .filter({ has: page.getByRole('heading', { name: heading }) });
        expect(await slot.locator('[data-cw-slot] cw-viewer-badge').count()).toBe(1);
        await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
        expect(problems).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('?as=<email> signs the page in as that person, in their own organisation; ?locale= and ?theme= reach the widget', async () => {
    const layla = DEMO_PEOPLE.aurora.participant;
    const { page, problems } = await open(
      `/intranet.html?as=${encodeURIComponent(layla.email)}&locale=ar&theme=dark`,
    );
    try {
      expect(await badgeName(page)).toBe(layla.name);
      const badge = page.locator('cw-viewer-badge');
      expect(await badge.locator('[part="organisation"]').innerText()).not.toBe('Northwind Logistics');
      expect(await badge.getAttribute('dir')).toBe('rtl');
      expect(await badge.getAttribute('theme')).toBe('dark');
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the "Viewing as" picker switches the page to another person', async () => {
    const { page, problems } = await open('/intranet.html');
    try {
      await badgeName(page);
      const coach = page.locator('#cw-demo-viewing-as optgroup[label="Coaches"] option').first();
      const [email, name] = [await coach.getAttribute('value'), (await coach.innerText()).trim()];
      expect(email).toBeTruthy();
      await page.locator('#cw-demo-viewing-as').selectOption(email ?? '');
      await page.waitForURL(/[?&]as=/);
      await expect.poll(() => badgeName(page)).toBe(name);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('after a gateway outage the "Viewing as" line comes back by itself, with the widgets', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // The gateway as the browser sees it when it is down: every connection refused, until unrouted.
    const gatewayRequests = `${gateway.url}/**`;
    await page.route(gatewayRequests, (route) => route.abort('connectionrefused'));
    try {
      await page.goto(`${demo.url}/intranet.html`);
      await expect.poll(() => page.locator('[data-viewing-as]').innerText()).toMatch(/^Viewing as: nobody/);
      await expect
        .poll(() => page.locator('cw-viewer-badge [part~="state-error"]').innerText())
        .toMatch(/could not be reached/);
      await page.screenshot({ path: `${screenshots}intranet-outage.png`, fullPage: true });

      // The gateway answers again; nothing on the page is clicked or reloaded. It comes back between
      // two of the page's calls: the first sign-in as the page's default person still finds it down,
      // the next call reaches it. The page must come back as that same person all the same.
      let refusedOnce = false;
      await page.route(`${gateway.url}/dev/token`, (route) => {
        if (!refusedOnce && (route.request().postData() ?? '').includes(northwindCast.manager.email)) {
          refusedOnce = true;
          return route.abort('connectionrefused');
        }
        return route.fallback();
      });
      await page.unroute(gatewayRequests);
      await expect
        .poll(() => page.locator('#cw-demo-viewing-as').inputValue())
        .toBe(northwindCast.manager.email);
      expect(await badgeName(page)).toBe(northwindCast.manager.name);
      // The host's own team strip, which asks the gateway itself, comes back too.
      await page
        .locator('[data-cw-team-progress] cw-progress-card')
        .first()
        .waitFor({ timeout: RENDER_TIMEOUT_MS });
      await page.screenshot({ path: `${screenshots}intranet-recovered.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("react: the @coachwork/react page renders the team, and a card's event opens that report's goals", async () => {
    const { page, problems } = await open('/react.html');
    try {
      expect(await badgeName(page)).toBe(northwindCast.manager.name);
      await page.getByRole('heading', { name: 'Your goals' }).waitFor({ timeout: RENDER_TIMEOUT_MS });
      // Javier's reports, one compact card each; at least one shares goals with him.
      const openGoals = page.locator('cw-progress-card [data-action="goals"]').first();
      await openGoals.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect(await page.locator('.team cw-progress-card').count()).toBeGreaterThan(1);
      await page.locator('cw-goal-tracker [part~="base"]').waitFor({ timeout: RENDER_TIMEOUT_MS });
      await page.screenshot({ path: `${screenshots}react.png`, fullPage: true });

      // The card's cw-progress-open-goals reaches React through onProgressOpenGoals, and the page's
      // state moves the tracker to that report.
      await openGoals.click();
      await expect.poll(() => page.locator('#goals-heading').innerText()).toMatch(/’s shared goals$/);
      await expect.poll(() => page.locator('[data-activity]').innerText()).toMatch(/Opened .+’s goals/);
      const trackerPerson = await page
        .locator('cw-goal-tracker')
        .evaluate((tracker) => (tracker as HTMLElement & { person?: string }).person);
      expect(trackerPerson).toMatch(/\S/);
      await page.screenshot({ path: `${screenshots}react-report-goals.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // The sample portal themes (demo/src/styles/design-systems/) set these accents; the bridges map them.
  for (const { bridge, accent } of [
    { bridge: 'sap-fiori', accent: 'rgb(0, 109, 102)' },
    { bridge: 'material3', accent: 'rgb(46, 107, 48)' },
  ] as const) {
    it(`hr-portal?bridge=${bridge}: the widgets take the portal's design system through the bridge`, async () => {
      const { page, problems } = await open(`/hr-portal.html?bridge=${bridge}`);
      try {
        expect(await badgeName(page)).toBe(northwindCast.programAdmin.name);
        await expect
          .poll(() =>
            page
              .locator('cw-viewer-badge [part="avatar"]')
              .evaluate((avatar) => getComputedStyle(avatar).backgroundColor),
          )
          .toBe(accent);
        expect(
          await page.locator('[data-design-system-switcher] a[aria-current="page"]').getAttribute('href'),
        ).toContain(`bridge=${bridge}`);
        await page.screenshot({ path: `${screenshots}hr-portal-${bridge}.png`, fullPage: true });
        expect(problems).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the index lists the hosts and finds the gateway ready', async () => {
    const { page, problems } = await open('/');
    try {
      await expect.poll(() => page.locator('[data-gateway-status]').innerText()).toBe('ready (dev mode)');
      for (const host of [
        'Company intranet',
        'Learning management system',
        'HR portal',
        'HR portal: coaching programs',
        'HR portal: integrations',
        'React app',
      ]) {
        // The link's name starts with the host's name and the description follows.
        const name = new RegExp(`^${host} (?!: )`);
        expect(await page.getByRole('link', { name }).count(), host).toBe(1);
      }
      expect(await page.getByRole('link', { name: 'Developers', exact: true }).count()).toBe(1);
      await page.screenshot({ path: `${screenshots}index.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('Developers page', () => {
  it('documents every element of the manifest, with a live example of each against the gateway', async () => {
    const tags = await manifestTags();
    expect(tags).toHaveLength(8);
    const { page, problems } = await open('/developers.html');
    try {
      for (const tag of tags) {
        const section = page.locator(`section[data-element="${tag}"]`);
        await section.waitFor({ timeout: RENDER_TIMEOUT_MS });
        expect(await section.getByRole('heading', { level: 2 }).first().innerText()).toContain(`<${tag}>`);
        for (const heading of [
          'Live example',
          'Use it',
          'Attributes',
          'Events',
          'CSS parts',
          'CSS custom properties',
        ]) {
          expect(await section.getByRole('heading', { level: 3, name: heading, exact: true }).count()).toBe(
            1,
          );
        }
        // The tables come from the manifest: every element has at least gateway/locale/theme and a part.
        expect(await section.locator('table').first().locator('tbody tr').count()).toBeGreaterThan(2);
        expect(await section.getByRole('link', { name: /cw-token-rejected v\d+ schema/ }).count()).toBe(1);
        // The live example is the element itself, on the page, talking to the gateway.
        expect(await section.locator(`[data-live="${tag}"] ${tag}`).count()).toBe(1);
      }
      // Live, not placeholders: the participant's name, her goals, and the admin's heatmap grid.
      // A widget asks for its data once near the viewport: each example is scrolled to, as a reader would.
      const live = (tag: string) => page.locator(`[data-live="${tag}"]`).scrollIntoViewIfNeeded();
      await live('cw-viewer-badge');
      const badgeName = page.locator('[data-live="cw-viewer-badge"] cw-viewer-badge [part="name"]');
      await badgeName.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect((await badgeName.innerText()).trim()).toBe(northwindCast.participant.name);
      await live('cw-goal-tracker');
      await page
        .locator('[data-live="cw-goal-tracker"] cw-goal-tracker [part~="goal"]')
        .first()
        .waitFor({ timeout: RENDER_TIMEOUT_MS });
      await live('cw-quality-heatmap');
      await page
        .locator('[data-live="cw-quality-heatmap"] cw-quality-heatmap [part~="grid"]')
        .waitFor({ timeout: RENDER_TIMEOUT_MS });
      // What an example dispatches is shown under it, as a listening host receives it.
      await live('cw-progress-card');
      await page.locator('[data-live="cw-progress-card"] cw-progress-card [data-action="goals"]').click();
      await expect
        .poll(() => page.locator('[data-event-log="cw-progress-card"]').innerText())
        .toContain('cw-progress-open-goals {"personId":');
      expect(
        await page.getByRole('heading', { level: 2, name: 'Minting embed tokens on your backend' }).count(),
      ).toBe(1);
      await page.screenshot({ path: `${screenshots}developers.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('its Node snippet mints embed tokens the gateway accepts, with narrowed roles, and not with another secret', async () => {
    const { mintEmbedToken } = (await import(mintSnippetUrl)) as MintEmbedTokenSnippet;
    // Someone holding two roles, so narrowing them shows.
    const [row] = await gateway.db.query<{
      person_id: string;
      name: string;
      roles: string[];
      org_id: string;
      secret: string;
    }>(
      `select p.id as person_id, p.name, p.roles, o.id as org_id, o.embed_signing_secret as secret
       from people p join organisations o on o.id = p.org_id
       where o.id = (select org_id from people where email = $1) and cardinality(p.roles) >= 2
         and 'PARTICIPANT' = any(p.roles)
       order by p.email limit 1`,
      [northwindCast.manager.email],
    );
    expect(row).toBeDefined();
    const ask = async (token: string) => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { name roles } }' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { data?: { viewer: { name: string; roles: string[] } } },
      };
    };
    const minted = mintEmbedToken({
      organisationId: row!.org_id,
      personId: row!.person_id,
      secret: row!.secret,
    });
    expect(Date.parse(minted.expiresAt) - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    const accepted = await ask(minted.token);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data?.viewer.name).toBe(row!.name);
    expect([...(accepted.body.data?.viewer.roles ?? [])].sort()).toEqual([...row!.roles].sort());

    const narrowed = await ask(
      mintEmbedToken({
        organisationId: row!.org_id,
        personId: row!.person_id,
        secret: row!.secret,
        roles: ['PARTICIPANT'],
      }).token,
    );
    expect(narrowed.body.data?.viewer.roles).toEqual(['PARTICIPANT']);

    const forged = await ask(
      mintEmbedToken({ organisationId: row!.org_id, personId: row!.person_id, secret: 'x'.repeat(40) }).token,
    );
    expect(forged.status).toBe(401);

    // Past the gateway's 12-hour ceiling, a correctly signed token is refused all the same.
    const longLived = await ask(
      mintEmbedToken({
        organisationId: row!.org_id,
        personId: row!.person_id,
        secret: row!.secret,
        ttlSeconds: 13 * 60 * 60,
      }).token,
    );
    expect(longLived.status).toBe(401);
  });
});
