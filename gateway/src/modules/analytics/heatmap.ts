/**
 * Builds one heatmap view: resolves the scope and who may see it, reads the
 * aggregates of the units around the view, decides suppression over the whole
 * family tree (privacy.ts), and turns what is left into cells. Everything runs
 * in the request's tenant transaction.
 */
import type { Queryable } from '../../db/types.js';
import { badUserInput, forbidden, notFound } from '../../errors.js';
import type { HeatmapMetric, Role } from '../../generated/resolvers.js';
import type { CapabilityRow } from '../capabilities/sql.js';
import { STANDARD_CAPABILITY_CODES } from '../capabilities/standard.js';
import type { OrgUnitRow } from '../orgUnits/sql.js';
import {
  decideFiltered,
  decideUnfiltered,
  ORGANISATION,
  type DecidedView,
  type FamilyTree,
  type Parts,
  type SuppressionReason,
} from './privacy.js';
import {
  ALL_PERIODS,
  ALL_PROGRAMS,
  filterKeyString,
  heatmapSource,
  type AggregateIndex,
  type AnalyticsSettings,
  type FilterKey,
  type HeatmapSource,
  type TreeUnit,
} from './sql.js';
import { disclosedParts, partCount } from './disclosure.js';
import { effectSize, mean, type EffectSize, type Sums } from './stats.js';

/** Served as `Heatmap.participationTarget`, so a widget flags cells against this value and keeps no copy. */
export const PARTICIPATION_TARGET = 0.6;

/** Filtered views' whole-tree decisions, keyed by organisation, snapshot, metric, filter, column and k. */
const decisionCache = new Map<string, ReadonlyMap<string, SuppressionReason>>();
const DECISION_CACHE_LIMIT = 1000;

function remember(cacheKey: string, hidden: ReadonlyMap<string, SuppressionReason>): void {
  if (decisionCache.size >= DECISION_CACHE_LIMIT) {
    const oldest = decisionCache.keys().next().value;
    if (oldest !== undefined) decisionCache.delete(oldest);
  }
  decisionCache.set(cacheKey, hidden);
}
export const MAX_DEPTH = 3;
/** The capability whose column carries the WELLBEING metric (migration 0085 stores it there only). */
export const WELLBEING_COLUMN = 'WELLBEING';
const PERIOD = /^\d{4}-Q[1-4]$/;

export interface HeatmapRequest {
  unitId: string | null;
  depth: number;
  capabilityCodes: readonly string[] | null;
  metric: HeatmapMetric;
  programId: string | null;
  period: string | null;
}

export interface HeatmapViewer {
  personId: string;
  roles: readonly Role[];
  /**
   * Whether the access policy says the viewer manages the requested program (false when no program
   * is requested). A program admin's aggregates are those of their own programs only.
   */
  managesRequestedProgram: boolean;
  /** A service account reads the whole organisation's aggregates with the read-analytics scope. */
  serviceAccount?: { scopes: readonly string[] };
}

export interface HeatmapCellResult {
  value: number | null;
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  effectSize: EffectSize | null;
  belowParticipationTarget: boolean | null;
}

export interface HeatmapRowResult {
  unit: OrgUnitRow;
  level: number;
  peopleCount: number;
  hasChildren: boolean;
  cells: HeatmapCellResult[];
}

export interface HeatmapColumnResult {
  capability: CapabilityRow;
  organisation: HeatmapCellResult;
}

export interface HeatmapResult {
  metric: HeatmapMetric;
  unit: OrgUnitRow | null;
  path: OrgUnitRow[];
  programId: string | null;
  period: string | null;
  minGroupSize: number;
  columns: HeatmapColumnResult[];
  total: HeatmapRowResult | null;
  rows: HeatmapRowResult[];
}

const STANDARD_ORDER: readonly string[] = STANDARD_CAPABILITY_CODES;
const catalogueRank = (code: string): number => {
  const index = STANDARD_ORDER.indexOf(code);
  return index < 0 ? STANDARD_ORDER.length : index;
};

/**
 * The views a filtered view narrows and must stay consistent with: program A
 * narrows "all programs", a quarter narrows "all time", and both narrow each
 * one-filter view and the unfiltered one.
 */
