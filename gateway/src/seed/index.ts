import type { Database, Queryable } from '../db/types.js';
import { DEMO_PEOPLE, type DemoCast } from './demo-people.js';
import { OrganisationGenerator, type GeneratedOrganisation } from './organisation-generator.js';
import { SeededRandom } from './random.js';
import { ORGANISATION_TEMPLATES, type OrganisationTemplate } from './reference-data.js';
import { DAY_MS } from './time.js';
import { assignProgramAdmins } from './program-admins.js';
import { addUnmatchedEnrolments } from './unmatched-enrolments.js';
import { addWellbeingPulses } from './wellbeing-pulses.js';
import { restoreConstraints, suspendConstraints } from './bulk-load.js';
import { SEED_TABLES } from './table-specs.js';

export { DEMO_PEOPLE, DEMO_EMAILS, DEFAULT_DEMO_EMAIL } from './demo-people.js';

export interface SeedOptions {
  /** PRNG seed: the same seed and reference date give the same rows, ids included. */
  seed: number;
  /**
   * Managers (everyone above IC) across all organisations, split by each
   * organisation's weight. Each organisation has a minimum structure (every
   * region × function with a director and a team), so very small numbers
   * produce somewhat more managers than asked.
   */
  managers: number;
  /** 1 to 3 (Northwind Logistics, Aurora Health, Helix Bank). */
  organisations: number;
  /**
   * "Today" for the generated history: sessions before it are past, after it
   * booked. Defaults to the current UTC date, so a dev database always has
   * upcoming sessions; tests pin it.
   */
  referenceDate?: Date | string;
  /**
   * Rows a table buffers before a batch is written: default 50,000 with COPY (each statement costs
   * its own trigger and transition-table work, so fewer, larger ones are cheaper), 5,000 with INSERT
   * (every value of a batch travels as a parameter array).
   */
  batchSize?: number;
  /**
   * An organisation-wide 360 pulse: every team lead and manager rated once on every capability by
   * themselves, their manager and up to six reports (≈50 ratings per manager), the population-wide
   * baseline a heatmap of 100,000 managers is about. Off by default (the demo seed stays small).
   */
  leadershipPulse?: boolean;
  /**
   * Write the 360 ratings without foreign-key checks or triggers (BulkWriter's trusted tables).
   * Superuser only; benchmarks rebuild the analytics aggregates afterwards.
   */
  trustedBulkLoad?: boolean;
  /** How batches are written: COPY (default) or INSERT … unnest, which writes the same rows more slowly. */
  writeWith?: 'copy' | 'insert';
  /**
   * Load the generated tables without their foreign keys and non-unique indexes, then re-create
   * them, all in one transaction (see bulk-load.ts): the organisations are then written one after
   * the other instead of side by side, which a large seed more than wins back. Defaults to on from
   * BULK_LOAD_MIN_MANAGERS managers.
   */
  bulkLoad?: boolean;
  log?: (line: string) => void;
}

export interface SeedReport {
  organisations: Array<{ id: string; slug: string; name: string }>;
  /** Rows written per table, in dependency order. */
  rowsWritten: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
  /** Where the time went, in order (milliseconds); phases overlap nothing and add up to about elapsedMs. */
  phases: Array<{ phase: string; ms: number }>;
  bulkLoad: boolean;
}

/**
 * From this size a seed loads in bulk: below it, dropping and re-creating some eighty constraints
 * and indexes costs more than the per-row checks it saves.
 */
export const BULK_LOAD_MIN_MANAGERS = 5_000;

/**
 * Indexes the load reads itself, kept while it runs: the coach-rating trigger re-aggregates every
 * batch's coaches from their feedback, which without this index scans all feedback once per coach.
 */
const INDEXES_KEPT_DURING_BULK_LOAD = ['session_feedback_coach_idx'];

export const DEFAULT_SEED_OPTIONS = { seed: 42, managers: 300, organisations: 2 } as const;

