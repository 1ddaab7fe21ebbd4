/**
 * The published packages as a host gets them: each packed with `pnpm pack` (which builds it and
 * writes the published manifest), checked with publint and arethetypeswrong, installed from the
 * tarballs into a scratch project under the OS temp directory, then used there by four hosts:
 *
 *   static/script-tag.html   the one-script loader (dist/coachwork.js) from a <script> tag
 *   static/import-map.html   an import map pointing `@coachwork/widgets/` at dist/, one element imported
 *   plain/                   Vite + strict TypeScript (moduleResolution bundler): element entry points,
 *                            properties and events type-checked from the shipped .d.ts
 *   react/                   React 19 with @coachwork/react: type-checked, rendered on the server by
 *                            Node (no DOM globals), hydrated in the browser
 *
 * Each page is opened in Chromium against the real gateway (PGlite, demo seed, dev mode) and must
 * show the seeded person's data with no console error, uncaught error or failed request.
 * The tarballs' sizes and files are printed for the release notes.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { watchProblems } from '../support/page-problems.js';
import { northwindCast, seedDemoOrganisations } from '../support/seed.js';
import {
  createConsumerProject,
  packPackages,
  type ConsumerProject,
  type Tarball,
} from './consumer-project.js';

const run = promisify(execFile);
const testBin = fileURLToPath(new URL('../node_modules/.bin/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rootLicence = path.join(repoRoot, 'LICENSE');

/** Packing builds every package; on a busy 2-core machine that and the install take minutes. */
const SETUP_TIMEOUT_MS = 600_000;
const RENDER_TIMEOUT_MS = 60_000;

const tarballDir = path.join(tmpdir(), `coachwork-tarballs-${process.pid}`);
let tarballs: Tarball[] = [];
let project: ConsumerProject;

beforeAll(async () => {
  tarballs = await packPackages(tarballDir);
  project = await createConsumerProject(tarballs);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await project?.remove();
  await rm(tarballDir, { recursive: true, force: true });
});

