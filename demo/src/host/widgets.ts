import type { TokenProvider } from '@coachwork/client';
import { loadDirectReports } from './direct-reports.js';
import { retryUntilAnswered } from './retry.js';
// The kit's lazy registry, not every widget's define module: each widget's code is fetched and
// compiled only once one of its elements is on the page and near the viewport, so the host's first
// load does not pay for widgets further down, on another page, or in a hidden panel.
import '@coachwork/widgets/loader/lazy.js';

export interface WidgetSettings {
  gateway: string;
  tokenProvider: TokenProvider;
  /** BCP 47; unset, the widgets follow the page's `lang`. */
  locale?: string | undefined;
  /** `auto`, `light`, `dark` or `high-contrast`; unset, `auto`. */
  theme?: string | undefined;
}

/** A configured Coachwork element, not yet on the page. */
function coachworkElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  settings: WidgetSettings,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  // Set before the element is connected so its first request already carries a token.
  (element as HTMLElement & { tokenProvider?: TokenProvider }).tokenProvider = settings.tokenProvider;
  element.setAttribute('gateway', settings.gateway);
  if (settings.locale) element.setAttribute('locale', settings.locale);
  if (settings.theme) element.setAttribute('theme', settings.theme);
  return element;
}

/**
 * Puts a Coachwork element (or a list of them) in its slot. Until the tag's code has loaded (the
 * registry loads it once an element is near the viewport) the element is empty, so the slot keeps
 * its "Loading…" line until then: a slow network shows that rather than an empty box, and the line
 * gives way to the element's skeleton in the same frame.
 */
function place(slot: HTMLElement, content: Element, tag: string): void {
  const placeholder = slot.querySelector(':scope > .slot-placeholder');
  if (placeholder === null || customElements.get(tag) !== undefined) {
    slot.replaceChildren(content);
    return;
  }
  slot.replaceChildren(placeholder, content);
  void customElements.whenDefined(tag).then(() => placeholder.remove());
}

/** Puts the Coachwork elements for a slot on the page; the elements load and render their own data. */
export function mountViewerBadge(slot: HTMLElement, settings: WidgetSettings): void {
  place(slot, coachworkElement('cw-viewer-badge', settings), 'cw-viewer-badge');
}

/**
 * `<cw-goal-tracker>` for a `data-cw-goal-tracker` slot; the slot's `data-capability` (a capability
 * code, e.g. on a course page) becomes the tracker's `capability` filter.
 */
export function mountGoalTracker(slot: HTMLElement, settings: WidgetSettings): void {
  const tracker = coachworkElement('cw-goal-tracker', settings);
  if (slot.dataset['capability']) tracker.setAttribute('capability', slot.dataset['capability']);
  if (slot.hasAttribute('data-compact')) tracker.setAttribute('compact', '');
  place(slot, tracker, 'cw-goal-tracker');
}

/** `<cw-quality-heatmap>` for a `data-cw-quality-heatmap` slot (the HR portal's "Leadership health"). */
export function mountQualityHeatmap(slot: HTMLElement, settings: WidgetSettings): void {
  place(slot, coachworkElement('cw-quality-heatmap', settings), 'cw-quality-heatmap');
}

/** `<cw-session-booker>` for a `data-cw-session-booker` slot (`data-compact` for narrow columns). */
export function mountSessionBooker(slot: HTMLElement, settings: WidgetSettings): void {
  const booker = coachworkElement('cw-session-booker', settings);
  if (slot.hasAttribute('data-compact')) booker.setAttribute('compact', '');
  place(slot, booker, 'cw-session-booker');
}

/** `<cw-progress-card>` for a `data-cw-progress-card` slot (`data-compact` for the compact layout). */
export function mountProgressCard(slot: HTMLElement, settings: WidgetSettings, person?: string): void {
  const card = coachworkElement('cw-progress-card', settings);
  if (slot.hasAttribute('data-compact')) card.setAttribute('layout', 'compact');
  if (person) card.setAttribute('person', person);
  place(slot, card, 'cw-progress-card');
}

/**
 * A manager's team strip for a `data-cw-team-progress` slot: one compact card per direct report.
 * A real host would take the team from its own directory; the demo asks the gateway, through the
 * page's shared client, so the cards reuse what this request brings into the cache.
 */
