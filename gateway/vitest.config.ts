import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file boots an in-memory PGlite (WebAssembly + initdb + migrations): seconds
    // on an idle machine, minutes on a loaded CI box (see STORAGE_TEST_TIMEOUT_MS).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Each file opens its own databases; a few in parallel keeps memory in check.
    maxWorkers: 4,
  },
});