/** Every file path an `exports` map names (wildcards as their directory), without the leading `./`. */
function exportTargets(exportsMap: unknown): string[] {
  if (typeof exportsMap === 'string') return [exportsMap.replace(/^\.\//, '')];
  if (exportsMap === null || typeof exportsMap !== 'object') return [];
  return Object.values(exportsMap).flatMap(exportTargets);
}

async function unpackedManifest(tarball: Tarball): Promise<Record<string, unknown>> {
  const { stdout } = await run('tar', ['-xzOf', tarball.file, 'package/package.json']);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('the packed packages', () => {
  it('hold a licence, a README and built files, and name only files they hold', async () => {
    const licence = await readFile(rootLicence, 'utf8');
    for (const tarball of tarballs) {
      console.log(
        `${tarball.name}: ${(tarball.size / 1000).toFixed(1)} kB packed, ` +
          `${(tarball.unpackedSize / 1000).toFixed(1)} kB unpacked, ${tarball.files.length} files\n  ` +
          tarball.files.join('\n  '),
      );
      const manifest = await unpackedManifest(tarball);
      expect(manifest['license'], tarball.name).toBe('Apache-2.0');
      expect(manifest['private'], tarball.name).toBeUndefined();
      expect(tarball.files, tarball.name).toEqual(expect.arrayContaining(['LICENSE', 'README.md']));
      const { stdout: packedLicence } = await run('tar', ['-xzOf', tarball.file, 'package/LICENSE']);
      expect(packedLicence, `${tarball.name} LICENSE`).toBe(licence);
      expect(JSON.stringify(manifest), tarball.name).not.toContain('workspace:');
      // Sources ride along for the declaration maps; tests and test helpers do not.
      expect(
        tarball.files.filter((file) => /\.test\.tsx?$|\/testing\//.test(file)),
        tarball.name,
      ).toEqual([]);
      // Every entry point the workspace has is published, but the wildcards onto sources that only
      // the repository's own tests use.
      const workspaceManifest = JSON.parse(
        await readFile(path.join(repoRoot, tarball.dir, 'package.json'), 'utf8'),
      ) as { exports: Record<string, unknown> };
      const sourceOnly = (key: string) =>
        key.includes('*') && JSON.stringify(workspaceManifest.exports[key]).includes('./src/');
      expect(Object.keys(manifest['exports'] ?? {}), `${tarball.name} exports`).toEqual(
        expect.arrayContaining(Object.keys(workspaceManifest.exports).filter((key) => !sourceOnly(key))),
      );
      for (const target of exportTargets(manifest['exports'])) {
        expect(target, `${tarball.name} exports ${target}`).not.toMatch(/^src\/|(?<!\.d)\.tsx?$/);
        const [prefix] = target.split('*');
        expect(
          tarball.files.some((file) =>
            target.includes('*') ? file.startsWith(prefix ?? '') : file === target,
          ),
          `${tarball.name} exports ${target}, which it does not hold`,
        ).toBe(true);
      }
    }
  });

  it('pass publint (strict: warnings fail too)', async () => {
    const reports = await Promise.all(
      tarballs.map((tarball) => run(path.join(testBin, 'publint'), ['run', tarball.file, '--strict'])),
    );
    for (const { stdout } of reports) console.log(stdout.trim());
  });

  it('pass arethetypeswrong for ESM hosts (node16 from ESM, bundler)', async () => {
    // attw resolves entry points as TypeScript would import them, and TypeScript has no types for
    // a stylesheet or an SDL file: those exports are for bundlers' asset handling and tools.
    const assets: Readonly<Record<string, readonly string[]>> = {
      '@coachwork/widgets': ['./bridges/sap-fiori.css', './bridges/material3.css'],
      '@coachwork/schema': ['./schema.graphql'],
    };
    const reports = await Promise.all(
      tarballs.map((tarball) => {
        const excluded = assets[tarball.name] ?? [];
        return run(path.join(testBin, 'attw'), [
          tarball.file,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          ...(excluded.length > 0 ? ['--exclude-entrypoints', ...excluded] : []),
        ]);
      }),
    );
    for (const { stdout } of reports) console.log(stdout.trim());
  });
});

describe('hosts installed from the tarballs', () => {
  it('a strict TypeScript host type-checks the elements, their properties and events', async () => {
    await project.exec('tsc', ['-p', 'tsconfig.json']);
  });

  it('a React host type-checks and renders on the server without DOM globals', async () => {
    await project.exec('tsc', ['-p', 'tsconfig.react.json']);
    const rendered = await renderReact('http://gateway.invalid');
    expect(rendered.window).toBe('undefined');
    expect(rendered.document).toBe('undefined');
    expect(rendered.html).toContain('<cw-viewer-badge');
    expect(rendered.html).toContain('<cw-goal-tracker');
  });

  it('Vite builds the TypeScript and React hosts', async () => {
    await project.exec('vite', ['build']);
  });

  describe('in Chromium against the real gateway', () => {
    let gateway: TestGateway;
    let server: Server;
    let origin: string;
    let browser: Browser;

    beforeAll(async () => {
      gateway = await startTestGateway(seedDemoOrganisations);
      const ssr = await renderReact(gateway.url);
      server = await serveProject(project.dir, gateway.url, ssr.html);
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      origin = `http://127.0.0.1:${address.port}`;
      browser = await launchChromium();
    }, SETUP_TIMEOUT_MS);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      await gateway?.close();
    });

    const pages = {
      'a script tag': { path: '/static/script-tag.html', widgets: ['cw-viewer-badge'] },
      'an import map': { path: '/static/import-map.html', widgets: ['cw-viewer-badge'] },
      'the Vite + TypeScript app': {
        path: '/dist/plain/index.html',
        widgets: ['cw-viewer-badge', 'cw-goal-tracker'],
      },
      'the React app, server-rendered and hydrated': {
        path: '/react',
        widgets: ['cw-viewer-badge', 'cw-goal-tracker'],
      },
    } as const;

    for (const [name, { path: pagePath, widgets }] of Object.entries(pages)) {
      it(`${name} shows the signed-in person's data`, async () => {
        const page = await browser.newPage();
        const problems = watchProblems(page);
        try {
          await page.goto(`${origin}${pagePath}`);
          const badgeName = page.locator('cw-viewer-badge [part~="name"]');
          await expect
            .poll(() => badgeName.textContent(), { timeout: RENDER_TIMEOUT_MS })
            .toContain(northwindCast.participant.name);
          if (widgets.includes('cw-goal-tracker' as never))
            await expect
              .poll(() => page.locator('cw-goal-tracker [part~="goal"]').count(), {
                timeout: RENDER_TIMEOUT_MS,
              })
              .toBeGreaterThan(0);
          expect(problems).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });
});

interface ServerRendered {
  html: string;
  window: string;
  document: string;
}

/** The React host rendered by Node in the consumer project, in a process of its own. */
async function renderReact(gatewayUrl: string): Promise<ServerRendered> {
  const { stdout } = await run(
    process.execPath,
    ['render-react.mjs', path.join(project.dir, 'server', 'server.js'), gatewayUrl],
    { cwd: project.dir },
  );
  return JSON.parse(stdout) as ServerRendered;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The consumer project over plain HTTP on 127.0.0.1 (the gateway is on localhost: another site), as
 * a static host serves it; `/react` is the server-rendered React page. `__GATEWAY__` in a page is
 * the gateway's URL, as a host's templating would put it there.
 */
function serveProject(dir: string, gatewayUrl: string, reactHtml: string): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const relative = url.pathname === '/react' ? 'dist/react/index.html' : url.pathname.slice(1);
      const file = path.resolve(dir, path.posix.normalize(relative));
      if (!file.startsWith(dir + path.sep)) {
        res.writeHead(404).end();
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404).end();
        return;
      }
      const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        let html = body.toString('utf8').replaceAll('__GATEWAY__', gatewayUrl);
        if (url.pathname === '/react') html = html.replace('<!--ssr-->', reactHtml);
        body = Buffer.from(html);
      }
      res.writeHead(200, { 'content-type': type }).end(body);
    })();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
