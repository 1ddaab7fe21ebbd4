import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProgramSavedEvent } from '../events/program-saved.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, publishProgram, uniqueName } from '../shared/testing/programs.js';
import {
  PRIYA,
  collect,
  control,
  fill,
  mountAsAdmin,
  part,
  shoot,
  until,
} from './program-console.testing.js';

/** The combobox labelled `label`, and the ids of the options its listbox shows. */
function combobox(el: Element, label: string): { input: HTMLInputElement; options: () => HTMLElement[] } {
  const input = control(el, label);
  return {
    input,
    options: () =>
      input.getAttribute('aria-expanded') === 'true'
        ? $$(el, `#${input.getAttribute('aria-controls')} [role="option"]`)
        : [],
  };
}

describe('<cw-program-console> person and unit pickers, bulk remind', function () {
  this.timeout(90_000);
  let gateway: string;
  let token: string;

  onRealGateway(async (url) => {
    gateway = url;
    ({ token } = await mintToken(gateway, { email: PRIYA }));
  }, 'programs');

  it('names people to include and exclude with a keyboard-only combobox, and finds any org unit by name', async () => {
    // The last unit by name, which a list of the first few would not show.
    const units = await gql<{ orgUnits: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      gateway,
      token,
      `query { orgUnits(first: 100) { totalCount edges { node { name } } } }`,
      {},
    );
    const lastUnit = units.orgUnits.edges.at(-1)!.node.name;

    const el = await mountAsAdmin(gateway, { program: 'new' });
    const saved = collect<ProgramSavedEvent>(el, 'cw-program-saved');
    await until(() => $(el, '[data-count]') !== null, 'the count of everyone');
    const everyone = Number($(el, '[data-count]')!.dataset['count']);
    // Directors only, then Lucía (a manager) named outright: the count goes up by one.
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-field="targetPopulation.jobLevels"] input')]
      .find((i) => i.value === 'DIRECTOR')!
      .click();
    await until(() => {
      const n = Number($(el, '[data-count]')?.dataset['count'] ?? -1);
      return n >= 0 && n < everyone;
    }, 'the count of directors');
    const directors = Number($(el, '[data-count]')!.dataset['count']);

    const include = combobox(el, 'Find a person');
    expect(include.input.getAttribute('role')).to.equal('combobox');
    include.input.focus();
    await sendKeys({ type: 'lucia.fernandez' });
    await until(() => include.options().length > 0, 'people found');
    expect(include.options()[0]!.textContent).to.contain('Lucía Fernández');
    expect(include.input.getAttribute('aria-activedescendant')).to.equal(include.options()[0]!.id);
    expect(include.options()[0]!.getAttribute('aria-selected')).to.equal('true');
    await expectAccessible(el);
    await shoot(el, 'picker-open-light');
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        $(el, '[data-field="targetPopulation.includedPersonIds"] li')?.textContent?.includes(
          'Lucía Fernández',
        ) ?? false,
      'Lucía among the included',
    );
    expect(include.input.value).to.equal('');
    expect(include.input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(include.input);
    await until(() => Number($(el, '[data-count]')?.dataset['count']) === directors + 1, 'one more matching');

    // Nothing found says so; Escape closes, then clears.
    const exclude = ($$(el, '[role="combobox"]') as HTMLInputElement[]).find(
      (i) => i.id === 'setup-excludedPeople-add',
    )!;
    exclude.focus();
    await sendKeys({ type: 'zzzz nobody' });
    await until(() => exclude.closest('.picker')!.textContent!.includes('Nothing found.'), 'nothing found');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(exclude.value).to.equal('');

    // A unit found by part of its name, in any case, chosen with the arrow keys.
    const unit = combobox(el, 'Add an org unit');
    unit.input.focus();
    await sendKeys({ type: lastUnit.slice(1).toLowerCase() });
    await until(() => unit.options().some((o) => o.textContent!.includes(lastUnit)), 'the unit found');
    const at = unit.options().findIndex((o) => o.textContent!.includes(lastUnit));
    for (let i = 0; i < at; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(
      () => $(el, '[data-field="targetPopulation.orgUnits"] li')?.textContent?.includes(lastUnit) ?? false,
      'the unit chosen',
    );

    // Saved and opened again, the named person and the unit keep their names.
    fill(control(el, 'Name'), uniqueName('Pickers'));
    fill(control<HTMLTextAreaElement>(el, 'Objective'), 'Named people');
    part(el, 'save-button')!.click();
    await until(() => saved.length === 1, 'cw-program-saved');
    const again = await mountAsAdmin(gateway, { program: saved[0]!.detail.programId });
    await until(
      () =>
        $(again, '[data-field="targetPopulation.includedPersonIds"] li')?.textContent?.includes(
          'Lucía Fernández',
        ) === true &&
        $(again, '[data-field="targetPopulation.orgUnits"] li')?.textContent?.includes(lastUnit) === true,
      'the saved rules with their names',
    );
  });

  it('shows the pickers in Arabic, right to left', async () => {
    const el = await mountAsAdmin(gateway, { program: 'new', locale: 'ar' });
    await until(() => $(el, '[data-count]') !== null, 'the count');
    const input = ($$(el, '[role="combobox"]') as HTMLInputElement[]).find(
      (i) => i.id === 'setup-includedPeople-add',
    )!;
    input.focus();
    await sendKeys({ type: 'a' });
    await until(() => input.getAttribute('aria-expanded') === 'true', 'people found');
    expect(el.dir).to.equal('rtl');
    await expectAccessible(el);
    await shoot(el, 'picker-open-ar');
  });

  it('reminds who has not answered, once a day however often it is clicked', async () => {
    const id = await createProgram(gateway, token, uniqueName('Remind'), { languages: ['en'] });
    await publishProgram(gateway, token, id);
    for (const locale of ['en', 'ar']) {
      const el = await mountAsAdmin(gateway, { program: id, tab: 'participants', locale });
      await until(() => $$(el, '[data-table="roster"] tbody tr').length > 0, 'roster rows');
      const invited = $$(el, '[data-table="roster"] tbody tr').length;
      $(el, '[data-action="remind"]')!.click();
      const said = () => $(el, '[data-reminded]')!.textContent!.trim();
      await until(() => said() !== '', 'what the reminder did');
      if (locale === 'en') {
        expect(said()).to.equal(
          invited === 1 ? 'Reminder sent to 1 person.' : `Reminders sent to ${invited} people.`,
        );
        // The double click: nobody twice.
        $(el, '[data-action="remind"]')!.click();
        await until(() => said().startsWith('Nobody new'), 'nobody new');
        expect(said()).to.equal('Nobody new to remind: the others were reminded today.');
      } else {
        expect(el.dir).to.equal('rtl');
        expect(said()).to.not.contain('Nobody');
      }
      await expectAccessible(el);
      await shoot(el, `participants-reminded-${locale === 'ar' ? 'ar' : 'light'}`);
    }
  });
});
