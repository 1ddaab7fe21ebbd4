/**
 * Every widget in hostile host pages (hosts.ts), as built for hosts (widgets/dist: the one-script
 * loader and per-widget entries), talking to the real gateway over PGlite with the demo seed. Each
 * page must show real data in all five widgets, break no CSP rule, throw nothing and pass axe.
 * Screenshots go to test/screenshots/embedding-<host>.png (gitignored): look at them after a change.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type AxeOptions } from '../support/axe.js';
import { launchChromium, launchChromiumBlockingThirdPartyCookies } from '../support/browser.js';
import { startEmbeddingServer, type EmbeddingServer } from '../support/embedding-server.js';
import { watchProblems } from '../support/page-problems.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { seedDemoOrganisations } from '../support/seed.js';
import {
  isHostName,
  renderHost,
  signedInAs,
  themes,
  widgetTags,
  type HostName,
  type WidgetTag,
} from './hosts.js';

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const buildScript = fileURLToPath(new URL('../../widgets/scripts/build.mjs', import.meta.url));

/** A widget counts as showing real data once this part is in its shadow root. */
const dataPart: Readonly<Record<WidgetTag, string>> = {
  'cw-viewer-badge': '[part~="name"]',
  'cw-goal-tracker': '[part~="goal"]',
  'cw-session-booker': '[part~="picker"]',
  'cw-progress-card': '[part~="sessions-bar"]',
  'cw-quality-heatmap': '[part~="cell"]',
};
/** States that mean the widget did not get its data. */
const failedStates = '[part~="state-error"], [part~="state-signed-out"], [part~="state-unauthorised"]';

/** The first lazy chunk load and the gateway's first queries on a busy machine. */
const RENDER_TIMEOUT_MS = 60_000;

let gateway: TestGateway;
let server: EmbeddingServer;
let browser: Browser;

beforeAll(async () => {
  // The pages load the kit as shipped; build it from the current source first (about 5 s: esbuild, then terser).
  await promisify(execFile)(process.execPath, [buildScript]);
  gateway = await startTestGateway(seedDemoOrganisations);
  server = await startEmbeddingServer((name) =>
    isHostName(name) ? renderHost(name, gateway.url) : undefined,
  );
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await gateway?.close();
});

interface OpenHost {
  page: Page;
  /** Uncaught errors, console errors, failed requests and CSP violations, one line each. */
  problems: string[];
  /** Console warnings, in order. */
  warnings: string[];
  close(): Promise<void>;
}

/**
 * Runs in the page before any of its scripts: collects Content-Security-Policy violations. They
 * bubble and are composed, so ones raised inside shadow roots reach the document too.
 */
function recordCspViolations(): void {
  const violations: string[] = [];
  Object.assign(globalThis, { cspViolations: violations });
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      violations.push(
        `CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
          `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      ),
    true,
  );
}

async function openHost(
  name: HostName,
  options: {
    context?: BrowserContext;
    contextOptions?: BrowserContextOptions;
    /** Called before the page navigates, to watch its requests from the first (or add init scripts). */
    watch?: (page: Page) => unknown;
  } = {},
): Promise<OpenHost> {
  const context =
    options.context ??
    (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options.contextOptions }));
  const page = await context.newPage();
  const problems = watchProblems(page);
  const warnings: string[] = [];
  await page.addInitScript(recordCspViolations);
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await options.watch?.(page);
  await page.goto(`${server.url}/hosts/${name}.html`);
  return {
    page,
    problems,
    warnings,
    close: async () => {
      await page.close();
      if (options.context === undefined) await context.close();
    },
  };
}

