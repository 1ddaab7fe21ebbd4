import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { graphqlCommonJsAlias } from './vitest.shared.js';

export default defineConfig({
  resolve: { alias: [graphqlCommonJsAlias] },
  test: {
    include: ['src/**/*.test.ts'],
    // Each file boots an in-memory PGlite (WebAssembly, then a migrated cluster loaded): seconds
    // on an idle machine, minutes on a loaded CI box (see STORAGE_TEST_TIMEOUT_MS).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // PGlite boots are CPU-bound: more workers than cores only makes every boot slower
    // and pushes hooks past their timeout.
    maxWorkers: Math.max(1, Math.min(4, availableParallelism())),
  },
});
