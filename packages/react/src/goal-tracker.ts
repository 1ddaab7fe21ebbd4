import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-goal-tracker> (first definition on the page wins) and exports its class.
import { GoalTracker } from '@coachwork/widgets/goal-tracker.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-goal-tracker` event; each prop receives the typed event (`event.detail`). */
export const goalTrackerEvents = {
  ...baseEvents,
  onGoalCreated: eventName('cw-goal-created'),
  onGoalUpdated: eventName('cw-goal-updated'),
  onGoalCheckedIn: eventName('cw-goal-checked-in'),
  onGoalCompleted: eventName('cw-goal-completed'),
} as const;

/**
 * `<cw-goal-tracker>` for React. Element properties (`gateway`, `tokenProvider`, `locale`, `theme`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwGoalTracker: ReactWebComponent<GoalTracker, typeof goalTrackerEvents> = createComponent({
  react: React,
  tagName: 'cw-goal-tracker',
  elementClass: GoalTracker,
  events: goalTrackerEvents,
  displayName: 'CwGoalTracker',
});

export type CwGoalTrackerProps = React.ComponentProps<typeof CwGoalTracker>;
export { GoalTracker };
