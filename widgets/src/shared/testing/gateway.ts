import { executeServerCommand } from '@web/test-runner-commands';

export interface TestGateway {
  /** The real gateway started by web-test-runner.config.mjs (PGlite in memory, seeded, dev mode). */
  url: string;
}

type GatewayStatus =
  { state: 'starting' } | { state: 'ready'; url: string } | { state: 'failed'; error: string };

/**
 * Which seeded gateway a test file talks to: `shared` (the default) for tests that read the seed,
 * `programs` for tests that create and publish programs for the seed's managers, so their
 * invitations and matches never reach the people the other tests sign in as.
 */
export type GatewayInstance = 'shared' | 'programs';

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

export * from './tokens.js';
