import type { TokenProvider } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import '../define/goal-tracker.js';
import '../define/progress-card.js';
import '../define/session-booker.js';
import type { ProgressOpenBookingEvent } from '../events/progress-open-booking.js';
import type { ProgressOpenGoalsEvent } from '../events/progress-open-goals.js';
import type { GoalTracker } from '../goal-tracker/goal-tracker.js';
import type { SessionBooker } from '../session-booker/session-booker.js';
import { $, $$, until } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, startGateway } from '../shared/testing/gateway.js';
import { mountFramed, shootFrame } from '../shared/testing/framed.js';
import { mount } from '../shared/testing/mount.js';
import { nextDownload } from '../shared/testing/download.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { ProgressCard } from './progress-card.js';

const LUCIA = 'lucia.fernandez@northwind.example';
const JAVIER = 'javier.moreno@northwind.example';
const ADMIN = 'tom.becker@northwind.example';

interface CardOptions {
  gateway: string;
  tokenProvider?: TokenProvider | undefined;
  person?: string;
  layout?: 'compact' | 'full';
  locale?: string;
  theme?: string;
}

const cardTemplate = (o: CardOptions) =>
  html`<cw-progress-card
    gateway=${o.gateway}
    locale=${o.locale ?? 'en'}
    theme=${o.theme ?? 'light'}
    layout=${o.layout ?? 'full'}
    person=${o.person ?? ''}
    .tokenProvider=${o.tokenProvider}
  ></cw-progress-card>`;

/** The card in a frame whose background suits the theme, so screenshots read like a page. */
async function card(options: CardOptions): Promise<ProgressCard> {
  return mountFramed<ProgressCard>(cardTemplate(options), {
    size: `inline-size: ${options.layout === 'compact' ? 320 : 440}px`,
    theme: options.theme,
    locale: options.locale,
  });
}

const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `progress-card-${name}`);

