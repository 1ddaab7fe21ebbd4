#!/usr/bin/env node
// `pnpm start` / `pnpm dev`: the gateway on the embedded PGlite database (seeded when empty) plus the
// demo host pages, one Ctrl-C to stop both. `start` serves a production build of the demo (what a host
// would ship); `--dev` runs Vite's dev server with hot reload instead.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const dev = process.argv.includes('--dev');
const root = fileURLToPath(new URL('..', import.meta.url));
const gatewayPort = Number(process.env.PORT ?? 4000);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const gatewayUrl = (process.env.VITE_GATEWAY_URL ?? `http://localhost:${gatewayPort}`).replace(/\/+$/, '');
const demoUrl = `http://localhost:${demoPort}`;
// First start migrates and seeds the embedded database, which takes a while on a slow machine.
const READY_TIMEOUT_MS = Number(process.env.START_TIMEOUT_MS ?? 180_000);

const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const children = new Set();
let stopping = false;

function log(message) {
  console.log(`[start] ${message}`);
}

/** pnpm's report that a script ended by a signal: during shutdown that signal is ours, so it is noise. */
const SHUTDOWN_NOISE = /ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL|Command failed with signal|^\/\S+:$/;

/** Prefixes every output line of a child so interleaved logs stay readable. */
function pipeLines(stream, name, target) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (stopping && SHUTDOWN_NOISE.test(line.trim())) continue;
      target.write(`[${name}] ${line}\n`);
    }
  });
  stream.on('end', () => {
    if (pending) target.write(`[${name}] ${pending}\n`);
  });
}

/**
 * Runs a long-lived child in its own process group so stopping it also stops what it spawned (tsx, esbuild).
 * `onUnexpectedExit` decides what an exit we did not ask for means; by default the whole demo stops.
 */
function launch(name, args, env = {}, onUnexpectedExit = undefined) {
  const child = spawn(pnpm, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  children.add(child);
  pipeLines(child.stdout, name, process.stdout);
  pipeLines(child.stderr, name, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    const reason = signal ?? `exit code ${code}`;
    if (onUnexpectedExit) {
      onUnexpectedExit(reason);
      return;
    }
    console.error(`[start] ${name} stopped unexpectedly (${reason}); shutting down.`);
    void stop(1);
  });
  return child;
}

