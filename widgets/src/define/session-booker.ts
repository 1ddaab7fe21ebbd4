import { SessionBooker } from '../session-booker/session-booker.js';
import { defineElement } from '../shared/define.js';

defineElement('cw-session-booker', SessionBooker);

declare global {
  interface HTMLElementTagNameMap {
    'cw-session-booker': SessionBooker;
  }
}
