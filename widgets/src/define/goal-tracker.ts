import { GoalTracker } from '../goal-tracker/goal-tracker.js';
import { defineElement } from '../shared/define.js';

defineElement('cw-goal-tracker', GoalTracker);

declare global {
  interface HTMLElementTagNameMap {
    'cw-goal-tracker': GoalTracker;
  }
}
