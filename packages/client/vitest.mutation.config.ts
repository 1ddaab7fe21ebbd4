/**
 * The vitest configuration Stryker runs (`pnpm mutation`): the test files that guard the module
 * being mutated (CW_MUTATION_TESTS, comma separated, set by scripts/mutation.mjs from
 * mutation/modules.json), so each mutant runs only the tests that can kill it.
 */
import { defineConfig } from 'vitest/config';

const tests = (process.env.CW_MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (tests.length === 0) throw new Error('CW_MUTATION_TESTS names no test file');

export default defineConfig({ test: { include: tests } });