export function basesOf(key: FilterKey): FilterKey[] {
  const bases: FilterKey[] = [];
  if (key.program !== ALL_PROGRAMS) bases.push({ program: ALL_PROGRAMS, period: key.period });
  if (key.period !== ALL_PERIODS) bases.push({ program: key.program, period: ALL_PERIODS });
  if (key.program !== ALL_PROGRAMS && key.period !== ALL_PERIODS) {
    bases.push({ program: ALL_PROGRAMS, period: ALL_PERIODS });
  }
  return bases;
}

function allKeys(key: FilterKey): FilterKey[] {
  const seen = new Map<string, FilterKey>([[filterKeyString(key), key]]);
  for (const base of basesOf(key)) for (const k of allKeys(base)) seen.set(filterKeyString(k), k);
  return [...seen.values()];
}

/** Every family of the organisation, parents first: what a filtered view is decided over. */
export function wholeTree(units: readonly TreeUnit[]): FamilyTree {
  const children = new Map<string, string[]>([[ORGANISATION, []]]);
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  for (const unit of sorted) children.set(unit.id, []);
  for (const unit of sorted) children.get(unit.parentId ?? ORGANISATION)?.push(unit.id);
  const order = [ORGANISATION, ...[...sorted].sort((a, b) => a.depth - b.depth).map((unit) => unit.id)];
  return { children, order };
}

/** The families a view needs, parents before children, each with its complete list of children. */
export function familyTree(units: readonly TreeUnit[], scope: TreeUnit | null, depth: number): FamilyTree {
  const children = new Map<string, string[]>();
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  for (const unit of sorted) {
    const parent = unit.parentId ?? ORGANISATION;
    const list = children.get(parent);
    if (list) list.push(unit.id);
    else children.set(parent, [unit.id]);
  }
  const deepest = (scope?.depth ?? -1) + depth;
  const inView = (unit: TreeUnit): boolean => !scope || unit.path.includes(scope.id);
  const expanded = sorted
    .filter((unit) => (scope?.path.includes(unit.id) ?? false) || (inView(unit) && unit.depth < deepest))
    .sort((a, b) => a.depth - b.depth);
  const order = [ORGANISATION, ...new Set(expanded.map((unit) => unit.id))];
  const families = new Map<string, readonly string[]>();
  for (const id of order) families.set(id, children.get(id) ?? []);
  return { children: families, order };
}

/** People per unit, and the sizes of the parts the metric discloses (disclosure.ts). */
function countsOf(
  index: AggregateIndex,
  metric: HeatmapMetric,
  key: FilterKey,
  code: string,
): { counts: Map<string, number>; parts: Parts } {
  const counts = new Map<string, number>();
  const parts = Array.from({ length: partCount(metric) }, () => new Map<string, number>());
  for (const [unit, byCode] of index.get(filterKeyString(key)) ?? []) {
    const sums = byCode.get(code);
    if (!sums) continue;
    counts.set(unit, sums.n);
    disclosedParts(metric, sums).forEach((size, i) => parts[i]?.set(unit, size));
  }
  return { counts, parts };
}

function decideColumn(
  tree: FamilyTree,
  index: AggregateIndex,
  metric: HeatmapMetric,
  key: FilterKey,
  code: string,
  k: number,
): DecidedView {
  const memo = new Map<string, DecidedView>();
  const decide = (view: FilterKey): DecidedView => {
    const id = filterKeyString(view);
    const known = memo.get(id);
    if (known) return known;
    const { counts, parts } = countsOf(index, metric, view, code);
    const bases = basesOf(view);
    const decided =
      bases.length === 0
        ? decideUnfiltered(tree, counts, k, parts)
        : decideFiltered(tree, { counts, parts, bases: bases.map(decide) }, k);
    memo.set(id, decided);
    return decided;
  };
  return decide(key);
}

const hiddenCell = (reason: SuppressionReason): HeatmapCellResult => ({
  value: null,
  count: null,
  suppressed: true,
  reason,
  effectSize: null,
  belowParticipationTarget: null,
});

