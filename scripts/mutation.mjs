#!/usr/bin/env node
/**
 * `pnpm mutation [module ...]`: mutation testing (StrykerJS) of the modules in
 * mutation/modules.json, one after another (never two at once: the machines
 * have two cores). Prints the score per file and per module, writes HTML and
 * JSON reports to reports/mutation/, and exits 1 when a module scores below
 * its threshold. Incremental: a rerun tests only mutants whose code or tests
 * changed since the last run (reports/mutation/<module>.incremental.json).
 *
 * Options: --list prints the modules; --force ignores the incremental file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { modules } = JSON.parse(readFileSync(path.join(root, 'mutation/modules.json'), 'utf8'));
const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((arg) => !arg.startsWith('--'));

if (args.includes('--list')) {
  for (const module of modules) {
    console.log(
      `${module.name.padEnd(22)} ${String(module.threshold).padStart(3)} %  ${module.mutate.join(', ')}`,
    );
  }
  process.exit(0);
}
const unknown = names.filter((name) => !modules.some((module) => module.name === name));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Known: ${modules.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const chosen = names.length > 0 ? modules.filter((module) => names.includes(module.name)) : modules;

/** Stryker's score: killed and timed out over every valid mutant (no coverage counts as survived). */
function scoreOf(files) {
  let detected = 0;
  let valid = 0;
  for (const file of Object.values(files)) {
    for (const mutant of file.mutants) {
      if (
        mutant.status === 'CompileError' ||
        mutant.status === 'RuntimeError' ||
        mutant.status === 'Ignored'
      ) {
        continue;
      }
      valid += 1;
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') detected += 1;
    }
  }
  return { detected, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const results = [];
for (const module of chosen) {
  console.log(`\n== ${module.name}: ${module.mutate.join(', ')}`);
  const cwd = path.join(root, module.package);
  const run = spawnSync(
    'nice',
    [
      path.join(root, 'node_modules/.bin/stryker'),
      'run',
      path.join(root, 'mutation/stryker.config.mjs'),
      ...(force ? ['--force'] : []),
    ],
    {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, CW_MUTATION_MODULE: module.name, CW_MUTATION_TESTS: module.tests.join(',') },
    },
  );
  if (run.status !== 0) {
    results.push({ module, failed: `Stryker exited with ${run.status ?? run.signal}` });
    continue;
  }
  const report = JSON.parse(readFileSync(path.join(root, 'reports/mutation', `${module.name}.json`), 'utf8'));
  const perFile = Object.entries(report.files).map(([file, data]) => ({
    file,
    ...scoreOf({ [file]: data }),
  }));
  results.push({ module, total: scoreOf(report.files), perFile });
}

console.log('\nMutation scores');
let failed = false;
for (const result of results) {
  if (result.failed) {
    failed = true;
    console.log(`  ${result.module.name}: ${result.failed}`);
    continue;
  }
  const { total, perFile, module } = result;
  const pass = total.score >= module.threshold;
  failed ||= !pass;
  console.log(
    `  ${pass ? 'ok  ' : 'FAIL'} ${module.name}: ${total.score.toFixed(1)} % ` +
      `(${total.detected}/${total.valid}; threshold ${module.threshold} %)`,
  );
  for (const file of perFile) {
    console.log(`         ${file.file}: ${file.score.toFixed(1)} % (${file.detected}/${file.valid})`);
  }
}
console.log(`\nHTML reports: ${path.join(root, 'reports/mutation')}`);
process.exit(failed ? 1 : 0);
