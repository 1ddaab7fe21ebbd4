import * as React from 'react';
import { createComponent, type ReactWebComponent } from '@lit/react';
// The per-widget entry point: registers <cw-viewer-badge> (first definition on the page wins) and exports its class.
import { ViewerBadge } from '@coachwork/widgets/viewer-badge.js';
import { baseEvents } from './event-name.js';

/** React prop → `cw-viewer-badge` event; each prop receives the typed event (`event.detail`). */
export const viewerBadgeEvents = {
  ...baseEvents,
} as const;

/**
 * `<cw-viewer-badge>` for React. Element properties (`gateway`, `tokenProvider`, `locale`, `theme`, …) are
 * props and are set as properties, so objects such as `tokenProvider` reach the element intact.
 */
export const CwViewerBadge: ReactWebComponent<ViewerBadge, typeof viewerBadgeEvents> = createComponent({
  react: React,
  tagName: 'cw-viewer-badge',
  elementClass: ViewerBadge,
  events: viewerBadgeEvents,
  displayName: 'CwViewerBadge',
});

export type CwViewerBadgeProps = React.ComponentProps<typeof CwViewerBadge>;
export { ViewerBadge };
