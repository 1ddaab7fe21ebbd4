import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every dependency (graphql-tools, Apollo, graphql-jit);
    // Vite would give our own sources its ESM build, a second copy whose classes fail the first's
    // instanceof checks ("Cannot use GraphQLSchema from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Each file boots an in-memory PGlite (WebAssembly + initdb + migrations): seconds
    // on an idle machine, minutes on a loaded CI box (see STORAGE_TEST_TIMEOUT_MS).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // PGlite boots are CPU-bound: more workers than cores only makes every boot slower
    // and pushes hooks past their timeout.
    maxWorkers: Math.max(1, Math.min(4, availableParallelism())),
  },
});
