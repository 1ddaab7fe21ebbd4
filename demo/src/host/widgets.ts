import type { TokenProvider } from '@coachwork/client';
import '@coachwork/widgets/define/viewer-badge.js';
import '@coachwork/widgets/define/goal-tracker.js';
import '@coachwork/widgets/define/quality-heatmap.js';
import '@coachwork/widgets/define/session-booker.js';

export interface WidgetSettings {
  gateway: string;
  tokenProvider: TokenProvider;
  /** BCP 47; unset, the widgets follow the page's `lang`. */
  locale?: string | undefined;
  /** `auto`, `light`, `dark` or `high-contrast`; unset, `auto`. */
  theme?: string | undefined;
}

/** Puts the Coachwork elements for a slot on the page; the elements load and render their own data. */
export function mountViewerBadge(slot: HTMLElement, settings: WidgetSettings): void {
  const badge = document.createElement('cw-viewer-badge');
  // Set before the element is connected so its first request already carries a token.
  badge.tokenProvider = settings.tokenProvider;
  badge.setAttribute('gateway', settings.gateway);
  if (settings.locale) badge.setAttribute('locale', settings.locale);
  if (settings.theme) badge.setAttribute('theme', settings.theme);
  slot.replaceChildren(badge);
}

/**
 * `<cw-goal-tracker>` for a `data-cw-goal-tracker` slot; the slot's `data-capability` (a capability
 * code, e.g. on a course page) becomes the tracker's `capability` filter.
 */
export function mountGoalTracker(slot: HTMLElement, settings: WidgetSettings): void {
  const tracker = document.createElement('cw-goal-tracker');
  tracker.tokenProvider = settings.tokenProvider;
  tracker.setAttribute('gateway', settings.gateway);
  if (settings.locale) tracker.setAttribute('locale', settings.locale);
  if (settings.theme) tracker.setAttribute('theme', settings.theme);
  if (slot.dataset['capability']) tracker.setAttribute('capability', slot.dataset['capability']);
  if (slot.hasAttribute('data-compact')) tracker.setAttribute('compact', '');
  slot.replaceChildren(tracker);
}

/** `<cw-quality-heatmap>` for a `data-cw-quality-heatmap` slot (the HR portal's "Leadership health"). */
export function mountQualityHeatmap(slot: HTMLElement, settings: WidgetSettings): void {
  const heatmap = document.createElement('cw-quality-heatmap');
  heatmap.tokenProvider = settings.tokenProvider;
  heatmap.setAttribute('gateway', settings.gateway);
  if (settings.locale) heatmap.setAttribute('locale', settings.locale);
  if (settings.theme) heatmap.setAttribute('theme', settings.theme);
  slot.replaceChildren(heatmap);
}

/** `<cw-session-booker>` for a `data-cw-session-booker` slot (`data-compact` for narrow columns). */
export function mountSessionBooker(slot: HTMLElement, settings: WidgetSettings): void {
  const booker = document.createElement('cw-session-booker');
  booker.tokenProvider = settings.tokenProvider;
  booker.setAttribute('gateway', settings.gateway);
  if (settings.locale) booker.setAttribute('locale', settings.locale);
  if (settings.theme) booker.setAttribute('theme', settings.theme);
  if (slot.hasAttribute('data-compact')) booker.setAttribute('compact', '');
  slot.replaceChildren(booker);
}
