import { setTokenProvider, type TokenProvider } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import '../define/viewer-badge.js';
import type { TokenRejectedEvent } from '../events/token-rejected.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import {
  devTokenProvider,
  mintToken,
  startGateway,
  type MintedToken,
  heldTokenProvider,
} from '../shared/testing/gateway.js';
import { mountFramed, shootFrame } from '../shared/testing/framed.js';
import { testedLocales, testedThemes } from '../shared/testing/themes.js';
import type { ViewerBadge } from './viewer-badge.js';
import { until } from '../shared/testing/dom.js';

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** The badge inside a padded frame whose background suits the theme, so screenshots read like a page. */
async function badge(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
}): Promise<ViewerBadge> {
  return mountFramed<ViewerBadge>(
    html`<cw-viewer-badge
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      .tokenProvider=${options.tokenProvider}
    ></cw-viewer-badge>`,
    { size: 'display: inline-block', theme: options.theme, locale: options.locale },
  );
}

const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `viewer-badge-${name}`);

const graphqlRequests = (gateway: string): number =>
  performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${gateway}/graphql`)).length;

describe('<cw-viewer-badge> on the real gateway', function () {
  let gateway: string;
  let person: MintedToken;

  before(async function () {
    this.timeout(200_000);
    gateway = (await startGateway()).url;
    person = await mintToken(gateway);
  });

  afterEach(() => {
    // Each test chooses its own provider; the registry is page-wide.
    setTokenProvider(gateway, undefined);
  });

  it('is signed out, without a request, when the host gave no tokenProvider', async () => {
    const before = graphqlRequests(gateway);
    const el = await badge({ gateway });
    expect(part(el, 'state-signed-out')).to.not.equal(null);
    expect(graphqlRequests(gateway)).to.equal(before);
    await expectAccessible(el);
    await shoot(el, 'signed-out');

    // The host signs in later through the page-wide API rather than the property.
    setTokenProvider(gateway, devTokenProvider(gateway));
    await until(() => part(el, 'name') !== null, 'the name after setTokenProvider');
  });

  for (const locale of testedLocales) {
    for (const theme of testedThemes) {
      it(`shows the signed-in person (${locale}, ${theme})`, async () => {
        const el = await badge({ gateway, locale, theme, tokenProvider: devTokenProvider(gateway) });
        await until(() => part(el, 'name') !== null, 'the name');
        expect(part(el, 'name')!.textContent).to.equal(person.person.name);
        expect(part(el, 'organisation')!.textContent).to.equal(person.organisation.name);
        expect(el.shadowRoot!.querySelectorAll('[part="role"]')).to.have.length(person.person.roles.length);
        const time = part(el, 'time-zone')!.querySelector('time')!;
        expect(Number.isNaN(Date.parse(time.dateTime))).to.equal(false);
        expect(el.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        if (locale === 'ar' && person.person.roles.includes('MANAGER')) {
          expect(part(el, 'roles')!.textContent).to.contain('مدير');
        }
        await expectAccessible(el);
        await shoot(el, `${locale}-${theme}`);
      });
    }
  }

  it('waits politely when the gateway throttles it, then asks again by itself', async () => {
    // The test gateway keeps the `throttled` organisation on 20 points, 10 back a second. While
    // another tab of the same person keeps spending them, the badge meets the gateway's own 429.
    const who = { email: 'report1@throttled.example' };
    const { token, person: throttledPerson } = await mintToken(gateway, who);
    const spend = () =>
      fetch(`${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ ${Array.from({ length: 10 }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`,
        }),
      });
    const seen: Array<{ status: number; code?: string; retryAfter: string | null }> = [];
    let endpoint = '';
    const realFetch = window.fetch;
    // Only watches the badge's requests: every answer is the real gateway's.
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      const target = input instanceof Request ? input.url : String(input);
      if (target === endpoint) {
        const body = (await response.clone().json()) as {
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        seen.push({
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          retryAfter: response.headers.get('retry-after'),
        });
      }
      return response;
    };
    let hog: ReturnType<typeof setInterval> | undefined;
    try {
      // The bucket refills whole at the end of its window: a badge whose first request lands just
      // after a refill, before the other tab's next spend, is answered and never meets the 429. That
      // is the gateway being fair, not what this test is about, so such a round is set aside and the
      // scene played again on a fresh client (a new endpoint spelling), at most three times.
      let el: HTMLElement | undefined;
      for (let round = 1; round <= 3 && !el; round++) {
        let spent = false;
        for (let i = 0; i < 20 && !spent; i++) spent = (await spend()).status === 429;
        expect(spent, 'the other tab spends the budget').to.equal(true);
        hog = setInterval(() => void spend(), 100);
        endpoint = `${gateway}/graphql?throttled=${round}`;
        seen.length = 0;
        const candidate = await badge({ gateway: endpoint, tokenProvider: devTokenProvider(gateway, who) });
        await until(
          () => part(candidate, 'state-rate-limited') !== null || part(candidate, 'name') !== null,
          'the rate-limited state or the name',
        );
        if (part(candidate, 'state-rate-limited') !== null) el = candidate;
        else clearInterval(hog);
      }
      clearInterval(hog);
      expect(el, 'a badge that met the 429 in three rounds').to.not.equal(undefined);
      expect(seen[0]).to.deep.include({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(seen[0]!.retryAfter)).to.be.within(1, 2);
      const state = part(el!, 'state-rate-limited')!;
      expect(state.getAttribute('role')).to.equal('status');
      expect(state.textContent?.trim()).to.match(/^Too many requests — trying again in [12] s$/);
      expect(part(el!, 'state-error')).to.equal(null);
      await expectAccessible(el!);
      await shoot(el!, 'rate-limited');
      await until(() => part(el!, 'name') !== null, 'the name once the wait is over', 10000);
      expect(part(el!, 'name')!.textContent).to.equal(throttledPerson.name);
      expect(seen.at(-1)!.status).to.equal(200);
    } finally {
      clearInterval(hog);
      window.fetch = realFetch;
    }
  });

  it('shows a skeleton while loading', async () => {
    const { tokenProvider: provider, release } = heldTokenProvider(gateway);
    // A gateway URL spelled differently gets its own client, so nothing is cached yet.
    const el = await badge({ gateway: `${gateway}/graphql?skeleton`, tokenProvider: provider });
    const loading = part(el, 'state-loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    await shoot(el, 'loading');
    release();
    await until(() => part(el, 'name') !== null, 'the name');
  });

  it('shares one client: a second badge renders from the cache without a request', async () => {
    const provider = devTokenProvider(gateway);
    const first = await badge({ gateway, tokenProvider: provider });
    await until(() => part(first, 'name') !== null, 'the first badge');
    const before = graphqlRequests(gateway);
    const second = await badge({ gateway });
    await until(() => part(second, 'name') !== null, 'the second badge');
    expect(graphqlRequests(gateway)).to.equal(before);
  });

  it('shows signed-out and fires cw-token-rejected when the gateway refuses the token', async () => {
    let asked = 0;
    const provider: TokenProvider = async () => {
      asked++;
      return 'not.a.token';
    };
    const events: TokenRejectedEvent[] = [];
    const listener = (e: TokenRejectedEvent): void => {
      events.push(e);
    };
    document.addEventListener('cw-token-rejected', listener);
    try {
      const el = await badge({ gateway: `${gateway}/graphql?rejected`, tokenProvider: provider });
      await until(() => part(el, 'state-signed-out') !== null, 'the signed-out state');
      await until(() => events.length === 1, 'cw-token-rejected');
      expect(events[0]!.detail.gateway).to.equal(`${gateway}/graphql?rejected`);
      await expectEventContract('cw-token-rejected', events[0]);
      expect(asked).to.be.greaterThan(0);
      await expectAccessible(el);

      el.tokenProvider = devTokenProvider(gateway);
      await until(() => part(el, 'name') !== null, 'the name after a new tokenProvider');
    } finally {
      document.removeEventListener('cw-token-rejected', listener);
    }
  });

  it('shows an error with Retry when the tokenProvider fails, and recovers on Retry', async () => {
    let fail = true;
    const provider: TokenProvider = async () => {
      if (fail) throw new Error('host backend down');
      return (await mintToken(gateway)).token;
    };
    const el = await badge({ gateway: `${gateway}/graphql?retry`, tokenProvider: provider, locale: 'ar' });
    await until(() => part(el, 'state-error') !== null, 'the error state');
    expect(part(el, 'state-error')!.textContent).to.contain('تعذّر تأكيد تسجيل دخولك.');
    await expectAccessible(el);
    await shoot(el, 'ar-error');
    fail = false;
    part(el, 'retry-button')!.click();
    await until(() => part(el, 'name') !== null, 'the name after Retry');
  });

  it('shows an error when the gateway cannot be reached', async () => {
    const el = await badge({ gateway: 'http://127.0.0.1:9', tokenProvider: async () => 'any' });
    await until(() => part(el, 'state-error') !== null, 'the error state');
    expect(part(el, 'state-error')!.textContent).to.contain('could not be reached');
    await expectAccessible(el);
  });
});
