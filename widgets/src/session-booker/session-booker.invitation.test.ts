import { expect, fixture, html } from '@open-wc/testing';
import '../define/session-booker.js';
import { $, until } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, startGateway } from '../shared/testing/gateway.js';
import {
  createProgram,
  invitedTo,
  publishProgram,
  type Invited,
  uniqueName,
} from '../shared/testing/programs.js';
import { screenshot } from '../shared/testing/screenshot.js';
import type { SessionBooker } from './session-booker.js';

const PRIYA = 'priya.raman@northwind.example';

/** Publishes a program for the seed's managers and answers its invitations, one per person. */
async function invitations(gateway: string): Promise<Invited[]> {
  const { token } = await mintToken(gateway, { email: PRIYA });
  const programId = await createProgram(gateway, token, uniqueName('Invitation'));
  await publishProgram(gateway, token, programId);
  return invitedTo(gateway, token, programId);
}

describe('<cw-session-booker> answers a program invitation on the real gateway', function () {
  this.timeout(60_000);
  let gateway: string;
  let invited: Invited[];

  before(async function () {
    this.timeout(200_000);
    gateway = (await startGateway('programs')).url;
    invited = await invitations(gateway);
  });

  async function booker(who: Invited, locale = 'en'): Promise<SessionBooker> {
    const frame = await fixture<HTMLDivElement>(
      html`<div data-shot=${who.enrolmentId} style="inline-size: 640px; padding: 24px; background: #f4f5f7">
        <cw-session-booker
          locale=${locale}
          theme="light"
          enrolment=${who.enrolmentId}
          .gateway=${signedIn(gateway, { personId: who.personId, locale: null }).gateway}
          .tokenProvider=${signedIn(gateway, { personId: who.personId, locale: null }).tokenProvider}
        ></cw-session-booker>
      </div>`,
    );
    const el = frame.querySelector('cw-session-booker')!;
    await until(() => $(el, '[part~="invitation"]') !== null, 'the invitation');
    return el;
  }

  it('joins the program: the invitation gives way and the enrolment is accepted', async () => {
    const who = invited[0]!;
    const el = await booker(who);
    expect($(el, '[part~="invitation"]')!.textContent).to.contain('Invitation');
    await expectAccessible(el);
    await screenshot('session-booker-invitation', `[data-shot="${who.enrolmentId}"]`);
    $(el, '[part~="accept-button"]')!.click();
    await until(() => $(el, '[part~="invitation"]') === null, 'the invitation answered');
    expect($(el, '[role="status"]')!.textContent).to.match(/You joined/);
    const { token } = await mintToken(gateway, { personId: who.personId });
    const answer = await gql<{ node: { status: string } }>(
      gateway,
      token,
      `query ($id: ID!) { node(id: $id) { ... on Enrolment { status } } }`,
      { id: who.enrolmentId },
    );
    expect(answer.node.status).to.equal('ACCEPTED');
  });

  it('declines the program in Arabic: the enrolment closes', async () => {
    const who = invited[1]!;
    const el = await booker(who, 'ar');
    expect(el.dir).to.equal('rtl');
    await expectAccessible(el);
    await screenshot('session-booker-invitation-ar', `[data-shot="${who.enrolmentId}"]`);
    $(el, '[part~="decline-button"]')!.click();
    await until(() => $(el, '[part~="invitation"]') === null, 'the invitation answered');
    await until(() => /\S/.test($(el, '.body')?.textContent ?? ''), 'the closed enrolment');
  });
});
