import { setTokenProvider } from '@coachwork/client';
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestGateway {
  /** The real gateway started by web-test-runner.config.mjs (PGlite in memory, seeded, dev mode). */
  url: string;
}

type GatewayStatus =
  | { state: 'starting' }
  | { state: 'ready'; url: string }
  | { state: 'failed'; error: string }
  | { state: 'stopped' };

/**
 * Which seeded gateway a test file talks to: `shared` (the default) for tests that read the seed,
 * `programs` for tests that create and publish programs for the seed's managers, so their
 * invitations and matches never reach the people the other tests sign in as, `outage` for tests
 * that stop the gateway and start it again (stopGateway, restartGateway), `layout` for tests that
 * fill a person's list past what the seed gives.
 */
export type GatewayInstance = 'shared' | 'programs' | 'outage' | 'layout';

const gateways = new Map<GatewayInstance, Promise<TestGateway>>();

/** Asks the test runner to start the gateway and waits until it listens (migrations and seed take a while). */
export function startGateway(instance: GatewayInstance = 'shared'): Promise<TestGateway> {
  let gateway = gateways.get(instance);
  if (!gateway) {
    gateway = (async () => {
      for (;;) {
        const status = await executeServerCommand<GatewayStatus, { instance: GatewayInstance }>(
          'coachwork-gateway',
          { instance },
        );
        if (status.state === 'ready') return { url: status.url };
        if (status.state === 'failed') throw new Error(status.error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    gateways.set(instance, gateway);
  }
  return gateway;
}

/**
 * For a suite that talks to the real gateway: starts it before the suite's first test (migrations
 * and seed take a while) and hands its URL to `ready`, which may prepare the suite's data on it
 * (in the same time allowance), and after each test forgets the token
 * provider a test set for it, so no test runs signed in as the one before it.
 */
export function onRealGateway(ready: (url: string) => unknown, instance: GatewayInstance = 'shared'): void {
  let url: string | undefined;
  before(async function () {
    this.timeout(200_000);
    url = (await startGateway(instance)).url;
    await ready(url);
  });
  afterEach(() => {
    if (url) setTokenProvider(url, undefined);
  });
}

/** Stops the gateway process: from the page's side, nothing listens at its address any more. */
export async function stopGateway(instance: GatewayInstance): Promise<void> {
  await executeServerCommand<GatewayStatus, { instance: GatewayInstance; action: 'stop' }>(
    'coachwork-gateway',
    { instance, action: 'stop' },
  );
  gateways.delete(instance);
}

/**
 * Starts a stopped gateway again at the same address, as a new process with a database seeded
 * anew, and resolves when it answers.
 */
export async function restartGateway(instance: GatewayInstance): Promise<TestGateway> {
  await executeServerCommand<GatewayStatus, { instance: GatewayInstance; action: 'start' }>(
    'coachwork-gateway',
    { instance, action: 'start' },
  );
  return startGateway(instance);
}

export * from './tokens.js';
