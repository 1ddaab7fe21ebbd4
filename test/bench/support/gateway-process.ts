import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface GatewayProcess {
  url: string;
  /** An embed token for a seeded manager. */
  token: string;
  /** The database behind it: `postgres` when DATABASE_URL is set, else `pglite`. */
  engine: string;
  close(): Promise<void>;
}

const script = fileURLToPath(new URL('./serve-gateway.ts', import.meta.url));
const tsxCli = fileURLToPath(import.meta.resolve('tsx/cli'));

/** Starts support/serve-gateway.ts and waits for its `{ url, token }` line. */
export function startGatewayProcess(timeoutMs = 180_000): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [tsxCli, script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`the gateway process was not ready after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the gateway process exited before it was ready (${signal ?? code})`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const ready: unknown = JSON.parse(line);
      if (
        typeof ready !== 'object' ||
        ready === null ||
        !('url' in ready) ||
        !('token' in ready) ||
        !('engine' in ready) ||
        typeof ready.url !== 'string' ||
        typeof ready.token !== 'string' ||
        typeof ready.engine !== 'string'
      ) {
        void close();
        reject(new Error(`unexpected ready line from the gateway process: ${line}`));
        return;
      }
      resolve({ url: ready.url, token: ready.token, engine: ready.engine, close });
    });
  });
}
