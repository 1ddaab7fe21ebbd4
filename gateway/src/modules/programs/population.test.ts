/**
 * The population statement against an oracle: for rule sets covering every rule (org units with
 * and without their subtree, job levels, days in role both ways, managing managers and not, time
 * zones, languages, explicit includes and excludes, excluded units), the count, the overlap with
 * other programs, the sample and the ids for publishing are what the rules mean, worked out here in
 * TypeScript from every row of the seeded organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { populationIds, previewPopulation, TAKING_PART } from './population.js';
import type { PopulationRulesRow } from './sql.js';

interface PersonRow {
  id: string;
  active: boolean;
  org_unit_id: string | null;
  job_level: string;
  in_role_since: string;
  manager_id: string | null;
  time_zone: string;
  locale: string;
}

interface World {
  orgId: string;
  today: string;
  people: PersonRow[];
  paths: Map<string, string[]>;
  /** Person → programs (ACTIVE or PAUSED) they take part in. */
  takingPart: Map<string, string[]>;
}

const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** What the rules select, by their definition (population.ts), from every row. */
function oracle(world: World, rules: PopulationRulesRow): Set<string> {
  const hasReports = new Set(world.people.map((p) => p.manager_id).filter((id): id is string => !!id));
  const managesManagers = new Set(
    world.people.filter((p) => p.manager_id && hasReports.has(p.id)).map((p) => p.manager_id!),
  );
  const inUnits = (unitId: string | null, units: PopulationRulesRow['orgUnits']) =>
    unitId !== null &&
    (units ?? []).some((unit) =>
      unit.subtree ? world.paths.get(unitId)!.includes(unit.id) : unit.id === unitId,
    );
  const matches = (p: PersonRow) =>
    (!rules.orgUnits?.length || inUnits(p.org_unit_id, rules.orgUnits)) &&
    (!rules.jobLevels?.length || rules.jobLevels.includes(p.job_level)) &&
    (rules.minDaysInRole === undefined || p.in_role_since <= daysBefore(world.today, rules.minDaysInRole)) &&
    (rules.maxDaysInRole === undefined || p.in_role_since >= daysBefore(world.today, rules.maxDaysInRole)) &&
    (rules.managesManagers === undefined || managesManagers.has(p.id) === rules.managesManagers) &&
    (!rules.timeZones?.length || rules.timeZones.includes(p.time_zone)) &&
    (!rules.locales?.length || rules.locales.includes(p.locale.toLowerCase().split('-')[0]!));
  return new Set(
    world.people
      .filter((p) => p.active && (matches(p) || (rules.include ?? []).includes(p.id)))
      .filter((p) => !(rules.exclude ?? []).includes(p.id))
      .filter((p) => !inUnits(p.org_unit_id, rules.excludedOrgUnits))
      .map((p) => p.id),
  );
}

const orgToday = async (db: Database, orgId: string): Promise<string> =>
  (
    await db.query<{ today: string }>(
      `select (now() at time zone time_zone)::date::text as today from organisations where id = $1`,
      [orgId],
    )
  )[0]!.today;

