import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface DemoProcess {
  /** The demo host pages, e.g. http://localhost:5173 */
  url: string;
  close(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const address = probe.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        probe.close(() => resolve(port));
      });
  });
}

/**
 * `CW_DEMO_URL` when set (a demo already running, e.g. `npm start`); otherwise the demo as
 * `npm start` runs it (scripts/start.mjs: widgets and demo built for production, the gateway in
 * dev mode on PGlite) on free ports, ready when it prints that it is running.
 */
export async function startDemo(timeoutMs = 480_000): Promise<DemoProcess> {
  const given = process.env.CW_DEMO_URL;
  if (given) return { url: given.replace(/\/+$/, ''), close: async () => {} };
  const [gatewayPort, demoPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(gatewayPort), DEMO_PORT: String(demoPort) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: process.platform !== 'win32',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // The launcher stops its gateway and demo server on SIGINT, as on a terminal's Ctrl-C.
    child.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`the demo was not running after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the demo launcher exited before the demo ran (${signal ?? code})`));
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Coachwork is running')) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ url: `http://localhost:${demoPort}`, close });
      }
    });
  });
}
