import type { TokenProvider } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/session-booker.js';
import type { CoachSelectedEvent } from '../events/coach-selected.js';
import type { FeedbackSubmittedEvent } from '../events/feedback-submitted.js';
import type { SessionBookedEvent } from '../events/session-booked.js';
import type { SessionCancelledEvent } from '../events/session-cancelled.js';
import type { SessionRescheduledEvent } from '../events/session-rescheduled.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { nextDownload } from '../shared/testing/download.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { $, $$, until } from '../shared/testing/dom.js';
import { gql, mintToken, signedIn, startGateway } from '../shared/testing/gateway.js';
import { mountFramed, shootFrame } from '../shared/testing/framed.js';
import type { SessionBooker } from './session-booker.js';

const ADMIN = 'tom.becker@northwind.example';
const LUCIA = 'lucia.fernandez@northwind.example';

/** People with an invited, coach-less enrolment in an active program: they start at coach choice. */
async function unmatchedParticipants(url: string): Promise<Array<{ personId: string; enrolmentId: string }>> {
  const admin = (await mintToken(url, { email: ADMIN })).token;
  const programs = await gql<{ programs: { edges: Array<{ node: { id: string } }> } }>(
    url,
    admin,
    `{ programs(first: 10, status: ACTIVE) { edges { node { id } } } }`,
  );
  const found: Array<{ personId: string; enrolmentId: string }> = [];
  for (const { node: program } of programs.programs.edges) {
    // Eight are plenty (one flow, one conflict, a colleague who shares its coach); more only loads the shared gateway.
    if (found.length >= 8) break;
    const data = await gql<{
      node: {
        enrolments: {
          edges: Array<{ node: { id: string; coach: { id: string } | null; person: { id: string } } }>;
        };
      };
    }>(
      url,
      admin,
      `query($id: ID!) { node(id: $id) { ... on Program {
        enrolments(first: 20, status: INVITED) { edges { node { id coach { id } person { id } } } } } } }`,
      { id: program.id },
    );
    for (const { node } of data.node.enrolments.edges) {
      if (node.coach !== null || found.length >= 8) continue;
      // Only people some coach can take (language, capacity): they start at a real choice.
      const token = (await mintToken(url, { personId: node.person.id })).token;
      const offered = await gql<{ node: { coachSuggestions: unknown[] } }>(
        url,
        token,
        `query($id: ID!) { node(id: $id) { ... on Enrolment { coachSuggestions(first: 1) { score } } } }`,
        { id: node.id },
      );
      if (offered.node.coachSuggestions.length > 0)
        found.push({ personId: node.person.id, enrolmentId: node.id });
    }
  }
  return found;
}

async function booker(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
  compact?: boolean;
  enrolment?: string;
  /** The host's width in px; default 380 compact, 720 otherwise. */
  width?: number;
}): Promise<SessionBooker> {
  return mountFramed<SessionBooker>(
    html`<cw-session-booker
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      enrolment=${options.enrolment ?? ''}
      ?compact=${options.compact ?? false}
      .tokenProvider=${options.tokenProvider}
    ></cw-session-booker>`,
    {
      size: `inline-size: ${options.width ?? (options.compact ? 380 : 720)}px`,
      theme: options.theme,
      locale: options.locale,
    },
  );
}

const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `session-booker-${name}`);

const slotCells = (el: SessionBooker): HTMLElement[] => $$(el, 'td[part~="slot"]');
const gridReady = (el: SessionBooker) => () => slotCells(el).length > 0;
const sessionsShown = (el: SessionBooker): HTMLElement[] => $$(el, '[part~="session"]');
const button = (el: Element, text: string): HTMLButtonElement => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.trim() === text,
  );
  if (!found) throw new Error(`no button “${text}”`);
  return found;
};