function cellOf(
  metric: HeatmapMetric,
  sums: Sums | undefined,
  reason: SuppressionReason | undefined,
  k: number,
): HeatmapCellResult {
  if (reason) return hiddenCell(reason);
  // The decision may come from the cache, made for another snapshot: whatever
  // it says, no figure about fewer than k people leaves here.
  if (!sums || sums.n < k || disclosedParts(metric, sums).some((size) => size > 0 && size < k)) {
    return hiddenCell('BELOW_MIN_GROUP_SIZE');
  }
  const value = mean(sums);
  return {
    value,
    count: sums.n,
    suppressed: false,
    reason: null,
    effectSize: metric === 'DELTA_FROM_BASELINE' ? effectSize(sums) : null,
    belowParticipationTarget:
      metric === 'PARTICIPATION_RATE' && value !== null ? value < PARTICIPATION_TARGET : null,
  };
}

async function resolveScope(
  source: HeatmapSource,
  request: HeatmapRequest,
  viewer: HeatmapViewer,
  settings: AnalyticsSettings,
): Promise<TreeUnit | null> {
  const requested = request.unitId ? await source.unitById(request.unitId) : null;
  if (request.unitId && !requested) throw notFound('analytics.unitNotFound');
  if (viewer.roles.includes('ORG_ADMIN') || viewer.serviceAccount?.scopes.includes('read-analytics')) {
    return requested;
  }
  if (viewer.roles.includes('PROGRAM_ADMIN') && viewer.managesRequestedProgram) return requested;
  if (viewer.roles.includes('MANAGER') && settings.managersSeeOwnSubtree) {
    const ownUnitId = await source.personUnit(viewer.personId);
    const own = ownUnitId ? await source.unitById(ownUnitId) : null;
    if (!own) throw forbidden('analytics.adminsOnly');
    if (!requested) return own;
    if (requested.path.includes(own.id)) return requested;
    throw forbidden('analytics.ownSubtreeOnly');
  }
  throw forbidden(
    viewer.roles.includes('PROGRAM_ADMIN') ? 'analytics.ownProgramsOnly' : 'analytics.adminsOnly',
  );
}

/** Throws FORBIDDEN / NOT_FOUND when the viewer may not see the requested view. */
export async function authoriseHeatmap(
  tx: Queryable,
  orgId: string,
  request: HeatmapRequest,
  viewer: HeatmapViewer,
  settings: AnalyticsSettings,
): Promise<void> {
  await resolveScope(heatmapSource(tx, orgId), request, viewer, settings);
}

export function buildHeatmap(
  tx: Queryable,
  orgId: string,
  request: HeatmapRequest,
  viewer: HeatmapViewer,
  settings: AnalyticsSettings,
): Promise<HeatmapResult> {
  return heatmapFrom(heatmapSource(tx, orgId), orgId, request, viewer, settings);
}

