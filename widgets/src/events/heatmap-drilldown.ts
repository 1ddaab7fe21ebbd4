import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface HeatmapDrilldownDetail {
  /** The org unit now shown (its global ID, as `OrgUnit.id`); null for the whole organisation. */
  unitId: string | null;
  /** The unit shown before the move; null for the whole organisation. */
  previousUnitId: string | null;
}

/**
 * `cw-heatmap-drilldown`
 *
 * Purpose: tells the host that the viewer moved through the org tree in `<cw-quality-heatmap>`:
 * into a unit (Enter or click on a row) or back up (the breadcrumb).
 * Fires: when the element's `unit` changes because of the viewer, before the new view has loaded.
 * The host may: keep its own URL or navigation in step (e.g. `?unit=…`), or log the path taken.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-heatmap-drilldown.v1.schema.json`.
 */
export class HeatmapDrilldownEvent extends CoachworkEvent<HeatmapDrilldownDetail> {
  static override readonly eventName = 'cw-heatmap-drilldown';
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof HeatmapDrilldownEvent> {}
}
