/**
 * `pnpm bench`: runs every benchmark file, one after another, each in its own process so one
 * benchmark's servers, caches and JIT state never colour the next one's figures.
 *
 * A benchmark file is a script named `*.bench.ts` under test/bench/ or gateway/bench/. It bounds its
 * own work (count and time), prints its figures and a ratio against a baseline it measured in the same
 * run, and exits non-zero when it could not measure. Arguments filter by path substring:
 * `pnpm bench -- throughput`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchFolders = ['test/bench', 'gateway/bench'];
/** A runaway benchmark must not hang `pnpm bench`; BENCH_FILE_TIMEOUT_MS raises it for big seeds. */
const fileTimeoutMs = Number(process.env.BENCH_FILE_TIMEOUT_MS ?? 10 * 60_000);
const tsxCli = fileURLToPath(import.meta.resolve('tsx/cli'));

function findBenchFiles(folder: string): string[] {
  const absolute = join(repoRoot, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.bench.ts') && !name.split(/[\\/]/).includes('node_modules'))
    .sort()
    .map((name) => join(absolute, name));
}

interface Outcome {
  file: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

function runFile(file: string): Promise<Outcome> {
  // The file's own package folder, so its imports resolve against that package's dependencies.
  const cwd = join(repoRoot, relative(repoRoot, file).split(/[\\/]/)[0] ?? '.');
  const began = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, file], { cwd, stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGKILL'), fileTimeoutMs);
    const finish = (ok: boolean, detail: string) => {
      clearTimeout(timer);
      resolve({ file: relative(repoRoot, file), ok, seconds: (performance.now() - began) / 1000, detail });
    };
    child.on('error', (error) => finish(false, error.message));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') finish(false, `killed after ${fileTimeoutMs / 1000} s`);
      else finish(code === 0, code === 0 ? 'ok' : `exit ${code ?? signal}`);
    });
  });
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((arg) => arg !== '--');
  const files = benchFolders
    .flatMap(findBenchFiles)
    .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)));
  if (files.length === 0) {
    console.error(`No benchmark files (*.bench.ts) under ${benchFolders.join(', ')} match.`);
    return 1;
  }
  const outcomes: Outcome[] = [];
  for (const file of files) {
    console.log(`\n=== ${relative(repoRoot, file)} ===`);
    outcomes.push(await runFile(file));
  }
  console.log('\n=== summary ===');
  for (const o of outcomes)
    console.log(`${o.ok ? 'ok  ' : 'FAIL'}  ${o.file}  (${o.seconds.toFixed(1)} s, ${o.detail})`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

process.exitCode = await main();
