import type { EventName } from '@lit/react';

/**
 * A `cw-*` event name typed with the event class the widgets declare for it in
 * `HTMLElementEventMap` (widgets/src/events/). The name is checked against that map, so a renamed or
 * misspelt event fails to compile, and the matching `on…` prop receives the typed event
 * (`event.detail` typed) instead of a bare `Event`.
 */
export function eventName<K extends keyof HTMLElementEventMap & `cw-${string}`>(
  name: K,
): EventName<HTMLElementEventMap[K]> {
  return name as EventName<HTMLElementEventMap[K]>;
}

/** Every element fires this one (the base class): its query ended in `UNAUTHENTICATED`. */
export const baseEvents = {
  onTokenRejected: eventName('cw-token-rejected'),
} as const;
