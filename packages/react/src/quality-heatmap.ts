import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-quality-heatmap> (first definition on the page wins) and exports its class.
import { QualityHeatmap } from '@coachwork/widgets/quality-heatmap.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-quality-heatmap` event; each prop receives the typed event (`event.detail`). */
export const qualityHeatmapEvents = {
  ...baseEvents,
  onHeatmapCellSelect: eventName('cw-heatmap-cell-select'),
  onHeatmapDrilldown: eventName('cw-heatmap-drilldown'),
  onHeatmapExport: eventName('cw-heatmap-export'),
} as const;

/**
 * `<cw-quality-heatmap>` for React. Element properties (`gateway`, `tokenProvider`, `locale`, `theme`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwQualityHeatmap: ReactWebComponent<QualityHeatmap, typeof qualityHeatmapEvents> =
  createComponent({
    react: React,
    tagName: 'cw-quality-heatmap',
    elementClass: QualityHeatmap,
    events: qualityHeatmapEvents,
    displayName: 'CwQualityHeatmap',
  });

export type CwQualityHeatmapProps = React.ComponentProps<typeof CwQualityHeatmap>;
export { QualityHeatmap };
