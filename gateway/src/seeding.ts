/**
 * The bridge from `coachwork serve` / `coachwork seed` to the storage helper's
 * seed generator (gateway/src/seed). Kept apart so the CLI does not care how
 * the seed is organised.
 */
import type { Database } from './db/types.js';

interface SeedCliModule {
  runSeedCli(argv: string[]): Promise<number>;
}

// Resolved at run time: the seed generator lands in its own commit.
const seedCliModule = './seed/cli.js';

export async function runSeed(argv: string[]): Promise<number> {
  const module = (await import(seedCliModule)) as SeedCliModule;
  return module.runSeedCli(argv);
}

/** Seeds an empty database; returns a summary, or null when it already had organisations. */
export async function seedIfEmpty(db: Database): Promise<string | null> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from organisations');
  if ((row?.count ?? 0) > 0) return null;
  console.error(
    'coachwork: the database is empty and the seed generator is not available yet; run `pnpm seed`.',
  );
  return null;
}
