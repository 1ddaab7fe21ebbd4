import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * The wrappers are tested where they run: React rendering real Coachwork elements in Chromium
 * (vitest browser mode). Debian's Chromium, never a downloaded browser (scripts/ensure-chromium.mjs).
 */

export default defineConfig({
  // React reads process.env.NODE_ENV; Vite replaces it in a build but not for browser tests.
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  resolve: {
    // `@coachwork/widgets/<widget>.js` resolves to the widget's TypeScript source in the workspace.
    conditions: ['development'],
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Starts the real gateway (widgets/scripts/test-gateway.ts) once and hands its URL to the tests.
    globalSetup: ['./test/gateway.global-setup.ts'],
    // Vite's first on-demand transform of React, Lit and a widget on a loaded 2-core machine.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: [...chromiumArgs],
        },
      }),
      instances: [{ browser: 'chromium' }],
      // The failing assertion says enough; a PNG per failure would litter the package folder.
      screenshotFailures: false,
      // One page: background tabs throttle animation frames (see widgets/web-test-runner.config.mjs).
      fileParallelism: false,
    },
  },
});
