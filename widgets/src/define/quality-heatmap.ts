import { defineElement } from '../shared/define.js';
import { QualityHeatmap } from '../quality-heatmap/quality-heatmap.js';

defineElement('cw-quality-heatmap', QualityHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'cw-quality-heatmap': QualityHeatmap;
  }
}
