import { expect, html } from '@open-wc/testing';
import '../define/goal-tracker.js';
import { $, until } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, startGateway } from '../shared/testing/gateway.js';
import { mount } from '../shared/testing/mount.js';
import { mountFramed, shootFrame } from '../shared/testing/framed.js';
import type { GoalTracker } from './goal-tracker.js';

const LUCIA = 'lucia.fernandez@northwind.example';

async function tracker(url: string, locale: string, capability: string): Promise<GoalTracker> {
  const auth = signedIn(url, { email: LUCIA });
  return mountFramed<GoalTracker>(
    html`<cw-goal-tracker
      gateway=${auth.gateway}
      locale=${locale}
      theme="light"
      capability=${capability}
      .tokenProvider=${auth.tokenProvider}
    ></cw-goal-tracker>`,
    { size: 'inline-size: 560px', locale },
  );
}

const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-goal-tracker> filtered to a capability with no goals', () => {
  let url: string;
  /** A capability Lucía has no goal for, with its name in each language asked. */
  let code: string;
  const names: Record<string, string> = {};

  before(async function () {
    this.timeout(240_000);
    url = (await startGateway()).url;
    const token = (await mintToken(url, { email: LUCIA })).token;
    const mine = await gql<{ goals: { edges: Array<{ node: { capability: { code: string } } }> } }>(
      url,
      token,
      `{ goals(first: 50) { edges { node { capability { code } } } } }`,
    );
    const used = new Set(mine.goals.edges.map((e) => e.node.capability.code));
    expect(used.size, 'Lucía has goals to filter out').to.be.greaterThan(0);
    for (const locale of ['en', 'ar']) {
      const all = await gql<{ capabilities: { edges: Array<{ node: { code: string; name: string } }> } }>(
        url,
        token,
        `query($locale: Locale) { capabilities(first: 50) { edges { node { code name(locale: $locale) } } } }`,
        { locale },
      );
      const free = all.capabilities.edges.map((e) => e.node).find((c) => !used.has(c.code))!;
      code = free.code;
      names[locale] = free.name;
    }
  });

  for (const locale of ['en', 'ar']) {
    it(`names the capability it is filtered to, and offers a goal for it (${locale})`, async function () {
      this.timeout(60_000);
      const el = await tracker(url, locale, code);
      await until(() => $(el, '[part~="state-empty"]') !== null, 'the empty state');
      const name = names[locale]!;
      const empty = $(el, '[part~="state-empty"]')!;
      expect(words(empty.querySelector('p'))).to.equal(
        locale === 'ar' ? `لا توجد أهداف في «${name}» بعد.` : `No ${name} goals yet.`,
      );
      const create = empty.querySelector<HTMLButtonElement>('button')!;
      expect(words(create)).to.equal(locale === 'ar' ? `هدف جديد في «${name}»` : `New ${name} goal`);
      await expectAccessible(el);
      await shootFrame(el, `goal-tracker-filtered-empty-${locale}`);

      create.click();
      await until(() => $(el, 'select[name="capability"]') !== null, 'the new goal form');
      expect($<HTMLSelectElement>(el, 'select[name="capability"]')!.value).to.equal(code);
    });
  }

  it('still says "No goals yet." unfiltered', async function () {
    this.timeout(60_000);
    // A person with no goals at all: the admin, who is in no program.
    const auth = signedIn(url, { email: 'tom.becker@northwind.example' });
    const frame = mount<HTMLDivElement>(
      html`<div>
        <cw-goal-tracker gateway=${auth.gateway} .tokenProvider=${auth.tokenProvider}></cw-goal-tracker>
      </div>`,
    );
    const el = frame.querySelector('cw-goal-tracker')!;
    await until(() => $(el, '[part~="state-empty"]') !== null, 'the empty state');
    expect(words($(el, '[part~="state-empty"] p'))).to.equal('No goals yet.');
  });
});
