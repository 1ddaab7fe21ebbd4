/**
 * Durability of acknowledged writes, with real gateway processes: a gateway
 * killed with SIGKILL in the middle of a stream of writes loses none that it
 * had acknowledged, on PGlite (a data directory on disk) and on PostgreSQL; and
 * a second process opening the same embedded data directory while the first
 * runs is refused with a clear message, while a lock left by a killed process
 * is stale and taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createGatewayFixture } from '../testing/fixtures.js';
import { tokenFor } from '../testing/harness.js';
import { openDatabase } from './index.js';
import { LOCK_FILE } from './pglite-lock.js';
import { testEngines } from './testing.js';
import type { Database } from './types.js';

const gatewayDir = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(gatewayDir, 'src/cli.ts');

interface Child {
  process: ChildProcess;
  url: string;
  output: () => string;
}

function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: gatewayDir,
    env: { ...env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Starts `coachwork serve` on a free loopback port and waits until it listens. */
async function serve(target: string[], env: NodeJS.ProcessEnv): Promise<Child> {
  const started = runCli(['serve', '--host', '127.0.0.1', '--port', '0', '--no-seed', ...target], env);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.output());
    if (match) return { process: started.process, url: match[1]!, output: started.output };
    if (started.process.exitCode !== null) throw new Error(`gateway exited:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  started.process.kill('SIGKILL');
  throw new Error(`gateway did not start:\n${started.output()}`);
}

const CREATE = `mutation ($title: String!) {
  createGoal(input: { capability: "DELEGATION", title: $title }) { goal { id title } userErrors { code } }
}`;

async function createGoal(url: string, token: string, title: string): Promise<boolean> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CREATE, variables: { title } }),
  });
  const body = (await response.json()) as { data?: { createGoal?: { goal?: { title: string } | null } } };
  return response.status === 200 && body.data?.createGoal?.goal?.title === title;
}

/**
 * Writes from three concurrent streams until `killAfter` are acknowledged, then
 * SIGKILLs the gateway with writes still in flight. Returns the acknowledged titles.
 */
async function writeUntilKilled(child: Child, token: string, killAfter: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let sent = 0;
  let settled = 0;
  let inFlightAtKill = 0;
  let killed = false;
  const stream = async (streamId: number) => {
    for (let i = 0; !killed; i += 1) {
      const title = `durable ${streamId}-${i}`;
      sent += 1;
      try {
        if (await createGoal(child.url, token, title)) acknowledged.push(title);
      } catch {
        // The connection died with the process: not acknowledged.
      } finally {
        settled += 1;
      }
      if (!killed && acknowledged.length >= killAfter) {
        killed = true;
        // Writes of the other streams are under way at this moment; whether their answers
        // still arrive before the kill lands is a race either way, so only their count is checked.
        inFlightAtKill = sent - settled;
        child.process.kill('SIGKILL');
      }
    }
  };
  await Promise.all([0, 1, 2].map(stream));
  expect(inFlightAtKill).toBeGreaterThan(0);
  return acknowledged;
}

async function storedTitles(db: Database, personId: string): Promise<Set<string>> {
  const rows = await db.query<{ title: string }>(`select title from goals where owner_id = $1`, [personId]);
  return new Set(rows.map((row) => row.title));
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function pgliteEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.COACHWORK_ENV;
  delete env.NODE_ENV;
  return env;
}

describe('durability on pglite (a data directory on disk)', () => {
  it('loses no acknowledged write when the gateway is killed with SIGKILL mid-stream', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cw-durability-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const setup = await openDatabase({ engine: 'pglite', dataDir });
    const org = await createGatewayFixture(setup, 'durable');
    const token = await tokenFor(setup, org.reportIds[0]!, 3600);
    await setup.close();

    const first = await serve(['--data-dir', dataDir], pgliteEnv());
    const acknowledged = await writeUntilKilled(first, token, 25);
    // The killed gateway left its lock behind; the restart takes it over as stale.
    const second = await serve(['--data-dir', dataDir], pgliteEnv());
    expect(await createGoal(second.url, token, 'after restart')).toBe(true);
    second.process.kill('SIGTERM');
    await new Promise((resolve) => second.process.once('exit', resolve));

    const after = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const stored = await storedTitles(after, org.reportIds[0]!);
      console.info(
        `pglite: ${acknowledged.length} writes acknowledged before SIGKILL, all found: ${acknowledged.every((t) => stored.has(t))}`,
      );
      expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);
      expect(stored.has('after restart')).toBe(true);
    } finally {
      await after.close();
    }
  });

  it('refuses a second process on a data directory in use, and takes over a stale lock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cw-lock-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const holder = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const second = runCli(['migrate', '--data-dir', dataDir], pgliteEnv());
      expect(await second.exited).not.toBe(0);
      expect(second.output()).toContain(
        `The embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
      expect(second.output()).not.toMatch(/\n\s+at /);
      // Opening it again in this process is refused as well.
      await expect(openDatabase({ engine: 'pglite', dataDir })).rejects.toThrow(/is in use by process/);
    } finally {
      await holder.close();
    }
    // A lock whose process is gone (here: a finished child) is stale.
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(join(dataDir, LOCK_FILE), `${gone.pid}\n${hostname()}\n`);
    const migrated = runCli(['migrate', '--data-dir', dataDir], pgliteEnv());
    expect(await migrated.exited).toBe(0);
  });
});

describe.runIf(testEngines().includes('postgres'))('durability on postgres', () => {
  it('loses no acknowledged write when the gateway is killed with SIGKILL mid-stream', async () => {
    const admin = new URL(process.env.DATABASE_URL!);
    const name = `cw_test_durable_${randomBytes(5).toString('hex')}`;
    const adminClient = new pg.Client({ connectionString: admin.toString() });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE ${name}`);
    await adminClient.end();
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    });

    const db = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 2 });
    try {
      const org = await createGatewayFixture(db, 'durable-pg');
      const token = await tokenFor(db, org.reportIds[0]!, 3600);
      const env = { ...process.env, DATABASE_URL: url.toString() };
      const first = await serve([], env);
      const acknowledged = await writeUntilKilled(first, token, 25);
      const second = await serve([], env);
      expect(await createGoal(second.url, token, 'after restart')).toBe(true);
      second.process.kill('SIGTERM');
      await new Promise((resolve) => second.process.once('exit', resolve));
      const stored = await storedTitles(db, org.reportIds[0]!);
      console.info(
        `postgres: ${acknowledged.length} writes acknowledged before SIGKILL, all found: ${acknowledged.every((t) => stored.has(t))}`,
      );
      expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
