import { SessionBooker } from '../session-booker/session-booker.js';
import { defineElement } from '../shared/define.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { SessionBooker };

defineElement('cw-session-booker', SessionBooker);

declare global {
  interface HTMLElementTagNameMap {
    'cw-session-booker': SessionBooker;
  }
}