/** Waits until every widget shows its data part and none shows an error or signed-out state. */
async function expectWidgetsWithData(page: Page): Promise<void> {
  for (const tag of widgetTags) {
    // A widget asks for its data once it is near the viewport: brought there as a reader scrolls.
    await page.locator(tag).first().scrollIntoViewIfNeeded({ timeout: RENDER_TIMEOUT_MS });
    await page.locator(`${tag} ${dataPart[tag]}`).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
  }
  expect(await page.locator(`${widgetTags.join(', ')}`).count()).toBe(widgetTags.length);
  expect(await page.locator('cw-viewer-badge [part~="name"]').innerText()).toBe(
    signedInAs['cw-viewer-badge'].name,
  );
  for (const tag of widgetTags) {
    expect(await page.locator(`${tag} ${failedStates}`).count(), `${tag} in a failed state`).toBe(0);
  }
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** What every host must hold after its own checks: no CSP violation, nothing thrown, axe clean. */
async function expectCleanPage(host: OpenHost, axe: AxeOptions = {}): Promise<void> {
  expect(await cspViolations(host.page)).toEqual([]);
  expect(host.problems).toEqual([]);
  expect(await axeViolations(host.page, { scriptUrl: '/vendor/axe.min.js', ...axe })).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshots}embedding-${name}.png`, fullPage: true });
}

/** Each widget's box against the viewport, and how far its own card overflows sideways. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate((tags) => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (el: Element) =>
      `${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` +
      `${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
    /** Elements sticking out past `right` whose parent does not: where an overflow starts. */
    const outermostPast = (root: ParentNode, right: number): string[] => {
      const past: string[] = [];
      const walk = (node: ParentNode, parentPast: boolean) => {
        for (const el of node.children) {
          const box = el.getBoundingClientRect();
          const isPast = box.right > right + 1 && box.width > 0;
          if (isPast && !parentPast) past.push(describe(el));
          // What a scroll container clips does not stick out.
          if (getComputedStyle(el).overflowX !== 'visible') continue;
          walk(el, isPast);
          if (el.shadowRoot) walk(el.shadowRoot, isPast);
        }
      };
      walk(root, false);
      return past.slice(0, 4);
    };
    if (document.documentElement.scrollWidth > width + 1)
      found.push(
        `page scrolls sideways: ${document.documentElement.scrollWidth} > ${width} ` +
          `(${outermostPast(document.body, width).join(', ')})`,
      );
    for (const tag of tags) {
      const element = document.querySelector(tag);
      if (element === null) {
        found.push(`${tag} missing`);
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1)
        found.push(`${tag} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
      const base = element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
      // A card wider than its box spills out; scroll containers inside it (the heatmap's grid) are fine.
      if (base && base.scrollWidth > base.clientWidth + 1) {
        // Name the outermost culprits: elements sticking out of the card, not inside a scroller.
        const culprits = outermostPast(base, base.getBoundingClientRect().right);
        found.push(
          `${tag}'s card overflows: ${base.scrollWidth} > ${base.clientWidth} (${culprits.join(', ')})`,
        );
      }
    }
    return found;
  }, widgetTags);
}

