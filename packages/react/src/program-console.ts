import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-program-console> (first definition on the page wins) and exports its class.
import { ProgramConsole } from '@coachwork/widgets/program-console.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-program-console` event; each prop receives the typed event (`event.detail`). */
export const programConsoleEvents = {
  ...baseEvents,
  onProgramSaved: eventName('cw-program-saved'),
  onProgramPublished: eventName('cw-program-published'),
  onEnrolmentChanged: eventName('cw-enrolment-changed'),
  onMatchApproved: eventName('cw-match-approved'),
  onCoachStatusChanged: eventName('cw-coach-status-changed'),
  onProgramExport: eventName('cw-program-export'),
  onLtiRegistrationChanged: eventName('cw-lti-registration-changed'),
} as const;

/**
 * `<cw-program-console>` for React. Element properties (`gateway`, `tokenProvider`, `program`, `tab`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwProgramConsole: ReactWebComponent<ProgramConsole, typeof programConsoleEvents> =
  createComponent({
    react: React,
    tagName: 'cw-program-console',
    elementClass: ProgramConsole,
    events: programConsoleEvents,
    displayName: 'CwProgramConsole',
  });

export type CwProgramConsoleProps = React.ComponentProps<typeof CwProgramConsole>;
export { ProgramConsole };
