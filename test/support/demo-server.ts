import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { freePort } from './free-port.js';

const demoConfig = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));

export interface DemoServer {
  /** e.g. http://localhost:51234 (localhost, not 127.0.0.1: dev-mode CORS allows http://localhost:*). */
  readonly url: string;
  close(): Promise<void>;
}

/** The demo host pages on Vite's dev server, talking to the gateway at `gatewayUrl`. */
export async function startDemo(gatewayUrl: string): Promise<DemoServer> {
  const port = await freePort();
  // The same channel `pnpm start` uses: Vite exposes VITE_* variables from the environment to the pages.
  const previous = process.env.VITE_GATEWAY_URL;
  process.env.VITE_GATEWAY_URL = gatewayUrl;
  try {
    const server = await createServer({
      configFile: demoConfig,
      logLevel: 'warn',
      clearScreen: false,
      server: {
        port,
        strictPort: true,
        host: 'localhost',
        hmr: false,
        // Transform the pages' module graph while the browser starts, not during the first test.
        warmup: { clientFiles: ['./src/pages/*.{ts,tsx}'] },
      },
    });
    await server.listen();
    return {
      url: `http://localhost:${port}`,
      close: () => server.close(),
    };
  } finally {
    if (previous === undefined) delete process.env.VITE_GATEWAY_URL;
    else process.env.VITE_GATEWAY_URL = previous;
  }
}
