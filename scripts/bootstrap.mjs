#!/usr/bin/env node
// Lets a fresh machine with only Node and npm run `npm start` / `npm test`:
// gets pnpm at the version pinned in package.json, installs the workspace,
// then runs the given root script with pnpm (`node scripts/bootstrap.mjs run <script>`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
}
function pnpmVersion() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

let pnpm = ['pnpm'];
if (pnpmVersion() !== pinned) {
  console.log(`Installing pnpm ${pinned} (pinned in package.json)…`);
  const global = run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${pinned}`]);
  // Without rights to the global prefix, fall back to running the pinned pnpm through npx.
  if (global.status !== 0 || pnpmVersion() !== pinned) pnpm = ['npx', '--yes', `pnpm@${pinned}`];
}

const install = run(pnpm[0], [...pnpm.slice(1), 'install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
if (install.status !== 0) process.exit(install.status ?? 1);

const [verb, script, ...rest] = process.argv.slice(2);
if (verb === 'run' && script) {
  const result = run(pnpm[0], [...pnpm.slice(1), 'run', script, ...rest]);
  process.exit(result.status ?? 1);
}
