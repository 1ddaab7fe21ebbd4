/**
 * The heatmap's assembly without a database (heatmap.test.ts covers it over the SQL): who may see
 * which scope, input checks, columns, rows in tree order, cells and their re-check, filtered views
 * against their bases and the decision cache. The reads come from an in-memory organisation that
 * answers as the SQL of sql.ts does.
 *
 *   ORGANISATION
 *   ├── North            (depth 0)
 *   │   ├── Engineering  (depth 1)
 *   │   └── Operations   (depth 1)
 *   │       └── Expansion (depth 2)
 *   └── South            (depth 0)
 */
import { describe, expect, it } from 'vitest';
import { LocalisedGraphQLError } from '../../errors.js';
import type { HeatmapMetric, Role } from '../../generated/resolvers.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import {
  basesOf,
  familyTree,
  heatmapFrom,
  PARTICIPATION_TARGET,
  wholeTree,
  type HeatmapRequest,
  type HeatmapResult,
  type HeatmapViewer,
} from './heatmap.js';
import { heatmapRequest, treeUnit, unitReads } from './heatmap.testing.js';
import { ORGANISATION } from './privacy.js';
import {
  ALL_PERIODS,
  ALL_PROGRAMS,
  filterKeyString,
  type AggregateIndex,
  type AnalyticsSettings,
  type FilterKey,
  type HeatmapSource,
  type TreeUnit,
} from './sql.js';
import type { Sums } from './stats.js';

const NORTH = treeUnit('north', 'North', ['north'], true);
const ENG = treeUnit('eng', 'Engineering', ['north', 'eng'], false);
const OPS = treeUnit('ops', 'Operations', ['north', 'ops'], true);
const EXP = treeUnit('exp', 'Expansion', ['north', 'ops', 'exp'], false);
const SOUTH = treeUnit('south', 'South', ['south'], false);
const UNITS = [SOUTH, OPS, NORTH, EXP, ENG];

const capability = (code: string): CapabilityRow => ({
  __typename: 'Capability',
  id: `cap-${code}`,
  orgId: 'org',
  code,
  names: { en: code },
  descriptions: {},
});

const ALL: FilterKey = { program: ALL_PROGRAMS, period: ALL_PERIODS };
const P = 'program-p';
const Q1 = '2026-Q1';

/** Sums of n people with mean `mean` (s2 chosen so the variance is 1). */
const sums = (n: number, mean: number, extra: Partial<Sums> = {}): Sums => ({
  n,
  s1: n * mean,
  s2: n * mean * mean + (n - 1),
  ...extra,
});

type Figures = Record<string, Record<string, Sums>>;

interface Organisation {
  units?: TreeUnit[];
  people?: Record<string, string>;
  catalogue?: string[];
  focus?: Record<string, string[]>;
  /** Metric → filter key string → unit → code → sums. */
  aggregates?: Partial<Record<HeatmapMetric, Record<string, Figures>>>;
  population?: Record<string, number>;
}

/** Reads of an in-memory organisation, answering as sql.ts's queries do. */
function memorySource(org: Organisation): HeatmapSource {
  return {
    ...unitReads(org.units ?? UNITS),
    personUnit: async (personId) => org.people?.[personId] ?? null,
    aggregatesFor: async (metric, keys, unitIds) => {
      const index: AggregateIndex = new Map();
      const wanted = (id: string) => unitIds === null || unitIds.includes(id);
      for (const key of keys) {
        const figures = org.aggregates?.[metric]?.[filterKeyString(key)];
        if (!figures) continue;
        index.set(
          filterKeyString(key),
          new Map(
            Object.entries(figures)
              .filter(([id]) => wanted(id))
              .map(([id, byCode]) => [id, new Map(Object.entries(byCode))]),
          ),
        );
      }
      const population = new Map(Object.entries(org.population ?? {}).filter(([id]) => wanted(id)));
      return { index, population };
    },
    catalogue: async () => (org.catalogue ?? ['FEEDBACK', 'DELEGATION']).map(capability),
    programFocus: async (programId) => org.focus?.[programId] ?? null,
  };
}

