/**
 * The vitest configuration Stryker runs (`pnpm mutation`): this package's own, narrowed to the
 * test files that guard the module being mutated (CW_MUTATION_TESTS, comma separated, set by
 * scripts/mutation.mjs from mutation/modules.json), so each mutant runs only the tests that can kill it.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const tests = (process.env.CW_MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (tests.length === 0) throw new Error('CW_MUTATION_TESTS names no test file');

// Replaced, not merged: vitest's mergeConfig would add these to the package's own include.
export default defineConfig({ ...base, test: { ...base.test, include: tests } });
