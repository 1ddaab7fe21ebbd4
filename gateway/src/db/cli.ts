import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../command-args.js';
import { openDatabase } from './index.js';
import { migrate } from './migrate.js';
import type { OpenDatabaseOptions } from './types.js';

/**
 * Where the embedded PGlite keeps its data when DATABASE_URL is unset:
 * <repo>/.data/pglite (gitignored), or COACHWORK_PGLITE_DIR.
 */
export function defaultPGliteDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.COACHWORK_PGLITE_DIR ?? fileURLToPath(new URL('../../../.data/pglite', import.meta.url));
}

/** Shared by `coachwork migrate` and `coachwork seed`: DATABASE_URL or --url, else PGlite on disk. */
export function databaseOptionsFromArgs(values: {
  url?: string | undefined;
  'data-dir'?: string | undefined;
}): OpenDatabaseOptions {
  const url = values.url ?? process.env.DATABASE_URL;
  if (url) return { url };
  return { engine: 'pglite', dataDir: values['data-dir'] ?? defaultPGliteDataDir() };
}

export function describeTarget(options: OpenDatabaseOptions): string {
  if (options.url) {
    const url = new URL(options.url);
    url.password = url.password ? '***' : '';
    return `PostgreSQL ${url.toString()}`;
  }
  return `PGlite ${options.dataDir ?? 'in memory'}`;
}

const MIGRATE_USAGE = `Usage: coachwork migrate [--url postgres://…] [--data-dir DIR]
Applies pending SQL migrations from gateway/migrations to DATABASE_URL (or --url),
or to the embedded PGlite in DIR (default ${defaultPGliteDataDir()}).`;

/** `coachwork migrate …`; resolves to the process exit code. */
export async function runMigrateCli(argv: string[]): Promise<number> {
  const values = parseCommandArgs(
    argv,
    { url: { type: 'string' }, 'data-dir': { type: 'string' } },
    MIGRATE_USAGE,
  );
  if (typeof values === 'number') return values;
  const options = databaseOptionsFromArgs(values);
  const db = await openDatabase({ ...options, migrate: false });
  try {
    const result = await migrate(db);
    console.log(
      `${describeTarget(options)}: applied ${result.applied.length} migration(s)` +
        (result.applied.length ? ` (${result.applied.join(', ')})` : '') +
        `, ${result.alreadyApplied.length} already applied`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.close();
  }
}
