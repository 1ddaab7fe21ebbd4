/**
 * Every element the kit ships and the module that defines it, imported only when asked: the list
 * the one-script loader (`coachwork.js`) and a bundling host's lazy registry (`./lazy.ts`) share.
 * One entry per file in src/define/; scripts/build.mjs refuses to build when the two differ.
 */
import type { ElementLoaders } from './lazy-define.js';

export const elementLoaders: ElementLoaders = {
  'cw-coach-desk': () => import('../define/coach-desk.js'),
  'cw-goal-tracker': () => import('../define/goal-tracker.js'),
  'cw-program-console': () => import('../define/program-console.js'),
  'cw-progress-card': () => import('../define/progress-card.js'),
  'cw-pulse': () => import('../define/pulse.js'),
  'cw-quality-heatmap': () => import('../define/quality-heatmap.js'),
  'cw-session-booker': () => import('../define/session-booker.js'),
  'cw-viewer-badge': () => import('../define/viewer-badge.js'),
};
