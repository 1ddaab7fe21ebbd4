import { expect, html } from '@open-wc/testing';
import '../define/viewer-badge.js';
import { until } from './testing/dom.js';
import { signedIn, startGateway } from './testing/gateway.js';
import { mount } from './testing/mount.js';

type WidgetElement = HTMLElement & { tokenProvider?: unknown; updateComplete: Promise<unknown> };

/** The state part the element shows, `content` once it shows its data, undefined before it rendered. */
const stateOf = (element: HTMLElement): string | undefined =>
  element.shadowRoot?.firstElementChild
    ? (element.shadowRoot.querySelector('[part~="state"]')?.getAttribute('part')?.replace('state ', '') ??
      'content')
    : undefined;

/** Every request the page's scripts made while a test ran (fetch, passed through unchanged). */
const requested: string[] = [];
const pageFetch = globalThis.fetch;
beforeEach(() => {
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return pageFetch(input, init);
  };
});
afterEach(() => {
  globalThis.fetch = pageFetch;
});

/** Requests made for one element here (each has its own gateway address, by `case`). */
const requestsFor = (name: string): number =>
  requested.filter((url) => new URL(url).searchParams.get('case') === name).length;

const LUCIA = { email: 'lucia.fernandez@northwind.example' };

describe('widgets below the fold wait until they come near the viewport', function () {
  let url: string;
  before(async function () {
    this.timeout(200_000);
    url = (await startGateway()).url;
  });

  function badge(who: { gateway: string; tokenProvider: unknown }, name: string): WidgetElement {
    const element = document.createElement('cw-viewer-badge') as WidgetElement;
    element.tokenProvider = who.tokenProvider;
    // Its own gateway address: its own client and requests the test can tell apart.
    element.setAttribute('gateway', `${who.gateway}&case=${name}`);
    element.setAttribute('locale', 'en');
    return element;
  }

  it('one in view asks for its data at once; one far below asks only once scrolled near', async function () {
    this.timeout(60_000);
    const who = signedIn(url, LUCIA);
    const page = mount<HTMLDivElement>(html`<div data-page style="width: 560px"></div>`);
    const inView = badge(who, 'in-view');
    const spacer = document.createElement('div');
    // Five viewports of host content between the two.
    spacer.style.height = `${window.innerHeight * 5}px`;
    const farBelow = badge(who, 'far-below');
    page.append(inView, spacer, farBelow);

    // The one in view renders its content without anything scrolling.
    await until(() => stateOf(inView) === 'content', 'the badge in view to show its content', 30_000);
    expect(window.scrollY).to.equal(0);
    expect(requestsFor('in-view')).to.be.above(0);

    // Meanwhile the far one holds its place with its skeleton and has asked nothing.
    await farBelow.updateComplete;
    expect(stateOf(farBelow)).to.equal('state-loading');
    expect(farBelow.getBoundingClientRect().height).to.be.above(0);
    expect(requestsFor('far-below')).to.equal(0);

    // Scrolled to within a viewport of it (not into view): it asks and renders.
    window.scrollTo(0, farBelow.getBoundingClientRect().top + window.scrollY - window.innerHeight * 1.5);
    await until(() => stateOf(farBelow) === 'content', 'the far badge to show its content', 30_000);
    expect(farBelow.getBoundingClientRect().top).to.be.above(window.innerHeight);
    expect(requestsFor('far-below')).to.be.above(0);
    window.scrollTo(0, 0);
  });

  it('one that was never near asks for nothing after it is removed, and one put back in view loads', async function () {
    this.timeout(60_000);
    const who = signedIn(url, LUCIA);
    const page = mount<HTMLDivElement>(html`<div style="width: 560px"></div>`);
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight * 5}px`;
    const moved = badge(who, 'moved');
    page.append(spacer, moved);
    await moved.updateComplete;
    expect(stateOf(moved)).to.equal('state-loading');
    // The host moves it to the top of its page: now in view, it loads without a scroll.
    page.prepend(moved);
    await until(() => stateOf(moved) === 'content', 'the moved badge to show its content', 30_000);
    expect(window.scrollY).to.equal(0);
  });
});
