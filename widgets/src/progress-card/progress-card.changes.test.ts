import { expect, html } from '@open-wc/testing';
import '../define/progress-card.js';
import { $, $$, until } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { signedIn, startGateway } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { mount } from '../shared/testing/mount.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { ProgressCard } from './progress-card.js';

const LUCIA = 'lucia.fernandez@northwind.example';

interface Figure {
  phase: 'PRE' | 'MID' | 'POST';
  mean: number | null;
  raters: number | null;
  withheld: boolean;
}
interface Capability {
  capability: { id: string; code: string; name: string };
  baseline: Figure | null;
  latest: Figure | null;
  delta: number | null;
}

const figure = (phase: Figure['phase'], mean: number, raters: number): Figure => ({
  phase,
  mean,
  raters,
  withheld: false,
});

/**
 * The 360 figures the seed cannot be relied on to hold, one capability per state; the rest of
 * the card comes from the real gateway. Each replaces the next capability the gateway sent.
 */
const STATES: Array<[state: string, change: Omit<Capability, 'capability'>]> = [
  ['no-baseline', { baseline: null, latest: null, delta: null }],
  ['no-latest', { baseline: figure('PRE', 3.2, 6), latest: null, delta: null }],
  ['flat', { baseline: figure('PRE', 3.5, 6), latest: figure('MID', 3.52, 7), delta: 0.02 }],
  ['up', { baseline: figure('PRE', 3.1, 6), latest: figure('POST', 3.8, 8), delta: 0.7 }],
  ['down', { baseline: figure('PRE', 3.9, 6), latest: figure('MID', 3.6, 5), delta: -0.3 }],
];

/** Lets the progress card's query reach the gateway, then swaps in STATES' figures. */
function withFigures(): () => void {
  const real = window.fetch;
  window.fetch = async (input, init) => {
    const response = await real(input, init);
    const asked = `${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url} ${
      typeof init?.body === 'string' ? init.body : ''
    }`;
    if (!asked.includes('CwProgressCard(') || !response.ok) return response;
    const body = (await response.json()) as {
      data?: { progressCard?: { progress?: { capabilities: Capability[] } | null } };
    };
    const progress = body.data?.progressCard?.progress;
    if (progress) {
      const names = [
        'Delegation',
        'Feedback',
        'Decision making',
        'Leading change',
        'Wellbeing and resilience',
      ];
      const template = progress.capabilities[0]!.capability;
      progress.capabilities = STATES.map(([, change], i) => ({
        capability: { ...template, id: `${template.id}-${i}`, code: `C${i}`, name: names[i]! },
        ...change,
      }));
    }
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  return () => (window.fetch = real);
}

let shots = 0;

async function card(url: string, locale: string, layout: 'full' | 'compact'): Promise<ProgressCard> {
  const auth = signedIn(url, { email: LUCIA });
  const frame = mount<HTMLDivElement>(
    html`<div
      data-shot=${`changes-${++shots}`}
      style="inline-size: ${layout === 'compact' ? 320 : 440}px; padding: 24px; font-family: system-ui, sans-serif; background: #f4f5f7"
    >
      <cw-progress-card
        gateway=${auth.gateway}
        locale=${locale}
        theme="light"
        layout=${layout}
        .tokenProvider=${auth.tokenProvider}
      ></cw-progress-card>
    </div>`,
  );
  const el = frame.querySelector('cw-progress-card')!;
  await untilLocale(el, locale);
  await until(() => $$(el, '[part~="capability"]').length > 0, 'the capabilities');
  return el;
}

const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-progress-card> change since the baseline', () => {
  let url: string;
  let restore: () => void;

  before(async function () {
    this.timeout(240_000);
    url = (await startGateway()).url;
  });
  beforeEach(() => (restore = withFigures()));
  afterEach(() => restore());

  it('tells no baseline, no later rating and no change apart, and gives a change its direction and raters', async function () {
    this.timeout(60_000);
    const el = await card(url, 'en', 'full');
    const rows = $$(el, '[part~="capability"]');
    expect(rows.map((row) => row.querySelector<HTMLElement>('[data-state]')!.dataset['state'])).to.deep.equal(
      STATES.map(([state]) => state),
    );
    const change = (i: number) => words(rows[i]!.querySelector('[data-state]'));
    expect(change(0)).to.equal('No baseline yet');
    expect(change(1)).to.equal('No later rating yet');
    // 0.02 prints as 0.0: that is no change, said in words, never a bare "0.0".
    expect(change(2)).to.equal('No change since the baseline (7 raters)');
    expect(rows[2]!.querySelector('[part~="delta"]')).to.equal(null);
    expect(change(3)).to.equal('+0.7 up since the baseline (8 raters)');
    expect(rows[3]!.querySelector<HTMLElement>('[part~="delta"]')!.dataset['direction']).to.equal('up');
    expect(change(4)).to.equal('-0.3 down since the baseline (5 raters)');
    expect(rows[4]!.querySelector<HTMLElement>('[part~="delta"]')!.dataset['direction']).to.equal('down');
    expect(words(el.shadowRoot!.querySelector('[part~="capabilities"]'))).not.to.match(
      /(^|\s)[+−-]?0\.0(\s|$)/,
    );
    await expectAccessible(el);
    await screenshot('progress-card-changes-en', `[data-shot="changes-${shots}"]`);
  });

  it('says the same in Arabic, right to left', async function () {
    this.timeout(60_000);
    const el = await card(url, 'ar', 'full');
    const states = $$(el, '[part~="capability"] [data-state]');
    expect(states.map((s) => s.dataset['state'])).to.deep.equal(STATES.map(([state]) => state));
    for (const state of states) expect(words(state)).not.to.match(/baseline|rater/i);
    expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('rtl');
    await expectAccessible(el);
    await screenshot('progress-card-changes-ar', `[data-shot="changes-${shots}"]`);
  });

  it('shows the first real change in the compact layout', async function () {
    this.timeout(60_000);
    const el = await card(url, 'en', 'compact');
    const rows = $$(el, '[part~="capability"]');
    expect(rows).to.have.length(1);
    expect(words(rows[0]!)).to.equal('Decision making: No change since the baseline (7 raters)');
    await expectAccessible(el);
  });
});
