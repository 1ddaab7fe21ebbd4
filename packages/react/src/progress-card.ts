import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-progress-card> (first definition on the page wins) and exports its class.
import { ProgressCard } from '@coachwork/widgets/progress-card.js';
import { baseEvents, eventName } from './event-name.js';

/** React prop → `cw-progress-card` event; each prop receives the typed event (`event.detail`). */
export const progressCardEvents = {
  ...baseEvents,
  onProgressOpenGoals: eventName('cw-progress-open-goals'),
  onProgressOpenBooking: eventName('cw-progress-open-booking'),
} as const;

/**
 * `<cw-progress-card>` for React. Element properties (`gateway`, `tokenProvider`, `locale`, `theme`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwProgressCard: ReactWebComponent<ProgressCard, typeof progressCardEvents> = createComponent({
  react: React,
  tagName: 'cw-progress-card',
  elementClass: ProgressCard,
  events: progressCardEvents,
  displayName: 'CwProgressCard',
});

export type CwProgressCardProps = React.ComponentProps<typeof CwProgressCard>;
export { ProgressCard };
