/**
 * What the queue's crash tests share: a worker script started as its own Node process (so it can
 * be SIGKILLed mid-job), its output, and a bounded wait that gives up with that output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The gateway package's directory, the worker processes' working directory. */
export const gatewayDir = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface WorkerProcess {
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** The lines of its output that start with `prefix`. */
  lines: (prefix: string) => string[];
  exited: Promise<number | null>;
}

/** Starts `script` (a path under the gateway package) with tsx and `args`. */
export function startWorkerProcess(script: string, args: string[]): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(gatewayDir, script), ...args], {
    cwd: gatewayDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    lines: (prefix) => output.split('\n').filter((line) => line.startsWith(prefix)),
    exited,
  };
}

/**
 * Polls `check` every 50 ms for up to three minutes; fails early, with the worker's output, if the
 * worker exits before the check holds.
 */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  worker?: WorkerProcess,
): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (worker && worker.process.exitCode !== null && !(await check())) {
      throw new Error(`worker exited before ${what}:\n${worker.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${worker ? `:\n${worker.output()}` : ''}`);
}
