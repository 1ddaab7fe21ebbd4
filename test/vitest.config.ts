import { defineConfig } from 'vitest/config';
import { graphqlCommonJsAlias } from '../gateway/vitest.shared.js';

export default defineConfig({
  resolve: { alias: [graphqlCommonJsAlias] },
  test: {
    include: ['e2e/**/*.test.ts', 'conformance/**/*.test.ts', 'embedding/**/*.test.ts', 'packages/*.test.ts'],
    // Each suite starts a gateway (migrating and seeding PGlite), a Vite server and Chromium.
    hookTimeout: 180_000,
    // A cold Vite transform of Lit, the client and the widgets on a busy CI machine takes a while.
    testTimeout: 180_000,
    // expect.poll gives up after 1 s by default: too soon for a page on a busy 2-core machine.
    expect: { poll: { timeout: 20_000 } },
    // Suites bring up whole stacks; running them side by side only makes each slower and flakier.
    fileParallelism: false,
    pool: 'forks',
  },
});
