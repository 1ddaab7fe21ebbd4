import { expect, html } from '@open-wc/testing';
import '../define/session-booker.js';
import { $, $$, until } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { signedIn, startGateway } from '../shared/testing/gateway.js';
import { mountFramed, shootFrame } from '../shared/testing/framed.js';
import type { SessionBooker } from './session-booker.js';

const LUCIA = 'lucia.fernandez@northwind.example';

interface SlotWindow {
  timeZone: string;
  slots: Array<{ startsAt: string }>;
  nextSlot: { startsAt: string } | null;
}

const localDate = (instant: string, timeZone: string) =>
  new Date(instant).toLocaleDateString('sv-SE', { timeZone });

/**
 * Lets the booker's slot query reach the gateway and then takes slots out of the answer, so the
 * week shows what a busier coach's would: `day` drops the first day that has slots, `range`
 * drops every slot until `release()` (the gateway's nextSlot stays as it answered).
 */
function withoutSlots(mode: 'day' | 'range'): {
  restore: () => void;
  dropped: string[];
  next: () => string | null;
  zone: () => string;
  release: () => void;
} {
  const real = window.fetch;
  const dropped: string[] = [];
  let released = false;
  let next: string | null = null;
  let zone = 'UTC';
  window.fetch = async (input, init) => {
    const response = await real(input, init);
    const body = typeof init?.body === 'string' ? init.body : '';
    const asked = `${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url} ${body}`;
    if (!asked.includes('CwSessionBookerEnrolment(') || !response.ok) return response;
    const json = (await response.json()) as { data?: { node?: { availableSlots?: SlotWindow } } };
    const window_ = json.data?.node?.availableSlots;
    if (window_ && window_.slots.length > 0 && (mode === 'day' || !released)) {
      const day = localDate(window_.slots[0]!.startsAt, window_.timeZone);
      const keep = (slot: { startsAt: string }) =>
        mode === 'day' ? localDate(slot.startsAt, window_.timeZone) !== day : false;
      if (!dropped.includes(day)) dropped.push(day);
      window_.slots = window_.slots.filter(keep);
      next = window_.nextSlot?.startsAt ?? null;
      zone = window_.timeZone;
    }
    return new Response(JSON.stringify(json), { status: response.status, headers: response.headers });
  };
  return {
    restore: () => (window.fetch = real),
    dropped,
    next: () => next,
    zone: () => zone,
    release: () => (released = true),
  };
}

let cases = 0;

async function booker(url: string, locale: string): Promise<SessionBooker> {
  // Each case its own client and cache: an answer cached by the case before it would skip the fetch.
  const auth = signedIn(url, { email: LUCIA });
  return mountFramed<SessionBooker>(
    html`<cw-session-booker
      gateway=${`${auth.gateway}&case=${++cases}`}
      locale=${locale}
      theme="light"
      .tokenProvider=${auth.tokenProvider}
    ></cw-session-booker>`,
    { size: 'inline-size: 720px', locale },
  );
}

const shoot = (el: Element, name: string) => shootFrame(el, `session-booker-${name}`);
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-session-booker> days without open times', () => {
  let url: string;
  let patch: ReturnType<typeof withoutSlots> | undefined;

  before(async function () {
    this.timeout(240_000);
    url = (await startGateway()).url;
  });
  afterEach(() => patch?.restore());

  for (const locale of ['en', 'ar']) {
    it(`says so under a day with no open time, and only there (${locale})`, async function () {
      this.timeout(60_000);
      patch = withoutSlots('day');
      const el = await booker(url, locale);
      await until(() => $$(el, 'td[part~="slot"]').length > 0, 'the slot grid');
      const headers = $$(el, '[role="columnheader"]');
      const rows = $$(el, 'tbody tr');
      const columnHasSlots = (c: number) => rows.some((row) => row.children[c]!.matches('[part~="slot"]'));
      const noTimes = locale === 'ar' ? 'لا أوقات' : 'No times';
      let empty = 0;
      for (const [c, header] of headers.entries()) {
        const says = header.querySelector('.none');
        if (columnHasSlots(c)) expect(says, words(header)).to.equal(null);
        else {
          empty += 1;
          expect(words(says)).to.equal(noTimes);
        }
      }
      // At least the day taken out; the coach's own days off show the same.
      expect(empty).to.be.at.least(1);
      expect(patch.dropped).to.have.length(1);
      await expectAccessible(el);
      await shoot(el, `empty-day-${locale}`);
    });

    it(`offers the next available day when the week shown has nothing, and goes there (${locale})`, async function () {
      this.timeout(60_000);
      patch = withoutSlots('range');
      const el = await booker(url, locale);
      await until(() => $(el, '[part~="empty-range"]') !== null, 'the empty week');
      const next = patch.next();
      expect(next, 'the gateway names a next slot after the first week').to.be.a('string');
      expect($(el, '[role="grid"]')).to.equal(null);
      const offer = $<HTMLButtonElement>(el, '[data-action="next-available"]')!;
      const day = new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: patch.zone(),
      }).format(new Date(next!));
      expect(words(offer)).to.equal(`${locale === 'ar' ? 'أقرب يوم متاح:' : 'Next available:'} ${day}`);
      await expectAccessible(el);
      await shoot(el, `next-available-${locale}`);
      patch.release();
      offer.click();
      await until(() => $(el, `td[data-starts-at="${next}"]`) !== null, 'the next slot in the grid');
      await until(
        () => el.shadowRoot!.activeElement?.matches('[role="gridcell"]') === true,
        'focus in the grid',
      );
    });
  }
});
