import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real gateway the tests talk to (PGlite in memory, seeded, dev mode). */
    gatewayUrl: string;
  }
}

const gatewayDir = fileURLToPath(new URL('../../../gateway/', import.meta.url));
// The same gateway the widget tests use, so the seeded people and their data are the same.
const testGatewayScript = fileURLToPath(new URL('../../../widgets/scripts/test-gateway.ts', import.meta.url));
const START_TIMEOUT_MS = 180_000;

/** Starts the gateway once per run; it prints `listening on <url>` on stderr when ready. */
export default async function startGateway(project: TestProject): Promise<() => Promise<void>> {
  const env: NodeJS.ProcessEnv = { ...process.env, COACHWORK_ENV: 'dev', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.PORT;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', testGatewayScript], {
    cwd: gatewayDir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
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
  project.provide('gatewayUrl', url);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}
