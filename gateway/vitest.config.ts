import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // PGlite boots a WASM PostgreSQL per file and migrations run per database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases; a few in parallel keeps memory in check.
    maxWorkers: 4,
  },
});
