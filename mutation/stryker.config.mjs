// @ts-check
/**
 * StrykerJS configuration for one module of mutation/modules.json, chosen by
 * CW_MUTATION_MODULE. Run through `pnpm mutation` (scripts/mutation.mjs), which
 * starts Stryker in the module's package directory, so paths here are relative
 * to that package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { modules } = JSON.parse(readFileSync(path.join(here, 'modules.json'), 'utf8'));
const name = process.env.CW_MUTATION_MODULE;
const module = modules.find((candidate) => candidate.name === name);
if (!module) throw new Error(`CW_MUTATION_MODULE must name a module of mutation/modules.json, not "${name}"`);

// pnpm keeps each package's dependencies beside it: the plugins are found from the repository root.
const require = createRequire(path.join(here, '..', 'package.json'));
const reports = path.join(here, '..', 'reports', 'mutation');

// The TypeScript checker recompiles its project once per group of mutants, and every file that
// imports a mutated one is checked again: with the whole package that took most of a run's time
// (a mutant every 20 s on a shared machine). Its project is therefore the mutated files and what
// they import, plus the module's `typecheck` globs where the mutated code needs files nothing
// imports (the gateway's modules augment the shared Loaders type in their index.ts). Written here
// before Stryker copies the package to its sandbox.
const checkerProject = 'tsconfig.mutation.json';
const checked = {
  extends: './tsconfig.json',
  include: module.typecheck ?? [],
  exclude: ['src/**/*.test.ts', 'src/tests', 'src/**/testing', 'src/**/test-*.ts'],
  files: module.mutate,
};
writeFileSync(checkerProject, `${JSON.stringify(checked, null, 2)}\n`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  plugins: [
    require.resolve('@stryker-mutator/vitest-runner'),
    require.resolve('@stryker-mutator/typescript-checker'),
  ],
  testRunner: 'vitest',
  // The package's vitest.mutation.config.ts: its own configuration, narrowed to the module's tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // `pnpm mutation:ci` reuses every result it can from the committed file and starts no checker: its
  // start-up compile (the whole gateway, for modules whose types need its Loaders) would take most of
  // CI's budget. A mutant whose code changed is then tested without it, so one the compiler would
  // have refused can only count as survived, never as killed: a run below threshold asks for `pnpm mutation`.
  // A module may go without it (`"checker": false`) where that compile is the whole gateway and costs
  // more than running the tests of the mutants it would have refused.
  checkers: process.env.CW_MUTATION_CI === '1' || module.checker === false ? [] : ['typescript'],
  tsconfigFile: checkerProject,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: module.mutate,
  coverageAnalysis: 'perTest',
  // Two cores shared by everyone: one test process at a time, two for a module that asks (`concurrency`).
  concurrency: Math.min(2, module.concurrency ?? 1),
  // A mutant that loops forever costs the whole timeout and a new test process: modules whose tests
  // take a second set a short one (the database tests' hooks need the long default).
  timeoutMS: module.timeoutMS ?? 60_000,
  timeoutFactor: 2,
  incremental: true,
  // The committed baseline (mutation/incremental/), or the copy `pnpm mutation --ci` works on.
  incrementalFile:
    process.env.CW_MUTATION_INCREMENTAL ?? path.join(here, 'incremental', `${module.name}.json`),
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: path.join(reports, `${module.name}.html`) },
  jsonReporter: { fileName: path.join(reports, `${module.name}.json`) },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: module.threshold, low: module.threshold - 10, break: null },
  // Inside the package, so that the sandbox resolves the workspace as the package does.
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
