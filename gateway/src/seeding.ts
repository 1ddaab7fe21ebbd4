/**
 * The bridge from `coachwork serve` / `coachwork seed` to the seed generator
 * (gateway/src/seed), so the CLI does not care how the seed is organised.
 */
import type { Database } from './db/types.js';
import { runSeedCli } from './seed/cli.js';
import { DEFAULT_SEED_OPTIONS, seed } from './seed/index.js';

export const runSeed = runSeedCli;

/** Seeds an empty database with the default demo organisations; returns a summary, or null when it had data. */
export async function seedIfEmpty(db: Database): Promise<string | null> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from organisations');
  if ((row?.count ?? 0) > 0) return null;
  const report = await seed(db, { ...DEFAULT_SEED_OPTIONS, log: () => {} });
  return (
    `${report.organisations.map((org) => org.slug).join(', ')}: ` +
    `${report.totalRows.toLocaleString('en')} rows in ${(report.elapsedMs / 1000).toFixed(1)} s`
  );
}
