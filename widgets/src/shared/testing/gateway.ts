import { executeServerCommand } from '@web/test-runner-commands';

export interface TestGateway {
  /** The real gateway started by web-test-runner.config.mjs (PGlite in memory, seeded, dev mode). */
  url: string;
}

type GatewayStatus =
  { state: 'starting' } | { state: 'ready'; url: string } | { state: 'failed'; error: string };

let gateway: Promise<TestGateway> | undefined;

/** Asks the test runner to start the gateway and waits until it listens (migrations and seed take a while). */
export function startGateway(): Promise<TestGateway> {
  gateway ??= (async () => {
    for (;;) {
      const status = await executeServerCommand<GatewayStatus, undefined>('coachwork-gateway');
      if (status.state === 'ready') return { url: status.url };
      if (status.state === 'failed') throw new Error(status.error);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return gateway;
}

export * from './tokens.js';
