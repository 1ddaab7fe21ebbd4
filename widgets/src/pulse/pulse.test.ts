import type { TokenProvider } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/pulse.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, onRealGateway } from '../shared/testing/gateway.js';
import { mountFramed, shootFrame, untilShown as until } from '../shared/testing/framed.js';
import type { Pulse } from './pulse.js';

/** The test gateway's `pulse` organisation (widgets/scripts/test-gateway-pulse.ts). */
const PARTICIPANT = 'report1@pulse.example';
const PEER = 'report2@pulse.example';
const NOBODY = 'outsider@pulse.example';
/** Invited to the program after the phase opened: owes no rating, may answer the wellbeing check-in. */
const WELLBEING = 'wellbeing@pulse.example';

async function mount(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
}): Promise<Pulse> {
  return mountFramed<Pulse>(
    html`<button type="button" id="before">Before</button>
      <cw-pulse
        gateway=${options.gateway}
        locale=${options.locale ?? 'en'}
        theme=${options.theme ?? 'light'}
        .tokenProvider=${options.tokenProvider}
      ></cw-pulse>`,
    { size: 'inline-size: 560px', theme: options.theme, locale: options.locale },
  );
}

const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const shoot = (el: Element, name: string) => shootFrame(el, `pulse-${name}`);
const checked = (el: Element) =>
  $$<HTMLInputElement>(el, '[part~="capability"] input[type="radio"]')
    .filter((radio) => radio.checked)
    .map((radio) => `${radio.closest('fieldset')!.dataset['capability']}=${radio.value}`);

const wellbeingChecked = (el: Element) =>
  $$<HTMLInputElement>(el, '[part~="wellbeing-item"] input[type="radio"]')
    .filter((radio) => radio.checked)
    .map((radio) => `${radio.closest('fieldset')!.dataset['item']}=${radio.value}`);

/** Tab from the control before the widget into its first focusable control. */
async function tabIn(el: Element): Promise<void> {
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
}

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

