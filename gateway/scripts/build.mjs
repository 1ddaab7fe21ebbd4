/**
 * `pnpm --filter @coachwork/gateway build`: the gateway compiled to gateway/dist, runnable with plain
 * `node dist/cli.js`. tsc emits only JavaScript, so the files read at run time next to the code
 * (each module's schema.graphql) are copied beside it; the SQL migrations stay in gateway/migrations,
 * which dist/db/migrate.js finds at the same relative path as src/db/migrate.ts does.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

// A file deleted from src must not linger in dist.
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const modules = join(root, 'src', 'modules');
for (const entry of readdirSync(modules, { withFileTypes: true })) {
  const sdl = join(modules, entry.name, 'schema.graphql');
  if (entry.isDirectory() && existsSync(sdl))
    cpSync(sdl, join(dist, 'modules', entry.name, 'schema.graphql'));
}

// src/cli.ts runs under tsx in development; the compiled one needs only node.
const cli = join(dist, 'cli.js');
writeFileSync(cli, readFileSync(cli, 'utf8').replace(/^#!.*\n/, '#!/usr/bin/env node\n'));
chmodSync(cli, 0o755);
console.log(`built ${dist}`);
