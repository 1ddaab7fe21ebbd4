import { defineElement } from '../shared/define.js';
import { ViewerBadge } from '../viewer-badge/viewer-badge.js';

defineElement('cw-viewer-badge', ViewerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cw-viewer-badge': ViewerBadge;
  }
}
