import type { GatewayError, QueryState } from '@coachwork/client';
import { GatewayError as GatewayErrorClass } from '@coachwork/client';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { TokenRejectedEvent } from '../events/token-rejected.js';
import { CoachworkElement } from './coachwork-element.js';
import { defineElement } from './define.js';
import { expectAccessible } from './testing/expect-accessible.js';
import { untilLocale } from './testing/locale.js';
import { mount } from './testing/mount.js';
import { screenshot } from './testing/screenshot.js';
import { testedLocales, testedThemes } from './testing/themes.js';
import { VERSION } from './version.js';

interface Items {
  items: string[];
}

/** A concrete element over the base class whose query state a test sets directly. */
class StateProbe extends CoachworkElement {
  static override styles = [
    CoachworkElement.styles,
    css`
      :host {
        display: inline-block;
        inline-size: 22em;
        background: var(--_color-surface);
      }
    `,
  ];
  state: QueryState<Items> = {
    loading: true,
    data: undefined,
    error: undefined,
    idle: false,
    retry: () => {},
  };
  throwOnRender = false;
  emptyAction: (() => void) | undefined;

  protected renderContent(): unknown {
    if (this.throwOnRender) throw new Error('boom');
    return this.renderQuery(this.state, {
      loading: { label: 'Loading items', lines: 3 },
      isEmpty: (data) => data.items.length === 0,
      empty: () => ({
        message: 'No items yet.',
        action: this.emptyAction ? { label: 'Add one', onClick: this.emptyAction } : undefined,
      }),
      content: (data) => litHtml`<ul part="items">${data.items.map((i) => litHtml`<li>${i}</li>`)}</ul>`,
    });
  }
}
customElements.define('cw-state-probe', StateProbe);
declare global {
  interface HTMLElementTagNameMap {
    'cw-state-probe': StateProbe;
  }
}

const provider = async (): Promise<string> => 'unused';
const gatewayError = (code: GatewayError['code']): GatewayError => new GatewayErrorClass(code, code);

