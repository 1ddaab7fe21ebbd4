import { Pulse } from '../pulse/pulse.js';
import { defineElement } from '../shared/define.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { Pulse };

defineElement('cw-pulse', Pulse);

declare global {
  interface HTMLElementTagNameMap {
    'cw-pulse': Pulse;
  }
}
