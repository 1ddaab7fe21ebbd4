import { setTokenProvider, type TokenProvider } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/goal-tracker.js';
import type { GoalCheckedInEvent } from '../events/goal-checked-in.js';
import type { GoalCompletedEvent } from '../events/goal-completed.js';
import type { GoalCreatedEvent } from '../events/goal-created.js';
import type { GoalUpdatedEvent } from '../events/goal-updated.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { mintToken, signedIn, startGateway, heldTokenProvider } from '../shared/testing/gateway.js';
import { mountFramed, shootFrame, untilShown as until } from '../shared/testing/framed.js';
import { testedThemes } from '../shared/testing/themes.js';
import type { GoalTracker } from './goal-tracker.js';

const LUCIA = 'lucia.fernandez@northwind.example';
const JAVIER = 'javier.moreno@northwind.example';
const TOM = 'tom.becker@northwind.example';

const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

async function tracker(options: {
  gateway: string;
  tokenProvider?: TokenProvider;
  locale?: string;
  theme?: string;
  person?: string;
  capability?: string;
  compact?: boolean;
}): Promise<GoalTracker> {
  return mountFramed<GoalTracker>(
    html`<cw-goal-tracker
      gateway=${options.gateway}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      person=${options.person ?? ''}
      capability=${options.capability ?? ''}
      ?compact=${options.compact ?? false}
      .tokenProvider=${options.tokenProvider}
    ></cw-goal-tracker>`,
    { size: 'inline-size: 560px', theme: options.theme, locale: options.locale },
  );
}

const shoot = (el: Element, name: string): Promise<void> => shootFrame(el, `goal-tracker-${name}`);

const goalItems = (el: GoalTracker): HTMLElement[] => $$(el, '[part~="goal"]');
const goalNamed = (el: GoalTracker, title: string): HTMLElement | undefined =>
  goalItems(el).find((item) => item.querySelector('[part="goal-title"]')?.textContent === title);
