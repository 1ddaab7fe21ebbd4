#!/usr/bin/env node
// Browser tests run in Debian's Chromium; nothing downloads a browser at install time.
// This makes `pnpm test` work on a fresh Debian machine (as root, e.g. CI) and tells
// everyone else exactly what to install instead of failing deep inside a test runner.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath as chromium } from './chromium.mjs';

if (existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${chromium}; installing Debian's chromium package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
  }
  if (result.status === 0 && existsSync(chromium)) process.exit(0);
}
console.error(
  `Browser tests need Chromium at ${chromium}.\n` +
    `Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)`,
);
process.exit(1);