export async function mountTeamProgress(slot: HTMLElement, settings: WidgetSettings): Promise<void> {
  const note = (text: string): void => {
    const line = document.createElement('p');
    line.className = 'slot-placeholder';
    line.textContent = text;
    slot.replaceChildren(line);
  };
  let reports = await loadDirectReports(settings.gateway, 12);
  if (reports instanceof Error) {
    note('The team could not be loaded.');
    // Asked again on the widgets' schedule, so the strip comes back with them after an outage.
    reports = await retryUntilAnswered(async () => {
      const answer = await loadDirectReports(settings.gateway, 12);
      return answer instanceof Error ? undefined : answer;
    });
  }
  if (reports.length === 0) {
    note('No one reports to you.');
    return;
  }
  const list = document.createElement('ul');
  list.className = 'team-strip';
  for (const report of reports) {
    const item = document.createElement('li');
    const card = coachworkElement('cw-progress-card', settings);
    card.setAttribute('layout', 'compact');
    card.setAttribute('person', report.id);
    item.append(card);
    list.append(item);
  }
  place(slot, list, 'cw-progress-card');
}

/**
 * The progress card asks its host to open goals or booking; this host has them on the same page,
 * so it brings the widget into view and moves focus there.
 */
export function routeProgressLinks(): void {
  const reveal = (selector: string) => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    // The widget element takes no focus itself; its slot does, so keyboard users land there.
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };
  document.addEventListener('cw-progress-open-goals', (event) => {
    // A manager's strip opens the report's shared goals, read-only, in the page's tracker.
    // (The tracker stays editable when the person is the viewer.)
    document
      .querySelector('[data-cw-goal-tracker] cw-goal-tracker')
      ?.setAttribute('person', event.detail.personId);
    reveal('[data-cw-goal-tracker]');
  });
  document.addEventListener('cw-progress-open-booking', () => reveal('[data-cw-session-booker]'));
}

/**
 * `<cw-program-console>` for a `data-cw-program-console` slot (the HR portal's "Coaching programs"
 * page). The open program and tab live in the page's URL (`#program=…&tab=…`), as a host keeps
 * them, so a reload or a shared link opens the same view (`syncWithUrl` false: the element alone).
 */
export function mountProgramConsole(slot: HTMLElement, settings: WidgetSettings, syncWithUrl = true): void {
  const console = coachworkElement('cw-program-console', settings);
  if (!syncWithUrl) {
    place(slot, console, 'cw-program-console');
    return;
  }
  const fromHash = (): void => {
    const hash = new URLSearchParams(location.hash.slice(1));
    const program = hash.get('program');
    const tab = hash.get('tab');
    if (program) console.setAttribute('program', program);
    else console.removeAttribute('program');
    if (tab) console.setAttribute('tab', tab);
    else console.removeAttribute('tab');
  };
  fromHash();
  window.addEventListener('hashchange', fromHash);
  // The element reflects what it shows; the page writes it into its URL.
  new MutationObserver(() => {
    const hash = new URLSearchParams();
    const program = console.getAttribute('program');
    const tab = console.getAttribute('tab');
    if (program) hash.set('program', program);
    if (program && tab) hash.set('tab', tab);
    const next = hash.toString();
    if (location.hash.slice(1) !== next)
      history.replaceState(null, '', next ? `#${next}` : location.pathname + location.search);
  }).observe(console, { attributes: true, attributeFilter: ['program', 'tab'] });
  place(slot, console, 'cw-program-console');
}

/** `<cw-coach-desk>` for a `data-cw-coach-desk` slot: the signed-in coach's week, clients and hours. */
export function mountCoachDesk(slot: HTMLElement, settings: WidgetSettings): void {
  place(slot, coachworkElement('cw-coach-desk', settings), 'cw-coach-desk');
}

/** `<cw-pulse>` for a `data-cw-pulse` slot: the 360 ratings the signed-in person owes, if any. */
export function mountPulse(slot: HTMLElement, settings: WidgetSettings): void {
  place(slot, coachworkElement('cw-pulse', settings), 'cw-pulse');
}
