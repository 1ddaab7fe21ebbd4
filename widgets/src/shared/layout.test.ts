import { expect, html } from '@open-wc/testing';
import '../define/goal-tracker.js';
import '../define/progress-card.js';
import '../define/session-booker.js';
import '../define/viewer-badge.js';
import { until } from './testing/dom.js';
import { gql, mintToken, signedIn, startGateway } from './testing/gateway.js';
import { mount } from './testing/mount.js';
import { screenshot } from './testing/screenshot.js';
import { settled, stopTrackingRequests, trackRequests } from './testing/settled.js';

type WidgetElement = HTMLElement & { tokenProvider?: unknown; updateComplete: Promise<unknown> };

const LUCIA = 'lucia.fernandez@northwind.example';

const stateOf = (element: HTMLElement): string =>
  element.shadowRoot?.querySelector('[part~="state"]')?.getAttribute('part')?.replace('state ', '') ??
  'content';

const height = (element: Element): number => element.getBoundingClientRect().height;

/** A widget in a 560 px column, as a host's sidebar or card would give it, not yet loaded. */
function place(
  tag: string,
  attributes: Record<string, string>,
  who: { gateway: string; tokenProvider: unknown },
  after?: HTMLElement,
): WidgetElement {
  const frame = mount<HTMLDivElement>(
    html`<div data-column style="width: 560px; font-family: system-ui, sans-serif"></div>`,
  );
  const element = document.createElement(tag) as WidgetElement;
  element.tokenProvider = who.tokenProvider;
  element.setAttribute('gateway', who.gateway);
  element.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  frame.append(element);
  if (after) frame.append(after);
  return element;
}

before(trackRequests);
after(stopTrackingRequests);

/** Every height the element takes from now on, frame by frame, until `stop()`. */
function recordHeights(element: Element): { heights: number[]; stop(): void } {
  const heights: number[] = [];
  const observer = new ResizeObserver(() => {
    const h = Math.round(height(element));
    if (heights.at(-1) !== h) heights.push(h);
  });
  observer.observe(element);
  return { heights, stop: () => observer.disconnect() };
}

