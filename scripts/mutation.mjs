#!/usr/bin/env node
/**
 * `pnpm mutation [module ...]`: mutation testing (StrykerJS) of the modules in
 * mutation/modules.json, one after another (never two at once: the machines
 * have two cores). Prints the score per file and per module, writes HTML and
 * JSON reports to reports/mutation/, and exits 1 when a module scores below
 * its threshold. Incremental: a rerun tests only mutants whose code or tests
 * changed since the last run, whose results are committed in
 * mutation/incremental/<module>.json (commit it with the change that moved it).
 *
 * Options: --list prints the modules; --force ignores the incremental file;
 * --ci runs the modules marked `ci` (part of `pnpm test`) from a copy of their
 * committed results, so the tree is left as it was, and fails when one of them
 * has none (a full run of a module takes far longer than CI allows).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { modules } = JSON.parse(readFileSync(path.join(root, 'mutation/modules.json'), 'utf8'));
const args = process.argv.slice(2);
const force = args.includes('--force');
const ci = args.includes('--ci');
const names = args.filter((arg) => !arg.startsWith('--'));
const reports = path.join(root, 'reports/mutation');
const baselineOf = (module) => path.join(root, 'mutation/incremental', `${module.name}.json`);

if (args.includes('--list')) {
  for (const module of modules) {
    console.log(
      `${module.name.padEnd(22)} ${String(module.threshold).padStart(3)} % ${module.ci ? 'ci' : '  '}  ${module.mutate.join(', ')}`,
    );
  }
  process.exit(0);
}
const unknown = names.filter((name) => !modules.some((module) => module.name === name));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Known: ${modules.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const chosen = modules.filter((module) =>
  names.length > 0 ? names.includes(module.name) : !ci || module.ci === true,
);
if (ci) {
  const missing = chosen.filter((module) => !existsSync(baselineOf(module)));
  if (missing.length > 0) {
    console.error(
      `No committed mutation results for ${missing.map((m) => m.name).join(', ')}: ` +
        'run `pnpm mutation <module>` and commit mutation/incremental/<module>.json.',
    );
    process.exit(1);
  }
}
mkdirSync(reports, { recursive: true });

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
  const started = Date.now();
  let incremental = baselineOf(module);
  if (ci) {
    incremental = path.join(reports, `${module.name}.incremental.json`);
    copyFileSync(baselineOf(module), incremental);
  }
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
      env: {
        ...process.env,
        CW_MUTATION_MODULE: module.name,
        CW_MUTATION_TESTS: module.tests.join(','),
        CW_MUTATION_INCREMENTAL: incremental,
        CW_MUTATION_CI: ci ? '1' : '',
      },
    },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    results.push({ module, seconds, failed: `Stryker exited with ${run.status ?? run.signal}` });
    continue;
  }
  const report = JSON.parse(readFileSync(path.join(reports, `${module.name}.json`), 'utf8'));
  const perFile = Object.entries(report.files).map(([file, data]) => ({
    file,
    ...scoreOf({ [file]: data }),
  }));
  results.push({ module, seconds, total: scoreOf(report.files), perFile });
}

console.log('\nMutation scores');
let failed = false;
for (const result of results) {
  if (result.failed) {
    failed = true;
    console.log(`  FAIL ${result.module.name}: ${result.failed} (${result.seconds} s)`);
    continue;
  }
  const { total, perFile, module, seconds } = result;
  const pass = total.score >= module.threshold;
  failed ||= !pass;
  console.log(
    `  ${pass ? 'ok  ' : 'FAIL'} ${module.name}: ${total.score.toFixed(1)} % ` +
      `(${total.detected}/${total.valid}; threshold ${module.threshold} %; ${seconds} s)`,
  );
  for (const file of perFile) {
    console.log(`         ${file.file}: ${file.score.toFixed(1)} % (${file.detected}/${file.valid})`);
  }
}
console.log(`\nHTML reports: ${reports}`);
process.exit(failed ? 1 : 0);
