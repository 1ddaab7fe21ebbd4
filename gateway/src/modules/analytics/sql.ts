/** Reads of the heatmap's materialised aggregates (migration 0009) and of the tree around a view. */
import { analyticsRebuilds, limits } from '../../config.js';
import type { Queryable } from '../../db/types.js';
import type { HeatmapMetric } from '../../generated/resolvers.js';
import {
  capabilityColumns,
  toCapability,
  type CapabilityRow,
  type RawCapability,
} from '../capabilities/index.js';
import { toOrgUnit, type OrgUnitRow, type RawOrgUnit } from '../orgUnits/index.js';
import { ORGANISATION } from './privacy.js';
import type { Sums } from './stats.js';

export const ALL_PROGRAMS = ORGANISATION;
export const ALL_PERIODS = 'ALL';

export interface RefreshState {
  dirty: boolean;
  refreshedAt: Date | null;
  refreshMs: number | null;
  periods: string[];
}

export interface AnalyticsSettings {
  minGroupSize: number;
  /** The organisation lets managers see the heatmap of their own subtree. */
  managersSeeOwnSubtree: boolean;
  /** Null until the first rebuild. */
  refresh: RefreshState | null;
}

/** The organisation's privacy settings and the freshness of its aggregates, in one round trip. */
export async function analyticsSettings(tx: Queryable, orgId: string): Promise<AnalyticsSettings> {
  const [row] = await tx.query<{
    min_group_size: number;
    manager_access: string | null;
    dirty: boolean | null;
    refreshed_at: Date | null;
    refresh_ms: number | null;
    periods: string[] | null;
  }>(
    // A pulse that closed since the last rebuild has figures to release: that
    // makes the aggregates stale although nothing was written.
    `select o.min_group_size, o.settings ->> 'managerHeatmapAccess' as manager_access,
            s.dirty or coalesce(s.next_release_at <= now(), false) as dirty,
            s.refreshed_at, s.refresh_ms, s.periods
     from organisations o left join analytics_refresh_state s on s.org_id = o.id
     where o.id = $1`,
    [orgId],
  );
  return {
    minGroupSize: row?.min_group_size ?? 5,
    managersSeeOwnSubtree: row?.manager_access === 'OWN_SUBTREE',
    refresh:
      row && row.dirty !== null
        ? {
            dirty: row.dirty,
            refreshedAt: row.refreshed_at,
            refreshMs: row.refresh_ms,
            periods: row.periods ?? [],
          }
        : null,
  };
}

/**
 * Rebuilds the organisation's aggregates, once for one change however many gateway instances ask:
 * rebuilds of one organisation take turns on an advisory lock, and one that finds the aggregates
 * already current when its turn comes (another instance rebuilt them meanwhile) does nothing.
 * The rebuild is incremental (only the people changed since, and the units on their paths) unless
 * the database decides a full one is needed (docs/ARCHITECTURE.md, "Analytics freshness").
 * Resolves to whether it rebuilt.
 */
export async function refreshAggregates(tx: Queryable, orgId: string): Promise<boolean> {
  // A large organisation's rebuild legitimately outlasts the statement timeout of a request.
  await tx.query(
    `select set_config('statement_timeout', $1, true), pg_advisory_xact_lock(hashtextextended($2, 0))`,
    [String(limits.rebuildStatementTimeoutMs), `coachwork:analytics-rebuild:${orgId}`],
  );
  const [current] = await tx.query<{ current: boolean }>(
    `select not dirty and refreshed_at is not null and coalesce(next_release_at > now(), true) as current
     from analytics_refresh_state where org_id = $1`,
    [orgId],
  );
  if (current?.current) return false;
  await tx.query('select cw_refresh_analytics_incremental($1, make_interval(secs => $2), $3)', [
    orgId,
    analyticsRebuilds.incrementalMaxAgeSeconds,
    analyticsRebuilds.incrementalMaxPeople,
  ]);
  return true;
}

export interface TreeUnit extends OrgUnitRow {
  path: string[];
  hasChildren: boolean;
}

