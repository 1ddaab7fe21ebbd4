import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts', 'conformance/**/*.test.ts', 'embedding/**/*.test.ts'],
    // Each suite starts a gateway (migrating and seeding PGlite), a Vite server and Chromium.
    hookTimeout: 180_000,
    // A cold Vite transform of Lit, the client and the widgets on a busy CI machine takes a while.
    testTimeout: 180_000,
    // Suites bring up whole stacks; running them side by side only makes each slower and flakier.
    fileParallelism: false,
    pool: 'forks',
  },
});