describe('<cw-session-booker>', () => {
  let url: string;
  let unmatched: Array<{ personId: string; enrolmentId: string }>;

  before(async function () {
    this.timeout(240_000);
    url = (await startGateway()).url;
    unmatched = await unmatchedParticipants(url);
  });

  it('chooses a coach, books, reschedules and cancels a session, announcing each step', async function () {
    this.timeout(120_000);
    const who = unmatched[0];
    expect(who, 'the seed has an unmatched participant').to.not.equal(undefined);
    const el = await booker(signedIn(url, { personId: who!.personId }));
    const events: string[] = [];
    for (const name of [
      'cw-coach-selected',
      'cw-session-booked',
      'cw-session-rescheduled',
      'cw-session-cancelled',
    ] as const) {
      el.addEventListener(name, (e) => events.push(`${e.type}:${JSON.stringify((e as CustomEvent).detail)}`));
    }

    await until(() => $$(el, '[part~="coach"]').length > 0, 'coach suggestions');
    const first = $$(el, '[part~="coach"]')[0]!;
    expect(first.querySelectorAll('[part~="reasons"] li').length).to.be.greaterThan(0);
    expect(first.querySelector('[part~="reasons"]')!.textContent).to.match(/Speaks /);
    await expectAccessible(el);
    await shoot(el, 'coach-choice');

    let selected: CoachSelectedEvent | undefined;
    el.addEventListener('cw-coach-selected', (e) => (selected = e), { once: true });
    first.querySelector<HTMLButtonElement>('[part~="choose-button"]')!.click();
    await until(gridReady(el), 'the slot grid');
    expect(selected?.detail.enrolmentId).to.equal(who!.enrolmentId);
    await expectEventContract('cw-coach-selected', selected);
    expect($(el, '[role="status"]')!.textContent).to.match(/is now your coach/);
    const zone = $<HTMLSelectElement>(el, '[part~="zone-select"] select')!;
    expect(zone.value).to.be.a('string').and.not.equal('');
    await expectAccessible(el);
    await shoot(el, 'slot-picker');

    const slot = slotCells(el)[0]!;
    const startsAt = slot.dataset['startsAt']!;
    slot.click();
    await until(() => $(el, '[part~="panel"]') !== null, 'the confirmation');
    await expectAccessible(el);
    await shoot(el, 'confirm');
    let booked: SessionBookedEvent | undefined;
    el.addEventListener('cw-session-booked', (e) => (booked = e), { once: true });
    button(el, 'Confirm booking').click();
    await until(() => sessionsShown(el).length === 1, 'the booked session');
    expect(booked?.detail.startsAt).to.equal(startsAt);
    await expectEventContract('cw-session-booked', booked);
    expect($(el, '[role="status"]')!.textContent).to.match(/^Booked: /);
    // The slots are a query of their own, re-fetched beside the sessions: they may answer second.
    await until(
      () => !slotCells(el).some((c) => c.dataset['startsAt'] === startsAt),
      'the booked time to leave the grid',
    );
    await expectAccessible(el);
    await shoot(el, 'booked');

    // Add to calendar: the code that asks for the .ics loads on this first click.
    const saved = nextDownload();
    sessionsShown(el)[0]!.querySelector<HTMLButtonElement>('[data-action="calendar"]')!.click();
    const ics = await saved;
    expect(ics.filename).to.match(/\.ics$/);
    expect(ics.type).to.match(/^text\/calendar/);
    expect(ics.text).to.match(/^BEGIN:VCALENDAR/);
    expect(ics.text).to.contain(`DTSTART:${startsAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`);
    await until(
      () => /downloaded/.test($(el, '[role="status"]')!.textContent ?? ''),
      'the download to be announced',
    );

    // Reschedule to another open time.
    sessionsShown(el)[0]!.querySelector<HTMLButtonElement>('[data-action="reschedule"]')!.click();
    await el.updateComplete;
    expect($(el, '#picker-title')!.textContent).to.match(/Pick a new time/);
    const target = slotCells(el)[3]!;
    const newStart = target.dataset['startsAt']!;
    target.click();
    await until(() => $(el, '[part~="panel"]') !== null, 'the move confirmation');
    let moved: SessionRescheduledEvent | undefined;
    el.addEventListener('cw-session-rescheduled', (e) => (moved = e), { once: true });
    button(el, 'Move session').click();
    await until(() => moved !== undefined, 'the reschedule');
    expect(moved!.detail.previousStartsAt).to.equal(startsAt);
    expect(moved!.detail.startsAt).to.equal(newStart);
    await expectEventContract('cw-session-rescheduled', moved);
    await until(
      () => slotCells(el).some((c) => c.dataset['startsAt'] === startsAt),
      'the old time to free up',
    );

    // Cancel: the policy is shown before confirming.
    sessionsShown(el)[0]!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await until(() => $(el, '.policy') !== null, 'the cancellation policy');
    expect($(el, '.policy')!.textContent).to.match(/free of charge until/);
    await expectAccessible(el);
    await shoot(el, 'cancel-policy');
    let cancelled: SessionCancelledEvent | undefined;
    el.addEventListener('cw-session-cancelled', (e) => (cancelled = e), { once: true });
    button(el, 'Cancel session').click();
    await until(() => cancelled !== undefined && sessionsShown(el).length === 0, 'the cancellation');
    expect(cancelled!.detail.lateCancellation).to.equal(false);
    await expectEventContract('cw-session-cancelled', cancelled);
    expect(events.map((e) => e.split(':')[0])).to.deep.equal([
      'cw-coach-selected',
      'cw-session-booked',
      'cw-session-rescheduled',
      'cw-session-cancelled',
    ]);
  });

  it('tells the participant when someone else took the slot first, and shows fresh slots', async function () {
    this.timeout(120_000);
    const a = unmatched[1];
    expect(unmatched.length, 'the seed has three unmatched participants').to.be.greaterThan(2);
    const el = await booker(signedIn(url, { personId: a!.personId }));
    await until(() => $$(el, '[part~="coach"]').length > 0, 'coach suggestions');
    const coachId = $$(el, '[part~="coach"]')[0]!.dataset['coach']!;
    $$(el, '[part~="coach"]')[0]!.querySelector<HTMLButtonElement>('[part~="choose-button"]')!.click();
    await until(gridReady(el), 'the slot grid');
    const cell = slotCells(el)[0]!;
    const startsAt = cell.dataset['startsAt']!;
    cell.click();
    await until(() => $(el, '[part~="panel"]') !== null, 'the confirmation');

    // A colleague with the same coach (one who speaks a language the coach does) takes that slot a moment earlier.
    let other: string | undefined;
    let otherEnrolment: string | undefined;
    for (const candidate of unmatched.slice(2)) {
      const token = (await mintToken(url, { personId: candidate.personId })).token;
      const chosen = await gql<{ chooseCoach: { userErrors: unknown[] } }>(
        url,
        token,
        `mutation($input: ChooseCoachInput!) { chooseCoach(input: $input) { userErrors { message } } }`,
        { input: { enrolmentId: candidate.enrolmentId, coachId } },
      );
      if (chosen.chooseCoach.userErrors.length === 0) {
        other = token;
        otherEnrolment = candidate.enrolmentId;
        break;
      }
    }
    expect(other, 'a colleague who can share the coach').to.not.equal(undefined);
    const taken = await gql<{ bookSession: { session: { id: string } | null } }>(
      url,
      other!,
      `mutation($input: BookSessionInput!) { bookSession(input: $input) { session { id } } }`,
      { input: { enrolmentId: otherEnrolment, startsAt } },
    );
    expect(taken.bookSession.session).to.not.equal(null);

    button(el, 'Confirm booking').click();
    await until(() => $(el, '[part~="notice"]') !== null, 'the conflict message');
    expect($(el, '[part~="notice"]')!.getAttribute('role')).to.equal('alert');
    // The gateway words the refusal in the participant's own language (their token's locale), and the
    // booker shows it as sent: ask the gateway for the same refusal and find it in the notice.
    const own = (await mintToken(url, { personId: a!.personId })).token;
    const refusal = await gql<{ bookSession: { userErrors: Array<{ code: string; message: string }> } }>(
      url,
      own,
      `mutation($input: BookSessionInput!) { bookSession(input: $input) { userErrors { code message } } }`,
      { input: { enrolmentId: a!.enrolmentId, startsAt } },
    );
    expect(refusal.bookSession.userErrors[0]?.code).to.equal('CONFLICT');
    expect($(el, '[part~="notice"]')!.textContent).to.contain(refusal.bookSession.userErrors[0]!.message);
    await until(
      () => slotCells(el).length > 0 && !slotCells(el).some((c) => c.dataset['startsAt'] === startsAt),
      'fresh slots without the taken one',
    );
    expect(sessionsShown(el)).to.have.length(0);
    await expectAccessible(el);
    await shoot(el, 'conflict');
  });

  it('moves through the slot grid with the keyboard (APG grid) and opens the confirmation with Enter', async function () {
    this.timeout(60_000);
    const el = await booker(signedIn(url, { email: LUCIA }));
    await until(gridReady(el), 'the slot grid');
    const grid = $(el, '[role="grid"]')!;
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    $<HTMLElement>(el, '[role="grid"] [tabindex="0"]')!.focus();
    // Focus moves in `updated()`, after the key's render; wait for it rather than racing a loaded browser.
    const focusedCell = () => el.shadowRoot!.activeElement?.getAttribute('data-cell');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focusedCell() === '1-0', 'focus on cell 1-0 after ArrowDown');
    await sendKeys({ press: 'End' });
    await until(() => focusedCell() === '1-6', 'focus on cell 1-6 after End');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await until(() => focusedCell() === '0-0', 'focus on cell 0-0 after Ctrl+Home');
    expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    // PageDown and PageUp turn the page of days and keep the focus in the grid.
    const range = () => $(el, '.week-nav__label')!.textContent!.trim();
    const firstRange = range();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedCell() === '0-1', 'focus on cell 0-1 after ArrowRight');
    await sendKeys({ press: 'PageDown' });
    await until(() => range() !== firstRange && focusedCell() === '0-0', 'the next days, focus on 0-0');
    await sendKeys({ press: 'PageUp' });
    await until(() => range() === firstRange && focusedCell() === '0-0', 'the first days again');
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(range()).to.equal(firstRange);
    expect(focusedCell()).to.equal('0-0');
    // Walk right until an open slot has focus, then choose it.
    for (let i = 0; i < 7 && !el.shadowRoot!.activeElement?.matches('[part~="slot"]'); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~="panel"]') !== null, 'the confirmation');
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
  });

  it('asks for feedback on a completed session and sends the rating', async function () {
    this.timeout(60_000);
    const el = await booker(signedIn(url, { email: LUCIA }));
    await until(() => $(el, '[part~="feedback-prompt"]') !== null || gridReady(el)(), 'the booker');
    await until(() => $(el, '[part~="feedback-prompt"]') !== null, 'the feedback prompt');
    $<HTMLButtonElement>(el, '[data-action="rate"]')!.click();
    await until(() => $(el, 'form[part~="panel"]') !== null, 'the feedback form');
    await expectAccessible(el);
    await shoot(el, 'feedback');
    let submitted: FeedbackSubmittedEvent | undefined;
    el.addEventListener('cw-feedback-submitted', (e) => (submitted = e), { once: true });
    button(el, 'Send feedback').click();
    await until(() => $(el, '[part~="notice"]') !== null, 'the missing-rating message');
    $<HTMLInputElement>(el, 'input[name="rating"][value="4"]')!.click();
    $$(el, 'fieldset.caps input')[0]?.click();
    $<HTMLTextAreaElement>(el, '#feedback-comment')!.value = 'Useful <b>practice</b> on delegation';
    button(el, 'Send feedback').click();
    await until(() => submitted !== undefined, 'the feedback to be sent');
    expect(submitted!.detail.rating).to.equal(4);
    await expectEventContract('cw-feedback-submitted', submitted);
    expect($(el, '[role="status"]')!.textContent).to.equal('Thank you for your feedback.');
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`renders the picker in the ${theme} theme with no axe violations`, async function () {
      this.timeout(60_000);
      const el = await booker({ ...signedIn(url, { email: LUCIA }), theme });
      await until(gridReady(el), 'the slot grid');
      await expectAccessible(el);
      await shoot(el, `theme-${theme}`);
    });
  }

  it('mirrors in Arabic and shows times in the chosen zone', async function () {
    this.timeout(60_000);
    const el = await booker({ ...signedIn(url, { email: LUCIA }), locale: 'ar' });
    await until(gridReady(el), 'the slot grid');
    expect(el.dir).to.equal('rtl');
    const select = $<HTMLSelectElement>(el, '[part~="zone-select"] select')!;
    const before = slotCells(el)[0]!.textContent!.trim();
    select.value = 'Asia/Kolkata';
    select.dispatchEvent(new Event('change'));
    await until(
      () => slotCells(el).length > 0 && slotCells(el)[0]!.textContent!.trim() !== before,
      'Kolkata times',
    );
    await expectAccessible(el);
    await shoot(el, 'rtl-ar');
  });

  it('is compact on narrow hosts: three days that fit a phone-wide card without scrolling sideways', async function () {
    this.timeout(60_000);
    const el = await booker({ ...signedIn(url, { email: LUCIA }), compact: true, width: 300 });
    await until(gridReady(el), 'the slot grid');
    expect($$(el, '[role="columnheader"]')).to.have.length(3);
    const scroller = $(el, '.grid-scroll')!;
    expect(scroller.scrollWidth, 'the grid, beside the width it is shown in').to.be.at.most(
      scroller.clientWidth,
    );
    await expectAccessible(el);
    await shoot(el, 'compact');
  });

  it('shows the signed-out, loading and error states accessibly', async function () {
    this.timeout(30_000);
    const signedOut = await booker({ gateway: `${url}/graphql?booker-signed-out` });
    expect($(signedOut, '[part~="state-signed-out"]')).to.not.equal(null);
    await expectAccessible(signedOut);
    await shoot(signedOut, 'signed-out');

    const slow: TokenProvider = () => new Promise(() => {});
    const loading = await booker({ gateway: `${url}/graphql?booker-loading`, tokenProvider: slow });
    expect($(loading, '[part~="state-loading"]')).to.not.equal(null);
    await expectAccessible(loading);
    await shoot(loading, 'loading');

    const broken = await booker({
      gateway: 'http://127.0.0.1:9',
      tokenProvider: signedIn(url, { email: LUCIA }).tokenProvider,
    });
    await until(() => $(broken, '[part~="state-error"]') !== null, 'the error state');
    await expectAccessible(broken);
    await shoot(broken, 'error');
  });
});
