/**
 * What the heatmap's tests without a database share: org units as the tree query of sql.ts returns
 * them, for the in-memory organisations those tests build.
 */
import type { HeatmapRequest } from './heatmap.js';
import type { HeatmapSource, TreeUnit } from './sql.js';

/** A team at `path` (its ancestors' IDs from the top, then its own ID). */
export const treeUnit = (id: string, name: string, path: string[], hasChildren: boolean): TreeUnit => ({
  __typename: 'OrgUnit',
  id,
  orgId: 'org',
  parentId: path.length > 1 ? path[path.length - 2]! : null,
  kind: 'TEAM',
  name,
  depth: path.length - 1,
  path,
  hasChildren,
});

/** The tree's reads of a `HeatmapSource` over these units, answering as sql.ts's queries do. */
export function unitReads(
  units: readonly TreeUnit[],
): Pick<HeatmapSource, 'unitById' | 'allUnits' | 'unitsAround'> {
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    unitById: async (id) => byId.get(id) ?? null,
    allUnits: async () => [...units],
    unitsAround: async (scope, depth) =>
      units.filter(
        (u) =>
          u.parentId === null ||
          (scope?.path ?? []).includes(u.parentId) ||
          (scope === null && u.depth < depth) ||
          (scope !== null && u.path.includes(scope.id) && u.depth <= scope.depth + depth),
      ),
  };
}

/** A request for the whole organisation's scores three levels deep, with `overrides`. */
export const heatmapRequest = (overrides: Partial<HeatmapRequest> = {}): HeatmapRequest => ({
  unitId: null,
  depth: 3,
  capabilityCodes: null,
  metric: 'SCORE',
  programId: null,
  period: null,
  ...overrides,
});
