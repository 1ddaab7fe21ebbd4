// @ts-check
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const gatewayDir = fileURLToPath(new URL('../gateway/', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Flags from notes/CONTEXT.md; puppeteer adds --headless itself. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const GATEWAY_START_TIMEOUT_MS = 120_000;

/**
 * Starts the real gateway (embedded PGlite in memory, seeded, dev mode for /dev/token) on a free
 * port the first time a test asks for it with executeServerCommand('coachwork-gateway'), and
 * stops it with the test run. Tests that never ask never pay for it.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function coachworkGatewayPlugin() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {Promise<{ url: string }> | undefined} */
  let started;

  /** @returns {Promise<{ url: string }>} */
  function start() {
    return new Promise((resolve, reject) => {
      const env = { ...process.env, COACHWORK_ENV: 'dev', LOG_LEVEL: 'warn' };
      delete env.DATABASE_URL;
      delete env.PORT;
      child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli.ts',
          'serve',
          '--port',
          '0',
          '--host',
          '127.0.0.1',
          '--dev',
          '--data-dir',
          'memory://',
        ],
        { cwd: gatewayDir, env, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let output = '';
      const timer = setTimeout(() => {
        reject(new Error(`gateway did not start within ${GATEWAY_START_TIMEOUT_MS} ms:\n${output}`));
      }, GATEWAY_START_TIMEOUT_MS);
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (/** @type {string} */ chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve({ url: match[1] });
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`gateway exited with code ${code}:\n${output}`));
      });
    });
  }

  return {
    name: 'coachwork-gateway',
    async executeCommand({ command }) {
      if (command !== 'coachwork-gateway') return undefined;
      started ??= start();
      return started;
    },
    async serverStop() {
      child?.kill('SIGTERM');
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 4,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
  plugins: [
    // tsconfig: esbuild must see experimentalDecorators / useDefineForClassFields (Lit's legacy decorators).
    esbuildPlugin({ ts: true, tsconfig, target: 'auto' }),
    coachworkGatewayPlugin(),
  ],
  // urql reads process.env.NODE_ENV; bundlers replace it, the test server does not.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Coachwork widget tests</title>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
