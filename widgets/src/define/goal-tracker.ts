import { GoalTracker } from '../goal-tracker/goal-tracker.js';
import { defineElement } from '../shared/define.js';

// Also exported so a host (or a framework wrapper such as @coachwork/react) gets the class from
// the same entry point that registers the tag, without importing the whole kit.
export { GoalTracker };

defineElement('cw-goal-tracker', GoalTracker);

declare global {
  interface HTMLElementTagNameMap {
    'cw-goal-tracker': GoalTracker;
  }
}