describe.each(testEngines())('the population statement on %s', (engine) => {
  let db: Database;
  let world: World;
  let cases: Array<[string, PopulationRulesRow]>;
  let ownProgramId: string;

  beforeAll(async () => {
    db = await openSeededTestDatabase(engine);
    const [org] = await db.query<{ id: string; today: string }>(
      `select id, (now() at time zone time_zone)::date::text as today from organisations order by slug limit 1`,
    );
    const orgId = org!.id;
    // One person deactivated: in no population, even when included by name.
    const [leaver] = await db.query<{ id: string }>(
      `update people set active = false, deactivated_at = now()
       where id = (select id from people where org_id = $1 and job_level = 'MANAGER' order by id limit 1)
       returning id`,
      [orgId],
    );
    const people = await db.query<PersonRow>(
      `select id, active, org_unit_id, job_level, in_role_since::text, manager_id, time_zone, locale
       from people where org_id = $1`,
      [orgId],
    );
    const units = await db.query<{ id: string; path: string[]; kind: string }>(
      `select id, path, kind from org_units where org_id = $1 order by name, id`,
      [orgId],
    );
    const enrolled = await db.query<{ person_id: string; program_id: string }>(
      `select e.person_id, e.program_id from enrolments e join programs g on g.id = e.program_id
       where e.org_id = $1 and e.status = any($2::text[]) and g.status in ('ACTIVE', 'PAUSED')`,
      [orgId, [...TAKING_PART]],
    );
    const takingPart = new Map<string, string[]>();
    for (const row of enrolled)
      takingPart.set(row.person_id, [...(takingPart.get(row.person_id) ?? []), row.program_id]);
    world = {
      orgId,
      today: org!.today,
      people,
      paths: new Map(units.map((u) => [u.id, u.path])),
      takingPart,
    };
    ownProgramId = enrolled[0]!.program_id;

    const regions = units.filter((u) => u.kind === 'REGION');
    const teams = units.filter((u) => u.kind === 'TEAM');
    const firstOf = (level: string) => people.find((p) => p.active && p.job_level === level)!.id;
    const zone = people.find((p) => p.active)!.time_zone;
    cases = [
      ['no rules: everyone active', {}],
      ['a region and its subtree', { orgUnits: [{ id: regions[0]!.id, subtree: true }] }],
      ['a team without its subtree', { orgUnits: [{ id: teams[0]!.id, subtree: false }] }],
      [
        'the bench’s shape: two regions, two job levels, at most 400 days in role',
        {
          orgUnits: regions.slice(0, 2).map((r) => ({ id: r.id, subtree: true })),
          jobLevels: ['MANAGER', 'SENIOR_MANAGER'],
          maxDaysInRole: 400,
        },
      ],
      ['at least a year in role', { minDaysInRole: 365 }],
      ['between 90 and 700 days in role', { minDaysInRole: 90, maxDaysInRole: 700 }],
      ['managers of managers', { managesManagers: true }],
      [
        'managers of managers among three job levels',
        { jobLevels: ['MANAGER', 'SENIOR_MANAGER', 'DIRECTOR'], managesManagers: true },
      ],
      ['managers who do not manage managers', { jobLevels: ['MANAGER', 'DIRECTOR'], managesManagers: false }],
      ['one time zone', { timeZones: [zone] }],
      ['two languages', { locales: ['de', 'fr'] }],
      [
        'includes and excludes by name, the leaver included',
        {
          orgUnits: [{ id: regions[0]!.id, subtree: true }],
          include: [firstOf('EXECUTIVE'), firstOf('IC'), leaver!.id],
          exclude: [
            people.find((p) => p.active && world.paths.get(p.org_unit_id ?? '')?.includes(regions[0]!.id))!
              .id,
          ],
        },
      ],
      [
        'an excluded subtree and an excluded team',
        {
          jobLevels: ['MANAGER', 'IC'],
          excludedOrgUnits: [
            { id: regions[1]!.id, subtree: true },
            { id: teams[0]!.id, subtree: false },
          ],
        },
      ],
      [
        'a region, managers of managers, a team excluded, someone excluded and someone included',
        {
          orgUnits: [{ id: regions[0]!.id, subtree: true }],
          managesManagers: true,
          excludedOrgUnits: [{ id: teams[1]!.id, subtree: false }],
          include: [firstOf('IC')],
          exclude: [firstOf('DIRECTOR')],
        },
      ],
    ];
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await db?.close();
  });

  it(
    'selects, counts, overlaps and samples exactly what the rules mean',
    async () => {
      for (const [name, rules] of cases) {
        // The organisation's day may turn during a case: then it is run again on the new day.
        for (;;) {
          world.today = await orgToday(db, world.orgId);
          const previews = await Promise.all(
            [null, ownProgramId].map((programId) =>
              db.withTenant(world.orgId, (tx) =>
                previewPopulation(tx, world.orgId, rules, { programId, sampleSize: 7 }),
              ),
            ),
          );
          const ids = await db.withTenant(world.orgId, (tx) => populationIds(tx, world.orgId, rules));
          if ((await orgToday(db, world.orgId)) !== world.today) continue;

          const expected = oracle(world, rules);
          expect(new Set(ids), name).toEqual(expected);
          expect(ids.length, name).toBe(expected.size);
          // The sample: the first by name (then id) in the database's own collation.
          const sample = await db.query<{ id: string }>(
            `select id from people where id = any($1::uuid[]) order by name, id limit 7`,
            [[...expected]],
          );
          for (const [index, programId] of [null, ownProgramId].entries()) {
            const overlapping = new Map<string, number>();
            let overlapCount = 0;
            for (const id of expected) {
              const programs = (world.takingPart.get(id) ?? []).filter((p) => p !== programId);
              if (programs.length > 0) overlapCount += 1;
              for (const program of programs) overlapping.set(program, (overlapping.get(program) ?? 0) + 1);
            }
            const overlaps = [...overlapping]
              .map(([id, count]) => ({ programId: id, count }))
              .sort((a, b) => b.count - a.count || (a.programId < b.programId ? -1 : 1))
              .slice(0, 20);
            const figures = previews[index]!;
            expect(
              { count: figures.count, overlapCount: figures.overlapCount, overlaps: figures.overlaps },
              `${name}, other than ${programId ?? 'none'}`,
            ).toEqual({ count: expected.size, overlapCount, overlaps });
            expect(figures.samplePersonIds, name).toEqual(sample.map((row) => row.id));
          }
          break;
        }
      }
      // The cases are not vacuous: most select someone, and some leave people out.
      const sizes = cases.map(([, rules]) => oracle(world, rules).size);
      expect(sizes.filter((size) => size > 0).length).toBeGreaterThanOrEqual(cases.length - 1);
      expect(new Set(sizes).size).toBeGreaterThan(cases.length / 2);
    },
    STORAGE_TEST_TIMEOUT_MS,
  );
});
