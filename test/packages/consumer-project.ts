/**
 * Packs the published packages as a registry would get them and installs the tarballs into a
 * scratch project outside the workspace (under the OS temp directory), which has no way to reach
 * the repository's sources: what it builds, type-checks and serves comes from the tarballs alone.
 *
 * The scratch project holds the hosts in hosts/ (a plain TypeScript app, a React app rendered on
 * the server and hydrated in the browser, and two static pages: a script tag and an import map).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const hostsDir = fileURLToPath(new URL('./hosts/', import.meta.url));

/** The packages a host installs, by folder. */
export const publishedPackages = [
  { name: '@coachwork/schema', dir: 'packages/schema' },
  { name: '@coachwork/client', dir: 'packages/client' },
  { name: '@coachwork/widgets', dir: 'widgets' },
  { name: '@coachwork/react', dir: 'packages/react' },
] as const;
export type PublishedPackage = (typeof publishedPackages)[number]['name'];

/** The third-party packages the hosts use, at the versions the workspace has (so the store has them). */
const hostDependencies = {
  react: '^19.3.1',
  'react-dom': '^19.3.1',
};
const hostDevDependencies = {
  '@types/react': '^19.3.0',
  '@types/react-dom': '^19.3.0',
  typescript: '~5.9.3',
  vite: '^7.3.8',
};

/** pnpm as the test was started with (pnpm sets npm_execpath for scripts), else from PATH. */
function pnpm(args: readonly string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  const execPath = process.env['npm_execpath'];
  const usePnpmScript = execPath !== undefined && /pnpm/.test(path.basename(execPath));
  const [command, prefix] = usePnpmScript ? [process.execPath, [execPath]] : ['pnpm', []];
  return run(command, [...prefix, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
}

export interface Tarball {
  readonly name: PublishedPackage;
  /** The package's folder in the repository. */
  readonly dir: string;
  readonly file: string;
  /** Bytes of the .tgz. */
  readonly size: number;
  /** Unpacked bytes. */
  readonly unpackedSize: number;
  /** Paths inside the package. */
  readonly files: readonly string[];
}

interface PnpmPackJson {
  name: string;
  filename: string;
  files: { path: string }[];
}

/**
 * `pnpm pack` each package (its prepack script builds it first) into `destination`. pnpm writes
 * the published manifest: `publishConfig.exports` in place of the in-repo `exports`, and
 * `workspace:` ranges as version ranges.
 */
export async function packPackages(destination: string): Promise<Tarball[]> {
  await mkdir(destination, { recursive: true });
  // Side by side: each build is its own (the packages build from their own sources).
  return Promise.all(
    publishedPackages.map(async ({ name, dir }): Promise<Tarball> => {
      const { stdout } = await pnpm(
        ['pack', '--pack-destination', destination, '--json'],
        path.join(repoRoot, dir),
      );
      // prepack's output comes first; the JSON report is the last top-level object.
      const report = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1)) as PnpmPackJson;
      if (report.name !== name) throw new Error(`packed ${report.name}, expected ${name}`);
      const file = path.resolve(destination, path.basename(report.filename));
      const size = (await readFile(file)).length;
      const { stdout: listing } = await run('tar', ['-tvzf', file]);
      const unpackedSize = listing
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[2] ?? 0), 0);
      return { name, dir, file, size, unpackedSize, files: report.files.map((f) => f.path).sort() };
    }),
  );
}

export interface ConsumerProject {
  readonly dir: string;
  /** Runs a binary of the project's own node_modules/.bin. */
  exec(bin: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/**
 * A fresh project under the OS temp directory with the hosts and the tarballs installed. The
 * packages' dependencies on each other point at the tarballs too (pnpm overrides): they are not
 * on a registry until released. The rest comes from the pnpm store when it has it.
 */
export async function createConsumerProject(tarballs: readonly Tarball[]): Promise<ConsumerProject> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coachwork-consumer-'));
  await cp(hostsDir, dir, { recursive: true });
  const local = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.file}`]));
  const manifest = {
    name: 'coachwork-consumer',
    private: true,
    type: 'module',
    dependencies: { ...local, ...hostDependencies },
    devDependencies: hostDevDependencies,
    pnpm: { overrides: local, onlyBuiltDependencies: ['esbuild'] },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await pnpm(['install', '--prefer-offline', '--ignore-workspace', '--config.lockfile=false'], dir);
  return {
    dir,
    exec: (bin, args) =>
      run(path.join(dir, 'node_modules', '.bin', bin), [...args], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
