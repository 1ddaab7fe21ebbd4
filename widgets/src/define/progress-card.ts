import { defineElement } from '../shared/define.js';
import { ProgressCard } from '../progress-card/progress-card.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { ProgressCard };

defineElement('cw-progress-card', ProgressCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-progress-card': ProgressCard;
  }
}