describe('<cw-pulse> on the real gateway', function () {
  this.timeout(60_000);
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  for (const theme of ['light', 'dark'] as const) {
    it(`shows what the viewer owes on the program's scale (${theme}), axe-clean`, async () => {
      const el = await mount({ ...signedIn(gateway, { email: PARTICIPANT }), theme });
      await until(() => part(el, 'capability') !== null, 'the capabilities');
      expect(part(el, 'heading')!.textContent).to.contain('Rate yourself');
      expect(part(el, 'subheading')!.textContent).to.contain('First-time managers');
      expect($$(el, '[part~="capability"]').map((f) => f.dataset['capability'])).to.deep.equal([
        'DELEGATION',
        'FEEDBACK',
      ]);
      expect($$(el, '[part~="capability"] input[type="radio"]').length).to.equal(10);
      // A participant who has not answered this week's check-in finds it below the request.
      await until(() => part(el, 'wellbeing') !== null, 'the wellbeing check-in');
      expect($$(el, '[part~="wellbeing-item"]').map((f) => f.dataset['item'])).to.deep.equal([
        'energy',
        'workload',
        'support',
      ]);
      expect($$(el, '[part~="wellbeing-item"] input[type="radio"]').length).to.equal(15);
      expect(part(el, 'wellbeing-item')!.textContent).to.contain('Full of energy');
      await expectAccessible(el);
      await shoot(el, `request-${theme}`);
    });
  }

  it('mirrors in Arabic: right to left, localised', async () => {
    const el = await mount({ ...signedIn(gateway, { email: PARTICIPANT }), locale: 'ar' });
    await until(() => part(el, 'capability') !== null, 'the capabilities');
    expect(el.dir).to.equal('rtl');
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('إرسال');
    await until(() => part(el, 'wellbeing') !== null, 'the wellbeing check-in');
    expect(part(el, 'wellbeing-heading')!.textContent!.trim()).to.equal('أسبوعك');
    expect(part(el, 'wellbeing-item')!.textContent).to.contain('مفعم بالطاقة');
    await expectAccessible(el);
    await shoot(el, 'request-ar');
  });

  for (const [theme, locale] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'ar'],
  ] as const) {
    it(`shows the participant who rates them and the form to change it (${theme}, ${locale}), axe-clean`, async () => {
      const el = await mount({ ...signedIn(gateway, { email: PARTICIPANT }), theme, locale });
      await until(() => part(el, 'raters-change-button') !== null, 'who rates the participant');
      expect(part(el, 'raters')!.dataset['state']).to.equal('open');
      // The manager and the peer asked by rule; Wren joined later and is only a candidate.
      expect($$(el, '[part~="raters-list"] li').map((li) => li.dataset['type'])).to.deep.equal([
        'MANAGER',
        'PEER',
      ]);
      part(el, 'raters-change-button')!.focus();
      await press('Enter');
      await until(
        () => el.shadowRoot!.activeElement?.matches('input[type="checkbox"]') === true,
        'the form, focused',
      );
      expect($$<HTMLInputElement>(el, '[part~="raters-option"] input').map((c) => c.checked)).to.deep.equal([
        true,
        false,
      ]);
      expect($(el, '[part~="raters-field"][data-kind="reports"]')!.textContent).to.contain(
        locale === 'ar' ? 'ليس لديك مرؤوسون مباشرون.' : 'You have no direct reports.',
      );
      await expectAccessible(el);
      await shoot(el, `raters-form-${locale === 'ar' ? 'ar' : theme}`);
      // Cancel closes the form and gives focus back to the button that opened it.
      part(el, 'raters-cancel-button')!.click();
      await until(() => part(el, 'raters-form') === null, 'the form closed');
      await until(() => el.shadowRoot!.activeElement === part(el, 'raters-change-button'), 'focus back');
    });
  }

  it('says so when nothing is owed', async () => {
    const el = await mount(signedIn(gateway, { email: NOBODY }));
    await until(() => part(el, 'state-empty') !== null, 'the empty state');
    expect(part(el, 'state-empty')!.textContent).to.contain('You owe no 360 ratings right now.');
    await shoot(el, 'nothing-owed');
  });

  it('lets a rater answer with the keyboard only, keeps the draft across a reload, and thanks them', async () => {
    const sign = signedIn(gateway, { email: PEER });
    let el = await mount(sign);
    await until(() => part(el, 'capability') !== null, 'the capabilities');
    expect(part(el, 'heading')!.textContent).to.contain('Rate Report 1');
    expect(part(el, 'anonymity')!.textContent).to.contain('anonymous');
    // From the control before the widget: Tab into the first scale, arrows along it.
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await until(() => checked(el).join() === 'DELEGATION=4', 'DELEGATION=4 by the arrows');
    await until(() => /Saved/.test(part(el, 'saved')!.textContent!), 'the draft saved');

    // A new page (the tab was closed): the draft comes back from the gateway.
    el = await mount(sign);
    await until(() => checked(el).join() === 'DELEGATION=4', 'the saved draft');
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => checked(el).join() === 'DELEGATION=4,FEEDBACK=2', 'FEEDBACK=2 by the arrows');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'submit-button'));
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'state-empty') !== null, 'the thanks');
    expect(part(el, 'state-empty')!.textContent).to.contain('Thank you');
    await expectAccessible(el);
    await shoot(el, 'thanks');
  });

  it('lets a participant answer the wellbeing check-in with the keyboard only, once a week', async () => {
    const sign = signedIn(gateway, { email: WELLBEING });
    const el = await mount(sign);
    // A second page of the same person, open before the first one answers.
    const other = await mount(sign);
    await until(() => part(el, 'state-empty') !== null, 'no ratings owed');
    await until(() => part(el, 'wellbeing') !== null, 'the wellbeing check-in');
    await until(() => part(other, 'wellbeing') !== null, 'the check-in in the second page');

    // Nothing owed: the first Tab lands on the check-in's first scale.
    await tabIn(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('wellbeing-energy');
    await press('ArrowRight', 3);
    await until(() => wellbeingChecked(el).join() === 'energy=4', 'energy=4 by the arrows');
    await press('Tab');
    await press('ArrowRight');
    await until(() => wellbeingChecked(el).join() === 'energy=4,workload=2', 'workload=2 by the arrows');
    // Sent with a question unanswered: said so, and nothing is sent.
    await press('Tab');
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'wellbeing-submit-button'));
    await press('Enter');
    await until(() => part(el, 'wellbeing-error') !== null, 'the unanswered question');
    expect(part(el, 'wellbeing-error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'wellbeing-error')!.textContent).to.contain('Answer all three questions');
    await shoot(el, 'wellbeing-incomplete');

    // Back from the start: the two answers are kept, the third is added.
    await tabIn(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('wellbeing-energy');
    await press('Tab', 2);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('wellbeing-support');
    await press('ArrowRight', 4);
    await until(
      () => wellbeingChecked(el).join() === 'energy=4,workload=2,support=5',
      'support=5 by the arrows',
    );
    await press('Tab');
    await press('Enter');
    await until(() => part(el, 'wellbeing-thanks') !== null, 'the thanks');
    expect(part(el, 'wellbeing')).to.equal(null);
    expect(part(el, 'wellbeing-thanks')!.textContent).to.contain('Thank you');
    await expectAccessible(el);
    await shoot(el, 'wellbeing-thanks');

    // Stored as answered, on the items chosen.
    const { token } = await mintToken(gateway, { email: WELLBEING });
    const stored = await gql<{
      viewer: {
        wellbeing: { answered: boolean; latest: { energy: number; workload: number; support: number }[] };
      };
    }>(gateway, token, '{ viewer { wellbeing { answered latest(first: 1) { energy workload support } } } }');
    expect(stored.viewer.wellbeing.answered).to.equal(true);
    expect(stored.viewer.wellbeing.latest[0]).to.deep.equal({ energy: 4, workload: 2, support: 5 });

    // The second page answers too: the gateway refuses a second answer this week, and the page says why.
    await tabIn(other);
    await press('ArrowRight');
    await press('Tab');
    await press('ArrowRight');
    await press('Tab');
    await press('ArrowRight');
    await press('Tab');
    await press('Enter');
    // The refusal leaves nothing to send: the form gives way to the answered state.
    await until(() => part(other, 'wellbeing-thanks') !== null, 'the answered state');
    expect(part(other, 'wellbeing')).to.equal(null);
    expect(part(other, 'wellbeing-error')).to.equal(null);
    expect(part(other, 'wellbeing-thanks')!.textContent).to.contain('already in');
    await expectAccessible(other);
    await shoot(other, 'wellbeing-refused');
  });

  for (const [theme, locale] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'ar'],
  ] as const) {
    it(`shows a failed check-in load as an error with a retry (${theme}, ${locale})`, async () => {
      // The participant has not answered this week's check-in (the WELLBEING person has, above).
      const sign = signedIn(gateway, { email: PARTICIPANT });
      const endpoint = `${sign.gateway}&wellbeing-fails-${theme}-${locale}`;
      const realFetch = window.fetch;
      // The check-in's query fails until the person asks again (the client's own re-sends fail too).
      let failures = 0;
      let retried = false;
      window.fetch = async (input, init) => {
        const target = input instanceof Request ? input.url : String(input);
        const body = typeof init?.body === 'string' ? init.body : '';
        if (target === endpoint && body.includes('CwPulseWellbeing') && !retried) {
          failures++;
          return new Response('upstream down', { status: 503, headers: { 'content-type': 'text/plain' } });
        }
        return realFetch(input, init);
      };
      try {
        const el = await mount({ gateway: endpoint, tokenProvider: sign.tokenProvider, theme, locale });
        // The 360 side is unaffected: the request owed is shown above the error.
        await until(
          () => part(el, 'state-error') !== null && part(el, 'capability') !== null,
          'the check-in error below the request owed',
        );
        expect(part(el, 'wellbeing')).to.equal(null);
        expect(part(el, 'retry-button')).to.not.equal(null);
        if (locale === 'ar') expect(el.dir).to.equal('rtl');
        await expectAccessible(el);
        await shoot(el, `wellbeing-load-error-${theme}-${locale}`);
        expect(part(el, 'state-error')).to.not.equal(null);
        retried = true;
        part(el, 'retry-button')!.click();
        await until(() => part(el, 'wellbeing') !== null, 'the check-in after the retry');
        expect(part(el, 'state-error')).to.equal(null);
        expect(failures).to.be.at.least(1);
      } finally {
        window.fetch = realFetch;
      }
    });
  }
});
