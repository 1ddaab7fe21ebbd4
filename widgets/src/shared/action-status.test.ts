import { GatewayError } from '@coachwork/client';
import { expect, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ActionStatusController } from './action-status.js';
import { expectAccessible } from './testing/expect-accessible.js';
import { mount } from './testing/mount.js';

/** A widget's frame around the controller: the announcer first, then the notice and a control. */
class ActionStatusProbe extends LitElement {
  dismissible = true;
  readonly status = new ActionStatusController(this, {
    describe: (error) => `described ${error.code}`,
  });

  protected override render(): unknown {
    return litHtml`${this.status.renderAnnouncer()}
      ${this.status.renderNotice({ dismissible: this.dismissible })}
      <button type="button" ?disabled=${this.status.busy}>Save</button>`;
  }
}
customElements.define('cw-action-status-probe', ActionStatusProbe);

async function probe(): Promise<ActionStatusProbe> {
  const el = mount<ActionStatusProbe>(html`<cw-action-status-probe></cw-action-status-probe>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ActionStatusProbe, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

describe('ActionStatusController', () => {
  it('is busy from start to finish, and refuses a second start meanwhile', async () => {
    const el = await probe();
    expect(el.status.start()).to.equal(true);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, 'button')!.disabled).to.equal(true);
    expect(el.status.start()).to.equal(false);
    el.status.finish();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, 'button')!.disabled).to.equal(false);
    expect(el.status.start()).to.equal(true);
  });

  it('announces to screen readers in a status region that shows nothing', async () => {
    const el = await probe();
    el.status.announce('Goal saved.');
    await el.updateComplete;
    const region = $(el, '[role="status"]')!;
    expect(region.textContent).to.equal('Goal saved.');
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    expect($(el, '[part~="notice"]')).to.equal(null);
  });

  it('shows the gateway’s own reasons for a refusal, after a lead when given', async () => {
    const el = await probe();
    el.status.refuse([{ message: 'That time was just taken.' }, { message: 'Pick another.' }], undefined);
    await el.updateComplete;
    const notice = $(el, '[part~="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.querySelector('p')!.textContent).to.equal('That time was just taken. Pick another.');
    el.status.refuse([{ message: 'Too long.' }], undefined, 'Your change was not saved.');
    await el.updateComplete;
    expect(notice.querySelector('p')!.textContent).to.equal('Your change was not saved. Too long.');
    await expectAccessible(el);
  });

  it('describes an error when the gateway gave no reasons, and says when access is refused', async () => {
    const el = await probe();
    expect(el.status.refuse([], new GatewayError('NETWORK', 'offline'))).to.equal('described NETWORK');
    expect(el.status.refuse(undefined, new GatewayError('FORBIDDEN', 'no'))).to.equal(
      'You do not have access to this.',
    );
    expect(el.status.refuse(undefined, undefined)).to.equal('The coaching service had a problem.');
    const reasons = el.status.refusal([{ message: 'Title is required.', field: ['title'] }], undefined);
    expect(reasons).to.deep.equal([{ message: 'Title is required.', field: ['title'] }]);
  });

  it('keeps the notice until it is dismissed or the next change starts', async () => {
    const el = await probe();
    el.status.setNotice('Not saved.');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="notice-dismiss"]')!.click();
    await el.updateComplete;
    expect($(el, '[part~="notice"]')).to.equal(null);
    el.status.setNotice('Not saved.');
    el.status.start();
    await el.updateComplete;
    expect($(el, '[part~="notice"]')).to.equal(null);
    expect(el.status.notice).to.equal(undefined);
  });

  it('can show a notice without a Dismiss button', async () => {
    const el = await probe();
    el.dismissible = false;
    el.status.setNotice('The calendar file could not be made.');
    await el.updateComplete;
    expect($(el, '[part~="notice"]')).to.not.equal(null);
    expect($(el, '[part~="notice-dismiss"]')).to.equal(null);
  });
});
