// Where the browser tests find Chromium and how they start it, for every runner (widgets' wtr,
// test/'s playwright, packages/react's vitest browser mode): Debian's package, never a download
// (scripts/ensure-chromium.mjs installs it).

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Each runner adds its own headless switch. These keep Chromium from phoning home: on a machine
 * with no way out, its background connections would otherwise fail, many at a time.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
