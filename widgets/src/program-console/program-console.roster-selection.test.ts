import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, publishProgram, uniqueName } from '../shared/testing/programs.js';
import { PRIYA, expectLooks, mountAsAdmin, shoot, until } from './program-console.testing.js';

describe('<cw-program-console> reminding selected roster rows', function () {
  this.timeout(90_000);
  let gateway: string;
  let programId: string;

  onRealGateway(async (url) => {
    gateway = url;
    const { token } = await mintToken(gateway, { email: PRIYA });
    programId = await createProgram(gateway, token, uniqueName('Selection'), {
      languages: ['en'],
    });
    await publishProgram(gateway, token, programId);
  }, 'programs');

  const rows = (el: Element) => $$(el, '[data-table="roster"] tbody tr[data-enrolment]');
  const box = (row: Element) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

  it('labels each row’s checkbox with the person’s name, selects a page, and reminds only those chosen', async () => {
    const el = await mountAsAdmin(gateway, { program: programId, tab: 'participants' });
    await until(() => rows(el).length > 2, 'roster rows');
    const remindSelected = $<HTMLButtonElement>(el, '[data-action="remind-selected"]')!;
    expect(remindSelected.disabled, 'nothing selected yet').to.equal(true);

    // Each checkbox is named by its row's person.
    for (const row of rows(el)) {
      const labelledBy = box(row).getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelledBy)!.textContent!.trim()).to.equal(
        row.querySelector('th span')!.textContent!.trim(),
      );
    }

    // Select all on the page, and none again.
    const page = $<HTMLInputElement>(el, '[data-select="page"]')!;
    expect(page.getAttribute('aria-label')).to.equal('Select everyone on this page');
    page.click();
    await until(() => rows(el).every((row) => box(row).checked), 'every row selected');
    expect(remindSelected.textContent).to.include(`(${rows(el).length})`);
    page.click();
    await until(() => rows(el).every((row) => !box(row).checked), 'no row selected');

    // Two people chosen from the keyboard: Space on their checkboxes.
    const [first, second] = rows(el);
    box(first!).focus();
    await sendKeys({ press: 'Space' });
    box(second!).focus();
    await sendKeys({ press: 'Space' });
    await until(() => !remindSelected.disabled, 'Remind selected enabled');
    expect(page.indeterminate).to.equal(true);
    expect(remindSelected.textContent).to.include('(2)');
    await expectAccessible(el);
    await shoot(el, 'participants-selection-light');

    remindSelected.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[data-reminded]')!.textContent!.trim() !== '', 'the reminder result');
    expect($(el, '[data-reminded]')!.textContent!.trim()).to.equal('Reminders sent to 2 people.');
    expect($(el, '[role="status"]')!.textContent).to.include('Reminders sent to 2 people.');

    // The bulk reminder finds everyone else, and skips the two reminded today.
    const { token } = await mintToken(gateway, { email: PRIYA });
    const everyone = await gql<{
      remindProgramParticipants: { remindedCount: number; alreadyRemindedCount: number };
    }>(
      gateway,
      token,
      `mutation ($input: RemindProgramParticipantsInput!) { remindProgramParticipants(input: $input) { remindedCount alreadyRemindedCount } }`,
      { input: { programId } },
    );
    expect(everyone.remindProgramParticipants.alreadyRemindedCount).to.equal(2);
  });

  it('renders the selection in dark and in Arabic', () =>
    expectLooks('participants-selection', async (look) => {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'participants', ...look });
      await until(() => rows(el).length > 2, 'roster rows');
      box(rows(el)[0]!).click();
      box(rows(el)[2]!).click();
      await until(
        () => !$<HTMLButtonElement>(el, '[data-action="remind-selected"]')!.disabled,
        'a selection',
      );
      return el;
    }));
});
