/**
 * `/kit/<version>/…` (http/kit.ts): the widget kit's browser build, served from a kit directory laid
 * out as the widgets package is (package.json beside dist/), under its one version, cacheable for
 * good, loadable by a module script on any origin.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { integrityOf, kitCacheControl } from '../http/kit.js';
import { startGateway, type RunningGateway } from '../testing/harness.js';

/** A GET with the path exactly as written: fetch() would resolve `..` segments before sending. */
function rawGet(
  base: string,
  rawPath: string,
): Promise<{ status: number; cacheControl: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (part: string) => (body += part));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            cacheControl: String(response.headers['cache-control']),
            body,
          }),
        );
      })
      .on('error', reject);
  });
}

describe('the widget kit served by the gateway', () => {
  let db: Database;
  let kitDir: string;
  let gateway: RunningGateway;
  const loader = 'import("./chunks/shared-AB12.js").then((m) => m.start());\n';
  const chunk = 'export const start = () => "ünïcode";\n';

  beforeAll(async () => {
    kitDir = await mkdtemp(path.join(tmpdir(), 'cw-kit-'));
    await mkdir(path.join(kitDir, 'dist', 'chunks'), { recursive: true });
    await mkdir(path.join(kitDir, 'dist', 'esm'), { recursive: true });
    await writeFile(path.join(kitDir, 'package.json'), JSON.stringify({ version: '2.3.4' }));
    await writeFile(path.join(kitDir, 'dist', 'coachwork.js'), loader);
    await writeFile(path.join(kitDir, 'dist', 'chunks', 'shared-AB12.js'), chunk);
    await writeFile(path.join(kitDir, 'dist', 'esm', 'index.js'), 'export {};\n');
    await writeFile(path.join(kitDir, 'dist', 'coachwork.d.ts'), 'export {};\n');
    await writeFile(path.join(kitDir, 'secret.js'), 'not part of the build\n');
    db = await openTestDatabase('pglite');
    gateway = await startGateway(db, { kitDirectory: kitDir });
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
    await rm(kitDir, { recursive: true, force: true });
  });

  it('serves the loader under the package version, as JavaScript, cacheable for a year, to any origin', async () => {
    const response = await fetch(`${gateway.url}/kit/2.3.4/coachwork.js`, {
      headers: { origin: 'https://intranet.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(kitCacheControl).toContain('immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString('utf8')).toBe(loader);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
  });

  it('serves the chunks the loader imports, byte for byte', async () => {
    const response = await fetch(`${gateway.url}/kit/2.3.4/chunks/shared-AB12.js`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(integrityOf(bytes)).toBe(integrityOf(Buffer.from(chunk, 'utf8')));
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${gateway.url}/kit/2.3.4/coachwork.js`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(kitCacheControl);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['another version', '/kit/2.3.3/coachwork.js'],
    ['no version', '/kit/coachwork.js'],
    ['a file the build does not make', '/kit/2.3.4/missing.js'],
    ['the bundler build', '/kit/2.3.4/esm/index.js'],
    ['the type declarations', '/kit/2.3.4/coachwork.d.ts'],
    ['a path out of dist/', '/kit/2.3.4/../secret.js'],
    ['an encoded path out of dist/', '/kit/2.3.4/%2e%2e/secret.js'],
    ['a chunk path out of dist/', '/kit/2.3.4/chunks/..%2f..%2fsecret.js'],
  ])('refuses %s with a 404 nobody caches', async (_label, requested) => {
    const response = await rawGet(gateway.url, requested);
    expect(response.status).toBe(404);
    expect(response.cacheControl).toBe('no-store');
    expect(response.body).not.toContain('not part of the build');
  });

  it('refuses other methods', async () => {
    const response = await fetch(`${gateway.url}/kit/2.3.4/coachwork.js`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('computes the integrity a script tag takes: sha384, base64', () => {
    // The SHA-384 of the empty input, as published with the Subresource Integrity examples.
    expect(integrityOf(Buffer.alloc(0))).toBe(
      'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb',
    );
  });

  it('says so when the kit directory holds no kit', async () => {
    const empty = await startGateway(db, { kitDirectory: path.join(kitDir, 'nothing-here') });
    try {
      const response = await fetch(`${empty.url}/kit/2.3.4/coachwork.js`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toMatch(/serves no widget kit/);
    } finally {
      await empty.close();
    }
  });
});