const ADMIN: HeatmapViewer = { personId: 'admin', roles: ['ORG_ADMIN'], managesRequestedProgram: false };
const settings = (overrides: Partial<AnalyticsSettings> = {}): AnalyticsSettings => ({
  minGroupSize: 3,
  managersSeeOwnSubtree: false,
  refresh: null,
  ...overrides,
});

/** Figures where every unit is shown: ORG 20 = North 14 (Engineering 6 + Operations 8 = Expansion 8) + South 6. */
const SHOWN: Figures = {
  [ORGANISATION]: { FEEDBACK: sums(20, 3), DELEGATION: sums(20, 2) },
  north: { FEEDBACK: sums(14, 3.5), DELEGATION: sums(14, 2) },
  eng: { FEEDBACK: sums(6, 4), DELEGATION: sums(6, 2) },
  ops: { FEEDBACK: sums(8, 3), DELEGATION: sums(8, 2) },
  exp: { FEEDBACK: sums(8, 3), DELEGATION: sums(8, 2) },
  south: { FEEDBACK: sums(6, 2), DELEGATION: sums(6, 2) },
};
const POPULATION = { [ORGANISATION]: 25, north: 17, eng: 7, ops: 10, exp: 9, south: 8 };

let orgs = 0;
/** A fresh organisation id per view: the decision cache is keyed by it. */
const nextOrg = () => `org-${++orgs}`;

const build = (
  org: Organisation,
  req: Partial<HeatmapRequest> = {},
  viewer: HeatmapViewer = ADMIN,
  options: Partial<AnalyticsSettings> = {},
  orgId = nextOrg(),
): Promise<HeatmapResult> =>
  heatmapFrom(memorySource(org), orgId, heatmapRequest(req), viewer, settings(options));

