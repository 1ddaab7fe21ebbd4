// @ts-check
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import Ajv from 'ajv';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { eventContracts, schemasDir } from './scripts/build/event-schemas.mjs';
import { startTestGatewayProcess } from './scripts/test-gateway-process.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * Starts a real gateway (scripts/test-gateway-process.mjs) the first time a test asks with
 * executeServerCommand('coachwork-gateway', { instance }), and stops it with the test run; tests
 * that never ask never pay for it. Each instance is its own process with its own seeded database:
 * `shared` for tests that read the seed and change only what they undo or own, `programs` for tests
 * that create and publish programs, whose invitations and matches would otherwise reach the people
 * every other test signs in as, `outage` for tests that stop the gateway (`action: 'stop'`) and
 * start it again on the same port (`action: 'start'`, a new process: its database is seeded anew).
 * Start-up (migrations and seed) can outlast wtr's 20 s command timeout, so the command answers
 * at once with the state and the browser polls (see src/shared/testing/gateway.ts).
 * @returns {import('@web/test-runner').TestRunnerPlugin<{ instance?: string; action?: 'stop' | 'start' }>}
 */
function coachworkGatewayPlugin() {
  /** @typedef {{ state: 'starting' } | { state: 'ready'; url: string } | { state: 'failed'; error: string } | { state: 'stopped' }} GatewayStatus */
  /** @typedef {{ process: ReturnType<typeof startTestGatewayProcess>; status: GatewayStatus; port: number | undefined }} Instance */
  /** @type {Map<string, Instance>} */
  const instances = new Map();

  /** @param {number} [port] */
  function launch(port) {
    /** @type {Instance} */
    const started = { process: startTestGatewayProcess(port), status: { state: 'starting' }, port };
    started.process.ready.then(
      (url) => {
        started.status = { state: 'ready', url };
        started.port = Number(new URL(url).port);
      },
      (/** @type {Error} */ error) => (started.status = { state: 'failed', error: error.message }),
    );
    return started;
  }

  return {
    name: 'coachwork-gateway',
    async executeCommand({ command, payload }) {
      if (command !== 'coachwork-gateway') return undefined;
      const name = payload?.instance ?? 'shared';
      let instance = instances.get(name);
      if (payload?.action === 'stop') {
        if (!instance) throw new Error(`coachwork-gateway: no ${name} gateway to stop`);
        await instance.process.stop();
        instance.status = { state: 'stopped' };
        return instance.status;
      }
      if (payload?.action === 'start' && instance?.status.state === 'stopped') {
        instance = launch(instance.port);
        instances.set(name, instance);
        return instance.status;
      }
      if (!instance) {
        instance = launch();
        instances.set(name, instance);
      }
      return instance.status;
    },
    async serverStop() {
      await Promise.all([...instances.values()].map((instance) => instance.process.stop()));
    },
  };
}

/**
 * executeServerCommand('coachwork-screenshot', { name, selector }) saves a PNG of the first element
 * matching `selector` to $CW_SHOTS/<name>.png when CW_SHOTS is set (e.g. CW_SHOTS=/tmp/cw-shots),
 * so a person can look at what the tests rendered; otherwise it does nothing.
 * @returns {import('@web/test-runner').TestRunnerPlugin<{ name: string; selector: string }>}
 */
function screenshotPlugin() {
  const dir = process.env.CW_SHOTS;
  return {
    name: 'coachwork-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coachwork-screenshot') return undefined;
      if (!dir || !payload) return false;
      const launcher = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser);
      const page = launcher.getPage(session.id);
      const element = await page.$(payload.selector);
      if (!element) throw new Error(`coachwork-screenshot: nothing matches ${payload.selector}`);
      await mkdir(dir, { recursive: true });
      await element.screenshot({ path: `${dir}/${payload.name.replace(/[^\w.-]+/g, '-')}.png` });
      return true;
    },
  };
}

/**
 * executeServerCommand('coachwork-event-contract', { name, detail }) validates an event's detail
 * against its committed schema (schemas/<name>.v<N>.schema.json, the current version) and answers
 * `{ valid, errors }`. Validation runs here, in Node, because ajv is CommonJS and compiles schemas
 * with `new Function`: wtr's esbuild transform serves it to the browser unconverted ("does not
 * provide an export named 'default'"). See src/shared/testing/event-contract.ts.
 * @returns {import('@web/test-runner').TestRunnerPlugin<{ name: string; detail: unknown }>}
 */
function eventContractPlugin() {
  /** @type {Promise<Map<string, import('ajv').ValidateFunction>> | undefined} */
  let validators;
  async function compile() {
    const ajv = new Ajv({ allErrors: true, strict: true });
    // The one format the schemas use (from `@format date-time` on ISO 8601 instants); ajv-formats
    // would bring a dozen more for this.
    ajv.addFormat('date-time', {
      type: 'string',
      validate: (value) =>
        /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) &&
        !Number.isNaN(Date.parse(value)),
    });
    const entries = await Promise.all(
      eventContracts().map(async (contract) => {
        const schema = JSON.parse(await readFile(schemasDir + contract.file, 'utf8'));
        return /** @type {const} */ ([contract.name, ajv.compile(schema)]);
      }),
    );
    return new Map(entries);
  }
  return {
    name: 'coachwork-event-contract',
    async executeCommand({ command, payload }) {
      if (command !== 'coachwork-event-contract') return undefined;
      if (!payload) throw new Error('coachwork-event-contract needs { name, detail }');
      validators ??= compile();
      const validate = (await validators).get(payload.name);
      if (!validate) return { valid: false, errors: [`no schema for ${payload.name} in widgets/schemas/`] };
      const valid = validate(payload.detail);
      return {
        valid,
        errors: (validate.errors ?? []).map(
          (error) =>
            `${error.instancePath || '(detail)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
        ),
      };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: pages side by side are background tabs, whose animation frames Chromium
  // throttles, and on a 2-core CI machine they starved each other past any timeout.
  // Screenshots also bring their page to the front. CW_WTR_CONCURRENCY raises it on bigger machines.
  concurrency: process.env.CW_SHOTS ? 1 : Number(process.env.CW_WTR_CONCURRENCY ?? 1),
  // The first file that needs the gateway waits for its start-up (migrations + seed); the whole
  // run on a loaded 2-core machine takes minutes.
  testsFinishTimeout: 1_200_000,
  // Longer than the `until` helper's 20 s (src/shared/testing/dom.ts): on a slow machine a test
  // that waits in vain fails with what it waited for, not with mocha's bare timeout.
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs] },
    }),
  ],
  plugins: [
    // tsconfig: esbuild must see experimentalDecorators / useDefineForClassFields (Lit's legacy decorators).
    esbuildPlugin({ ts: true, tsconfig, target: 'auto' }),
    coachworkGatewayPlugin(),
    screenshotPlugin(),
    eventContractPlugin(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Coachwork widget tests</title>
    <!-- urql reads process.env.NODE_ENV; bundlers replace it, the test server does not. -->
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
