import { CoachDesk } from '../coach-desk/coach-desk.js';
import { defineElement } from '../shared/define.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { CoachDesk };

defineElement('cw-coach-desk', CoachDesk);

declare global {
  interface HTMLElementTagNameMap {
    'cw-coach-desk': CoachDesk;
  }
}
