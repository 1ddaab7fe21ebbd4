import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-coach-desk> (first definition on the page wins) and exports its class.
import { CoachDesk } from '@coachwork/widgets/coach-desk.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-coach-desk` event; each prop receives the typed event (`event.detail`). */
export const coachDeskEvents = {
  ...baseEvents,
  onSessionRecorded: eventName('cw-session-recorded'),
  onSessionNoteSaved: eventName('cw-session-note-saved'),
  onAvailabilitySaved: eventName('cw-availability-saved'),
} as const;

/**
 * `<cw-coach-desk>` for React. Element properties (`gateway`, `tokenProvider`, `tab`, …) are props and are
 * set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwCoachDesk: ReactWebComponent<CoachDesk, typeof coachDeskEvents> = createComponent({
  react: React,
  tagName: 'cw-coach-desk',
  elementClass: CoachDesk,
  events: coachDeskEvents,
  displayName: 'CwCoachDesk',
});

export type CwCoachDeskProps = React.ComponentProps<typeof CwCoachDesk>;
export { CoachDesk };