function referenceDayOf(value: Date | string | undefined): number {
  const date = value === undefined ? new Date() : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid reference date: ${String(value)}`);
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Writes the seeded organisations into an empty (migrated) database as the
 * owner, one transaction per organisation so a failure leaves no half-built
 * tenant behind.
 */
export async function seed(db: Database, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  if (!Number.isInteger(options.seed)) throw new Error('seed must be an integer');
  if (!Number.isInteger(options.managers) || options.managers < 1) {
    throw new Error('managers must be a positive integer');
  }
  const organisationCount = options.organisations;
  if (
    !Number.isInteger(organisationCount) ||
    organisationCount < 1 ||
    organisationCount > ORGANISATION_TEMPLATES.length
  ) {
    throw new Error(`organisations must be between 1 and ${ORGANISATION_TEMPLATES.length}`);
  }
  const templates = ORGANISATION_TEMPLATES.slice(0, organisationCount);
  const existing = await db.query<{ slug: string }>(
    'SELECT slug FROM organisations WHERE slug = ANY($1::text[])',
    [templates.map((template) => template.slug)],
  );
  if (existing.length > 0) {
    throw new Error(
      `organisation(s) ${existing.map((row) => row.slug).join(', ')} already exist; reset the database first`,
    );
  }

  const referenceDay = referenceDayOf(options.referenceDate);
  const totalWeight = templates.reduce((sum, template) => sum + template.weight, 0);
  const rowsWritten: Record<string, number> = {};
  const organisations: SeedReport['organisations'] = [];

  const phases: SeedReport['phases'] = [];
  let phaseStarted = performance.now();
  const endPhase = (phase: string, ms = performance.now() - phaseStarted) => {
    phases.push({ phase, ms });
    phaseStarted = performance.now();
  };
  const useCopy = (options.writeWith ?? 'copy') === 'copy';
  const generate = async (tx: Queryable, template: OrganisationTemplate, index: number) => {
    const managers = Math.max(1, Math.round((options.managers * template.weight) / totalWeight));
    // One stream per organisation: the size of one does not shift the data of the next.
    const rng = new SeededRandom(options.seed * 7919 + index);
    const demo: DemoCast | undefined = (DEMO_PEOPLE as Record<string, DemoCast>)[template.slug];
    log(`Seeding ${template.name} (${managers.toLocaleString('en')} managers)…`);
    const orgStarted = performance.now();
    const result = await new OrganisationGenerator(
      tx,
      rng,
      template,
      template.slug,
      managers,
      referenceDay,
      demo,
      options.batchSize ?? (useCopy ? 50_000 : 5_000),
      log,
      {
        leadershipPulse: options.leadershipPulse ?? false,
        trustedBulkLoad: options.trustedBulkLoad ?? false,
        useCopy,
      },
    ).generate();
    log(`  ${template.slug}: done in ${((performance.now() - orgStarted) / 1000).toFixed(1)} s`);
    return result;
  };

  const bulkLoad = options.bulkLoad ?? options.managers >= BULK_LOAD_MIN_MANAGERS;
  let generated: GeneratedOrganisation[];
  if (bulkLoad) {
    // One transaction: the dropped keys and indexes come back before anyone can see the tables
    // without them, and a failure anywhere rolls back the drops with the rows.
    let committing = 0;
    generated = await db.transaction(async (tx) => {
      const suspended = await suspendConstraints(
        tx,
        db.engine,
        SEED_TABLES.map((spec) => spec.table),
        INDEXES_KEPT_DURING_BULK_LOAD,
      );
      endPhase(`drop ${suspended.foreignKeys.length} foreign keys, ${suspended.indexes.length} indexes`);
      const loaded: GeneratedOrganisation[] = [];
      for (const [index, template] of templates.entries()) loaded.push(await generate(tx, template, index));
      endPhase('generate and load rows');
      log('Re-creating indexes and foreign keys…');
      const restored = await restoreConstraints(tx, suspended);
      const slowest = restored.slowest.slice(0, 6).map(([what, ms]) => `${what} ${(ms / 1000).toFixed(1)} s`);
      log(`  slowest to re-create: ${slowest.join(', ')}`);
      endPhase('re-create indexes', restored.indexesMs);
      endPhase('re-add and validate foreign keys', restored.foreignKeysMs);
      committing = performance.now();
      return loaded;
    });
    endPhase('commit', performance.now() - committing);
  } else {
    // Organisations are independent (own PRNG stream, own transaction, disjoint
    // rows), so on PostgreSQL they are written concurrently on separate
    // connections; PGlite's single connection runs the transactions one by one.
    generated = await Promise.all(
      templates.map((template, index) => db.transaction((tx) => generate(tx, template, index))),
    );
    endPhase('generate and load rows');
  }
  for (const [index, organisation] of generated.entries()) {
    const invited = await db.transaction((tx) => addUnmatchedEnrolments(tx, organisation.id, 6));
    organisation.rowsWritten.set('enrolments', (organisation.rowsWritten.get('enrolments') ?? 0) + invited);
    // A stream of its own, so that the answers leave every row drawn before them as it was.
    const pulses = new SeededRandom(options.seed * 7919 + index + 0x5eed);
    const answered = await db.transaction((tx) =>
      addWellbeingPulses(tx, organisation.id, pulses, referenceDay, templates[index]!.burnoutFunction),
    );
    organisation.rowsWritten.set('wellbeing_pulse_answers', answered);
    if (templates[index]!.programAdminsAssigned) {
      const assigned = await db.transaction((tx) => assignProgramAdmins(tx, organisation.id));
      organisation.rowsWritten.set('program_admins', assigned);
    }
    organisations.push({ id: organisation.id, slug: organisation.slug, name: organisation.name });
    for (const [table, count] of organisation.rowsWritten) {
      rowsWritten[table] = (rowsWritten[table] ?? 0) + count;
    }
  }

  endPhase('enrolment invitations, wellbeing pulses, program admins');

  const ordered: Record<string, number> = {};
  for (const table of ['organisations', 'capabilities', ...Object.keys(rowsWritten)]) {
    if (rowsWritten[table] !== undefined) ordered[table] = rowsWritten[table];
  }
  return {
    organisations,
    rowsWritten: ordered,
    totalRows: Object.values(ordered).reduce((sum, count) => sum + count, 0),
    elapsedMs: performance.now() - started,
    phases,
    bulkLoad,
  };
}
