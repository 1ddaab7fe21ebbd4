import type { HeatmapMetricName } from '../quality-heatmap/quality-heatmap.scale.js';
import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface HeatmapExportDetail {
  /** The view as CSV (RFC 4180), exactly as the gateway let the viewer see it. */
  csv: string;
  /** The file name the element will download under, e.g. `heatmap-score-2026-11-25.csv`. */
  filename: string;
  /** The metric exported: `SCORE`, `DELTA_FROM_BASELINE`, `PARTICIPATION_RATE`, `SESSION_CADENCE`, `SESSION_QUALITY` or `WELLBEING`. */
  metric: HeatmapMetricName;
}

/**
 * `cw-heatmap-export`
 *
 * Purpose: tells the host that the viewer exported the current view of `<cw-quality-heatmap>`.
 * Fires: when the CSV has arrived from the gateway, just before the element starts the download.
 * Cancelable.
 * The host may: call `preventDefault()` and handle the file itself (upload it to its document
 * store, attach it to a review), or just record that an export happened.
 *
 * @version 3 — the `detail` contract, published as `schemas/cw-heatmap-export.v3.schema.json` (v3 adds the
 * `WELLBEING` metric, v2 added `SESSION_QUALITY`; v1 and v2 stay in `schemas/` for hosts still on them).
 */
export class HeatmapExportEvent extends CoachworkEvent<HeatmapExportDetail> {
  static override readonly eventName = 'cw-heatmap-export';
  static override readonly cancelable = true;
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof HeatmapExportEvent> {}
}
