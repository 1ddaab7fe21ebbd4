import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/pulse.js';
import '../define/quality-heatmap.js';
import {
  control,
  fill,
  mountConsole,
  part as consolePart,
  shoot as shootConsole,
  until as untilConsole,
} from '../program-console/program-console.testing.js';
import { $, $$, until } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, onRealGateway } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { Pulse } from './pulse.js';

/*
 * The coaching loop end to end on the test gateway's `loop` organisation
 * (widgets/scripts/test-gateway-pulse.ts): a program admin opens PRE from the console, a
 * participant keeps all three peers (the minimum the admin set), the manager and the other
 * participants answer everything they owe in <cw-pulse> with the keyboard, PRE closes; POST opens and closes the same way with higher
 * answers, and <cw-quality-heatmap> shows a change since the baseline it did not show before.
 */
const ADMIN = 'programadmin@loop.example';
const ORG_ADMIN = 'admin@loop.example';
const PARTICIPANT = 'report1@loop.example';
const RATERS = ['manager1@loop.example', 'report2@loop.example', 'peera@loop.example', 'peerb@loop.example'];

const LOOKS = [
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'ar'],
] as const;
const look = (theme: string, locale: string) => (locale === 'ar' ? 'ar' : theme);

let shots = 0;
const frame = (dark = false) =>
  `inline-size: 560px; padding: 24px; font-family: system-ui, sans-serif; background: ${dark ? '#2b2d31' : '#f4f5f7'}`;

async function mountPulse(gateway: string, email: string, locale = 'en', theme = 'light'): Promise<Pulse> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div data-shot=${`loop-${++shots}`} style=${frame(theme === 'dark')}>
      <button type="button" id="before">Before</button>
      <cw-pulse
        gateway=${signedIn(gateway, { email }).gateway}
        locale=${locale}
        theme=${theme}
        .tokenProvider=${signedIn(gateway, { email }).tokenProvider}
      ></cw-pulse>
    </div>`,
  );
  // Each rater's widget is stacked below the last: scroll to it, as the rater would (a widget a
  // viewport below the fold waits to be near before it loads).
  wrapper.scrollIntoView();
  const el = wrapper.querySelector('cw-pulse')!;
  await el.updateComplete;
  if (locale !== 'en') await untilLocale(el, locale);
  return el;
}

const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const focused = (el: Element) => el.shadowRoot!.activeElement;

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/**
 * A rater answers everything they owe, one request after the other: every capability with `steps`
 * presses of ArrowRight from the first score, then Submit; returns how many they answered.
 */
async function answerWithKeyboard(gateway: string, email: string, steps: number): Promise<number> {
  const el = await mountPulse(gateway, email);
  let answered = 0;
  for (;;) {
    await until(
      () => part(el, 'capability') !== null || part(el, 'state-empty') !== null,
      `${email}'s requests`,
    );
    if (part(el, 'state-empty')) return answered;
    const heading = part(el, 'heading')!.textContent;
    await answerOne(el, email, steps);
    answered += 1;
    await until(
      () => part(el, 'state-empty') !== null || part(el, 'heading')?.textContent !== heading,
      `${email}'s next request`,
    );
  }
}

async function answerOne(el: Pulse, email: string, steps: number): Promise<void> {
  const capabilities = $$(el, '[part~="capability"]').length;
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  for (let i = 0; i < capabilities; i++) {
    await press('Tab');
    await press('ArrowRight', steps);
  }
  const chosen = () =>
    $$<HTMLInputElement>(el, '[part~="capability"] input:checked').map((r) => Number(r.value));
  await until(() => chosen().length === capabilities, `${email}'s answers`);
  expect(chosen()).to.deep.equal(Array(capabilities).fill(1 + steps));
  await press('Tab');
  expect(focused(el)).to.equal(part(el, 'submit-button'));
  await press('Enter');
}

let heatmaps = 0;

async function heatmapFigures(gateway: string, program: string, unit: string): Promise<string[]> {
  // A client of its own each time: one per address, and a shared cache would answer with old figures.
  const as = signedIn(gateway, { email: ORG_ADMIN });
  const address = `${as.gateway}&heatmap=${++heatmaps}`;
  const wrapper = await fixture<HTMLDivElement>(
    html`<div
      data-shot=${`heatmap-${heatmaps}`}
      style="inline-size: 900px; padding: 24px; font-family: system-ui, sans-serif"
    >
      <cw-quality-heatmap
        gateway=${address}
        .tokenProvider=${as.tokenProvider}
        locale="en"
        metric="DELTA_FROM_BASELINE"
        unit=${unit}
        program=${program}
      ></cw-quality-heatmap>
    </div>`,
  );
  wrapper.scrollIntoView();
  const el = wrapper.querySelector('cw-quality-heatmap')!;
  await until(
    () => $(el, '[role="grid"]') !== null || $(el, '[part~="state-empty"]') !== null,
    'the heatmap',
  );
  await el.updateComplete;
  return $$(el, '[role="gridcell"]:not(.suppressed) .value').map((v) => v.textContent!.trim());
}

