/**
 * Writes what developers read about the API from the schema, and records a release.
 *
 *   tsx src/api/cli.ts docs            write gateway/api/CHANGELOG.md and docs/api/ (reference, errors)
 *   tsx src/api/cli.ts docs --check    fail if any of them is out of date (src/api/api-docs.test.ts runs this)
 *   tsx src/api/cli.ts release 0.2.0   fail on a breaking change; else make the current schema the release:
 *                                      gateway/api/schema.released.graphql, and a dated CHANGELOG entry
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { generatedDocs } from './docs.js';
import { releaseChangelog } from './changelog.js';
import {
  acceptedBreakingFile,
  changelogFile,
  compareSchemas,
  currentSchema,
  formatComparison,
  readAcceptedBreaking,
  readReleased,
  releasedSchemaFile,
  releasedText,
} from './schema-contract.js';

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function docs(check: boolean): Promise<void> {
  const stale: string[] = [];
  for (const { file, text } of await generatedDocs()) {
    if (readOrNull(file) === text) continue;
    if (check) {
      stale.push(path.relative(process.cwd(), file));
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (stale.length > 0) {
    console.error(`API docs out of date (run \`pnpm api:docs\`): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else if (check) {
    console.log('API docs current');
  }
}

async function release(version: string | undefined): Promise<void> {
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error('usage: release <major.minor.patch>');
  }
  const released = readReleased();
  const current = currentSchema();
  const comparison = await compareSchemas(released.schema, current, readAcceptedBreaking());
  console.log(formatComparison(released.version, comparison));
  if (comparison.breaking.length > 0) {
    throw new Error('refusing to release a breaking change: deprecate first, remove in a later release');
  }
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(changelogFile, releaseChangelog(readOrNull(changelogFile), version, date, comparison));
  writeFileSync(releasedSchemaFile, releasedText(version, date, current));
  // The accepted breaking changes are in this release's changelog now; the next release starts clean.
  const accepted = JSON.parse(readFileSync(acceptedBreakingFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(acceptedBreakingFile, JSON.stringify({ ...accepted, accepted: [] }, null, 2) + '\n');
  await docs(false);
  console.log(`released ${version}: commit gateway/api/ and docs/api/`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'docs') await docs(rest.includes('--check'));
else if (command === 'release') await release(rest[0]);
else throw new Error('usage: tsx src/api/cli.ts docs [--check] | release <version>');