/** A rejection's code, catalogue key and values, and the input argument at fault. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalisedGraphQLError);
  const { extensions, localised } = error as LocalisedGraphQLError;
  return { code: extensions['code'], ...localised, argument: extensions['argument'] };
}

const rowsOf = (result: HeatmapResult) => result.rows.map((row) => `${row.level} ${row.unit.name}`);
const cell = (result: HeatmapResult, unitId: string, column = 0) =>
  result.rows.find((row) => row.unit.id === unitId)?.cells[column];

describe('basesOf', () => {
  it('lists the views a filter narrows, the one-filter views first', () => {
    expect(basesOf(ALL)).toEqual([]);
    expect(basesOf({ program: P, period: ALL_PERIODS })).toEqual([ALL]);
    expect(basesOf({ program: ALL_PROGRAMS, period: Q1 })).toEqual([ALL]);
    expect(basesOf({ program: P, period: Q1 })).toEqual([
      { program: ALL_PROGRAMS, period: Q1 },
      { program: P, period: ALL_PERIODS },
      ALL,
    ]);
  });
});

describe('wholeTree', () => {
  it('lists every family, siblings by name then id, parents before children', () => {
    const twin = treeUnit('a-twin', 'Engineering', ['north', 'a-twin'], false);
    const tree = wholeTree([...UNITS, twin]);
    expect(tree.order).toEqual([ORGANISATION, 'north', 'south', 'a-twin', 'eng', 'ops', 'exp']);
    expect(Object.fromEntries(tree.children)).toEqual({
      [ORGANISATION]: ['north', 'south'],
      north: ['a-twin', 'eng', 'ops'],
      ops: ['exp'],
      eng: [],
      exp: [],
      south: [],
      'a-twin': [],
    });
  });
});

describe('familyTree', () => {
  it('expands the organisation down to the depth asked', () => {
    const one = familyTree(UNITS, null, 1);
    expect(one.order).toEqual([ORGANISATION]);
    expect(Object.fromEntries(one.children)).toEqual({ [ORGANISATION]: ['north', 'south'] });
    const two = familyTree(UNITS, null, 2);
    expect(two.order).toEqual([ORGANISATION, 'north', 'south']);
    expect(Object.fromEntries(two.children)).toEqual({
      [ORGANISATION]: ['north', 'south'],
      north: ['eng', 'ops'],
      south: [],
    });
  });

  it('expands the path down to a scope and the scope’s subtree, not its siblings', () => {
    const tree = familyTree(UNITS, OPS, 1);
    expect(tree.order).toEqual([ORGANISATION, 'north', 'ops']);
    expect(tree.children.get('north')).toEqual(['eng', 'ops']);
    expect(tree.children.get('ops')).toEqual(['exp']);
    expect(familyTree(UNITS, NORTH, 1).order).toEqual([ORGANISATION, 'north']);
    expect(familyTree(UNITS, NORTH, 2).order).toEqual([ORGANISATION, 'north', 'eng', 'ops']);
  });

  it('breaks a tie of names by id', () => {
    const twin = treeUnit('a-twin', 'Engineering', ['north', 'a-twin'], false);
    expect(familyTree([twin, ...UNITS], null, 2).children.get('north')).toEqual(['a-twin', 'eng', 'ops']);
  });
});

describe('heatmapFrom: input', () => {
  const org: Organisation = { aggregates: { SCORE: { [filterKeyString(ALL)]: SHOWN } } };

  it('takes a depth of 1 to 3 whole levels', async () => {
    for (const depth of [0, 4, 1.5, Number.NaN]) {
      expect(await refusal(build(org, { depth }))).toEqual({
        code: 'BAD_USER_INPUT',
        key: 'analytics.depthRange',
        values: { max: 3 },
        argument: 'input.depth',
      });
    }
    expect(rowsOf(await build(org, { depth: 1 }))).toEqual(['1 North', '1 South']);
    expect(rowsOf(await build(org, { depth: 3 }))).toHaveLength(5);
  });

  it('takes a period as a quarter, YYYY-Qn', async () => {
    for (const period of ['2026-Q5', '2026-Q0', 'x2026-Q1', '2026-Q1x', '26-Q1', '2026-q1']) {
      expect(await refusal(build(org, { period }))).toEqual({
        code: 'BAD_USER_INPUT',
        key: 'analytics.periodFormat',
        argument: 'input.period',
      });
    }
    expect((await build(org, { period: '2026-Q4' })).period).toBe('2026-Q4');
  });

  it('refuses an unknown unit and an unknown program', async () => {
    expect(await refusal(build(org, { unitId: 'nowhere' }))).toEqual({
      code: 'NOT_FOUND',
      key: 'analytics.unitNotFound',
    });
    expect(await refusal(build(org, { programId: 'nowhere' }))).toEqual({
      code: 'NOT_FOUND',
      key: 'analytics.programNotFound',
    });
  });
});

describe('heatmapFrom: who sees which scope', () => {
  const org: Organisation = {
    aggregates: { SCORE: { [filterKeyString(ALL)]: SHOWN } },
    people: { manager: 'ops', drifter: 'gone' },
    focus: { [P]: [] },
  };
  const as = (roles: Role[], extra: Partial<HeatmapViewer> = {}): HeatmapViewer => ({
    personId: 'manager',
    roles,
    managesRequestedProgram: false,
    ...extra,
  });
  const seeing = { managersSeeOwnSubtree: true };

  it('shows an organisation admin any scope', async () => {
    expect((await build(org, {}, as(['ORG_ADMIN']))).unit).toBeNull();
    expect((await build(org, { unitId: 'south' }, as(['ORG_ADMIN']))).unit?.id).toBe('south');
  });

  it('shows a service account with the read-analytics scope any scope, not one without', async () => {
    const reader = as([], { serviceAccount: { scopes: ['read-people', 'read-analytics'] } });
    expect((await build(org, { unitId: 'south' }, reader)).unit?.id).toBe('south');
    expect(await refusal(build(org, {}, as([], { serviceAccount: { scopes: ['read-people'] } })))).toEqual({
      code: 'FORBIDDEN',
      key: 'analytics.adminsOnly',
    });
  });

  it('shows a program admin the programs they manage only', async () => {
    const managing = as(['PROGRAM_ADMIN'], { managesRequestedProgram: true });
    expect((await build(org, { programId: P, unitId: 'south' }, managing)).unit?.id).toBe('south');
    expect(await refusal(build(org, { programId: P }, as(['PROGRAM_ADMIN'])))).toEqual({
      code: 'FORBIDDEN',
      key: 'analytics.ownProgramsOnly',
    });
    // Managing the program is not enough without the role.
    expect(await refusal(build(org, {}, as(['COACH'], { managesRequestedProgram: true })))).toEqual({
      code: 'FORBIDDEN',
      key: 'analytics.adminsOnly',
    });
  });

  it('shows a manager their own subtree when the organisation allows it', async () => {
    const manager = as(['MANAGER']);
    expect((await build(org, {}, manager, seeing)).unit?.id).toBe('ops');
    expect((await build(org, { unitId: 'exp' }, manager, seeing)).unit?.id).toBe('exp');
    expect((await build(org, { unitId: 'ops' }, manager, seeing)).unit?.id).toBe('ops');
    expect(await refusal(build(org, { unitId: 'north' }, manager, seeing))).toEqual({
      code: 'FORBIDDEN',
      key: 'analytics.ownSubtreeOnly',
    });
    expect(await refusal(build(org, {}, manager))).toEqual({
      code: 'FORBIDDEN',
      key: 'analytics.adminsOnly',
    });
    // A manager placed nowhere, or in a unit that is gone, sees nothing.
    for (const personId of ['nobody', 'drifter']) {
      expect(await refusal(build(org, {}, as(['MANAGER'], { personId }), seeing))).toEqual({
        code: 'FORBIDDEN',
        key: 'analytics.adminsOnly',
      });
    }
    // A program admin who does not manage the program falls back to their manager's view.
    expect((await build(org, { programId: P }, as(['PROGRAM_ADMIN', 'MANAGER']), seeing)).unit?.id).toBe(
      'ops',
    );
  });
});

describe('heatmapFrom: columns', () => {
  const org = (catalogue: string[], focus: Record<string, string[]> = {}): Organisation => ({
    catalogue,
    focus,
    aggregates: { SCORE: { [filterKeyString(ALL)]: SHOWN } },
  });
  const codes = (result: HeatmapResult) => result.columns.map((column) => column.capability.code);

  it('lists the standard capabilities in catalogue order, then the organisation’s own by code', async () => {
    const result = await build(org(['ZEBRA', 'FEEDBACK', 'ALPHA', 'WELLBEING', 'DELEGATION']));
    expect(codes(result)).toEqual(['DELEGATION', 'FEEDBACK', 'WELLBEING', 'ALPHA', 'ZEBRA']);
  });

  it('gives the capabilities asked for, once each and in the order asked', async () => {
    const result = await build(org(['FEEDBACK', 'DELEGATION']), {
      capabilityCodes: ['FEEDBACK', 'DELEGATION', 'FEEDBACK'],
    });
    expect(codes(result)).toEqual(['FEEDBACK', 'DELEGATION']);
    expect(
      await refusal(build(org(['FEEDBACK']), { capabilityCodes: ['FEEDBACK', 'NOPE', 'NADA'] })),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'analytics.unknownCapabilities',
      values: { codes: 'NOPE, NADA' },
      argument: 'input.capabilities',
    });
  });

  it('gives wellbeing its one column, whatever the program’s focus', async () => {
    const catalogue = ['FEEDBACK', 'WELLBEING', 'DELEGATION'];
    const wellbeing = { metric: 'WELLBEING' as const };
    expect(codes(await build(org(catalogue, { [P]: ['FEEDBACK'] }), { ...wellbeing, programId: P }))).toEqual(
      ['WELLBEING'],
    );
    expect(codes(await build(org(['FEEDBACK']), wellbeing))).toEqual(['FEEDBACK']);
    expect(codes(await build(org(catalogue), { metric: 'SCORE' }))).toEqual([
      'DELEGATION',
      'FEEDBACK',
      'WELLBEING',
    ]);
  });

  it('gives a program’s focus in its order, skipping codes the catalogue lacks; all when it has none', async () => {
    const catalogue = ['FEEDBACK', 'DELEGATION', 'PRIORITISATION'];
    const focused = org(catalogue, { [P]: ['PRIORITISATION', 'GONE', 'FEEDBACK'], empty: [] });
    expect(codes(await build(focused, { programId: P }))).toEqual(['PRIORITISATION', 'FEEDBACK']);
    expect(codes(await build(focused, { programId: 'empty' }))).toEqual([
      'DELEGATION',
      'FEEDBACK',
      'PRIORITISATION',
    ]);
  });
});

describe('heatmapFrom: rows and cells', () => {
  const org: Organisation = {
    aggregates: { SCORE: { [filterKeyString(ALL)]: SHOWN } },
    population: POPULATION,
  };

  it('lists the rows depth first, siblings by name, with their level, headcount and children', async () => {
    const result = await build(org);
    expect(rowsOf(result)).toEqual(['1 North', '2 Engineering', '2 Operations', '3 Expansion', '1 South']);
    expect(result.rows.map((row) => [row.peopleCount, row.hasChildren])).toEqual([
      [17, true],
      [7, false],
      [10, true],
      [9, false],
      [8, false],
    ]);
    expect(result.total).toBeNull();
    expect(result.path).toEqual([]);
    expect(result.unit).toBeNull();
    expect(rowsOf(await build(org, { depth: 2 }))).toEqual([
      '1 North',
      '2 Engineering',
      '2 Operations',
      '1 South',
    ]);
  });

  it('gives a scoped view its total row, the path above it and its subtree only', async () => {
    const result = await build(org, { unitId: 'ops', depth: 1 });
    expect(result.unit?.id).toBe('ops');
    expect(result.path.map((u) => u.id)).toEqual(['north']);
    expect(result.total).toMatchObject({ unit: { id: 'ops' }, level: 0, peopleCount: 10, hasChildren: true });
    // The default columns: DELEGATION before FEEDBACK (the standard order).
    expect(result.total?.cells).toMatchObject([
      { value: 2, count: 8 },
      { value: 3, count: 8, suppressed: false },
    ]);
    expect(rowsOf(result)).toEqual(['1 Expansion']);
    const deeper = await build(org, { unitId: 'exp', depth: 2 });
    expect(deeper.path.map((u) => u.id)).toEqual(['north', 'ops']);
    expect(deeper.rows).toEqual([]);
    expect(rowsOf(await build(org, { unitId: 'north', depth: 1 }))).toEqual([
      '1 Engineering',
      '1 Operations',
    ]);
  });

  it('gives a unit nobody counted no headcount', async () => {
    const result = await build({ ...org, population: {} });
    expect(result.rows.map((row) => row.peopleCount)).toEqual([0, 0, 0, 0, 0]);
  });

  it('shows each cell’s mean and count, and the organisation’s per column', async () => {
    const result = await build(org, { capabilityCodes: ['FEEDBACK', 'DELEGATION'] });
    expect(cell(result, 'north')).toEqual({
      value: 3.5,
      count: 14,
      suppressed: false,
      reason: null,
      effectSize: null,
      belowParticipationTarget: null,
    });
    expect(cell(result, 'eng', 1)).toMatchObject({ value: 2, count: 6 });
    expect(result.columns.map((column) => [column.capability.code, column.organisation.value])).toEqual([
      ['FEEDBACK', 3],
      ['DELEGATION', 2],
    ]);
    expect(result).toMatchObject({ metric: 'SCORE', minGroupSize: 3, programId: null, period: null });
  });

  it('hides a unit without figures, and one under the minimum with its next-smallest sibling', async () => {
    const { south: _south, ...withoutSouth } = SHOWN;
    const small: Figures = {
      ...withoutSouth,
      north: { FEEDBACK: sums(10, 3.5), DELEGATION: sums(14, 2) },
      eng: { FEEDBACK: sums(2, 4), DELEGATION: sums(6, 2) },
    };
    const result = await build(
      { aggregates: { SCORE: { [filterKeyString(ALL)]: small } } },
      { capabilityCodes: ['FEEDBACK', 'DELEGATION'] },
    );
    const hidden = {
      value: null,
      count: null,
      suppressed: true,
      effectSize: null,
      belowParticipationTarget: null,
    };
    expect(cell(result, 'south')).toEqual({ ...hidden, reason: 'BELOW_MIN_GROUP_SIZE' });
    expect(cell(result, 'eng')).toEqual({ ...hidden, reason: 'BELOW_MIN_GROUP_SIZE' });
    expect(cell(result, 'ops')).toEqual({ ...hidden, reason: 'COMPLEMENTARY' });
    expect(cell(result, 'eng', 1)).toMatchObject({ suppressed: false, count: 6 });
  });

  it('gives a delta its effect size', async () => {
    const delta = sums(10, 0.5, { pre1: 30, pre2: 100, post1: 35, post2: 135, cross: 110 });
    const figures: Figures = Object.fromEntries(
      Object.entries(SHOWN).map(([id, byCode]) => [id, { FEEDBACK: { ...delta, n: byCode['FEEDBACK']!.n } }]),
    );
    const result = await build(
      { aggregates: { DELTA_FROM_BASELINE: { [filterKeyString(ALL)]: figures } } },
      { metric: 'DELTA_FROM_BASELINE', capabilityCodes: ['FEEDBACK'] },
    );
    const effect = cell(result, 'north')?.effectSize;
    expect(effect?.d).toBeGreaterThan(0);
    expect(effect?.low).toBeLessThan(effect!.d);
    expect(effect?.high).toBeGreaterThan(effect!.d);
    expect(cell(result, 'north')?.belowParticipationTarget).toBeNull();
  });

  it('flags participation under the target, not at it', async () => {
    const rate = (n: number, yes: number): Sums => ({ n, s1: yes, s2: yes });
    const figures: Figures = {
      [ORGANISATION]: { FEEDBACK: rate(22, 12) },
      north: { FEEDBACK: rate(16, 9) },
      eng: { FEEDBACK: rate(6, 3) },
      ops: { FEEDBACK: rate(10, 6) },
      exp: { FEEDBACK: rate(10, 6) },
      south: { FEEDBACK: rate(6, 3) },
    };
    const result = await build(
      { aggregates: { PARTICIPATION_RATE: { [filterKeyString(ALL)]: figures } } },
      { metric: 'PARTICIPATION_RATE', capabilityCodes: ['FEEDBACK'] },
    );
    expect(PARTICIPATION_TARGET).toBe(0.6);
    expect(result.columns[0]?.organisation).toMatchObject({ value: 12 / 22, belowParticipationTarget: true });
    expect(cell(result, 'eng')).toMatchObject({
      value: 0.5,
      belowParticipationTarget: true,
      effectSize: null,
    });
    expect(cell(result, 'ops')).toMatchObject({ value: 0.6, belowParticipationTarget: false });
  });
});

describe('heatmapFrom: filtered views and the decision cache', () => {
  const programKey = filterKeyString({ program: P, period: ALL_PERIODS });
  /** In program P, Engineering has 5 of its 6 people: the one outside would be isolated. */
  const inP: Figures = {
    [ORGANISATION]: { FEEDBACK: sums(19, 3) },
    north: { FEEDBACK: sums(13, 3.5) },
    eng: { FEEDBACK: sums(5, 4) },
    ops: { FEEDBACK: sums(8, 3) },
    exp: { FEEDBACK: sums(8, 3) },
    south: { FEEDBACK: sums(6, 2) },
  };
  const filtered = (figures: Figures = inP): Organisation => ({
    focus: { [P]: ['FEEDBACK'] },
    aggregates: { SCORE: { [filterKeyString(ALL)]: SHOWN, [programKey]: figures } },
  });
  const asOf = (at: string): Partial<AnalyticsSettings> => ({
    refresh: { dirty: false, refreshedAt: new Date(at), refreshMs: 1, periods: [] },
  });

  it('hides a filtered cell whose remainder against the unfiltered view is under the minimum', async () => {
    const result = await build(filtered(), { programId: P });
    expect(cell(result, 'eng')?.reason).toBe('FILTER_REMAINDER');
    expect(cell(result, 'exp')).toMatchObject({ suppressed: false, count: 8 });
    // Scoped to North, the decision is still the whole tree's.
    const scoped = await build(filtered(), { programId: P, unitId: 'north', depth: 1 });
    expect(cell(scoped, 'eng')?.reason).toBe('FILTER_REMAINDER');
    expect(scoped.programId).toBe(P);
  });

  it('serves a snapshot’s decision from the cache, and re-checks every cell as it is emitted', async () => {
    const orgId = nextOrg();
    const snapshot = asOf('2026-03-01T00:00:00Z');
    const view = { programId: P };
    const clean: Figures = { ...inP, eng: { FEEDBACK: sums(6, 4) } };
    expect(cell(await build(filtered(clean), view, ADMIN, snapshot, orgId), 'eng')?.suppressed).toBe(false);
    // Same snapshot: the cached decision stands, so Engineering is not refused as a remainder…
    const cached = await build(filtered(), view, ADMIN, snapshot, orgId);
    expect(cell(cached, 'eng')).toMatchObject({ suppressed: false, count: 5 });
    // …but a figure under the minimum never leaves, whatever the cache says.
    const tiny: Figures = { ...inP, eng: { FEEDBACK: sums(2, 4) }, ops: { FEEDBACK: sums(11, 3) } };
    expect(cell(await build(filtered(tiny), view, ADMIN, snapshot, orgId), 'eng')?.reason).toBe(
      'BELOW_MIN_GROUP_SIZE',
    );
    // Another snapshot, another minimum, another organisation or no snapshot: decided afresh.
    for (const [options, id] of [
      [asOf('2026-03-02T00:00:00Z'), orgId],
      [{ ...snapshot, minGroupSize: 3 }, nextOrg()],
      [{}, orgId],
    ] as const) {
      expect(cell(await build(filtered(), view, ADMIN, options, id), 'eng')?.reason).toBe('FILTER_REMAINDER');
    }
    const otherK = await build(filtered(clean), view, ADMIN, { ...snapshot, minGroupSize: 4 }, orgId);
    expect(cell(otherK, 'eng')?.suppressed).toBe(false);
    expect(
      cell(await build(filtered(), view, ADMIN, { ...snapshot, minGroupSize: 4 }, orgId), 'eng'),
    ).toMatchObject({
      suppressed: false,
      count: 5,
    });
  });

  it('never caches an unfiltered view’s decision', async () => {
    const orgId = nextOrg();
    const snapshot = asOf('2026-03-01T00:00:00Z');
    const small: Figures = { ...SHOWN, north: { FEEDBACK: sums(10, 3.5) }, eng: { FEEDBACK: sums(2, 4) } };
    const view = { capabilityCodes: ['FEEDBACK'] };
    expect(cell(await build(filtered(), view, ADMIN, snapshot, orgId), 'ops')?.suppressed).toBe(false);
    const again = await build(
      { aggregates: { SCORE: { [filterKeyString(ALL)]: small } } },
      view,
      ADMIN,
      snapshot,
      orgId,
    );
    expect(cell(again, 'ops')?.reason).toBe('COMPLEMENTARY');
  });

  it('re-checks the parts a participation rate discloses, whatever the cache says', async () => {
    const orgId = nextOrg();
    const snapshot = asOf('2026-03-01T00:00:00Z');
    const rate = (n: number, yes: number): Sums => ({ n, s1: yes, s2: yes });
    const figures = (engYes: number): Figures => ({
      [ORGANISATION]: { FEEDBACK: rate(20, 10) },
      north: { FEEDBACK: rate(14, 7) },
      eng: { FEEDBACK: rate(6, engYes) },
      ops: { FEEDBACK: rate(8, 4) },
      exp: { FEEDBACK: rate(8, 4) },
      south: { FEEDBACK: rate(6, 3) },
    });
    const org = (engYes: number): Organisation => ({
      focus: { [P]: ['FEEDBACK'] },
      aggregates: {
        PARTICIPATION_RATE: { [filterKeyString(ALL)]: figures(3), [programKey]: figures(engYes) },
      },
    });
    const view = { programId: P, metric: 'PARTICIPATION_RATE' as const, capabilityCodes: ['FEEDBACK'] };
    const settled = { ...snapshot };
    expect(cell(await build(org(3), view, ADMIN, settled, orgId), 'eng')?.suppressed).toBe(false);
    expect(cell(await build(org(1), view, ADMIN, settled, orgId), 'eng')?.reason).toBe(
      'BELOW_MIN_GROUP_SIZE',
    );
    expect(cell(await build(org(5), view, ADMIN, settled, orgId), 'eng')?.reason).toBe(
      'BELOW_MIN_GROUP_SIZE',
    );
    expect(cell(await build(org(6), view, ADMIN, settled, orgId), 'eng')).toMatchObject({
      suppressed: false,
      value: 1,
    });
  });
});
