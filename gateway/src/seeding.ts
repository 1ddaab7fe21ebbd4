/**
 * The bridge from `coachwork serve` / `coachwork seed` to the seed generator
 * (gateway/src/seed), so the CLI does not care how the seed is organised.
 */
import type { Database } from './db/types.js';
import { runSeedCli } from './seed/cli.js';
import { DEFAULT_SEED_OPTIONS, seed } from './seed/index.js';

export const runSeed = runSeedCli;

/**
 * What `coachwork serve` does with the database before listening: in dev mode on the embedded
 * database it seeds an empty one, so a fresh clone needs nothing else. Production never writes data
 * it was not given (a deployment's empty database stays empty), and only says how to fill it.
 * Returns a line for the operator, or null.
 */
export async function prepareForServe(
  db: Database,
  options: { dev: boolean; embedded: boolean; seed: boolean },
): Promise<string | null> {
  if (options.dev && options.embedded && options.seed) {
    const seeded = await seedIfEmpty(db);
    return seeded ? `seeded the empty database (${seeded})` : null;
  }
  if (options.dev) return null;
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from organisations');
  return (row?.count ?? 0) === 0
    ? 'the database has no organisations yet; production mode never seeds: `coachwork seed` writes the demo ones'
    : null;
}

/** Seeds an empty database with the default demo organisations; returns a summary, or null when it had data. */
async function seedIfEmpty(db: Database): Promise<string | null> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from organisations');
  if ((row?.count ?? 0) > 0) return null;
  const report = await seed(db, { ...DEFAULT_SEED_OPTIONS, log: () => {} });
  return (
    `${report.organisations.map((org) => org.slug).join(', ')}: ` +
    `${report.totalRows.toLocaleString('en')} rows in ${(report.elapsedMs / 1000).toFixed(1)} s`
  );
}
