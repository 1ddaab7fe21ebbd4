import type { TokenProvider } from '@coachwork/client';
import '@coachwork/widgets/define/viewer-badge.js';

/** Puts the Coachwork elements for a slot on the page; the elements load and render their own data. */
export function mountViewerBadge(slot: HTMLElement, gateway: string, tokenProvider: TokenProvider): void {
  const badge = document.createElement('cw-viewer-badge');
  // Set before the element is connected so its first request already carries a token.
  badge.tokenProvider = tokenProvider;
  badge.setAttribute('gateway', gateway);
  slot.replaceChildren(badge);
}
