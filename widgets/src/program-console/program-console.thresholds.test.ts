import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { settled, stopTrackingRequests, trackRequests } from '../shared/testing/settled.js';
import { gql, mintToken } from '../shared/testing/gateway.js';
import {
  COMMENTS_ADMIN,
  COMMENTS_PROGRAM_ADMIN,
  control,
  expectLooks,
  fill,
  onCommentsProgram,
  part,
  shoot,
  until,
} from './program-console.testing.js';

const settingsQuery = `{ coachQualitySettings { probationBelow restoreAtOrAbove minRatings window } }`;

describe('<cw-program-console> probation thresholds', function () {
  this.timeout(90_000);
  let gateway: string;
  const mount = onCommentsProgram('coaches', (suite) => {
    gateway = suite.gateway;
  });

  before(trackRequests);
  after(stopTrackingRequests);

  it('is not shown to a program admin', async () => {
    const el = await mount(COMMENTS_PROGRAM_ADMIN);
    await until(() => $(el, '[data-table="coaches"]') !== null, 'the pool');
    // Every answer the console asked for is in and rendered: a section it has not shown by now,
    // it will not show.
    await settled(el, 'every answer the console asked for');
    expect($(el, '[data-section="thresholds"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.include('Probation thresholds');
  });

  it('lets an org admin set them: the gateway’s errors beside their fields, then saved and announced', async () => {
    const el = await mount(COMMENTS_ADMIN);
    await until(() => $(el, '[data-section="thresholds"] form') !== null, 'the thresholds form');
    const below = control(el, 'Probation below');
    const restore = control(el, 'Active again at or above');
    const needed = control(el, 'Ratings needed');
    const window = control(el, 'Ratings in the average');
    expect(below.value).to.equal('3.5');
    await expectAccessible(el);

    // Out of range and inconsistent: each refusal beside its field, the first one focused.
    fill(below, '6');
    fill(needed, '30');
    fill(window, '20');
    part(el, 'save-button')!.click();
    await until(() => below.getAttribute('aria-invalid') === 'true', 'the range error');
    expect(needed.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(below);
    const describedBy = below.getAttribute('aria-describedby')!.split(' ');
    expect(el.shadowRoot!.getElementById(describedBy.at(-1)!)!.textContent).to.match(/1.*5/);
    await expectAccessible(el);
    await shoot(el, 'coaches-thresholds-errors');

    // Not a number at all: said here, without asking the gateway.
    fill(below, 'abc');
    part(el, 'save-button')!.click();
    await until(
      () => $(el, '#setup-probationBelow-error')?.textContent?.includes('Enter a number') === true,
      'the local error',
    );

    // A valid set, submitted from the keyboard.
    fill(below, '3.2');
    fill(restore, '3.9');
    fill(needed, '6');
    window.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '25' });
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[data-saved="thresholds"]') !== null, 'saved');
    expect($(el, '[role="status"]')!.textContent).to.include('Probation thresholds saved.');
    expect($(el, '[data-section="thresholds"] [aria-invalid="true"]')).to.equal(null);
    const { token } = await mintToken(gateway, { email: COMMENTS_ADMIN });
    const stored = await gql<{ coachQualitySettings: Record<string, number> }>(gateway, token, settingsQuery);
    expect(stored.coachQualitySettings).to.deep.equal({
      probationBelow: 3.2,
      restoreAtOrAbove: 3.9,
      minRatings: 6,
      window: 25,
    });
    await expectAccessible(el);
    await shoot(el, 'coaches-thresholds-light');
  });

  it('renders the thresholds in dark and in Arabic', () =>
    expectLooks('coaches-thresholds', async (look) => {
      const el = await mount(COMMENTS_ADMIN, look);
      await until(() => $(el, '[data-section="thresholds"] form') !== null, 'the thresholds form');
      return el;
    }));
});
