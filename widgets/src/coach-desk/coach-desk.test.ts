import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/session-booker.js';
import type { AvailabilitySavedEvent } from '../events/availability-saved.js';
import type { FeedbackSubmittedEvent } from '../events/feedback-submitted.js';
import type { SessionNoteSavedEvent } from '../events/session-note-saved.js';
import type { SessionRecordedEvent } from '../events/session-recorded.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, onRealGateway, heldTokenProvider } from '../shared/testing/gateway.js';
import {
  CLIENT,
  COACH,
  EMPTY_COACH,
  fill,
  mountDesk,
  part,
  shoot,
  until,
  untilPanel,
} from './coach-desk.testing.js';

const sessionsShown = (el: Element) => $$(el, '[part~="session"]').length > 0;

describe('<cw-coach-desk> on the real gateway', function () {
  this.timeout(60_000);
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  for (const theme of ['light', 'dark'] as const) {
    it(`shows today and this week with the sessions still to record (${theme}), axe-clean`, async () => {
      const el = await mountDesk({ ...signedIn(gateway, { email: COACH }), theme });
      await until(() => sessionsShown(el), 'the sessions');
      expect(part(el, 'heading')!.textContent).to.contain('Cleo Coach');
      // Fewer than k participants have rated since the last release: a coach's own rating is released
      // only once k have (or they could tell who gave which rating).
      expect(part(el, 'rating')!.textContent!.trim()).to.equal('No ratings yet');
      const due = part(el, 'to-record')!;
      expect(due.querySelectorAll('[part~="session"]').length).to.equal(2);
      // The coming days list the two sessions booked on the next weekdays, by day.
      const days = $$(el, '[part="day"]');
      expect(days.length).to.be.greaterThan(0);
      expect(days.flatMap((d) => [...d.querySelectorAll('[part~="session"]')]).length).to.be.at.least(2);
      await expectAccessible(el);
      await shoot(el, `week-${theme}`);
    });
  }

  it('mirrors in Arabic: right to left, localised tabs and statuses', async () => {
    const el = await mountDesk({ ...signedIn(gateway, { email: COACH }), locale: 'ar' });
    await until(() => sessionsShown(el), 'the sessions');
    expect(el.dir).to.equal('rtl');
    expect($(el, '[data-tab="clients"]')!.textContent).to.contain('العملاء');
    await expectAccessible(el);
    await shoot(el, 'week-ar');
    // The arrows of the tabs are mirrored: ArrowLeft moves to the next tab.
    $<HTMLElement>(el, '[data-tab="week"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => el.tab === 'clients', 'ArrowLeft to the clients in Arabic');
    await untilPanel(el, 'the clients');
    await until(() => part(el, 'client') !== null, 'the clients');
    await expectAccessible(el);
    await shoot(el, 'clients-ar');
    $<HTMLElement>(el, '[data-tab="availability"]')!.click();
    await until(() => part(el, 'availability-form') !== null, 'the availability form');
    await expectAccessible(el);
    await shoot(el, 'availability-ar');
  });

  it("opens a session with the client's shared goals and the previous note, keyboard only", async () => {
    const el = await mountDesk(signedIn(gateway, { email: COACH }));
    await until(() => sessionsShown(el), 'the sessions');
    const toggle = [
      ...part(el, 'to-record')!.querySelectorAll<HTMLButtonElement>('[part~="session-toggle"]'),
    ].find((b) => b.textContent!.includes('Report 1'))!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () => part(el, 'previous-note')?.textContent?.includes('delegation script') === true,
      'the note',
    );
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const goals = part(el, 'goals')!.textContent!;
    expect(goals).to.contain('Hand over the weekly report to my team');
    expect(goals).to.contain('Give each report feedback every fortnight');
    expect(goals).to.not.contain('A private goal');
    expect(part(el, 'mark-held')).to.not.equal(null);
    expect(part(el, 'note-form')).to.not.equal(null);
    await expectAccessible(el);
    await shoot(el, 'session-open');
  });

  it('lists the current clients with pace, sessions left and their shared goals', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await mountDesk({ ...signedIn(gateway, { email: COACH }), theme, tab: 'clients' });
      await until(() => $$(el, '[part~="client"]').length === 2, 'two clients');
      const first = $$(el, '[part~="client"]').find((r) => r.textContent!.includes('Report 1'))!;
      expect(first.textContent).to.match(/\d+ of 6/);
      expect(first.querySelector('[part~="status"]')!.textContent!.trim()).to.not.equal('');
      first.querySelector<HTMLButtonElement>('[part~="client-goals"]')!.click();
      await until(() => $(el, 'td[part~="goals"] li') !== null, 'the goals');
      expect($(el, 'td[part~="goals"]')!.textContent).to.contain('Hand over the weekly report');
      await expectAccessible(el);
      await shoot(el, `clients-${theme}`);
    }
  });

  it('shows the bookings a change of hours would break, and saves only when the coach keeps them', async () => {
    const el = await mountDesk({ ...signedIn(gateway, { email: COACH }), tab: 'availability' });
    await until(() => part(el, 'availability-form') !== null, 'the availability form');
    expect($$(el, '[part~="weekday"] .window').length).to.equal(5);
    await shoot(el, 'availability-light');
    const saved: AvailabilitySavedEvent[] = [];
    el.addEventListener('cw-availability-saved', (e) => saved.push(e));

    // A window that ends before it starts: the gateway's message sits at the field.
    const monday = $(el, '[data-weekday="1"]')!;
    fill(monday.querySelector<HTMLInputElement>('input[id$="-endTime"]')!, '08:00');
    part(el, 'save-button')!.click();
    await until(() => part(el, 'field-error') !== null, 'the field error');
    expect(part(el, 'field-error')!.textContent).to.contain('end after it starts');
    await until(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-invalid') === 'true',
      'focus on the invalid field',
    );
    fill(monday.querySelector<HTMLInputElement>('input[id$="-endTime"]')!, '17:00');

    // Only Saturday mornings: the sessions booked on the coming weekdays no longer fit.
    for (let i = 0; i < 5; i++) {
      $$(el, '[part~="weekday"] [part~="remove-button"]')[0]!.click();
      await el.updateComplete;
    }
    expect($$(el, '[part~="weekday"] .window').length).to.equal(0);
    $<HTMLButtonElement>(el, '[data-weekday="6"] [part~="add-window"]')!.click();
    await el.updateComplete;
    part(el, 'save-button')!.click();
    await until(() => part(el, 'conflicts') !== null, 'the conflicts');
    const conflicts = part(el, 'conflicts')!;
    expect(conflicts.getAttribute('role')).to.equal('alert');
    expect(conflicts.querySelectorAll('li[data-reason="OUTSIDE_WEEKLY_HOURS"]').length).to.equal(2);
    expect(saved).to.have.length(0);
    await until(() => el.shadowRoot!.activeElement === part(el, 'keep-button'), 'focus on the decision');
    await expectAccessible(el);
    await shoot(el, 'availability-conflicts');
    for (const theme of ['dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      await shoot(el, `availability-conflicts-${theme}`);
    }
    el.theme = 'light';

    // Back to editing saves nothing; the desk still offers the weekdays.
    part(el, 'back-button')!.click();
    await until(() => part(el, 'conflicts') === null, 'the conflicts closed');
    expect(saved).to.have.length(0);

    part(el, 'save-button')!.click();
    await until(() => part(el, 'keep-button') !== null, 'the conflicts again');
    part(el, 'keep-button')!.click();
    await until(() => saved.length === 1, 'the availability saved');
    expect(saved[0]!.detail).to.deep.equal({ weeklyWindows: 1, daysOff: 0, capacity: 10, keptSessions: 2 });
    await expectEventContract('cw-availability-saved', saved[0]);
    expect($$(el, '[part~="weekday"] .window').length).to.equal(1);
  });

  it('moves a kept booking to a free time of the new hours, with the keyboard', async () => {
    const el = await mountDesk({ ...signedIn(gateway, { email: COACH }), tab: 'availability' });
    // The two bookings kept above are listed below the form, each with a way to move it.
    await until(() => $$(el, '[part~="kept-session"]').length === 2, 'the two kept bookings');
    await expectAccessible(el);
    await shoot(el, 'availability-kept-light');
    const first = $$(el, '[part~="kept-session"]')[0]!;
    const sessionId = first.dataset['session']!;
    expect(first.dataset['reason']).to.equal('OUTSIDE_WEEKLY_HOURS');
    first.querySelector<HTMLButtonElement>('[part~="move-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'move-select') !== null, 'the free times');
    await until(() => el.shadowRoot!.activeElement === part(el, 'move-select'), 'focus on the free times');
    const select = part(el, 'move-select') as HTMLSelectElement;
    expect(select.options.length).to.be.greaterThan(0);
    // Only Saturday mornings are free now: every time offered is one.
    const chosen = select.options[0]!.value;
    expect(new Date(chosen).getTime()).to.be.greaterThan(Date.now());
    await expectAccessible(el);
    await shoot(el, 'availability-move-light');
    for (const theme of ['dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      await shoot(el, `availability-move-${theme}`);
    }
    el.theme = 'light';
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'move-confirm-button'));
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[role="status"]')!.textContent!.includes('moved to'), 'the announcement');
    await until(() => $$(el, '[part~="kept-session"]').length === 1, 'one kept booking left');
    expect($(el, `[part~="kept-session"][data-session="${CSS.escape(sessionId)}"]`)).to.equal(null);

    // Moved, to the time chosen, and still booked.
    const { token } = await mintToken(gateway, { email: COACH });
    const moved = await gql<{ node: { startsAt: string; status: string } }>(
      gateway,
      token,
      `query($id: ID!) { node(id: $id) { ... on Session { startsAt status } } }`,
      { id: sessionId },
    );
    expect(moved.node).to.deep.equal({ startsAt: chosen, status: 'BOOKED' });

    // Arabic: the list and the choice right to left.
    const ar = await mountDesk({ ...signedIn(gateway, { email: COACH }), tab: 'availability', locale: 'ar' });
    await until(() => $$(ar, '[part~="kept-session"]').length === 1, 'the kept booking in Arabic');
    part(ar, 'move-button')!.click();
    await until(() => part(ar, 'move-select') !== null, 'the free times in Arabic');
    expect(ar.dir).to.equal('rtl');
    await expectAccessible(ar);
    await shoot(ar, 'availability-move-ar');
    part(ar, 'move-cancel-button')!.click();
    await until(() => part(ar, 'move') === null, 'the choice closed');
  });

  it('records a session as held with a note; the client rates it; the coach’s rating is released with the k-th rater', async () => {
    let el = await mountDesk(signedIn(gateway, { email: COACH }));
    await until(() => sessionsShown(el), 'the sessions');
    const row = [...part(el, 'to-record')!.querySelectorAll<HTMLElement>('[part~="session"]')].find((r) =>
      r.textContent!.includes('Report 1'),
    )!;
    const sessionId = row.dataset['session']!;
    row.querySelector<HTMLButtonElement>('[part~="session-toggle"]')!.click();
    await until(() => part(el, 'mark-held') !== null, 'the recording buttons');
    const recorded: SessionRecordedEvent[] = [];
    el.addEventListener('cw-session-recorded', (e) => recorded.push(e));
    part(el, 'mark-held')!.click();
    await until(() => recorded.length === 1, 'the session recorded');
    expect(recorded[0]!.detail).to.deep.equal({ sessionId, status: 'COMPLETED' });
    await expectEventContract('cw-session-recorded', recorded[0]);
    await until(() => $(el, '[role="status"]')!.textContent!.includes('asked to rate'), 'the announcement');
    await until(() => part(el, 'mark-held') === null, 'the buttons gone once held');

    // The private note, with two capabilities worked on.
    const notes: SessionNoteSavedEvent[] = [];
    el.addEventListener('cw-session-note-saved', (e) => notes.push(e));
    fill(
      $<HTMLTextAreaElement>(el, `#note-${CSS.escape(sessionId)}`)!,
      'Rehearsed the hand-over; next: feedback.',
    );
    const boxes = $$(el, '[part~="note-form"] input[type="checkbox"]') as HTMLInputElement[];
    boxes[0]!.click();
    boxes[1]!.click();
    part(el, 'save-button')!.click();
    await until(() => notes.length === 1, 'the note saved');
    expect(notes[0]!.detail).to.deep.equal({ sessionId, capabilities: 2, deleted: false });
    await expectEventContract('cw-session-note-saved', notes[0]);
    await shoot(el, 'session-recorded');

    // The client is asked for feedback in their booker and rates the session 5.
    const client = signedIn(gateway, { email: CLIENT });
    const frame = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 720px">
        <cw-session-booker
          gateway=${client.gateway}
          locale="en"
          .tokenProvider=${client.tokenProvider}
        ></cw-session-booker>
      </div>`,
    );
    const booker = frame.querySelector('cw-session-booker')!;
    await until(() => $(booker, '[part~="feedback-prompt"]') !== null, 'the feedback prompt', 30_000);
    $<HTMLButtonElement>(booker, '[data-action="rate"]')!.click();
    await until(() => $(booker, 'form[part~="panel"]') !== null, 'the feedback form');
    let rated: FeedbackSubmittedEvent | undefined;
    booker.addEventListener('cw-feedback-submitted', (e) => (rated = e), { once: true });
    $<HTMLInputElement>(booker, 'input[name="rating"][value="5"]')!.click();
    [...booker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.trim() === 'Send feedback')!
      .click();
    await until(() => rated !== undefined, 'the rating sent');
    expect(rated!.detail.sessionId).to.equal(sessionId);

    // The coach's own figure is released once k participants have rated since the last release: the
    // k − 1 former clients of the fixture and now this client. It moves from none to every rating:
    // 3 (this client, earlier), 4 from each former client and this 5.
    el = await mountDesk(signedIn(gateway, { email: COACH }));
    await until(() => part(el, 'rating') !== null, 'the rating');
    await until(() => part(el, 'rating')!.textContent!.trim() !== 'No ratings yet', 'the released rating');
    const count = Number(part(el, 'rating')!.dataset['count']);
    expect(count).to.be.at.least(3);
    const mean = (3 + 4 * (count - 2) + 5) / count;
    expect(part(el, 'rating')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Rated ${mean.toFixed(1)} of 5 from ${count} ratings`,
    );
    await shoot(el, 'rating-after-feedback');
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const { tokenProvider: provider, release } = heldTokenProvider(gateway, { email: COACH });
      const el = await mountDesk({ gateway: `${gateway}/graphql?desk-skeleton`, tokenProvider: provider });
      const skeleton = part(el, 'state-loading')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      await shoot(el, 'loading');
      release();
      await until(() => sessionsShown(el), 'the sessions');
    });

    it('says so when a coach has no sessions this week', async () => {
      for (const locale of ['en', 'ar'] as const) {
        const el = await mountDesk({ ...signedIn(gateway, { email: EMPTY_COACH }), locale });
        await until(() => part(el, 'state-empty') !== null, 'the empty state');
        if (locale === 'en') expect(part(el, 'state-empty')!.textContent).to.contain('No sessions this week');
        await expectAccessible(el);
        await shoot(el, `empty-${locale}`);
      }
    });

    it('refuses someone who is not a coach', async () => {
      const el = await mountDesk(signedIn(gateway, { email: CLIENT }));
      await until(() => part(el, 'state-unauthorised') !== null, 'the unauthorised state');
      expect($(el, '[role="tablist"]')).to.equal(null);
      await expectAccessible(el);
      await shoot(el, 'refused');
    });

    it('shows an error with Retry when the gateway cannot be reached', async () => {
      const el = await mountDesk({ gateway: 'http://127.0.0.1:9', tokenProvider: async () => 'any' });
      await until(() => part(el, 'state-error') !== null, 'the error state');
      expect(part(el, 'retry-button')).to.not.equal(null);
      await expectAccessible(el);
      await shoot(el, 'error');
    });

    it('is signed out without a tokenProvider', async () => {
      const el = await mountDesk({ gateway });
      expect(part(el, 'state-signed-out')).to.not.equal(null);
      await expectAccessible(el);
    });
  });
});
