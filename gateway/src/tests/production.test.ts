/**
 * The production shape, from the outside: the gateway compiled to gateway/dist and run by plain
 * `node` (no TypeScript runner) against PostgreSQL, answering /readyz and a signed-in GraphQL query;
 * and its graceful shutdown on SIGTERM: /readyz turns 503 first, the request in flight finishes, the
 * process exits 0. Needs PostgreSQL (DATABASE_URL); it creates and drops its own database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const gatewayDir = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const serverUrl = process.env.DATABASE_URL;
const EMAIL = 'lucia.fernandez@northwind.example';
const READINESS_DELAY_MS = 1500;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs the compiled CLI with plain node: no tsx loader, no --import hook. */
function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function serve(env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve({ child, url: match[1]!, stderr: () => stderr, exited });
    });
    void exited.then(({ code }) =>
      reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)),
    );
  });
}

async function viewerQuery(url: string, token: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { id name } }' }),
  });
}

describe.skipIf(!serverUrl)('the compiled gateway, run with plain node on PostgreSQL', () => {
  const name = `cw_prod_${randomBytes(5).toString('hex')}`;
  let env: NodeJS.ProcessEnv;
  let token: string;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: gatewayDir,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    await admin(`CREATE DATABASE ${name}`);
    // Only what a deployment would set: no NODE_OPTIONS (a tsx loader there would hide a broken build).
    env = {
      PATH: process.env.PATH,
      DATABASE_URL: withDatabase(serverUrl!, name),
      LOG_LEVEL: 'warn',
      SHUTDOWN_DELAY_MS: String(READINESS_DELAY_MS),
    };
    const seeded = runCli(['seed', '--managers', '30', '--orgs', '1', '--reference-date', '2026-11-23'], env);
    expect(seeded.status, seeded.stderr).toBe(0);
    const minted = runCli(['token', '--email', EMAIL, '--json'], env);
    expect(minted.status, minted.stderr).toBe(0);
    token = (JSON.parse(minted.stdout) as { token: string }).token;
  }, 400_000);

  afterAll(async () => {
    if (serverUrl) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('starts, is ready, and answers a query with a minted token', async () => {
    const served = await serve(env);
    try {
      const ready = await fetch(`${served.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', engine: 'postgres' });
      const answer = await viewerQuery(served.url, token);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ data: { viewer: { name: 'Lucía Fernández' } } });
    } finally {
      served.child.kill('SIGKILL');
      await served.exited;
    }
  });

  it('on SIGTERM turns unready first, finishes the request in flight, then exits 0', async () => {
    const served = await serve(env);
    // Holding a lock on people makes the viewer query wait: a slow request, with no test hook in the gateway.
    const blocker = new pg.Client({ connectionString: env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE people IN ACCESS EXCLUSIVE MODE');
      let finishedAt = 0;
      const slow = viewerQuery(served.url, token).then(async (response) => {
        finishedAt = performance.now();
        return { status: response.status, body: (await response.json()) as unknown };
      });
      // Let the request reach the database and wait on the lock.
      await waitFor(async () => {
        const [row] = (
          await blocker.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = 'people'::regclass`,
          )
        ).rows;
        return (row?.waiting ?? 0) > 0;
      });

      served.child.kill('SIGTERM');
      await waitFor(() => served.stderr().includes('shutting down'));
      const readiness = await fetch(`${served.url}/readyz`);
      expect(readiness.status).toBe(503);
      expect(await readiness.json()).toMatchObject({ status: 'unavailable' });

      // Past the readiness delay the listener closes; the process must still wait for the request.
      await new Promise((resolve) => setTimeout(resolve, READINESS_DELAY_MS + 500));
      expect(served.child.exitCode).toBeNull();
      await blocker.query('ROLLBACK');

      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ data: { viewer: { name: 'Lucía Fernández' } } });
      const exit = await served.exited;
      expect(exit.code, served.stderr()).toBe(0);
      expect(exit.at).toBeGreaterThanOrEqual(finishedAt);
      expect(served.stderr()).toContain('coachwork: stopped');
    } finally {
      await blocker.end().catch(() => undefined);
      if (served.child.exitCode === null) served.child.kill('SIGKILL');
    }
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