describe('the coaching loop: PRE and POST collected through the widgets move the heatmap', function () {
  this.timeout(240_000);
  let gateway: string;
  let program: string;
  /** The participants' team: the heatmap's scope. */
  let team: string;

  onRealGateway(async (url) => {
    gateway = url;
    const { token } = await mintToken(gateway, { email: ADMIN });
    const data = await gql<{ programs: { edges: Array<{ node: { id: string } }> } }>(
      gateway,
      token,
      '{ programs { edges { node { id } } } }',
    );
    program = data.programs.edges[0]!.node.id;
    const member = await mintToken(gateway, { email: PARTICIPANT });
    team = (
      await gql<{ viewer: { orgUnit: { id: string } } }>(
        gateway,
        member.token,
        '{ viewer { orgUnit { id } } }',
      )
    ).viewer.orgUnit.id;
  });

  it('collects PRE and POST through the console and the pulse, with the keyboard', async () => {
    expect(await heatmapFigures(gateway, program, team)).to.deep.equal([]);

    // The program admin opens PRE from the console; a window that ends before it starts is refused.
    const openConsole = () =>
      mountConsole({ ...signedIn(gateway, { email: ADMIN }), program, tab: 'pulses' });
    let admin = await openConsole();
    const row = (phase: string) => $(admin, `tr[data-phase="${phase}"]`)!;
    await untilConsole(() => $(admin, 'tr[data-phase="PRE"]') !== null, 'the phases');
    expect($$(admin, 'tr[data-phase]').map((r) => r.dataset['state'])).to.deep.equal([
      'NOT_OPENED',
      'NOT_OPENED',
      'NOT_OPENED',
    ]);
    await expectAccessible(admin);
    row('PRE').querySelector<HTMLButtonElement>('[data-action="open"]')!.click();
    await untilConsole(() => focused(admin)?.getAttribute('name') === 'opensAt', 'the open form, focused');
    const later = new Date(Date.now() + 3 * 86_400_000);
    const local = (d: Date) =>
      new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    fill(control(admin, 'Opens'), local(later));
    fill(control(admin, 'Closes'), local(new Date(Date.now() + 86_400_000)));
    fill(control(admin, 'Fewest peers'), '3');
    await press('Enter');
    await untilConsole(() => consolePart(admin, 'field-error') !== null, 'the refusal beside the field');
    expect(focused(admin)?.getAttribute('name')).to.equal('closesAt');
    expect(control(admin, 'Closes').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(admin);
    await shootConsole(admin, 'pulses-refused');
    fill(control(admin, 'Opens'), '');
    fill(control(admin, 'Closes'), local(new Date(Date.now() + 7 * 86_400_000)));
    await press('Enter');
    await untilConsole(() => row('PRE').dataset['state'] === 'OPEN', 'PRE open');
    // Four participants, each asking themselves, the manager and three peers.
    expect(row('PRE').textContent).to.contain('0 / 20');

    // The participant sees who rates them, and is told beside the list when they keep too few peers.
    const participant = await mountPulse(gateway, PARTICIPANT);
    await until(() => part(participant, 'raters') !== null, 'who rates the participant');
    expect($$(participant, '[part~="raters-list"] li').map((li) => li.dataset['type'])).to.deep.equal([
      'MANAGER',
      'PEER',
      'PEER',
      'PEER',
    ]);
    part(participant, 'raters-change-button')!.focus();
    await press('Enter');
    await until(() => focused(participant)?.matches('input[type="checkbox"]') === true, 'the first checkbox');
    await press('Space');
    await until(
      () => $$(participant, '[part~="raters-option"] input:checked').length === 2,
      'a peer unticked',
    );
    part(participant, 'raters-save-button')!.focus();
    await press('Enter');
    await until(() => part(participant, 'raters-field-error') !== null, 'the refusal beside the peers');
    expect(part(participant, 'raters-field-error')!.closest('fieldset')!.dataset['kind']).to.equal('peers');
    expect(part(participant, 'raters-field-error')!.textContent).to.match(/3/);
    await expectAccessible(participant);
    await until(() => focused(participant)?.matches('input[type="checkbox"]') === true, 'focus on the list');
    await press('Space');
    part(participant, 'raters-save-button')!.focus();
    await press('Enter');
    await until(() => part(participant, 'raters-form') === null, 'the choice saved');
    expect($$(participant, '[part~="raters-list"] li').length).to.equal(4);

    // Every rater answers PRE with the keyboard: 2 on each capability.
    let answered = 0;
    for (const email of RATERS) answered += await answerWithKeyboard(gateway, email, 1);
    // The manager rates four people, each peer themselves and three others.
    expect(answered).to.equal(16);
    admin = await openConsole();
    await untilConsole(
      () => $(admin, 'tr[data-phase="PRE"]')?.textContent?.includes('16 / 20') === true,
      'the answers counted',
    );

    // Closing asks first; "Keep it open" keeps it, then it closes.
    row('PRE').querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
    await untilConsole(() => focused(admin)?.getAttribute('data-action') === 'keep-open', 'the confirmation');
    expect(consolePart(admin, 'panel')!.textContent).to.contain('4 ratings not yet given');
    await expectAccessible(admin);
    await shootConsole(admin, 'pulses-confirm-close');
    $(admin, '[data-action="confirm-close"]')!.click();
    await untilConsole(() => row('PRE').dataset['state'] === 'CLOSED', 'PRE closed');
    expect(await heatmapFigures(gateway, program, team)).to.deep.equal([]);

    // POST, opened by the mutation with a raters' cut-off a moment away: past it, the screen is closed.
    const { token } = await mintToken(gateway, { email: ADMIN });
    const opened = await gql<{ openPulsePhase: { userErrors: unknown[] } }>(
      gateway,
      token,
      `mutation($input: OpenPulsePhaseInput!) { openPulsePhase(input: $input) { userErrors { message } } }`,
      {
        input: {
          programId: program,
          phase: 'POST',
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          ratersCutoffAt: new Date(Date.now() + 2_000).toISOString(),
        },
      },
    );
    expect(opened.openPulsePhase.userErrors).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const late = await mountPulse(gateway, PARTICIPANT);
    await until(() => part(late, 'raters-closed') !== null, 'the closed choice');
    expect(part(late, 'raters-change-button')).to.equal(null);
    expect(part(late, 'raters-closed')!.textContent).to.contain('Closed');
    for (const [theme, locale] of LOOKS) {
      const el = await mountPulse(gateway, PARTICIPANT, locale, theme);
      await until(() => part(el, 'raters-closed') !== null, `the closed choice (${theme}, ${locale})`);
      if (locale === 'ar') expect(el.dir).to.equal('rtl');
      await expectAccessible(el);
      await screenshot(
        `pulse-raters-closed-${look(theme, locale)}`,
        `[data-shot="${el.parentElement!.dataset['shot']}"]`,
      );
    }

    // A rater's widget remembers that they owed nothing once PRE was answered: while it asks again,
    // it shows it is loading, never "nothing owed", for POST is owed now.
    const again = await mountPulse(gateway, RATERS[0]!);
    await until(
      () => part(again, 'capability') !== null || part(again, 'state-empty') !== null,
      'the POST request',
    );
    expect(part(again, 'state-empty'), 'an empty list from before, told as current').to.equal(null);
    await screenshot('pulse-post-owed-after-pre', `[data-shot="${again.parentElement!.dataset['shot']}"]`);
    again.parentElement!.remove();
    answered = 0;
    for (const email of RATERS) answered += await answerWithKeyboard(gateway, email, 3);
    expect(answered).to.equal(16);
    admin = await openConsole();
    await untilConsole(
      () => $(admin, 'tr[data-phase="POST"]')?.dataset['state'] === 'OPEN',
      'POST shown open',
    );
    row('POST').querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
    await untilConsole(() => $(admin, '[data-action="confirm-close"]') !== null, 'the confirmation');
    $(admin, '[data-action="confirm-close"]')!.click();
    await untilConsole(() => row('POST').dataset['state'] === 'CLOSED', 'POST closed');
  });

  it('shows the change since the baseline in the heatmap once POST is released', async () => {
    // Released: the change since the baseline is shown where nothing was.
    // The aggregates may be rebuilt in the background (the heatmap then answers from the previous
    // snapshot, flagged stale): ask again until the rebuild has landed.
    let after = await heatmapFigures(gateway, program, team);
    for (let tries = 0; tries < 30 && after.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      after = await heatmapFigures(gateway, program, team);
    }
    expect(after.length).to.be.greaterThan(0);
    expect(after, after.join()).to.include('+2.00');
    await screenshot('loop-heatmap-delta', `[data-shot="heatmap-${heatmaps}"]`);
  });

  it('shows the phases of a program after both rounds (light, dark, Arabic), axe-clean', async () => {
    for (const [theme, locale] of LOOKS) {
      const admin = await mountConsole({
        ...signedIn(gateway, { email: ADMIN }),
        program,
        tab: 'pulses',
        theme,
        locale,
      });
      await untilConsole(() => $(admin, 'tr[data-phase="PRE"]') !== null, 'the phases');
      expect($$(admin, 'tr[data-phase]').map((r) => r.dataset['state'])).to.deep.equal([
        'CLOSED',
        'NOT_OPENED',
        'CLOSED',
      ]);
      if (locale === 'ar') expect(admin.dir).to.equal('rtl');
      await expectAccessible(admin);
      await shootConsole(admin, `pulses-${look(theme, locale)}`);
    }
  });
});
