import type { TestProject } from 'vitest/node';
import { startTestGatewayProcess } from '../../../widgets/scripts/test-gateway-process.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real gateway the tests talk to (PGlite in memory, seeded, dev mode). */
    gatewayUrl: string;
  }
}

/** Starts the gateway the widget tests use (same seed, so the same people), once per run. */
export default async function startGateway(project: TestProject): Promise<() => Promise<void>> {
  const gateway = startTestGatewayProcess();
  project.provide('gatewayUrl', await gateway.ready);
  return () => gateway.stop();
}
