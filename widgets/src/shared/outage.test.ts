import { expect, html } from '@open-wc/testing';
import '../define/goal-tracker.js';
import '../define/progress-card.js';
import '../define/session-booker.js';
import '../define/viewer-badge.js';
import type { TokenProvider } from '@coachwork/client';
import { until } from './testing/dom.js';
import { devTokenProvider, restartGateway, startGateway, stopGateway } from './testing/gateway.js';
import { mount } from './testing/mount.js';
import { screenshot } from './testing/screenshot.js';

const tags = ['cw-viewer-badge', 'cw-progress-card', 'cw-goal-tracker', 'cw-session-booker'] as const;

/** The widgets of one host page, sharing one gateway address (so one client and one token). */
function page(gateway: string, tokenProvider: TokenProvider): HTMLElement[] {
  const frame = mount<HTMLDivElement>(
    html`<div
      data-page
      style="display: grid; gap: 16px; padding: 16px; width: 640px; font-family: system-ui, sans-serif"
    >
      ${tags.map((tag) => html`<div data-widget=${tag}></div>`)}
    </div>`,
  );
  return tags.map((tag) => {
    const element = document.createElement(tag);
    (element as HTMLElement & { tokenProvider?: TokenProvider }).tokenProvider = tokenProvider;
    element.setAttribute('gateway', gateway);
    element.setAttribute('locale', 'en');
    frame.querySelector(`[data-widget="${tag}"]`)!.append(element);
    return element;
  });
}

const stateOf = (element: HTMLElement): string => {
  const root = element.shadowRoot;
  if (!root) return 'none';
  const state = root.querySelector('[part~="state"]');
  if (!state) return root.childElementCount > 0 ? 'content' : 'none';
  return state.getAttribute('part')!.replace('state ', '');
};

/** Shows its data (or its empty state): neither loading nor failed. */
const answered = (element: HTMLElement): boolean => ['content', 'state-empty'].includes(stateOf(element));

describe('widgets of one page through a gateway outage', function () {
  let url: string;

  before(async function () {
    this.timeout(200_000);
    url = (await startGateway('outage')).url;
  });

  it('ask the token provider once for every widget on the page', async function () {
    this.timeout(60_000);
    const provider = devTokenProvider(url);
    const widgets = page(`${url}/graphql?page=token-once`, provider);
    await until(() => widgets.every(answered), 'every widget to show its data', 50_000);
    expect(provider.calls).to.equal(1);
  });

  it('say the service is unreachable, then come back by themselves once it answers', async function () {
    this.timeout(240_000);
    await stopGateway('outage');
    const provider = devTokenProvider(url);
    const widgets = page(`${url}/graphql?page=outage`, provider);

    await until(
      () => widgets.every((w) => stateOf(w) === 'state-error'),
      'every widget to show the error state',
    );
    for (const widget of widgets) {
      const text = widget.shadowRoot!.querySelector('[part~="state-error"]')!.textContent!;
      expect(text, widget.localName).to.contain('could not be reached');
      expect(text, widget.localName).not.to.contain('sign-in');
    }
    await screenshot('outage-unreachable', '[data-page]');

    // Retrying by itself with a growing back-off; coming back online asks again at once.
    await until(() => provider.calls >= 4, 'a few attempts with back-off', 30_000);
    const before = provider.calls;
    window.dispatchEvent(new Event('online'));
    await until(() => provider.calls > before, 'an attempt as the browser comes back online', 1000);

    await restartGateway('outage');
    // Nobody clicks: within 5 s of the gateway answering, every widget shows its data.
    await until(() => widgets.every(answered), 'every widget to recover without input', 5000);
    await screenshot('outage-recovered', '[data-page]');
  });
});