const progressOf = (item: HTMLElement): number =>
  Number(item.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow'));

async function expand(el: GoalTracker, item: HTMLElement): Promise<void> {
  const toggle = item.querySelector<HTMLButtonElement>('[part="goal-toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await until(() => item.querySelector('[part="goal-details"]') !== null, 'the details panel');
  await until(
    () => item.querySelector('[part="check-ins"]') !== null || /No check-ins/.test(item.textContent ?? ''),
    'the check-in history',
  );
  await el.updateComplete;
}

/** Types into a form field as a person would (value, then input and change events). */
function fill(form: HTMLFormElement, name: string, value: string): void {
  const control = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    `[name="${name}"]`,
  )!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Opens New goal and saves a blank title with a past date: the gateway refuses both fields. */
async function submitBlankPastGoal(el: GoalTracker): Promise<HTMLInputElement> {
  part(el, 'new-button')!.click();
  await el.updateComplete;
  const form = $<HTMLFormElement>(el, 'form')!;
  fill(form, 'title', '   ');
  fill(form, 'targetDate', isoDay(-5));
  part(el, 'save-button')!.click();
  await until(() => $$(el, '[part="field-error"]').length === 2, 'two inline errors');
  return $<HTMLInputElement>(el, '[name="title"]')!;
}

function collect<E extends Event>(el: Element, name: string): E[] {
  const seen: E[] = [];
  el.addEventListener(name, (event) => seen.push(event as E));
  return seen;
}

describe('<cw-goal-tracker> on the real gateway', function () {
  this.timeout(60_000);
  let gateway: string;
  /** A seeded participant nobody else's tests use: the tests that write goals sign in as them. */
  let writer: { email: string; name: string };

  before(async function () {
    this.timeout(200_000);
    gateway = (await startGateway()).url;
    const response = await fetch(`${gateway}/dev/people?org=northwind&role=PARTICIPANT`);
    const { people } = (await response.json()) as {
      people: Array<{ email: string; name: string; locale: string }>;
    };
    // The gateway words userErrors in the token's language; the inline-error test reads them in English.
    writer = people.find((p) => p.email !== LUCIA && p.email !== JAVIER && p.locale.startsWith('en'))!;
  });

  afterEach(() => {
    setTokenProvider(gateway, undefined);
  });

  it('lists the viewer’s goals with capability, target date, status and progress, and expands one', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: LUCIA }) });
    await until(() => goalItems(el).length > 0, 'the goals');
    const items = goalItems(el);
    expect(items).to.have.length(3);
    for (const item of items) {
      expect(item.querySelector('[part="capability"]')!.textContent!.trim()).to.not.equal('');
      expect(item.querySelector('[part="status"]')!.textContent!.trim()).to.match(
        /progress|started|Completed/i,
      );
      const bar = item.querySelector<HTMLElement>('[part="progress-bar"]')!;
      expect(bar.style.inlineSize).to.equal(`${progressOf(item)}%`);
    }
    // Ordered by target date: the dates shown are ascending.
    const toggle = items[0]!.querySelector<HTMLButtonElement>('[part="goal-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expectAccessible(el);
    await shoot(el, 'light');

    await expand(el, items[0]!);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(items[0]!.querySelectorAll('[part="milestone"]').length).to.be.greaterThan(0);
    expect(items[0]!.querySelectorAll('[part="check-in"]').length).to.be.greaterThan(0);
    expect(part(el, 'new-button')).to.not.equal(null);
    await expectAccessible(el);
    await shoot(el, 'expanded');
  });

  it('creates a goal, adds a check-in and moves the progress bar', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: writer.email }) });
    await until(() => part(el, 'new-button') !== null, 'the New goal button');
    const created = collect<GoalCreatedEvent>(el, 'cw-goal-created');
    const checkedIn = collect<GoalCheckedInEvent>(el, 'cw-goal-checked-in');
    const before = goalItems(el).length;

    part(el, 'new-button')!.click();
    await el.updateComplete;
    const form = $<HTMLFormElement>(el, 'form')!;
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('title');
    await expectAccessible(el);
    const title = `Delegate the weekly forecast ${Date.now()}`;
    fill(form, 'title', title);
    fill(form, 'capability', 'DELEGATION');
    fill(form, 'targetDate', isoDay(60));
    fill(form, 'milestones', 'Write the checklist\nPair on the first forecast');
    part(el, 'save-button')!.click();

    await until(() => goalNamed(el, title) !== undefined, 'the new goal in the list');
    expect(goalItems(el)).to.have.length(before + 1);
    expect(created).to.have.length(1);
    expect(created[0]!.detail.progress).to.equal(0);
    let item = goalNamed(el, title)!;
    expect(created[0]!.detail.goalId).to.equal(item.dataset['goal']);
    await expectEventContract('cw-goal-created', created[0]);
    expect(progressOf(item)).to.equal(0);
    await until(() => item.querySelectorAll('[part="milestone"]').length === 2, 'the milestones');

    // Check in at 30, then 45.
    for (const progress of [30, 45]) {
      item = goalNamed(el, title)!;
      item.querySelector<HTMLButtonElement>('[data-action="check-in"]')!.click();
      await el.updateComplete;
      const checkInForm = item.querySelector<HTMLFormElement>('form')!;
      fill(checkInForm, 'progress', String(progress));
      fill(checkInForm, 'note', `Now at ${progress}`);
      fill(checkInForm, 'mood', '4');
      if (progress === 45) await expectAccessible(el);
      item.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
      await el.updateComplete;
      // Optimistic: the bar moves before the gateway answers.
      expect(progressOf(goalNamed(el, title)!)).to.equal(progress);
      await until(() => checkedIn.length === (progress === 30 ? 1 : 2), 'cw-goal-checked-in');
    }
    item = goalNamed(el, title)!;
    expect(checkedIn[1]!.detail).to.deep.equal({ goalId: item.dataset['goal'], progress: 45 });
    await expectEventContract('cw-goal-checked-in', checkedIn[1]);
    expect(progressOf(item)).to.equal(45);
    expect(item.dataset['status']).to.equal('IN_PROGRESS');
    expect(item.querySelector<HTMLElement>('[part="progress-bar"]')!.style.inlineSize).to.equal('45%');
    await until(() => item.querySelectorAll('[part="check-in"]').length === 2, 'the check-in history');
    expect(item.querySelector('[part="check-in"]')!.textContent).to.contain('Now at 45');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('45%');
    await expectAccessible(el);
  });

  it('shows the gateway’s userErrors inline, on the field, and writes nothing', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: writer.email }) });
    await until(() => part(el, 'new-button') !== null, 'the New goal button');
    const before = goalItems(el).length;
    const title = await submitBlankPastGoal(el);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = title.getAttribute('aria-describedby')!;
    expect($(el, `#${describedBy}`)!.textContent).to.equal('Give a title.');
    expect($(el, '[name="targetDate"]')!.getAttribute('aria-invalid')).to.equal('true');
    // Focus moves to the first field in error, and the values typed are kept.
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect($<HTMLInputElement>(el, '[name="targetDate"]')!.value).to.equal(isoDay(-5));
    await expectAccessible(el);
    await shoot(el, 'form-errors');
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect(goalItems(el)).to.have.length(before);
  });

  it('words the gateway’s userErrors in the widget’s language when the host’s token names none', async () => {
    // A token without a locale claim, as a host's backend may mint one: the gateway goes by the
    // request's Accept-Language, which the widgets set to their own language, not the browser's.
    const el = await tracker({ ...signedIn(gateway, { email: writer.email, locale: null }), locale: 'de' });
    await until(() => part(el, 'new-button') !== null, 'the New goal button');
    const title = await submitBlankPastGoal(el);
    expect($(el, `#${title.getAttribute('aria-describedby')!}`)!.textContent).to.equal(
      'Geben Sie einen Titel ein.',
    );
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
  });

  it('rolls a refused edit back and says so', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: writer.email }) });
    await until(() => goalItems(el).length > 0, 'the goals');
    const updated = collect<GoalUpdatedEvent>(el, 'cw-goal-updated');
    const item = goalItems(el)[0]!;
    const id = item.dataset['goal']!;
    const original = item.querySelector('[part="goal-title"]')!.textContent!;
    await expand(el, item);
    item.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await el.updateComplete;
    const form = item.querySelector<HTMLFormElement>('form')!;
    fill(form, 'title', 'A title the gateway will not keep');
    // A changed target date in the past: the gateway refuses the whole edit.
    fill(form, 'targetDate', isoDay(-3));
    item.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await el.updateComplete;
    const row = (): HTMLElement => $(el, `[data-goal="${id}"]`)!;
    expect(row().querySelector('[part="goal-title"]')!.textContent).to.equal(
      'A title the gateway will not keep',
    );

    await until(() => part(el, 'notice') !== null, 'the rollback notice');
    expect(row().querySelector('[part="goal-title"]')!.textContent).to.equal(original);
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'notice')!.textContent).to.contain('was not saved');
    // The form is back with what was typed and the gateway's reason on the field.
    const reopened = row().querySelector<HTMLFormElement>('form')!;
    expect(reopened.querySelector<HTMLInputElement>('[name="title"]')!.value).to.equal(
      'A title the gateway will not keep',
    );
    expect(reopened.querySelector('[part="field-error"]')!.textContent).to.contain('in the past');
    expect(updated).to.have.length(0);
    await expectAccessible(el);
    await shoot(el, 'rolled-back');
  });

  it('marks a goal complete and fires cw-goal-updated and cw-goal-completed', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: writer.email }) });
    await until(() => goalItems(el).length > 0, 'the goals');
    const updated = collect<GoalUpdatedEvent>(el, 'cw-goal-updated');
    const completed = collect<GoalCompletedEvent>(el, 'cw-goal-completed');
    const item = goalItems(el).find((i) => i.dataset['status'] !== 'COMPLETED')!;
    const id = item.dataset['goal']!;
    await expand(el, item);
    item.querySelector<HTMLButtonElement>('[data-action="complete"]')!.click();
    await until(() => completed.length === 1, 'cw-goal-completed');
    expect(completed[0]!.detail).to.deep.equal({ goalId: id, progress: 100 });
    expect(updated.map((e) => e.detail)).to.deep.equal([{ goalId: id, progress: 100 }]);
    await expectEventContract('cw-goal-completed', completed[0]);
    await expectEventContract('cw-goal-updated', updated[0]);
    expect($(el, `[data-goal="${id}"]`)!.dataset['status']).to.equal('COMPLETED');
  });

  it('renders hostile titles and notes as text, never as markup', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: writer.email }) });
    await until(() => part(el, 'new-button') !== null, 'the New goal button');
    const w = window as unknown as { __cwPwned?: boolean; __cwControl?: boolean };
    const hostile = `<img src=x onerror="window.__cwPwned=true"><script>window.__cwPwned=true</script>{{7*7}} ${Date.now()}`;
    part(el, 'new-button')!.click();
    await el.updateComplete;
    const form = $<HTMLFormElement>(el, 'form')!;
    fill(form, 'title', hostile);
    fill(form, 'description', `<b onmouseover="window.__cwPwned=true">bold?</b>`);
    fill(form, 'milestones', '<iframe src="javascript:window.__cwPwned=true"></iframe>');
    part(el, 'save-button')!.click();
    await until(() => goalNamed(el, hostile) !== undefined, 'the hostile goal');
    const item = goalNamed(el, hostile)!;
    await expand(el, item);
    item.querySelector<HTMLButtonElement>('[data-action="check-in"]')!.click();
    await el.updateComplete;
    const checkIn = item.querySelector<HTMLFormElement>('form')!;
    fill(checkIn, 'progress', '10');
    fill(checkIn, 'note', '<svg onload="window.__cwPwned=true"></svg>');
    item.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await until(() => item.querySelector('[part="check-in"]') !== null, 'the check-in');

    for (const tag of ['img', 'script', 'b', 'iframe', 'svg[onload]']) {
      expect(el.shadowRoot!.querySelector(tag), tag).to.equal(null);
    }
    expect(item.querySelector('[part="goal-title"]')!.textContent).to.equal(hostile);
    expect(item.querySelector('[part="description"]')!.textContent).to.equal(
      `<b onmouseover="window.__cwPwned=true">bold?</b>`,
    );
    expect(item.querySelector('[part="milestone"]')!.textContent!.trim()).to.equal(
      '<iframe src="javascript:window.__cwPwned=true"></iframe>',
    );
    expect(item.querySelector('[part="check-in"]')!.textContent).to.contain('<svg onload=');
    // The slowest payload is the image's, whose handler runs when its load fails. The same markup
    // parsed outside the widget, after the widget rendered the payloads, shows when it would have.
    const control = document.createElement('div');
    control.innerHTML = '<img src=x onerror="window.__cwControl=true">';
    await until(() => w.__cwControl === true, 'the control image to fail and run its handler');
    delete w.__cwControl;
    expect(w.__cwPwned).to.equal(undefined);
  });

  it('is keyboard complete: expand, open a form, Escape closes it and focus returns', async () => {
    const el = await tracker({ ...signedIn(gateway, { email: LUCIA }) });
    await until(() => goalItems(el).length > 0, 'the goals');
    part(el, 'new-button')!.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = goalItems(el)[0]!.querySelector<HTMLElement>('[part="goal-toggle"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await until(() => toggle.getAttribute('aria-expanded') === 'true', 'expanded by Enter');
    const checkIn = (): HTMLElement =>
      goalItems(el)[0]!.querySelector<HTMLElement>('[data-action="check-in"]')!;
    await until(() => goalItems(el)[0]!.querySelector('[data-action="check-in"]') !== null, 'the actions');
    checkIn().focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('progress');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(checkIn());
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await until(() => toggle.getAttribute('aria-expanded') === 'false', 'collapsed by Space');
  });

  it('shows a coach or manager the shared goals read-only', async () => {
    const lucia = await mintToken(gateway, { email: LUCIA });
    const el = await tracker({
      ...signedIn(gateway, { email: JAVIER }),
      person: lucia.person.id,
    });
    await until(() => goalItems(el).length > 0, 'the shared goals');
    // Lucía shares one goal with managers; her private and coach-only goals stay hidden.
    expect(goalItems(el)).to.have.length(1);
    expect(part(el, 'new-button')).to.equal(null);
    const item = goalItems(el)[0]!;
    await expand(el, item);
    expect(item.querySelector('[part="actions"]')).to.equal(null);
    for (const box of item.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      expect(box.disabled).to.equal(true);
    }
    await expectAccessible(el);
  });

  it('filters to one capability', async () => {
    const el = await tracker({
      ...signedIn(gateway, { email: LUCIA }),
      capability: 'DELEGATION',
      compact: true,
    });
    await until(() => goalItems(el).length > 0, 'the goals');
    expect(goalItems(el)).to.have.length(1);
    expect(goalItems(el)[0]!.querySelector('[part="capability"]')!.textContent).to.equal('Delegation');
    await expectAccessible(el);
    await shoot(el, 'compact-delegation');
  });

  for (const theme of testedThemes) {
    it(`passes axe in the ${theme} theme`, async () => {
      const el = await tracker({ ...signedIn(gateway, { email: LUCIA }), theme });
      await until(() => goalItems(el).length > 0, 'the goals');
      await expand(el, goalItems(el)[1]!);
      await expectAccessible(el);
      await shoot(el, theme);
    });
  }

  it('mirrors in Arabic: right-to-left, localised labels and a bar that fills from the right', async () => {
    const el = await tracker({
      ...signedIn(gateway, { email: LUCIA }),
      locale: 'ar',
    });
    await until(() => goalItems(el).length > 0, 'the goals');
    expect(el.dir).to.equal('rtl');
    const item = goalItems(el)[1]!;
    await expand(el, item);
    expect(item.querySelector('[part="capability"]')!.textContent).to.match(/[\u0600-\u06FF]/);
    expect(part(el, 'heading')!.textContent).to.equal('الأهداف');
    expect(item.querySelector('[part="status"]')!.textContent).to.equal('قيد التنفيذ');
    expect(item.querySelector('[data-action="check-in"]')!.textContent!.trim()).to.equal('تسجيل تقدّم');
    const track = item.querySelector('[part="progress"]')!.getBoundingClientRect();
    const bar = item.querySelector('[part="progress-bar"]')!.getBoundingClientRect();
    expect(Math.abs(bar.right - (track.right - 1))).to.be.lessThan(2);
    expect(bar.left).to.be.greaterThan(track.left + 1);
    const header = part(el, 'header')!.getBoundingClientRect();
    expect(part(el, 'heading')!.getBoundingClientRect().right).to.be.greaterThan(header.right - 40);
    await expectAccessible(el);
    await shoot(el, 'rtl-ar');
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const { tokenProvider: provider, release } = heldTokenProvider(gateway, { email: LUCIA });
      const el = await tracker({ gateway: `${gateway}/graphql?goal-skeleton`, tokenProvider: provider });
      expect(part(el, 'state-loading')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      await shoot(el, 'loading');
      release();
      await until(() => goalItems(el).length > 0, 'the goals');
    });

    it('shows the empty state with a New goal action', async () => {
      const el = await tracker({ ...signedIn(gateway, { email: TOM }) });
      await until(() => part(el, 'state-empty') !== null, 'the empty state');
      expect(part(el, 'state-empty')!.textContent).to.contain('No goals yet.');
      await expectAccessible(el);
      await shoot(el, 'empty');
      part(el, 'state-empty')!.querySelector('button')!.click();
      await el.updateComplete;
      expect($(el, 'form')).to.not.equal(null);
      await expectAccessible(el);
    });

    it('is unauthorised for someone who shares nothing with the viewer', async () => {
      const tom = await mintToken(gateway, { email: TOM });
      const el = await tracker({
        ...signedIn(gateway, { email: LUCIA }),
        person: tom.person.id,
      });
      await until(() => part(el, 'state-unauthorised') !== null, 'the unauthorised state');
      await expectAccessible(el);
    });

    it('shows an error with Retry when the gateway cannot be reached', async () => {
      const el = await tracker({ gateway: 'http://127.0.0.1:9', tokenProvider: async () => 'any' });
      await until(() => part(el, 'state-error') !== null, 'the error state');
      expect(part(el, 'retry-button')).to.not.equal(null);
      await expectAccessible(el);
      await shoot(el, 'error');
    });

    it('is signed out without a tokenProvider', async () => {
      const el = await tracker({ gateway });
      expect(part(el, 'state-signed-out')).to.not.equal(null);
      await expectAccessible(el);
    });
  });
});
