import { defineElement } from '../shared/define.js';
import { ProgressCard } from '../progress-card/progress-card.js';

defineElement('cw-progress-card', ProgressCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-progress-card': ProgressCard;
  }
}