interface RawTreeUnit extends RawOrgUnit {
  path: string[];
  has_children: boolean;
}

function toTreeUnit(raw: RawTreeUnit): TreeUnit {
  return { ...toOrgUnit(raw), path: raw.path, hasChildren: raw.has_children };
}

const treeColumns = `u.id, u.org_id, u.parent_id, u.kind, u.name, u.depth, u.path,
  exists (select 1 from org_units c where c.org_id = u.org_id and c.parent_id = u.id) as has_children`;

export async function unitById(tx: Queryable, orgId: string, unitId: string): Promise<TreeUnit | null> {
  const [row] = await tx.query<RawTreeUnit>(
    `select ${treeColumns} from org_units u where u.org_id = $1 and u.id = $2`,
    [orgId, unitId],
  );
  return row ? toTreeUnit(row) : null;
}

export async function personUnit(tx: Queryable, orgId: string, personId: string): Promise<string | null> {
  const [row] = await tx.query<{ org_unit_id: string }>(
    `select org_unit_id from people where org_id = $1 and id = $2`,
    [orgId, personId],
  );
  return row?.org_unit_id ?? null;
}

export async function allUnits(tx: Queryable, orgId: string): Promise<TreeUnit[]> {
  const rows = await tx.query<RawTreeUnit>(`select ${treeColumns} from org_units u where u.org_id = $1`, [
    orgId,
  ]);
  return rows.map(toTreeUnit);
}

/**
 * Every unit a view needs: the roots and the children of each unit on the path
 * down to the viewed unit (the sibling families complementary suppression
 * examines), and the viewed subtree down to `depth` levels below it.
 */
export async function unitsAround(
  tx: Queryable,
  orgId: string,
  scope: TreeUnit | null,
  depth: number,
): Promise<TreeUnit[]> {
  const rows = await tx.query<RawTreeUnit>(
    `select ${treeColumns} from org_units u
     where u.org_id = $1 and (
       u.parent_id is null
       or u.parent_id = any($2::uuid[])
       or ($3::uuid is null and u.depth < $4)
       or ($3::uuid is not null and u.path @> array[$3::uuid] and u.depth <= $5)
     )`,
    [orgId, scope?.path ?? [], scope?.id ?? null, depth, (scope?.depth ?? 0) + depth],
  );
  return rows.map(toTreeUnit);
}

export interface FilterKey {
  program: string;
  period: string;
}

export const filterKeyString = (key: FilterKey): string => `${key.program}|${key.period}`;

/** Per filter key, per unit, per capability code. */
export type AggregateIndex = Map<string, Map<string, Map<string, Sums>>>;

interface RawAggregate {
  program_key: string;
  period_key: string;
  unit_id: string;
  capability_codes: string[];
  n: number[];
  s1: number[];
  s2: number[];
  pre_s1: number[] | null;
  pre_s2: number[] | null;
  post_s1: number[] | null;
  post_s2: number[] | null;
  cross_s: number[] | null;
}

export interface Aggregates {
  index: AggregateIndex;
  /** Managers (job level above IC) per unit subtree: the population the heatmap is about. */
  population: Map<string, number>;
}

/**
 * The metric's rows for the filter keys, plus the unfiltered participation
 * rows (whose n is the manager headcount), in one statement.
 */
