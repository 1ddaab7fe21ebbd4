import type { HeatmapMetricName } from '../quality-heatmap/quality-heatmap.scale.js';
import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface HeatmapCellSelectDetail {
  /** The row's org unit (global ID); null for the organisation-wide row. */
  unitId: string | null;
  /** The column's capability code, e.g. `FEEDBACK`. */
  capability: string;
  /** The metric the grid shows: `SCORE`, `DELTA_FROM_BASELINE`, `PARTICIPATION_RATE`, `SESSION_CADENCE`, `SESSION_QUALITY` or `WELLBEING`. */
  metric: HeatmapMetricName;
  /** Null when the cell is suppressed (the gateway never sent a figure). */
  value: number | null;
  /** People counted; null when suppressed. */
  count: number | null;
  /** True when the gateway withheld the cell: it is about fewer people than the organisation's minimum group size. */
  suppressed: boolean;
}

/**
 * `cw-heatmap-cell-select`
 *
 * Purpose: tells the host which cell of `<cw-quality-heatmap>` the viewer picked.
 * Fires: on a click on a cell, or Space on the focused cell.
 * The host may: show its own detail panel for that unit and capability, or pre-fill a program
 * nomination form. Suppressed cells carry no figure: the host must not try to derive one.
 *
 * @version 3 — the `detail` contract, published as `schemas/cw-heatmap-cell-select.v3.schema.json` (v3 adds the
 * `WELLBEING` metric, v2 added `SESSION_QUALITY`; v1 and v2 stay in `schemas/` for hosts still on them).
 */
export class HeatmapCellSelectEvent extends CoachworkEvent<HeatmapCellSelectDetail> {
  static override readonly eventName = 'cw-heatmap-cell-select';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof HeatmapCellSelectEvent> {}
}
