import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnrolmentChangedEvent } from '../events/enrolment-changed.js';
import type { ProgramExportEvent } from '../events/program-export.js';
import type { ProgramPublishedEvent } from '../events/program-published.js';
import type { ProgramSavedEvent } from '../events/program-saved.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { mintToken, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, publishProgram, uniqueName } from '../shared/testing/programs.js';
import {
  PRIYA,
  collect,
  control,
  expectLooks,
  fill,
  mountAsAdmin,
  part,
  shoot,
  until,
} from './program-console.testing.js';

/** A published program for the tabs that need people in it, made through the API as a host's admin would. */
async function publishedProgram(gateway: string, name: string): Promise<string> {
  const { token } = await mintToken(gateway, { email: PRIYA });
  const id = await createProgram(gateway, token, name, {
    languages: ['en'],
    sessionsPerParticipant: 6,
    kpis: [
      {
        names: [{ locale: 'en', text: 'Time to first delegation' }],
        unit: 'days',
        baseline: 60,
        target: 30,
      },
    ],
  });
  await publishProgram(gateway, token, id);
  return id;
}

describe('<cw-program-console> tabs on the real gateway', function () {
  this.timeout(90_000);
  let gateway: string;

  onRealGateway((url) => (gateway = url), 'programs');

  describe('setup', () => {
    it('shows the gateway’s userErrors on their fields, then creates a draft, counts its population and publishes it', async () => {
      const el = await mountAsAdmin(gateway, { program: 'new' });
      const saved = collect<ProgramSavedEvent>(el, 'cw-program-saved');
      const publishedEvents = collect<ProgramPublishedEvent>(el, 'cw-program-published');
      await until(() => $(el, 'form[part~="form"]') !== null, 'the setup form');
      await expectAccessible(el);
      await shoot(el, 'setup-new');

      // Nothing named and a quota of 0: the gateway says what is wrong, field by field.
      fill(control(el, 'Sessions per participant'), '0');
      part(el, 'save-button')!.click();
      await until(() => $$(el, '[part~="field-error"]').length >= 2, 'the inline errors');
      expect(control(el, 'Name').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'Sessions per participant').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-invalid')).to.equal('true');
      expect(saved).to.have.length(0);
      await expectAccessible(el);
      await shoot(el, 'setup-errors');

      const name = uniqueName('First 100 days');
      fill(control(el, 'Name'), name);
      fill(control<HTMLTextAreaElement>(el, 'Objective'), 'Faster ramp-up of new managers');
      fill(control(el, 'Sessions per participant'), '6');
      part(el, 'save-button')!.click();
      await until(() => saved.length === 1, 'cw-program-saved');
      await expectEventContract('cw-program-saved', saved[0]);
      expect(saved[0]!.detail.created).to.equal(true);
      await until(() => el.program === saved[0]!.detail.programId, 'the new program open');
      await until(() => part(el, 'heading')!.textContent!.includes(name), 'its name as the heading');

      // The live count follows the rules.
      await until(() => $(el, '[data-field="targetPopulation.jobLevels"]') !== null, 'the rules');
      const manager = [
        ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(
          '[data-field="targetPopulation.jobLevels"] input',
        ),
      ].find((i) => i.value === 'MANAGER')!;
      await until(() => $(el, '[data-count]') !== null, 'the count of everyone');
      const everyone = Number($(el, '[data-count]')!.dataset['count']);
      manager.click();
      await until(() => {
        const count = Number($(el, '[data-count]')?.dataset['count'] ?? -1);
        return count > 0 && count < everyone;
      }, 'the count of the managers');
      await expectAccessible(el);
      await shoot(el, 'setup-light');

      $(el, '[data-action="publish"]')!.click();
      await until(() => $(el, '[data-confirm="publish"]') !== null, 'the publish confirmation');
      expect(el.shadowRoot!.activeElement?.id).to.equal('confirm-heading');
      $(el, '[data-action="confirm-publish"]')!.click();
      await until(() => publishedEvents.length === 1, 'cw-program-published');
      await expectEventContract('cw-program-published', publishedEvents[0]);
      expect(publishedEvents[0]!.detail.invited).to.be.greaterThan(0);
      await until(() => part(el, 'status')?.dataset['status'] === 'ACTIVE', 'the program active');
    });

    it('renders the setup in dark and in Arabic', async () => {
      const id = await publishedProgram(gateway, uniqueName('Setup look'));
      await expectLooks('setup', async (look) => {
        const el = await mountAsAdmin(gateway, { program: id, ...look });
        await until(() => $(el, '[data-count]') !== null, 'the population count');
        return el;
      });
    });
  });

  describe('participants', () => {
    let programId: string;
    before(async () => {
      programId = await publishedProgram(gateway, uniqueName('Roster'));
    });

    it('lists the roster, filters by status, searches and withdraws one person', async () => {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'participants' });
      const changed = collect<EnrolmentChangedEvent>(el, 'cw-enrolment-changed');
      await until(() => $$(el, '[data-table="roster"] tbody tr').length > 0, 'roster rows');
      const rows = $$(el, '[data-table="roster"] tbody tr');
      expect(rows.every((r) => r.dataset['status'] === 'INVITED')).to.equal(true);
      expect(rows[0]!.textContent).to.match(/\d+ \/ 6/);
      await expectAccessible(el);
      await shoot(el, 'participants-light');

      // Search by a name on the page narrows the roster to that person.
      const someone = rows[1]!.querySelector('th span')!.textContent!.trim();
      const search = $<HTMLInputElement>(el, '#roster-search')!;
      search.focus();
      await sendKeys({ type: someone });
      await sendKeys({ press: 'Enter' });
      await until(() => {
        const shown = $$(el, '[data-table="roster"] tbody tr');
        return shown.length > 0 && shown.every((r) => r.textContent!.includes(someone));
      }, 'only the searched person');

      // Withdraw them: confirm with a reason, and the filter for Withdrawn shows them.
      const row = $$(el, '[data-table="roster"] tbody tr')[0]!;
      (row.querySelector('[data-action="withdraw"]') as HTMLButtonElement).click();
      await until(() => $(el, '.reason-row input') !== null, 'the withdrawal form');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.reason-row input'));
      await expectAccessible(el);
      await sendKeys({ type: 'Left the company' });
      await sendKeys({ press: 'Enter' });
      await until(() => changed.length === 1, 'cw-enrolment-changed');
      await expectEventContract('cw-enrolment-changed', changed[0]);
      expect(changed[0]!.detail.change).to.equal('WITHDRAWN');
      fill($<HTMLSelectElement>(el, '#roster-status')!, 'WITHDRAWN');
      await until(
        () =>
          $$(el, '[data-table="roster"] tbody tr').length === 1 &&
          $$(el, '[data-table="roster"] tbody tr')[0]!.dataset['status'] === 'WITHDRAWN',
        'the withdrawn person under Withdrawn',
      );
      // A filter nobody matches says so and offers the way back.
      fill($<HTMLSelectElement>(el, '#roster-status')!, 'COMPLETED');
      await until(() => part(el, 'state-empty') !== null, 'the empty filter');
      await expectAccessible(el);
    });

    it('renders the roster in dark and in Arabic', () =>
      expectLooks('participants', async (look) => {
        const el = await mountAsAdmin(gateway, { program: programId, tab: 'participants', ...look });
        await until(() => $$(el, '[data-table="roster"] tbody tr').length > 0, 'roster rows');
        return el;
      }));
  });

  describe('outcomes', () => {
    let programId: string;
    before(async () => {
      programId = await publishedProgram(gateway, uniqueName('Outcomes'));
    });

    it('records a KPI value, charts it against baseline and target, and exports the roster', async () => {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'outcomes' });
      const exports = collect<ProgramExportEvent>(el, 'cw-program-export');
      await until(() => $(el, '[data-kpi]') !== null, 'the KPI card');
      expect($(el, '[data-participation]')).to.not.equal(null);
      ($(el, '[data-action="record"]') as HTMLButtonElement).click();
      await until(() => $(el, 'form.record') !== null, 'the record form');
      fill(control(el, 'Value (days)'), 'soon');
      part(el, 'save-button')!.click();
      await until(() => $(el, 'form.record [aria-invalid="true"]') !== null, 'the value refused');
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      fill(control(el, 'Measured on'), yesterday);
      fill(control(el, 'Value (days)'), '52');
      part(el, 'save-button')!.click();
      await until(() => $(el, '[data-latest="52"]') !== null, 'the recorded value as the latest');
      await until(() => $(el, '[data-kpi] svg[role="img"]') !== null, 'the KPI chart');
      expect($(el, '[data-kpi] svg')!.getAttribute('aria-label')).to.contain('52');
      await expectAccessible(el);
      await shoot(el, 'outcomes-light');

      el.addEventListener('cw-program-export', (e) => e.preventDefault(), { once: true });
      ($(el, '[data-export="ROSTER"]') as HTMLButtonElement).click();
      await until(() => exports.length === 1, 'cw-program-export');
      await expectEventContract('cw-program-export', exports[0]);
      expect(exports[0]!.detail.kind).to.equal('ROSTER');
      expect(exports[0]!.detail.csv.split('\n').length).to.be.greaterThan(2);
      expect(exports[0]!.detail.filename).to.match(/^outcomes-[a-z0-9]+-roster-\d{4}-\d\d-\d\d\.csv$/);
    });

    it('renders the outcomes in dark and in Arabic', () =>
      expectLooks('outcomes', async (look) => {
        const el = await mountAsAdmin(gateway, { program: programId, tab: 'outcomes', ...look });
        await until(() => $(el, '[data-kpi]') !== null, 'the KPI card');
        return el;
      }));
  });
});