describe('widgets in hostile host pages', () => {
  it('an aggressive CSS reset (all: unset, !important type, colours and boxes): widgets keep their own look', async () => {
    const host = await openHost('css-reset');
    try {
      await expectWidgetsWithData(host.page);
      await screenshot(host.page, 'css-reset');
      // The reset's inherited properties stop at each widget's card.
      const card = await host.page.evaluate((tags) => {
        return tags.map((tag) => {
          const base = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
          const style = base ? getComputedStyle(base) : undefined;
          return {
            tag,
            textTransform: style?.textTransform,
            whiteSpace: style?.whiteSpace,
            letterSpacing: style?.letterSpacing,
            fontStyle: style?.fontStyle,
            textAlign: style?.textAlign,
          };
        });
      }, widgetTags);
      for (const style of card) {
        expect(style).toEqual({
          tag: style.tag,
          textTransform: 'none',
          whiteSpace: 'normal',
          letterSpacing: 'normal',
          fontStyle: 'normal',
          textAlign: 'start',
        });
      }
      expect(await horizontalOverflow(host.page)).toEqual([]);
      await expectCleanPage(host);
    } finally {
      await host.close();
    }
  });

  it('nested shadow roots: widgets two components deep, defined after the loader ran', async () => {
    const host = await openHost('nested-shadow');
    try {
      await expectWidgetsWithData(host.page);
      const depth = await host.page.evaluate(() => {
        const panel = document.querySelector('host-dashboard')?.shadowRoot?.querySelector('host-panel');
        return widgetTagsIn(panel?.shadowRoot);
        function widgetTagsIn(root: ShadowRoot | null | undefined): string[] {
          return [...(root?.querySelectorAll('*') ?? [])]
            .map((element) => element.localName)
            .filter((name) => name.startsWith('cw-'));
        }
      });
      expect(depth.sort()).toEqual([...widgetTags].sort());
      await screenshot(host.page, 'nested-shadow');
      await expectCleanPage(host);
    } finally {
      await host.close();
    }
  });

  it('an RTL page (<html dir="rtl" lang="ar">): widgets speak Arabic and mirror', async () => {
    const host = await openHost('rtl');
    try {
      await expectWidgetsWithData(host.page);
      for (const tag of widgetTags) {
        expect(await host.page.locator(tag).getAttribute('dir'), tag).toBe('rtl');
        expect(await host.page.locator(tag).getAttribute('lang'), tag).toBe('ar');
      }
      // Mirrored: what comes first in reading order sits to the right of what follows it.
      const pairs: readonly [WidgetTag, string, string][] = [
        ['cw-viewer-badge', '[part~="avatar"]', '[part~="name"]'],
        ['cw-goal-tracker', '[part~="heading"]', '[part~="new-button"]'],
        ['cw-quality-heatmap', '[role="rowheader"]', '[part~="cell"]'],
      ];
      for (const [tag, first, then] of pairs) {
        const a = await host.page.locator(`${tag} ${first}`).first().boundingBox();
        const b = await host.page.locator(`${tag} ${then}`).first().boundingBox();
        expect(a && b && a.x > b.x, `${tag}: ${first} right of ${then}`).toBe(true);
      }
      // The booker's first day is the rightmost column; bars fill from the right.
      const days = host.page.locator('cw-session-booker [role="columnheader"]');
      const [firstDay, lastDay] = [await days.first().boundingBox(), await days.last().boundingBox()];
      expect(firstDay && lastDay && firstDay.x > lastDay.x, 'booker: first day rightmost').toBe(true);
      const track = await host.page.locator('cw-progress-card [part~="sessions-bar"]').boundingBox();
      const fill = await host.page.locator('cw-progress-card [part~="sessions-bar-fill"]').boundingBox();
      expect(track && fill && Math.abs(track.x + track.width - (fill.x + fill.width)) <= 2).toBe(true);
      // (Anchored at the right edge above; a full bar would show nothing more.)
      if (track && fill && fill.width < track.width - 2)
        expect(fill.x - track.x, 'progress card: the gap is on the left').toBeGreaterThan(1);
      await screenshot(host.page, 'rtl');
      expect(await horizontalOverflow(host.page)).toEqual([]);
      await expectCleanPage(host);
    } finally {
      await host.close();
    }
  });

  const zoomLevels = [
    // A 1280-px window at 200 %: 640 CSS px across, two device pixels each.
    { label: '200% zoom', viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 },
    // WCAG 1.4.10 reflow: 320 CSS px (1280 px at 400 %).
    { label: 'a 320-px viewport', viewport: { width: 320, height: 800 }, deviceScaleFactor: 2 },
  ] as const;
  for (const { label, viewport, deviceScaleFactor } of zoomLevels) {
    it(`${label}: no widget overflows sideways`, async () => {
      const host = await openHost('zoom', { contextOptions: { viewport, deviceScaleFactor } });
      try {
        await expectWidgetsWithData(host.page);
        await screenshot(host.page, `zoom-${viewport.width}`);
        expect(await horizontalOverflow(host.page)).toEqual([]);
        await expectCleanPage(host);
      } finally {
        await host.close();
      }
    });
  }

  it("a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), sent as a header", async () => {
    const host = await openHost('strict-csp');
    try {
      const response = await host.page.request.get(`${server.url}/hosts/strict-csp.html`);
      const policy = response.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toMatch(/unsafe-(inline|eval)/);
      await expectWidgetsWithData(host.page);
      // Interactions render new inline sizes and colours too: expand a goal, move the heatmap.
      await host.page.locator('cw-goal-tracker [part~="goal-toggle"]').first().click();
      await host.page.locator('cw-goal-tracker [part~="goal-details"]').first().waitFor();
      await host.page.locator('cw-quality-heatmap [part~="cell"]').first().click();
      expect(await cspViolations(host.page)).toEqual([]);
      // The bars got their widths through CSSOM, which the policy allows.
      const fill = await host.page
        .locator('cw-progress-card [part~="sessions-bar-fill"]')
        .evaluate((element) => (element as HTMLElement).style.inlineSize);
      expect(fill).toMatch(/%$/);
      // The booker's on-demand parts, as shipped: the feedback panel's module brings its own CSS
      // (adopted as a constructed sheet), and the .ics code loads on the first click.
      const booker = host.page.locator('cw-session-booker');
      await booker.locator('[data-action="rate"]').click();
      const rating = booker.locator('[part~="panel"] fieldset.rating');
      await rating.waitFor();
      expect(await rating.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
      await booker.locator('[part~="panel"] [part~="back-button"]').click();
      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        booker.locator('[part~="session"] [data-action="calendar"]').first().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      expect(await readFile((await download.path())!, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
      expect(await cspViolations(host.page)).toEqual([]);
      await screenshot(host.page, 'strict-csp');
      await expectCleanPage(host);
    } finally {
      await host.close();
    }
  });

  it('third-party cookies blocked, host on another site than the gateway: Bearer token only, no cookie', async () => {
    const context = await launchChromiumBlockingThirdPartyCookies({ viewport: { width: 1280, height: 900 } });
    try {
      const gatewayOrigin = new URL(gateway.url).origin;
      expect(new URL(server.url).hostname).not.toBe(new URL(gateway.url).hostname);
      // A cookie the gateway's site set earlier, first-party: it must never ride along.
      await context.addCookies([
        { name: 'cw_session', value: 'must-not-be-sent', url: gateway.url, sameSite: 'None', secure: true },
      ]);

      // The profile really blocks them: a frame of the gateway's site on this page keeps none.
      const probe = await context.newPage();
      await probe.goto(`${server.url}/cookie-probe.html`);
      await probe
        .locator('iframe')
        .evaluate((frame, url) => ((frame as HTMLIFrameElement).src = url), `${gateway.url}/healthz`);
      await expect
        .poll(() => probe.frames().some((frame) => frame.url().startsWith(gatewayOrigin)))
        .toBe(true);
      const thirdParty = probe.frames().find((frame) => frame.url().startsWith(gatewayOrigin));
      const kept = await thirdParty?.evaluate(() => {
        document.cookie = 'probe=1; SameSite=None; Secure; Path=/';
        return document.cookie;
      });
      expect(kept).toBe('');
      await probe.close();

      const sent: { url: string; cookie?: string; authorization?: string; setCookie?: string }[] = [];
      /** Headers still being read: every request counts, and none is read after the page closed. */
      const reading: Promise<unknown>[] = [];
      const unreadable: string[] = [];
      const watch = (page: Page) =>
        page.on('requestfinished', (request) => {
          // Preflights carry neither cookies nor tokens by design; the requests after them count.
          if (!request.url().startsWith(gatewayOrigin) || request.method() === 'OPTIONS') return;
          reading.push(
            (async () => {
              const headers = await request.allHeaders();
              const response = await request.response();
              const answered = response ? await response.allHeaders() : {};
              sent.push({
                url: request.url(),
                cookie: headers['cookie'],
                authorization: headers['authorization']?.split(' ')[0],
                setCookie: answered['set-cookie'],
              });
            })().catch((error: unknown) => unreadable.push(`${request.url()}: ${String(error)}`)),
          );
        });
      const host = await openHost('third-party-cookies', { context, watch });
      try {
        await expectWidgetsWithData(host.page);
        await screenshot(host.page, 'third-party-cookies');
        await Promise.all(reading);
        expect(unreadable).toEqual([]);
        const graphql = sent.filter((request) => new URL(request.url).pathname === '/graphql');
        expect(graphql.length).toBeGreaterThan(0);
        for (const request of sent) {
          expect(request.cookie, `Cookie on ${request.url}`).toBeUndefined();
          expect(request.setCookie, `Set-Cookie from ${request.url}`).toBeUndefined();
        }
        for (const request of graphql) expect(request.authorization, request.url).toBe('Bearer');
        await expectCleanPage(host);
      } finally {
        await host.close();
      }
    } finally {
      await context.close();
    }
  });

  it('two copies of the kit on one page: no crash, the copy that defines first wins, a warning names both versions', async () => {
    // The second copy's entry comes first in the page (hosts.ts): module scripts run in document
    // order, so it defines the tag before this version's loader runs. The page records every
    // definition of the tag, in order, and which class each badge on the page is.
    const host = await openHost('two-copies', {
      watch: (page) =>
        page.addInitScript(() => {
          const registry = window.customElements;
          const define = registry.define.bind(registry);
          const definitions: unknown[] = [];
          Object.assign(window, { cwBadgeDefinitions: definitions });
          registry.define = (name, constructor, options) => {
            if (name === 'cw-viewer-badge') definitions.push((constructor as { version?: string }).version);
            define(name, constructor, options);
          };
        }),
    });
    try {
      await expectWidgetsWithData(host.page);
      const { winner, definitions, badges } = await host.page.evaluate(() => ({
        winner: (customElements.get('cw-viewer-badge') as { version?: string } | undefined)?.version,
        definitions: (window as unknown as { cwBadgeDefinitions: unknown[] }).cwBadgeDefinitions,
        badges: [...document.querySelectorAll('cw-viewer-badge')].map(
          (badge) => (badge.constructor as { version?: string }).version,
        ),
      }));
      // One definition, the second copy's, which came first; this version's tried, warned, and kept it.
      expect(definitions).toEqual([server.secondCopyVersion]);
      expect(winner).toBe(server.secondCopyVersion);
      expect(badges.length).toBeGreaterThan(0);
      expect(new Set(badges)).toEqual(new Set([server.secondCopyVersion]));
      await expect
        .poll(() => host.warnings.filter((warning) => warning.includes('<cw-viewer-badge>')))
        .toEqual([
          `Coachwork: <cw-viewer-badge> is already defined by version ${server.secondCopyVersion}; keeping it and ignoring version ${server.kitVersion}.`,
        ]);
      await expectCleanPage(host);
    } finally {
      await host.close();
    }
  });

  for (const theme of themes) {
    const contrast: AxeOptions =
      theme === 'high-contrast' ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {};
    it(`${theme} theme: every widget, ${theme === 'high-contrast' ? 'AAA' : 'AA'} contrast (axe)`, async () => {
      const host = await openHost(`theme-${theme}`);
      try {
        await expectWidgetsWithData(host.page);
        for (const tag of widgetTags) expect(await host.page.locator(tag).getAttribute('theme')).toBe(theme);
        await screenshot(host.page, `theme-${theme}`);
        await expectCleanPage(host, contrast);
      } finally {
        await host.close();
      }
    });
  }
});
