import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { heldTokenProvider, onRealGateway, signedIn } from '../shared/testing/gateway.js';
import { testedThemes } from '../shared/testing/themes.js';
import { LUCIA, TOM, mountConsole, part, shoot, until } from './program-console.testing.js';

/** An org admin sees every program; the token names no language, so the console's English is asked for. */
const orgAdmin = { email: TOM, locale: null };
/** Another organisation's program admin, assigned to no program and creating none in these tests. */
const AIKO = 'aiko.yamamoto@aurora.example';

describe('<cw-program-console> list and frame on the real gateway', function () {
  this.timeout(60_000);
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  for (const theme of testedThemes) {
    it(`lists the programs an org admin runs (${theme}), axe-clean`, async () => {
      const el = await mountConsole({ ...signedIn(gateway, orgAdmin), theme });
      await until(() => $$(el, '[part~="program"]').length > 0, 'the program rows');
      const names = $$(el, '[part~="program-link"]').map((b) => b.textContent!.trim());
      expect(names).to.include('First 100 days');
      const first = $$(el, '[part~="program"]')[0]!;
      expect(first.querySelector('[part~="status"]')!.textContent!.trim()).to.not.equal('');
      expect(part(el, 'new-button')).to.not.equal(null);
      await expectAccessible(el);
      await shoot(el, `list-${theme}`);
    });
  }

  it('mirrors in Arabic: right to left, localised headings and statuses', async () => {
    const el = await mountConsole({ ...signedIn(gateway, orgAdmin), locale: 'ar' });
    await until(() => $$(el, '[part~="program"]').length > 0, 'the program rows');
    expect(el.dir).to.equal('rtl');
    expect(part(el, 'heading')!.textContent).to.contain('برامج');
    expect(getComputedStyle($(el, 'th')!).textAlign).to.be.oneOf(['start', 'right']);
    await expectAccessible(el);
    await shoot(el, 'list-ar');
  });

  it('opens a program on its tabs, loads each tab on demand and is keyboard complete', async () => {
    const el = await mountConsole({ ...signedIn(gateway, orgAdmin) });
    await until(() => $$(el, '[part~="program-link"]').length > 0, 'the program rows');
    const link = $$(el, '[part~="program-link"]').find((b) => b.textContent!.trim() === 'First 100 days')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[role="tablist"]') !== null, 'the tabs');
    expect(el.program).to.match(/./);
    expect(el.getAttribute('tab')).to.equal('setup');
    // The selected tab has focus; the arrows move through the tabs and select them.
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-tab') === 'setup', 'focus on Setup');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.tab === 'participants', 'Participants selected');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-tab')).to.equal('participants');
    expect($(el, '[data-tab="participants"]')!.getAttribute('aria-selected')).to.equal('true');
    // The last tab, for this org admin, is the organisation's learning platforms.
    await sendKeys({ press: 'End' });
    await until(() => el.tab === 'platforms', 'Learning platforms selected by End');
    await sendKeys({ press: 'Home' });
    await until(() => el.tab === 'setup', 'Setup selected by Home');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => el.tab === 'platforms', 'ArrowLeft wraps to the last tab');
    // Back to the list puts focus on the program it came from.
    part(el, 'back-button')!.click();
    await until(() => $$(el, '[part~="program"]').length > 0, 'the list again');
    await until(
      () => el.shadowRoot!.activeElement?.textContent?.trim() === 'First 100 days',
      'focus back on the program',
    );
    expect(el.hasAttribute('program')).to.equal(false);
  });

  it('mirrors the arrow keys of the tabs right to left', async () => {
    const el = await mountConsole({ ...signedIn(gateway, orgAdmin), locale: 'ar' });
    await until(() => $$(el, '[part~="program-link"]').length > 0, 'the program rows');
    $$(el, '[part~="program-link"]')[0]!.click();
    await until(
      () => el.shadowRoot!.activeElement?.getAttribute('data-tab') === 'setup',
      'focus on the first tab',
    );
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => el.tab === 'participants', 'ArrowLeft moves to the next tab in Arabic');
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const { tokenProvider: provider, release } = heldTokenProvider(gateway, orgAdmin);
      const el = await mountConsole({
        gateway: `${gateway}/graphql?console-skeleton`,
        tokenProvider: provider,
      });
      expect(part(el, 'state-loading')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      await shoot(el, 'loading');
      release();
      await until(() => $$(el, '[part~="program"]').length > 0, 'the programs');
    });

    it('offers to create the first program to a program admin with none', async () => {
      const el = await mountConsole({ ...signedIn(gateway, { email: AIKO, locale: null }) });
      await until(() => part(el, 'state-empty') !== null, 'the empty state');
      expect(part(el, 'state-empty')!.textContent).to.contain('No coaching programs yet.');
      await expectAccessible(el);
      await shoot(el, 'empty');
      part(el, 'state-empty')!.querySelector('button')!.click();
      await until(() => el.program === 'new', 'the new program open');
      expect(
        $$(el, '[role="tab"]')
          .filter((t) => t.hasAttribute('disabled'))
          .map((t) => t.dataset['tab']),
      ).to.deep.equal(['participants', 'matching', 'coaches', 'pulses', 'outcomes']);
    });

    it('refuses a participant: they run no programs', async () => {
      const el = await mountConsole({ ...signedIn(gateway, { email: LUCIA }) });
      await until(() => part(el, 'state-unauthorised') !== null, 'the unauthorised state');
      expect(part(el, 'new-button')).to.equal(null);
      expect($(el, '[part~="list"]')).to.equal(null);
      await expectAccessible(el);
      await shoot(el, 'refused');
    });

    it('shows an error with Retry when the gateway cannot be reached', async () => {
      const el = await mountConsole({ gateway: 'http://127.0.0.1:9', tokenProvider: async () => 'any' });
      await until(() => part(el, 'state-error') !== null, 'the error state');
      expect(part(el, 'retry-button')).to.not.equal(null);
      await expectAccessible(el);
      await shoot(el, 'error');
    });

    it('waits politely when the gateway throttles it, then asks again by itself', async () => {
      const who = signedIn(gateway, orgAdmin);
      const endpoint = `${who.gateway}&throttled`;
      const realFetch = window.fetch;
      let throttled = 0;
      window.fetch = async (input, init) => {
        const target = input instanceof Request ? input.url : String(input);
        if (target === endpoint && throttled === 0) {
          throttled++;
          const body = {
            errors: [
              { message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } },
            ],
          };
          return new Response(JSON.stringify(body), {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '1' },
          });
        }
        return realFetch(input, init);
      };
      try {
        const el = await mountConsole({ gateway: endpoint, tokenProvider: who.tokenProvider });
        await until(() => part(el, 'state-rate-limited') !== null, 'the rate-limited state');
        await expectAccessible(el);
        await shoot(el, 'rate-limited');
        await until(() => $$(el, '[part~="program"]').length > 0, 'the programs after the wait');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('is signed out without a tokenProvider', async () => {
      const el = await mountConsole({ gateway });
      expect(part(el, 'state-signed-out')).to.not.equal(null);
      await expectAccessible(el);
      await shoot(el, 'signed-out');
    });
  });
});
