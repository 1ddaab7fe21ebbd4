/**
 * `coachwork serve` as a deployment would run it: NODE_ENV=development (common in
 * hosting templates) must not switch on dev mode, production must not seed, and
 * dev mode must refuse a non-loopback HOST.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/index.js';
import { STORAGE_TEST_TIMEOUT_MS } from './db/testing.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

interface Served {
  output: Promise<{ code: number | null; stderr: string }>;
  /** The URL once it prints `listening on`; null if it exits first. */
  listening: Promise<string | null>;
  stop(): void;
}

function serve(args: string[], env: Record<string, string>): Served {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  for (const name of ['DATABASE_URL', 'COACHWORK_ENV', 'NODE_ENV', 'HOST', 'PORT']) {
    if (!(name in env)) delete childEnv[name];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--port', '0', ...args], {
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let announce: (url: string | null) => void = () => {};
  const listening = new Promise<string | null>((resolve) => (announce = resolve));
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(stderr);
    if (match) announce(match[1]!);
  });
  const output = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.once('exit', (code) => {
      announce(null);
      resolve({ code, stderr });
    }),
  );
  return { output, listening, stop: () => child.kill('SIGTERM') };
}

describe('coachwork serve', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'with NODE_ENV=development runs in production mode: no /dev routes, no seed',
    async () => {
      const dir = dataDir();
      const served = serve(['--data-dir', dir], { NODE_ENV: 'development' });
      const url = await served.listening;
      try {
        expect(url, (await Promise.race([served.output, Promise.resolve(null)]))?.stderr).not.toBeNull();
        const token = await fetch(`${url}/dev/token`, { method: 'POST', body: '{}' });
        expect(token.status).toBe(404);
      } finally {
        served.stop();
      }
      const { stderr } = await served.output;
      expect(stderr).not.toMatch(/dev mode/);
      expect(stderr).toMatch(/no organisations/);
      const db = await openDatabase({ engine: 'pglite', dataDir: dir });
      try {
        expect(await db.query('select id from organisations')).toEqual([]);
      } finally {
        await db.close();
      }
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'in dev mode listens on 127.0.0.1 by default',
    async () => {
      const served = serve(['--data-dir', dataDir(), '--no-seed'], { COACHWORK_ENV: 'dev' });
      const url = await served.listening;
      served.stop();
      const { stderr } = await served.output;
      expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );

  it(
    'in dev mode refuses HOST=0.0.0.0 with a clear message',
    async () => {
      const served = serve(['--data-dir', dataDir(), '--no-seed'], { COACHWORK_ENV: 'dev', HOST: '0.0.0.0' });
      const url = await served.listening;
      if (url) served.stop();
      const { code, stderr } = await served.output;
      expect(url).toBeNull();
      expect(code).toBe(1);
      expect(stderr).toMatch(/dev mode.*loopback.*0\.0\.0\.0/is);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
