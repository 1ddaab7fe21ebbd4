import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-pulse> (first definition on the page wins) and exports its class.
import { Pulse } from '@coachwork/widgets/pulse.js';
import { baseEvents } from './event-name.js';

/** React prop → `cw-pulse` event; each prop receives the typed event (`event.detail`). */
export const pulseEvents = { ...baseEvents } as const;

/**
 * `<cw-pulse>` for React. Element properties (`gateway`, `tokenProvider`, …) are props and are set as
 * properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwPulse: ReactWebComponent<Pulse, typeof pulseEvents> = createComponent({
  react: React,
  tagName: 'cw-pulse',
  elementClass: Pulse,
  events: pulseEvents,
  displayName: 'CwPulse',
});

export type CwPulseProps = React.ComponentProps<typeof CwPulse>;
export { Pulse };
