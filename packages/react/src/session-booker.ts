import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-session-booker> (first definition on the page wins) and exports its class.
import { SessionBooker } from '@coachwork/widgets/session-booker.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-session-booker` event; each prop receives the typed event (`event.detail`). */
export const sessionBookerEvents = {
  ...baseEvents,
  onCoachSelected: eventName('cw-coach-selected'),
  onSessionBooked: eventName('cw-session-booked'),
  onSessionRescheduled: eventName('cw-session-rescheduled'),
  onSessionCancelled: eventName('cw-session-cancelled'),
  onFeedbackSubmitted: eventName('cw-feedback-submitted'),
} as const;

/**
 * `<cw-session-booker>` for React. Element properties (`gateway`, `tokenProvider`, `locale`, `theme`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwSessionBooker: ReactWebComponent<SessionBooker, typeof sessionBookerEvents> = createComponent({
  react: React,
  tagName: 'cw-session-booker',
  elementClass: SessionBooker,
  events: sessionBookerEvents,
  displayName: 'CwSessionBooker',
});

export type CwSessionBookerProps = React.ComponentProps<typeof CwSessionBooker>;
export { SessionBooker };