export async function aggregatesFor(
  tx: Queryable,
  orgId: string,
  metric: HeatmapMetric,
  keys: readonly FilterKey[],
  /** Null for every unit of the organisation. */
  unitIds: readonly string[] | null,
): Promise<Aggregates> {
  const rows = await tx.query<RawAggregate & { metric: HeatmapMetric }>(
    `select a.metric, a.program_key, a.period_key, a.unit_id, a.capability_codes, a.n, a.s1, a.s2,
            a.pre_s1, a.pre_s2, a.post_s1, a.post_s2, a.cross_s
     from analytics_unit_aggregates a
     join (
       select $2::text as metric, k.program_key, k.period_key
       from unnest($3::uuid[], $4::text[]) as k(program_key, period_key)
       union
       select 'PARTICIPATION_RATE', $6::uuid, 'ALL'
     ) k on a.metric = k.metric and a.program_key = k.program_key and a.period_key = k.period_key
     where a.org_id = $1 and ($5::uuid[] is null or a.unit_id = any($5::uuid[]))`,
    [orgId, metric, keys.map((key) => key.program), keys.map((key) => key.period), unitIds, ALL_PROGRAMS],
  );
  const index: AggregateIndex = new Map();
  const population = new Map<string, number>();
  for (const row of rows) {
    if (
      row.metric === 'PARTICIPATION_RATE' &&
      row.program_key === ALL_PROGRAMS &&
      row.period_key === ALL_PERIODS
    ) {
      population.set(row.unit_id, row.n[0] ?? 0);
    }
    if (row.metric !== metric) continue;
    const key = filterKeyString({ program: row.program_key, period: row.period_key });
    let byUnit = index.get(key);
    if (!byUnit) index.set(key, (byUnit = new Map()));
    const byCode = new Map<string, Sums>();
    row.capability_codes.forEach((code, i) => {
      byCode.set(code, {
        n: row.n[i] ?? 0,
        s1: row.s1[i] ?? 0,
        s2: row.s2[i] ?? 0,
        pre1: row.pre_s1?.[i] ?? null,
        pre2: row.pre_s2?.[i] ?? null,
        post1: row.post_s1?.[i] ?? null,
        post2: row.post_s2?.[i] ?? null,
        cross: row.cross_s?.[i] ?? null,
      });
    });
    byUnit.set(row.unit_id, byCode);
  }
  return { index, population };
}

/** The organisation's catalogue, standard capabilities first in catalogue order, then the organisation's own. */
export async function catalogue(tx: Queryable, orgId: string): Promise<CapabilityRow[]> {
  const rows = await tx.query<RawCapability>(
    `select ${capabilityColumns} from capabilities c
     where c.org_id = $1 order by not c.is_standard, c.created_at, c.code`,
    [orgId],
  );
  return rows.map(toCapability);
}

/** The program's focus capability codes in its order, or null when the program is not this organisation's. */
export async function programFocus(
  tx: Queryable,
  orgId: string,
  programId: string,
): Promise<string[] | null> {
  const rows = await tx.query<{ code: string | null }>(
    `select f.capability_code as code from programs p
     left join program_focus_capabilities f on f.org_id = p.org_id and f.program_id = p.id
     where p.org_id = $1 and p.id = $2 order by f.position, f.capability_code`,
    [orgId, programId],
  );
  if (rows.length === 0) return null;
  return rows.flatMap((row) => (row.code ? [row.code] : []));
}

/**
 * Everything a heatmap view reads, bound to one organisation: the database's answers here
 * (`heatmapSource`); the heatmap's own unit tests answer from memory.
 */
export interface HeatmapSource {
  unitById(unitId: string): Promise<TreeUnit | null>;
  personUnit(personId: string): Promise<string | null>;
  allUnits(): Promise<TreeUnit[]>;
  unitsAround(scope: TreeUnit | null, depth: number): Promise<TreeUnit[]>;
  aggregatesFor(
    metric: HeatmapMetric,
    keys: readonly FilterKey[],
    unitIds: readonly string[] | null,
  ): Promise<Aggregates>;
  catalogue(): Promise<CapabilityRow[]>;
  programFocus(programId: string): Promise<string[] | null>;
}

/** The organisation's heatmap reads in the request's tenant transaction. */
export const heatmapSource = (tx: Queryable, orgId: string): HeatmapSource => ({
  unitById: (unitId) => unitById(tx, orgId, unitId),
  personUnit: (personId) => personUnit(tx, orgId, personId),
  allUnits: () => allUnits(tx, orgId),
  unitsAround: (scope, depth) => unitsAround(tx, orgId, scope, depth),
  aggregatesFor: (metric, keys, unitIds) => aggregatesFor(tx, orgId, metric, keys, unitIds),
  catalogue: () => catalogue(tx, orgId),
  programFocus: (programId) => programFocus(tx, orgId, programId),
});