async function probe(options: {
  state?: Partial<QueryState<Items>>;
  locale?: string;
  theme?: string;
  gateway?: string | null;
  signedIn?: boolean;
}): Promise<StateProbe> {
  const el = await fixture<StateProbe>(
    html`<cw-state-probe
      data-shot=${`${options.locale ?? 'en'}-${options.theme ?? 'light'}`}
      gateway=${options.gateway === null ? undefined : (options.gateway ?? 'http://gateway.test')}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
    ></cw-state-probe>`,
  );
  if (options.gateway === null) el.removeAttribute('gateway');
  if (options.signedIn !== false) el.tokenProvider = provider;
  el.state = {
    loading: false,
    data: undefined,
    error: undefined,
    idle: false,
    retry: () => {},
    ...options.state,
  };
  el.requestUpdate();
  await el.updateComplete;
  if (options.locale && options.locale !== 'en') await untilLocale(el, options.locale);
  return el;
}

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('CoachworkElement states', () => {
  for (const locale of testedLocales) {
    for (const theme of testedThemes) {
      describe(`${locale} / ${theme}`, () => {
        const shoot = (el: Element, state: string): Promise<void> =>
          screenshot(`state-${state}-${locale}-${theme}`, `cw-state-probe[data-shot="${locale}-${theme}"]`);

        it('loading: a busy status skeleton', async () => {
          const el = await probe({ locale, theme, state: { loading: true } });
          const state = part(el, 'state-loading')!;
          expect(state.getAttribute('role')).to.equal('status');
          expect(state.getAttribute('aria-busy')).to.equal('true');
          expect(state.querySelectorAll('.bone--line')).to.have.length(3);
          await expectAccessible(el);
          await shoot(el, 'loading');
        });

        it('empty: message and action', async () => {
          let clicked = 0;
          const el = await probe({ locale, theme, state: { data: { items: [] } } });
          el.emptyAction = () => clicked++;
          el.requestUpdate();
          await el.updateComplete;
          expect(part(el, 'state-empty')!.textContent).to.contain('No items yet.');
          part(el, 'action-button')!.click();
          expect(clicked).to.equal(1);
          await expectAccessible(el);
          await shoot(el, 'empty');
        });

        it('error: alert with a Retry button that calls retry()', async () => {
          let retried = 0;
          const el = await probe({
            locale,
            theme,
            state: { error: gatewayError('NETWORK'), retry: () => retried++ },
          });
          const state = part(el, 'state-error')!;
          expect(state.getAttribute('role')).to.equal('alert');
          const button = part(el, 'retry-button')!;
          expect(button.textContent?.trim()).to.equal(locale === 'ar' ? 'حاول مرة أخرى' : 'Try again');
          button.click();
          expect(retried).to.equal(1);
          await expectAccessible(el);
          await shoot(el, 'error');
        });

        it('rate limited: a calm status with the seconds left, not an error', async () => {
          const error = new GatewayErrorClass('RATE_LIMITED', 'throttled', { retryAfterSeconds: 7 });
          const el = await probe({ locale, theme, state: { error, retryAt: Date.now() + 7000 } });
          const state = part(el, 'state-rate-limited')!;
          expect(state.getAttribute('role')).to.equal('status');
          expect(state.textContent).to.match(/\b[67]\b/);
          if (locale === 'en')
            expect(state.textContent?.trim()).to.match(/^Too many requests — trying again in [67] s$/);
          expect(part(el, 'state-error')).to.equal(null);
          await expectAccessible(el);
          await shoot(el, 'rate-limited');
        });

        it('signed out: no token provider', async () => {
          const el = await probe({
            locale,
            theme,
            signedIn: false,
            gateway: 'http://nobody-set-a-provider.test',
          });
          expect(part(el, 'state-signed-out')!.textContent).to.contain(
            locale === 'ar' ? 'أنت غير مسجّل الدخول.' : 'You are signed out.',
          );
          await expectAccessible(el);
          await shoot(el, 'signed-out');
        });

        it('unauthorised: FORBIDDEN', async () => {
          const el = await probe({ locale, theme, state: { error: gatewayError('FORBIDDEN') } });
          expect(part(el, 'state-unauthorised')).to.not.equal(null);
          await expectAccessible(el);
        });

        it('content', async () => {
          const el = await probe({ locale, theme, state: { data: { items: ['a', 'b'] } } });
          expect(part(el, 'items')!.children).to.have.length(2);
          expect(el.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
          expect(el.lang).to.equal(locale);
          await expectAccessible(el);
        });
      });
    }
  }
});

describe('CoachworkElement behaviour', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  // That a rejected token is announced to the host (cw-token-rejected) is the viewer badge's test, whose
  // query goes through createQuery(); a state set by hand, as here, announces nothing.
  it('shows signed-out, not an error, when the gateway rejected the token, and announces nothing itself', async () => {
    const el = await probe({ state: { loading: true } });
    const events: TokenRejectedEvent[] = [];
    document.addEventListener('cw-token-rejected', (e) => events.push(e), { once: true });
    el.state = { ...el.state, loading: false, error: gatewayError('UNAUTHENTICATED') };
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'state-signed-out')).to.not.equal(null);
    // Only queries made with createQuery() announce rejections; this probe sets state by hand.
    expect(events).to.have.length(0);
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const el = await probe({ theme: 'dark', state: { error: gatewayError('NETWORK') } });
    const button = part(el, 'retry-button')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineColor).to.equal('rgb(168, 199, 250)');
  });

  it('stops the skeleton pulse when the user prefers reduced motion', async () => {
    const el = await probe({ state: { loading: true } });
    const bone = el.shadowRoot!.querySelector('.bone')!;
    expect(getComputedStyle(bone).animationName).to.equal('cw-pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bone).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('explains a missing gateway without offering a useless retry', async () => {
    const el = await probe({ gateway: null });
    expect(part(el, 'state-error')!.textContent).to.contain('no gateway address');
    expect(part(el, 'retry-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('turns a render exception into the error state instead of throwing into the page', async () => {
    const pageErrors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent): void => {
      pageErrors.push(e);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const consoleError = console.error;
    console.error = () => {};
    try {
      const el = await probe({ state: { data: { items: ['a'] } } });
      el.throwOnRender = true;
      el.requestUpdate();
      await el.updateComplete;
      // An error escaping the update would be reported before the next frames are drawn.
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(part(el, 'state-error')!.textContent).to.contain('could not be shown');
      expect(pageErrors).to.have.length(0);
    } finally {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('applies theme tokens, lets host values win, and follows the colour scheme in auto', async () => {
    const el = await probe({ theme: 'light', state: { error: gatewayError('NETWORK') } });
    const text = (): string => getComputedStyle(part(el, 'state-error')!).color;
    expect(text()).to.equal('rgb(27, 31, 36)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(text()).to.equal('rgb(232, 234, 237)');
    el.theme = 'high-contrast';
    await el.updateComplete;
    expect(text()).to.equal('rgb(255, 255, 255)');

    el.theme = 'auto';
    await el.updateComplete;
    expect(text()).to.equal('rgb(27, 31, 36)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(text()).to.equal('rgb(232, 234, 237)');

    el.style.setProperty('--cw-color-text', 'rgb(1, 2, 3)');
    expect(text()).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the host page’s font', async () => {
    const wrapper = mount<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif; font-size: 20px">
        <cw-state-probe gateway="http://font.test" theme="light"></cw-state-probe>
      </div>`,
    );
    const el = wrapper.querySelector('cw-state-probe')!;
    await el.updateComplete;
    const style = getComputedStyle(part(el, 'state')!);
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(style.fontSize).to.equal('20px');
  });

  it('takes its locale from the page when it has none', async () => {
    document.documentElement.lang = 'ar-EG';
    try {
      const el = await fixture<StateProbe>(
        html`<cw-state-probe gateway="http://gateway.test"></cw-state-probe>`,
      );
      expect(el.dir).to.equal('rtl');
      expect(el.lang).to.equal('ar');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('keeps the first definition when a second copy registers the same tag', () => {
    class SecondCopy extends StateProbe {
      static override readonly version = '9.9.9';
    }
    const warnings: string[] = [];
    const consoleWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('cw-state-probe', SecondCopy);
    } finally {
      console.warn = consoleWarn;
    }
    expect(customElements.get('cw-state-probe')).to.equal(StateProbe);
    expect(warnings[0]).to.contain(VERSION).and.to.contain('9.9.9');
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/widgets/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('cw-* events', () => {
  it('bubble out of shadow roots with a typed detail', async () => {
    const outer = mount<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    let received: TokenRejectedEvent | undefined;
    outer.addEventListener('cw-token-rejected', (e) => (received = e));
    inner.dispatchEvent(new TokenRejectedEvent({ gateway: 'http://gw.test' }));
    expect(received?.detail.gateway).to.equal('http://gw.test');
    expect(received?.type).to.equal('cw-token-rejected');
    expect(received?.composed && received.bubbles).to.equal(true);
  });
});
