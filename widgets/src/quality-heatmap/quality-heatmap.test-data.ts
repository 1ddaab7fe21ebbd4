import type { HeatmapData } from './quality-heatmap.js';

type Cell = NonNullable<HeatmapData['total']>['cells'][number];

/** A view the gateway could have sent, for tests that give the heatmap its data: what they do not name is an empty all-time score view. */
export function heatmapView(view: Partial<HeatmapData> & Pick<HeatmapData, 'columns' | 'rows'>): HeatmapData {
  return {
    metric: 'SCORE',
    period: null,
    periods: [],
    minGroupSize: 5,
    participationTarget: 0.6,
    stale: false,
    asOf: null,
    unit: null,
    path: [],
    total: null,
    ...view,
  };
}

/** A cell with a figure about `count` people. */
export function shownCell(value: number, count: number, extra: Partial<Cell> = {}): Cell {
  return { value, count, suppressed: false, reason: null, ...extra };
}

/** A cell withheld for `reason`. */
export function withheldCell(reason: NonNullable<Cell['reason']> = 'BELOW_MIN_GROUP_SIZE'): Cell {
  return { value: null, count: null, suppressed: true, reason };
}
