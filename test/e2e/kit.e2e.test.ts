/**
 * The script tag the Developers page gives hosts: the kit's loader served by the gateway at
 * `/kit/<version>/coachwork.js` with the Subresource Integrity hash of that release. The page's hash
 * must match the bytes the gateway serves, and a host page on another origin must load the kit
 * through that very tag (and be refused a loader whose bytes differ).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startDemo, type DemoServer } from '../support/demo-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { watchProblems } from '../support/page-problems.js';
import { northwindCast, seedDemoOrganisations } from '../support/seed.js';

const widgetsDir = fileURLToPath(new URL('../../widgets/', import.meta.url));
const builtLoader = `${widgetsDir}dist/coachwork.js`;
const kitVersion = (JSON.parse(readFileSync(`${widgetsDir}package.json`, 'utf8')) as { version: string })
  .version;

const RENDER_TIMEOUT_MS = 90_000;

const sha384 = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let gateway: TestGateway;
let demo: DemoServer;
let browser: Browser;
/** Host pages by path, served over real HTTP: Chromium treats a page a test intercepts as public, and
 * refuses it requests to a loopback gateway (Private Network Access). */
const hostPages = new Map<string, string>();
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  // The gateway and the Developers page both read the built kit; a clean clone has none yet.
  if (!existsSync(builtLoader)) {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: widgetsDir, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the widgets build failed');
  }
  gateway = await startTestGateway(seedDemoOrganisations);
  demo = await startDemo(gateway.url);
  browser = await launchChromium();
  host = createServer((req, res) => {
    const html = hostPages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
  await browser?.close();
  await demo?.close();
  await gateway?.close();
});

/** The script tag of the Developers page's install section, as a host copies it. */
async function developersScriptTag(): Promise<{ src: string; integrity: string; crossorigin: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${demo.url}/developers.html`);
    const snippet = page
      .locator('figure.snippet')
      .filter({ hasText: 'Script tag (intranets, any page)' })
      .locator('pre code');
    await snippet.waitFor({ timeout: RENDER_TIMEOUT_MS });
    const text = await snippet.innerText();
    const tag =
      /<script type="module" src="([^"]+)"\s+integrity="([^"]+)"\s+crossorigin="([^"]+)"><\/script>/.exec(
        text,
      );
    expect(tag, text).not.toBeNull();
    return { src: tag![1]!, integrity: tag![2]!, crossorigin: tag![3]! };
  } finally {
    await page.close();
  }
}

/** A host page on its own origin (not the gateway's) with the given loader tag. */
async function hostPage(integrity: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const path = `/host-${hostPages.size}.html`;
  hostPages.set(
    path,
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="${gateway.url}/kit/${kitVersion}/coachwork.js"
        integrity="${integrity}" crossorigin="anonymous"></script>
</head><body>
<cw-viewer-badge gateway="${gateway.url}"></cw-viewer-badge>
<script type="module">
  document.querySelector('cw-viewer-badge').tokenProvider = () =>
    fetch('${gateway.url}/dev/token', {
      method: 'POST',
      body: JSON.stringify({ email: '${northwindCast.participant.email}' }),
    }).then((response) => response.json());
</script>
</body></html>`,
  );
  await page.goto(`${hostUrl}${path}`);
  return { page, problems };
}

describe('the kit from the gateway, pinned by its integrity hash', () => {
  it("the Developers page's script tag names this release and the hash of the bytes the gateway serves", async () => {
    const tag = await developersScriptTag();
    expect(tag.src).toBe(`https://coach.example.com/kit/${kitVersion}/coachwork.js`);
    expect(tag.crossorigin).toBe('anonymous');

    const served = await fetch(`${gateway.url}${new URL(tag.src).pathname}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(tag.integrity).toBe(sha384(bytes));
    expect(tag.integrity).toBe(sha384(readFileSync(builtLoader)));
  });

  it('a host page on another origin loads the kit through that tag and its elements work', async () => {
    const { integrity } = await developersScriptTag();
    const { page, problems } = await hostPage(integrity);
    try {
      const name = page.locator('cw-viewer-badge [part="name"]');
      await name.waitFor({ timeout: RENDER_TIMEOUT_MS });
      expect((await name.innerText()).trim()).toBe(northwindCast.participant.name);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the browser refuses the loader when its bytes do not match the hash', async () => {
    const { page, problems } = await hostPage(sha384(new TextEncoder().encode('another release')));
    try {
      await expect.poll(() => problems.join('\n')).toMatch(/integrity/i);
      expect(await page.evaluate(() => customElements.get('cw-viewer-badge') === undefined)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
