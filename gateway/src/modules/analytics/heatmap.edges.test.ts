/**
 * Edges of the heatmap's assembly that mutation testing found unguarded (heatmap.unit.test.ts holds
 * the rest; both are the module's tests in mutation/modules.json): siblings sorted
 * by name rather than id, no rows deeper than asked when a filtered view is decided over the
 * whole tree, a group of exactly the minimum, an organisation without a figure of its own.
 * No database: the reads come from memory, answering as sql.ts's queries do.
 */
import { describe, expect, it } from 'vitest';
import type { HeatmapMetric } from '../../generated/resolvers.js';
import { familyTree, heatmapFrom, wholeTree, type HeatmapRequest } from './heatmap.js';
import { heatmapRequest, treeUnit, unitReads } from './heatmap.testing.js';
import { ORGANISATION } from './privacy.js';
import {
  ALL_PERIODS,
  ALL_PROGRAMS,
  filterKeyString,
  type AggregateIndex,
  type HeatmapSource,
} from './sql.js';
import type { Sums } from './stats.js';

const NORTH = treeUnit('north', 'North', ['north'], true);
const ENG = treeUnit('eng', 'Engineering', ['north', 'eng'], false);
const SOUTH = treeUnit('south', 'South', ['south'], false);
const UNITS = [NORTH, ENG, SOUTH];
const P = 'program-p';
const ALL = filterKeyString({ program: ALL_PROGRAMS, period: ALL_PERIODS });
const IN_P = filterKeyString({ program: P, period: ALL_PERIODS });
const sums = (n: number): Sums => ({ n, s1: 3 * n, s2: 9 * n + n - 1 });

/** Unit → FEEDBACK sums, per filter key string. */
function source(figures: Record<string, Record<string, number>>): HeatmapSource {
  return {
    ...unitReads(UNITS),
    personUnit: async () => null,
    aggregatesFor: async (_metric: HeatmapMetric, keys, unitIds) => {
      const index: AggregateIndex = new Map();
      for (const key of keys.map(filterKeyString)) {
        const units = Object.entries(figures[key] ?? {}).filter(([id]) => !unitIds || unitIds.includes(id));
        index.set(key, new Map(units.map(([id, n]) => [id, new Map([['FEEDBACK', sums(n)]])])));
      }
      return { index, population: new Map() };
    },
    catalogue: async () => [
      { __typename: 'Capability', id: 'c', orgId: 'org', code: 'FEEDBACK', names: {}, descriptions: {} },
    ],
    programFocus: async (programId) => (programId === P ? ['FEEDBACK'] : null),
  };
}
const build = (figures: Record<string, Record<string, number>>, overrides: Partial<HeatmapRequest> = {}) =>
  heatmapFrom(
    source(figures),
    'org',
    heatmapRequest(overrides),
    { personId: 'admin', roles: ['ORG_ADMIN'], managesRequestedProgram: false },
    { minGroupSize: 3, managersSeeOwnSubtree: false, refresh: null },
  );
const SHOWN = { [ORGANISATION]: 12, north: 6, eng: 6, south: 6 };

describe('heatmap edges', () => {
  it('sorts siblings by name, not by id', () => {
    const zed = treeUnit('a-first-id', 'Zed', ['a-first-id'], false);
    const abe = treeUnit('b-second-id', 'Abe', ['b-second-id'], false);
    expect(familyTree([zed, abe], null, 1).children.get(ORGANISATION)).toEqual(['b-second-id', 'a-first-id']);
    expect(wholeTree([zed, abe]).children.get(ORGANISATION)).toEqual(['b-second-id', 'a-first-id']);
  });

  it('lists no deeper rows than asked when a filtered view is decided over the whole tree', async () => {
    const figures = { [ALL]: SHOWN, [IN_P]: SHOWN };
    const roots = await build(figures, { programId: P, depth: 1 });
    expect(roots.rows.map((row) => row.unit.id)).toEqual(['north', 'south']);
    const north = await build(figures, { programId: P, unitId: 'north', depth: 1 });
    expect(north.rows.map((row) => row.unit.id)).toEqual(['eng']);
  });

  it('shows a group of exactly the minimum', async () => {
    const result = await build({ [ALL]: { [ORGANISATION]: 6, north: 3, eng: 3, south: 3 } });
    expect(result.rows.find((row) => row.unit.id === 'south')?.cells[0]).toMatchObject({
      suppressed: false,
      count: 3,
    });
  });

  it('hides the organisation’s cell when it has no figure of its own', async () => {
    const { [ORGANISATION]: _organisation, ...units } = SHOWN;
    const result = await build({ [ALL]: units });
    expect(result.columns[0]?.organisation).toMatchObject({
      suppressed: true,
      reason: 'BELOW_MIN_GROUP_SIZE',
    });
  });
});
