// Starts the real gateway for the browser test runners (widgets' wtr, packages/react's vitest):
// scripts/test-gateway.ts in a child process, embedded PGlite in memory, seeded, dev mode for
// /dev/token, on a free port. It prints `listening on <url>` on stderr when ready.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const gatewayDir = fileURLToPath(new URL('../../gateway/', import.meta.url));
const testGatewayScript = fileURLToPath(new URL('./test-gateway.ts', import.meta.url));

/** Migrations and the seed on a busy 2-core machine. */
const GATEWAY_START_TIMEOUT_MS = 180_000;

/**
 * @param {number} [port] Listen on this port (a restart of a stopped gateway); a free one when omitted.
 * @returns {{ ready: Promise<string>, stop(): Promise<void> }} `ready` resolves with the gateway's
 *   base URL, or rejects when it exits or does not start in time, with what it printed.
 */
export function startTestGatewayProcess(port) {
  const env = { ...process.env, COACHWORK_ENV: 'dev', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.PORT;
  if (port !== undefined) env.CW_TEST_GATEWAY_PORT = String(port);
  const child = spawn(process.execPath, ['--import', 'tsx', testGatewayScript], {
    cwd: gatewayDir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start within ${GATEWAY_START_TIMEOUT_MS} ms:\n${output}`)),
      GATEWAY_START_TIMEOUT_MS,
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (/** @type {string} */ chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with code ${code}:\n${output}`));
    });
  });
  return {
    /** @type {Promise<string>} */
    ready: /** @type {Promise<string>} */ (ready),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
