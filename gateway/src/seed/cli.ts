import { parseCommandArgs } from '../command-args.js';
import { databaseOptionsFromArgs, defaultPGliteDataDir, describeTarget } from '../db/cli.js';
import { openDatabase, resetDatabase } from '../db/index.js';
import { DEFAULT_SEED_OPTIONS, seed, type SeedReport } from './index.js';

const USAGE = `Usage: coachwork seed [--seed N] [--managers N] [--orgs N] [--reset]
                      [--reference-date YYYY-MM-DD] [--url postgres://…] [--data-dir DIR]
Builds deterministic demo organisations (default: seed ${DEFAULT_SEED_OPTIONS.seed}, ${DEFAULT_SEED_OPTIONS.managers} managers, ${DEFAULT_SEED_OPTIONS.organisations} organisations)
in DATABASE_URL (or --url), else in the embedded PGlite at DIR (default ${defaultPGliteDataDir()}).
Refuses to touch a database that already has organisations unless --reset is given,
which drops every table and re-applies the migrations first.`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number`);
  return parsed;
}

export function formatSeedReport(report: SeedReport): string {
  const width = Math.max(...Object.keys(report.rowsWritten).map((table) => table.length));
  const seconds = report.elapsedMs / 1000;
  const lines = Object.entries(report.rowsWritten).map(
    ([table, count]) => `  ${table.padEnd(width)}  ${count.toLocaleString('en').padStart(12)}`,
  );
  lines.push(`  ${'total'.padEnd(width)}  ${report.totalRows.toLocaleString('en').padStart(12)}`);
  lines.push(report.bulkLoad ? 'Phases (bulk load):' : 'Phases:');
  const phaseWidth = Math.max(...report.phases.map(({ phase }) => phase.length));
  for (const { phase, ms } of report.phases) {
    lines.push(`  ${phase.padEnd(phaseWidth)}  ${(ms / 1000).toFixed(1).padStart(7)} s`);
  }
  lines.push(
    `Seeded ${report.organisations.map((org) => org.slug).join(', ')} in ${seconds.toFixed(1)} s ` +
      `(${Math.round(report.totalRows / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s).`,
  );
  return lines.join('\n');
}

/** `coachwork seed …`; resolves to the process exit code. */
export async function runSeedCli(argv: string[]): Promise<number> {
  const values = parseCommandArgs(
    argv,
    {
      seed: { type: 'string' },
      managers: { type: 'string' },
      orgs: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'reference-date': { type: 'string' },
      url: { type: 'string' },
      'data-dir': { type: 'string' },
    },
    USAGE,
  );
  if (typeof values === 'number') return values;

  let seedNumber: number;
  let managers: number;
  let organisations: number;
  try {
    seedNumber = positiveInteger('seed', values.seed, DEFAULT_SEED_OPTIONS.seed);
    managers = positiveInteger('managers', values.managers, DEFAULT_SEED_OPTIONS.managers);
    organisations = positiveInteger('orgs', values.orgs, DEFAULT_SEED_OPTIONS.organisations);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }

  const target = databaseOptionsFromArgs(values);
  const db = await openDatabase(target);
  try {
    const [existing] = await db.query<{ count: number }>('SELECT count(*) AS count FROM organisations');
    if ((existing?.count ?? 0) > 0) {
      if (!values.reset) {
        console.error(
          `${describeTarget(target)} already holds ${existing?.count} organisation(s); ` +
            'pass --reset to drop all data and seed again.',
        );
        return 1;
      }
      console.log(`Resetting ${describeTarget(target)} (dropping all tables, re-applying migrations)…`);
      await resetDatabase(db);
    }
    console.log(`Seeding ${describeTarget(target)} with seed ${seedNumber}…`);
    const report = await seed(db, {
      seed: seedNumber,
      managers,
      organisations,
      referenceDate: values['reference-date'],
    });
    console.log(formatSeedReport(report));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  } finally {
    await db.close();
  }
}