describe('widgets as guests in a host page: their size', function () {
  let url: string;
  before(async function () {
    this.timeout(200_000);
    url = (await startGateway()).url;
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['cw-viewer-badge', {}],
    ['cw-progress-card', {}],
    ['cw-progress-card', { layout: 'compact' }],
    ['cw-goal-tracker', {}],
    ['cw-goal-tracker', { compact: '' }],
    ['cw-session-booker', {}],
    ['cw-session-booker', { compact: '' }],
  ];
  for (const [tag, attributes] of cases) {
    it(`<${tag}${Object.keys(attributes)
      .map((a) => ` ${a}`)
      .join(
        '',
      )}> sketches the height of the seeded content from its first render, within 20 %`, async function () {
      this.timeout(40_000);
      // Its own gateway address: its own client, so nothing it shows comes from another test's cache.
      const who = signedIn(url, { email: LUCIA });
      const el = place(tag, attributes, {
        ...who,
        gateway: `${who.gateway}&case=${tag}-${Object.keys(attributes).join('')}`,
      });
      await el.updateComplete;
      expect(stateOf(el)).to.equal('state-loading');
      const skeleton = height(el);
      await until(
        () => el.shadowRoot!.querySelector('[part~="state-loading"]') === null,
        'the content',
        30_000,
      );
      expect(stateOf(el)).to.equal('content');
      // Parts that load on demand (the booker's slots) settle.
      await settled(el, 'every answer the widget asked for');
      const rendered = height(el);
      expect(
        Math.abs(skeleton - rendered) / rendered,
        `skeleton ${skeleton} px, content ${rendered} px`,
      ).to.be.at.most(0.2);
    });
  }

  it('a long goal list shows its first rows and "Show all N goals", growing once and no further', async function () {
    this.timeout(240_000);
    const layoutUrl = (await startGateway('layout')).url;
    const people = (await (await fetch(`${layoutUrl}/dev/people?org=northwind&role=PARTICIPANT`)).json()) as {
      people: Array<{ email: string }>;
    };
    const email = people.people.find((p) => p.email !== LUCIA)!.email;
    const { token } = await mintToken(layoutUrl, { email });
    // Counted as the tracker counts: the viewer's active goals.
    const countGoals = async () =>
      (await gql<{ goals: { totalCount: number } }>(layoutUrl, token, '{ goals(first: 0) { totalCount } }'))
        .goals.totalCount;
    for (let n = await countGoals(); n < 50; n++) {
      await gql(
        layoutUrl,
        token,
        'mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }',
        {
          input: { capability: 'DELEGATION', title: `Goal number ${n + 1}` },
        },
      );
    }
    const total = await countGoals();

    const sibling = document.createElement('p');
    sibling.textContent = 'The host page goes on here.';
    const el = place('cw-goal-tracker', {}, signedIn(layoutUrl, { email }), sibling);
    const record = recordHeights(el);
    await until(() => el.shadowRoot!.querySelector('[part~="show-all"]') !== null, 'the cut list', 30_000);
    await settled(el, 'every answer the tracker asked for');
    record.stop();
    await screenshot('layout-goal-tracker-50-goals', '[data-column]');

    const rows = el.shadowRoot!.querySelectorAll('[part~="goal"]');
    expect(rows.length).to.equal(5);
    // The count is every goal the person has, not the first page the widget asked for.
    expect(el.shadowRoot!.querySelector('[part~="show-all"]')!.textContent!.trim()).to.equal(
      `Show all ${total} goals`,
    );
    // Skeleton, then content: one change of height at most once the skeleton is up.
    expect(record.heights.filter((h) => h > 0).length, `heights ${record.heights.join(' → ')}`).to.be.at.most(
      2,
    );
    expect(height(el)).to.be.below(800);

    (el.shadowRoot!.querySelector('[part~="show-all"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="goal"]').length).to.be.above(5);
    // The goals past the first page arrive, and no button is left to press.
    await until(
      () => el.shadowRoot!.querySelectorAll('[part~="goal"]').length === total,
      `all ${total} goals`,
      30_000,
    );
    expect(el.shadowRoot!.querySelector('[part~="show-all"]')).to.equal(null);
  });

  it('moves nothing of the host page after its first render when the host reserves its size', async function () {
    this.timeout(40_000);
    const shifts: Array<{ value: number; sources: Node[] }> = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }
      >)
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).flatMap((s) => (s.node ? [s.node] : [])),
        });
    });
    observer.observe({ type: 'layout-shift' });
    const sibling = document.createElement('p');
    sibling.textContent = 'The host page goes on here.';
    const who = signedIn(url, { email: LUCIA });
    // The host's reservation, as widgets/README.md shows it: the element's likely height, set in
    // the host's own stylesheet so it holds before the element is even defined.
    const el = place(
      'cw-goal-tracker',
      { style: 'display: block; min-block-size: 30rem' },
      { ...who, gateway: `${who.gateway}&case=shift` },
      sibling,
    );
    await el.updateComplete;
    const firstTop = sibling.getBoundingClientRect().top;
    await until(() => el.shadowRoot!.querySelector('[part~="list"]') !== null, 'the goals', 30_000);
    await settled(el, 'every answer the tracker asked for');
    observer.disconnect();
    expect(sibling.getBoundingClientRect().top).to.equal(firstTop);
    expect(shifts.filter((s) => s.sources.includes(sibling))).to.deep.equal([]);
  });
});

describe('the compact session booker as a guest in a host page', function () {
  let url: string;
  before(async function () {
    this.timeout(200_000);
    url = (await startGateway()).url;
  });

  it('goes from its skeleton to its content in one change of height; nothing below it moves after that', async function () {
    this.timeout(40_000);
    const sibling = document.createElement('p');
    sibling.textContent = 'The host page goes on here.';
    const who = signedIn(url, { email: LUCIA });
    const el = place(
      'cw-session-booker',
      { compact: '' },
      { ...who, gateway: `${who.gateway}&case=compact-booker-once` },
      sibling,
    );
    const record = recordHeights(el);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('state-loading');
    await until(
      () => el.shadowRoot!.querySelector('[part~="state-loading"]') === null,
      'the content',
      30_000,
    );
    const contentTop = sibling.getBoundingClientRect().top;
    // Her enrolment with its slots, then her upcoming sessions: two answers, shown together.
    expect(
      el.shadowRoot!.querySelector('[part~="sessions"]'),
      'her sessions with the first content',
    ).to.not.equal(null);
    const shifts: Node[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { sources?: Array<{ node?: Node }> }>)
        for (const source of entry.sources ?? []) if (source.node) shifts.push(source.node);
    });
    observer.observe({ type: 'layout-shift' });
    await settled(el, 'every answer the booker asked for');
    record.stop();
    observer.disconnect();
    await screenshot('layout-compact-booker', '[data-column]');
    expect(record.heights.filter((h) => h > 0).length, `heights ${record.heights.join(' → ')}`).to.be.at.most(
      2,
    );
    expect(sibling.getBoundingClientRect().top).to.equal(contentTop);
    expect(shifts.filter((node) => node === sibling)).to.deep.equal([]);
  });
});