const loaded = (el: ProgressCard) => () => $(el, '[part~="sessions"]') !== null;
const text = (el: Element, part: string): string =>
  (el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface TeamCard {
  availability: string;
  person: { id: string; name: string };
}

describe('<cw-progress-card>', () => {
  let url: string;
  let team: TeamCard[];

  before(async function () {
    this.timeout(240_000);
    url = (await startGateway()).url;
    const javier = (await mintToken(url, { email: JAVIER })).token;
    const data = await gql<{ teamProgressCards: { edges: Array<{ node: TeamCard }> } }>(
      url,
      javier,
      `{ teamProgressCards(first: 20) { edges { node { availability person { id name } } } } }`,
    );
    team = data.teamProgressCards.edges.map((e) => e.node);
  });

  it('shows the participant every figure of their own program', async function () {
    this.timeout(60_000);
    const el = await card(signedIn(url, { email: LUCIA }));
    await until(loaded(el), 'the card');
    // Program names follow the person's language (her token says es), the widget's strings the page's.
    expect(text(el, 'heading')).to.equal('Los primeros 100 días');
    expect(text(el, 'subheading')).to.equal('With Sofia Rossi');
    expect(text(el, 'sessions')).to.match(/4 of 6 sessions done/);
    expect(text(el, 'sessions')).to.match(/1 booked · 1 left to book/);
    expect($(el, '[part~="pace"]')!.dataset['status']).to.equal('ON_TRACK');
    const bar = $(el, '[part~="sessions-bar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('4');
    expect(bar.getAttribute('aria-valuemax')).to.equal('6');
    expect($(el, '[part~="next-session"] time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    const capabilities = $$(el, '[part~="capability"]');
    expect(capabilities).to.have.length(3);
    // The seed's pulses before the program's middle have closed (figures with their raters);
    // later ones are still open, so nothing after the baseline is released yet.
    for (const capability of capabilities) {
      expect(capability.textContent).to.match(/\d\.\d \(baseline, \d+ raters\)/);
      expect(capability.textContent).to.match(/No later rating yet/);
    }
    expect($<HTMLInputElement>(el, '[part~="sharing"] input')!.checked).to.equal(true);
    await expectAccessible(el);
    await shoot(el, 'full');

    // The next session's invitation, saved as an .ics by code that loads on this first click.
    const saved = nextDownload();
    $(el, '[part~="next-session"] [data-action="calendar"]')!.click();
    const ics = await saved;
    expect(ics.filename).to.match(/\.ics$/);
    expect(ics.text).to.match(/^BEGIN:VCALENDAR/);
    await until(
      () => /downloaded/.test($(el, '[role="status"]')?.textContent ?? ''),
      'the download to be announced',
    );
  });

  it('is one short block in the compact layout', async function () {
    this.timeout(60_000);
    const el = await card({ ...signedIn(url, { email: LUCIA }), layout: 'compact' });
    await until(loaded(el), 'the card');
    expect($(el, '[part~="sharing"]')).to.equal(null);
    expect($$(el, '[part~="capability"]').length).to.be.at.most(1);
    // Its change in words (progress-card.changes.test.ts has every state), never a bare "0.0".
    const change = $(el, '[part~="capability"] [data-state]')!;
    expect(change.dataset['state']).to.be.oneOf([
      'up',
      'down',
      'flat',
      'no-latest',
      'no-baseline',
      'withheld',
    ]);
    expect(change.textContent).not.to.match(/(^|\s)[+−-]?0\.0(\s|$)/);
    await expectAccessible(el);
    await shoot(el, 'compact');
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`renders in the ${theme} theme with no axe violations`, async function () {
      this.timeout(60_000);
      const el = await card({ ...signedIn(url, { email: LUCIA }), theme });
      await until(loaded(el), 'the card');
      await expectAccessible(el);
      await shoot(el, theme);
    });
  }

  it('mirrors in Arabic', async function () {
    this.timeout(60_000);
    const el = await card({ ...signedIn(url, { email: LUCIA }), locale: 'ar' });
    await until(loaded(el), 'the card');
    expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('rtl');
    await expectAccessible(el);
    await shoot(el, 'rtl');
  });

  it('shows a manager the reports who share, and only a note for those who do not', async function () {
    this.timeout(90_000);
    const shared = team.find((t) => t.availability === 'AVAILABLE')!;
    const private_ = team.find((t) => t.availability === 'NOT_SHARED')!;
    expect(shared && private_, 'the demo team has both').to.not.equal(undefined);
    const auth = signedIn(url, { email: JAVIER });
    const frame = mount<HTMLDivElement>(
      html`<div data-shot="team" style="display: flex; gap: 16px; padding: 24px; background: #f4f5f7">
        ${[shared, private_].map(
          (t) =>
            html`<div style="inline-size: 300px">
              ${cardTemplate({ ...auth, person: t.person.id, layout: 'compact' })}
            </div>`,
        )}
      </div>`,
    );
    const [sharedCard, privateCard] = [...frame.querySelectorAll('cw-progress-card')] as ProgressCard[];
    await until(loaded(sharedCard!), 'the shared card');
    await until(() => $(privateCard!, '[part~="private"]') !== null, 'the private note');
    expect(text(privateCard!, 'private')).to.equal(
      `${private_.person.name} keeps their coaching progress private.`,
    );
    expect($(privateCard!, '[part~="sessions"]')).to.equal(null);
    expect($(sharedCard!, '[part~="sharing"]')).to.equal(null);
    await expectAccessible(frame);
    await screenshot('progress-card-team', '[data-shot="team"]');
  });

  it('is unauthorised for a colleague, empty for someone in no program, signed out without a token', async function () {
    this.timeout(60_000);
    const lucia = team.find((t) => t.person.name === 'Lucía Fernández')!;
    const colleague = team.find((t) => t.person.id !== lucia.person.id)!;
    const forbidden = await card({
      ...signedIn(url, { personId: colleague.person.id }),
      person: lucia.person.id,
    });
    await until(() => $(forbidden, '[part~="state-unauthorised"]') !== null, 'the unauthorised state');
    await expectAccessible(forbidden);
    await shoot(forbidden, 'unauthorised');

    const empty = await card(signedIn(url, { email: ADMIN }));
    await until(() => $(empty, '[part~="state-empty"]') !== null, 'the empty state');
    expect(text(empty, 'state-empty')).to.match(/You are not in a coaching program yet/);
    await expectAccessible(empty);

    const signedOut = await card({ gateway: `${url}/graphql?as=nobody` });
    await until(() => $(signedOut, '[part~="state-signed-out"]') !== null, 'the signed-out state');
    await expectAccessible(signedOut);
  });

  it('asks the host to open goals and booking', async function () {
    this.timeout(60_000);
    const el = await card(signedIn(url, { email: LUCIA }));
    await until(loaded(el), 'the card');
    let goals: ProgressOpenGoalsEvent | undefined;
    let booking: ProgressOpenBookingEvent | undefined;
    document.addEventListener('cw-progress-open-goals', (e) => (goals = e), { once: true });
    document.addEventListener('cw-progress-open-booking', (e) => (booking = e), { once: true });
    $<HTMLButtonElement>(el, '[data-action="goals"]')!.click();
    $<HTMLButtonElement>(el, '[data-action="booking"]')!.click();
    expect(goals?.detail.personId).to.match(/\S/);
    expect(goals?.detail.enrolmentId).to.match(/\S/);
    expect(booking?.detail.enrolmentId).to.equal(goals?.detail.enrolmentId);
    expect(booking?.detail.sessionId).to.match(/\S/);
    await expectEventContract('cw-progress-open-goals', goals);
    await expectEventContract('cw-progress-open-booking', booking);
  });

  it('updates at once, with no reload, as the booker and the tracker on the same page change things', async function () {
    this.timeout(180_000);
    // Someone invited and not yet matched: the whole journey happens on this page.
    const admin = (await mintToken(url, { email: ADMIN })).token;
    const programs = await gql<{ programs: { edges: Array<{ node: { id: string } }> } }>(
      url,
      admin,
      `{ programs(first: 10, status: ACTIVE) { edges { node { id } } } }`,
    );
    const candidates: Array<{ personId: string; enrolmentId: string }> = [];
    for (const { node: program } of programs.programs.edges) {
      const data = await gql<{
        node: {
          enrolments: { edges: Array<{ node: { id: string; coach: unknown; person: { id: string } } }> };
        };
      }>(
        url,
        admin,
        `query($id: ID!) { node(id: $id) { ... on Program {
          enrolments(first: 50, status: INVITED) { edges { node { id coach { id } person { id } } } } } } }`,
        { id: program.id },
      );
      for (const { node } of data.node.enrolments.edges) {
        if (node.coach === null) candidates.push({ personId: node.person.id, enrolmentId: node.id });
      }
    }
    // The booker's own tests take the first few; start from the other end, with someone a coach can take.
    let personId: string | undefined;
    for (const candidate of candidates.reverse()) {
      const token = (await mintToken(url, { personId: candidate.personId })).token;
      const offered = await gql<{ node: { coachSuggestions: unknown[] } }>(
        url,
        token,
        `query($id: ID!) { node(id: $id) { ... on Enrolment { coachSuggestions(first: 1) { score } } } }`,
        { id: candidate.enrolmentId },
      );
      if (offered.node.coachSuggestions.length > 0) {
        personId = candidate.personId;
        break;
      }
    }
    expect(personId, 'the seed has an invited participant a coach can take').to.not.equal(undefined);
    const auth = signedIn(url, { personId: personId! });
    const frame = mount<HTMLDivElement>(
      html`<div
        data-shot="live"
        style="display: grid; grid-template-columns: 320px 1fr; gap: 16px; padding: 24px"
      >
        ${cardTemplate(auth)}
        <div>
          <cw-session-booker gateway=${auth.gateway} .tokenProvider=${auth.tokenProvider}></cw-session-booker>
          <cw-goal-tracker gateway=${auth.gateway} .tokenProvider=${auth.tokenProvider}></cw-goal-tracker>
        </div>
      </div>`,
    );
    const el = frame.querySelector('cw-progress-card')!;
    const booker = frame.querySelector<SessionBooker>('cw-session-booker')!;
    const tracker = frame.querySelector<GoalTracker>('cw-goal-tracker')!;
    await until(loaded(el), 'the card');
    expect(text(el, 'subheading')).to.equal('No coach matched yet');
    expect(text(el, 'next-session')).to.match(/No session booked/);
    expect(text(el, 'goals')).to.match(/No goals shared yet/);
    const requestsBefore = performance.getEntriesByType('navigation').length;

    // The booker: choose a coach, book a slot, then cancel it.
    await until(() => $$(booker, '[part~="coach"]').length > 0, 'coach suggestions');
    $$(booker, '[part~="coach"]')[0]!.querySelector<HTMLButtonElement>('[part~="choose-button"]')!.click();
    await until(() => /^With /.test(text(el, 'subheading')), 'the card to show the new coach');
    await until(() => $$(booker, 'td[part~="slot"]').length > 0, 'the slot grid');
    const slot = $$(booker, 'td[part~="slot"]')[0]!;
    const startsAt = slot.dataset['startsAt']!;
    slot.click();
    await until(() => $(booker, '[part~="panel"]') !== null, 'the confirmation');
    [...booker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Confirm booking')!
      .click();
    await until(
      () => $(el, '[part~="next-session"] time')?.getAttribute('datetime') === startsAt,
      'the card to show the booked session as next',
    );
    expect(text(el, 'sessions')).to.match(/1 booked/);
    await screenshot('progress-card-live-booked', '[data-shot="live"]');

    // The card can update before the booker lists the session: wait for the booker's own list.
    await until(
      () => $$(booker, '[part~="session"] [data-action="cancel"]').length > 0,
      'the booked session in the booker',
    );
    $$(booker, '[part~="session"]')[0]!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await until(() => $(booker, '.policy') !== null, 'the cancellation policy');
    [...booker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Cancel session')!
      .click();
    await until(
      () => /No session booked/.test(text(el, 'next-session')),
      'the card to drop the cancelled session',
    );

    // The tracker: a new goal, then a check-in.
    await until(
      () => $(tracker, '[part~="new-button"], [part~="state-empty"] button') !== null,
      'the tracker',
    );
    $<HTMLButtonElement>(tracker, '[part~="new-button"], [part~="state-empty"] button')!.click();
    await tracker.updateComplete;
    const form = $<HTMLFormElement>(tracker, 'form')!;
    const fill = (root: ParentNode, name: string, value: string) => {
      const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    };
    fill(form, 'title', 'Hand over the weekly report');
    fill(form, 'capability', 'DELEGATION');
    $<HTMLButtonElement>(tracker, '[part~="save-button"]')!.click();
    await until(() => /^1 goal, 0 on track/.test(text(el, 'goals')), 'the card to count the new goal');

    // The tracker re-renders its list as the gateway answers: look the goal up afresh at each step.
    const goal = () => $$(tracker, '[part~="goal"]')[0];
    await until(() => goal()?.querySelector('[data-action="check-in"]') != null, 'the goal in the tracker');
    goal()!.querySelector<HTMLButtonElement>('[data-action="check-in"]')!.click();
    await until(() => goal()?.querySelector('form') != null, 'the check-in form');
    fill(goal()!.querySelector('form')!, 'progress', '40');
    goal()!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await until(
      () => /1 goal, 1 on track · 40% done on average/.test(text(el, 'goals')),
      'the check-in on the card',
    );
    // All of it without a navigation.
    expect(performance.getEntriesByType('navigation').length).to.equal(requestsBefore);
    await screenshot('progress-card-live-goal', '[data-shot="live"]');
  });
});