/** Runs a child to completion (the demo build); rejects on failure. */
function runToEnd(name, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = launch(name, args, env);
    child.removeAllListeners('exit');
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function signalGroup(child, signal) {
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** True while any process of the child's group lives: pnpm exits before the gateway it started does. */
function groupAlive(child) {
  if (process.platform === 'win32') return child.exitCode === null && child.signalCode === null;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  const running = [...children];
  // SIGINT, as a terminal's Ctrl-C would send: pnpm then exits quietly instead of reporting a failed script.
  for (const child of running) signalGroup(child, 'SIGINT');
  // Wait for every process of each group, not only the pnpm at its head, so nothing outlives the demo.
  const deadline = Date.now() + 5000;
  while (running.some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const child of running) if (groupAlive(child)) signalGroup(child, 'SIGKILL');
  process.exit(exitCode);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

async function waitFor(url, what) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} was not ready at ${url} after ${READY_TIMEOUT_MS / 1000} s`);
}

/** The seed's default demo person (whom `POST /dev/token {}` signs in), for the printed token example. */
async function exampleEmail() {
  try {
    const response = await fetch(`${gatewayUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const email = (await response.json())?.person?.email;
    if (typeof email === 'string') return email;
  } catch {
    // Fall through to a placeholder.
  }
  return '<email of a seeded person>';
}

/** A gateway that keeps dying within this long of its start is broken, not unlucky. */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES_IN_WINDOW = 5;
const gatewayStarts = [];

/**
 * The gateway, started again when it dies: the open demo pages then recover by themselves (the
 * widgets retry), as they would after a real deployment's restart. One that keeps crashing stops
 * the demo instead of looping.
 */
function startGateway() {
  gatewayStarts.push(Date.now());
  launch(
    'gateway',
    ['--filter', '@coachwork/gateway', 'start'],
    {
      // Dev mode (the demo's /dev/token) is never inferred: it is asked for here, and the gateway then
      // listens on 127.0.0.1 only.
      COACHWORK_ENV: 'dev',
      PORT: String(gatewayPort),
      // Request logs would bury the URLs printed below; LOG_LEVEL=info brings them back.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    (reason) => {
      const recent = gatewayStarts.filter((at) => Date.now() - at < CRASH_WINDOW_MS).length;
      if (recent >= MAX_CRASHES_IN_WINDOW) {
        console.error(
          `[start] the gateway stopped (${reason}) ${recent} times within ${CRASH_WINDOW_MS / 1000} s; shutting down.`,
        );
        void stop(1);
        return;
      }
      const delay = Math.min(500 * 2 ** Math.max(recent - 1, 0), 5000);
      console.error(
        `[start] the gateway stopped unexpectedly (${reason}); starting it again in ${delay} ms.`,
      );
      setTimeout(() => {
        if (!stopping) startGateway();
      }, delay);
    },
  );
}

async function main() {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  for (const [port, what, variable] of [
    [gatewayPort, 'gateway', 'PORT'],
    [demoPort, 'demo', 'DEMO_PORT'],
  ]) {
    if (!(await portIsFree(port))) {
      throw new Error(
        `Port ${port} (${what}) is already in use. Stop whatever holds it, or set ${variable} to another port.`,
      );
    }
  }

  log(`starting the gateway on port ${gatewayPort} (embedded PGlite in .data/pglite, seeded when empty)…`);
  startGateway();

  const demoEnv = { VITE_GATEWAY_URL: gatewayUrl };
  const vite = ['--filter', '@coachwork/demo', 'exec', 'vite'];
  const portArgs = ['--port', String(demoPort), '--strictPort'];
  if (dev) {
    log(`starting the demo (Vite dev server) on port ${demoPort}…`);
    launch('demo', [...vite, ...portArgs], demoEnv);
  } else {
    // The build resolves @coachwork/widgets' element entry points to widgets/dist (the kit a host
    // installs), which a fresh clone does not have yet.
    log('building the widgets…');
    await runToEnd('widgets build', ['--filter', '@coachwork/widgets', 'run', 'build']);
    if (stopping) return;
    log('building the demo host pages…');
    await runToEnd('demo build', [...vite, 'build', '--logLevel', 'warn'], demoEnv);
    if (stopping) return;
    log(`serving the demo build on port ${demoPort}…`);
    launch('demo', [...vite, 'preview', ...portArgs], demoEnv);
  }

  await Promise.all([waitFor(`${gatewayUrl}/readyz`, 'The gateway'), waitFor(`${demoUrl}/`, 'The demo')]);
  if (stopping) return;
  const example = await exampleEmail();

  const lines = [
    '',
    `Coachwork is running (${dev ? 'dev mode, hot reload' : 'demo build'}). Ctrl-C stops everything.`,
    '',
    '  Demo host pages',
    `    ${demoUrl}/                       index`,
    `    ${demoUrl}/intranet.html          company intranet (a coach sees their desk: ?as=sofia.rossi@northwind.example)`,
    `    ${demoUrl}/lms.html               LMS course page`,
    `    ${demoUrl}/hr-portal.html         HR portal (?bridge=sap-fiori or material3: the portal's design system)`,
    `    ${demoUrl}/hr-programs.html       HR portal: coaching programs (the program console)`,
    `    ${demoUrl}/hr-integrations.html   HR portal: integrations (SCIM, keys, service accounts, webhooks)`,
    `    ${demoUrl}/react.html             a React app built with @coachwork/react`,
    '    (add ?as=<email> to view a page as another seeded person)',
    '',
    '  For developers',
    `    ${demoUrl}/developers.html        every element: attributes, events, parts, live examples, embed tokens`,
    '',
    '  Gateway',
    `    GraphQL    ${gatewayUrl}/graphql`,
    `    GraphiQL   ${gatewayUrl}/graphiql`,
    `    health     ${gatewayUrl}/healthz   ${gatewayUrl}/readyz`,
    '',
    '  Mint an embed token for a seeded person',
    `    pnpm token -- --email ${example}`,
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  // Once shutting down, a step that fails is one we stopped; the reason was already printed.
  if (!stopping) console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