/** The heatmap view of the organisation `orgId` whose reads `source` answers. */
export async function heatmapFrom(
  source: HeatmapSource,
  orgId: string,
  request: HeatmapRequest,
  viewer: HeatmapViewer,
  settings: AnalyticsSettings,
): Promise<HeatmapResult> {
  if (!Number.isInteger(request.depth) || request.depth < 1 || request.depth > MAX_DEPTH) {
    throw badUserInput('analytics.depthRange', 'input.depth', { max: MAX_DEPTH });
  }
  if (request.period !== null && !PERIOD.test(request.period)) {
    throw badUserInput('analytics.periodFormat', 'input.period');
  }
  const scope = await resolveScope(source, request, viewer, settings);
  const { minGroupSize } = settings;

  const focus = request.programId ? await source.programFocus(request.programId) : null;
  if (request.programId && !focus) throw notFound('analytics.programNotFound');
  const all = (await source.catalogue()).sort(
    (a, b) => catalogueRank(a.code) - catalogueRank(b.code) || a.code.localeCompare(b.code),
  );
  const byCode = new Map(all.map((capability) => [capability.code, capability]));
  let columns: CapabilityRow[];
  if (request.capabilityCodes) {
    const unknown = request.capabilityCodes.filter((code) => !byCode.has(code));
    if (unknown.length > 0) {
      throw badUserInput('analytics.unknownCapabilities', 'input.capabilities', {
        codes: unknown.join(', '),
      });
    }
    columns = [...new Set(request.capabilityCodes)].map((code) => byCode.get(code)!);
  } else if (request.metric === 'WELLBEING' && byCode.has(WELLBEING_COLUMN)) {
    // Wellbeing is about the person, not a capability: its one column, whatever the program's focus.
    columns = [byCode.get(WELLBEING_COLUMN)!];
  } else if (focus && focus.length > 0) {
    columns = focus.flatMap((code) => byCode.get(code) ?? []);
  } else {
    columns = all;
  }

  const key: FilterKey = {
    program: request.programId ?? ALL_PROGRAMS,
    period: request.period ?? ALL_PERIODS,
  };
  // A filter is checked against its unfiltered figures everywhere in the tree:
  // a unit entirely inside the filter is known from the unfiltered view, and
  // subtracting it from a filtered ancestor is an attack a view-local decision
  // cannot see.
  // That whole-tree decision depends only on the aggregate snapshot, so it is
  // made once per snapshot and column and then served view-locally.
  const filtered = basesOf(key).length > 0;
  const asOf = settings.refresh?.refreshedAt ?? null;
  const cacheKeys = columns.map((capability) =>
    asOf
      ? [orgId, asOf.getTime(), request.metric, filterKeyString(key), capability.code, minGroupSize].join('|')
      : null,
  );
  const cached = cacheKeys.map((cacheKey) => (cacheKey ? decisionCache.get(cacheKey) : undefined));
  const wholeTreeNeeded = filtered && cached.some((hidden) => hidden === undefined);
  const units = wholeTreeNeeded ? await source.allUnits() : await source.unitsAround(scope, request.depth);
  const tree = wholeTreeNeeded ? wholeTree(units) : familyTree(units, scope, request.depth);
  const unitIds = [ORGANISATION, ...units.map((unit) => unit.id)];
  const { index, population } = await source.aggregatesFor(
    request.metric,
    wholeTreeNeeded || !filtered ? allKeys(key) : [key],
    wholeTreeNeeded ? null : unitIds,
  );
  const hidden = columns.map((capability, i): ReadonlyMap<string, SuppressionReason> => {
    const known = filtered ? cached[i] : undefined;
    if (known) return known;
    const decided = decideColumn(tree, index, request.metric, key, capability.code, minGroupSize).hidden;
    const cacheKey = cacheKeys[i];
    if (filtered && cacheKey) remember(cacheKey, decided);
    return decided;
  });
  const view = index.get(filterKeyString(key));

  const rowOf = (unit: TreeUnit, level: number): HeatmapRowResult => ({
    unit,
    level,
    peopleCount: population.get(unit.id) ?? 0,
    hasChildren: unit.hasChildren,
    cells: columns.map((capability, i) =>
      cellOf(request.metric, view?.get(unit.id)?.get(capability.code), hidden[i]?.get(unit.id), minGroupSize),
    ),
  });

  // Depth first, siblings by name, so the client can indent without re-sorting.
  const rows: HeatmapRowResult[] = [];
  const deepest = (scope?.depth ?? -1) + request.depth;
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const visit = (parent: string, level: number): void => {
    for (const id of tree.children.get(parent) ?? []) {
      const unit = unitsById.get(id);
      if (!unit) continue;
      rows.push(rowOf(unit, level));
      if (unit.depth < deepest) visit(unit.id, level + 1);
    }
  };
  visit(scope?.id ?? ORGANISATION, 1);

  return {
    metric: request.metric,
    unit: scope,
    path: scope ? scope.path.slice(0, -1).flatMap((id) => unitsById.get(id) ?? []) : [],
    programId: request.programId,
    period: request.period,
    minGroupSize,
    columns: columns.map((capability, i) => ({
      capability,
      organisation: cellOf(
        request.metric,
        view?.get(ORGANISATION)?.get(capability.code),
        hidden[i]?.get(ORGANISATION),
        minGroupSize,
      ),
    })),
    total: scope ? rowOf(scope, 0) : null,
    rows,
  };
}
