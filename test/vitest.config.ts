import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for the
// gateway and for graphql-jit's require(); Vite would resolve the gateway's `import 'graphql'` to
// the ESM one, and two graphql realms fail its instanceof checks ("from another module or realm").
const graphqlCommonJs = createRequire(new URL('../gateway/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
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
