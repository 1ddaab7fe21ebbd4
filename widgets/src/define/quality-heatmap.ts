import { defineElement } from '../shared/define.js';
import { QualityHeatmap } from '../quality-heatmap/quality-heatmap.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { QualityHeatmap };

defineElement('cw-quality-heatmap', QualityHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'cw-quality-heatmap': QualityHeatmap;
  }
}
