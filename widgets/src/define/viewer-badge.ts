import { defineElement } from '../shared/define.js';
import { ViewerBadge } from '../viewer-badge/viewer-badge.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { ViewerBadge };

defineElement('cw-viewer-badge', ViewerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cw-viewer-badge': ViewerBadge;
  }
}
