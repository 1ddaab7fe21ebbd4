import { expect } from '@open-wc/testing';
import type { CoachStatusChangedEvent } from '../events/coach-status-changed.js';
import type { MatchApprovedEvent } from '../events/match-approved.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, invitedTo, publishProgram, uniqueName } from '../shared/testing/programs.js';
import {
  PRIYA,
  collect,
  expectLook,
  fill,
  LOOKS,
  mountAsAdmin,
  openTab,
  part,
  shoot,
  until,
} from './program-console.testing.js';

/**
 * A published program for the seed's managers with its own pool of coaches, whose invitations
 * were accepted by the participants themselves (as in the booker).
 */
async function programWithAcceptedParticipants(gateway: string): Promise<string> {
  const { token } = await mintToken(gateway, { email: PRIYA });
  const coaches = await gql<{ coaches: { edges: Array<{ node: { id: string } }> } }>(
    gateway,
    token,
    `{ coaches(first: 6) { edges { node { id } } } }`,
  );
  const programId = await createProgram(gateway, token, uniqueName('Matching'));
  await gql(
    gateway,
    token,
    `mutation ($input: AddProgramCoachesInput!) { addProgramCoaches(input: $input) { userErrors { message } } }`,
    { input: { programId, coachIds: coaches.coaches.edges.map(({ node }) => node.id), capacity: 10 } },
  );
  await publishProgram(gateway, token, programId);
  for (const invited of (await invitedTo(gateway, token, programId)).slice(0, 4)) {
    const participant = await mintToken(gateway, { personId: invited.personId });
    await gql(
      gateway,
      participant.token,
      `mutation ($input: RespondToProgramInvitationInput!) { respondToProgramInvitation(input: $input) { enrolment { status } } }`,
      { input: { enrolmentId: invited.enrolmentId, response: 'ACCEPT' } },
    );
  }
  return programId;
}

describe('<cw-program-console> matching and coaches on the real gateway', function () {
  this.timeout(90_000);
  let gateway: string;
  let programId: string;

  onRealGateway(async (url) => {
    gateway = url;
    programId = await programWithAcceptedParticipants(gateway);
  }, 'programs');

  it('proposes matches with their reasons, then approves them and the roster shows the coaches', async () => {
    const el = await mountAsAdmin(gateway, { program: programId, tab: 'matching' });
    const approved = collect<MatchApprovedEvent>(el, 'cw-match-approved');
    await until(() => $(el, '[data-action="propose"]') !== null, 'the Propose button');
    expect($(el, '[data-empty="proposal"]')).to.not.equal(null);
    $(el, '[data-action="propose"]')!.click();
    // Computed in the background: the tab says so (queued, then computing) until the pairs are ready.
    await until(() => $(el, '[data-proposal-state]') !== null, 'the proposal queued');
    const state = $(el, '[data-proposal-state]')!;
    expect(['PENDING', 'RUNNING']).to.include(state.dataset['proposalState']);
    expect(state.getAttribute('role')).to.equal('status');
    expect(state.querySelector('progress')).to.not.equal(null);
    expect($<HTMLButtonElement>(el, '[data-action="propose"]')!.disabled).to.equal(true);
    await expectAccessible(el);
    await shoot(el, 'matching-computing-light');
    await until(() => $$(el, '[data-table="pairs"] tbody tr').length > 0, 'the proposed pairs', 45_000);
    expect($(el, '[data-proposal-state]')).to.equal(null);
    const pair = $$(el, '[data-table="pairs"] tbody tr')[0]!;
    expect(pair.querySelectorAll('.reasons li').length).to.be.greaterThan(0);
    await expectAccessible(el);
    await shoot(el, 'matching-light');

    $(el, '[data-action="approve"]')!.click();
    await until(() => approved.length === 1, 'cw-match-approved');
    await expectEventContract('cw-match-approved', approved[0]);
    expect(approved[0]!.detail.matched).to.be.greaterThan(0);
    await until(() => $(el, '[data-empty="proposal"]') !== null, 'no open proposal any more');

    await openTab(el, 'participants');
    await until(
      () =>
        $$(el, '[data-table="roster"] tbody tr[data-status="ACTIVE"]').length === approved[0]!.detail.matched,
      'the matched participants active',
    );
    const active = $$(el, '[data-table="roster"] tbody tr[data-status="ACTIVE"]')[0]!;
    expect(active.querySelectorAll('td')[1]!.textContent!.trim()).to.not.equal('—');
  });

  it('says why a proposal could not be computed, and tries again once the program is active', async () => {
    const failingProgram = await programWithAcceptedParticipants(gateway);
    const { token } = await mintToken(gateway, { email: PRIYA });
    // Asked for, then the program paused before its job starts: the computation fails with why.
    const asked = await gql<{ proposeProgramMatch: { proposal: { id: string } } }>(
      gateway,
      token,
      `mutation ($input: ProposeProgramMatchInput!) { proposeProgramMatch(input: $input) { proposal { id } } }`,
      { input: { programId: failingProgram } },
    );
    const proposed = asked.proposeProgramMatch.proposal.id;
    await gql(
      gateway,
      token,
      `mutation ($input: ProgramTransitionInput!) { pauseProgram(input: $input) { userErrors { message } } }`,
      { input: { programId: failingProgram } },
    );
    // Active again once the computation has failed: the console then offers to try again.
    const read = `query ($id: ID!) { node(id: $id) { ... on MatchProposal { status } } }`;
    const deadline = performance.now() + 60_000;
    for (;;) {
      const proposal = await gql<{ node: { status: string } }>(gateway, token, read, { id: proposed });
      if (proposal.node.status === 'FAILED') break;
      if (performance.now() > deadline) throw new Error(`the proposal is still ${proposal.node.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await gql(
      gateway,
      token,
      `mutation ($input: ProgramTransitionInput!) { resumeProgram(input: $input) { userErrors { message } } }`,
      { input: { programId: failingProgram } },
    );
    const resumed = await mountAsAdmin(gateway, { program: failingProgram, tab: 'matching' });
    await until(() => $(resumed, '[data-action="retry-proposal"]') !== null, 'the Try again button');
    expect($(resumed, '[data-proposal-state="FAILED"]')!.textContent).to.match(/no longer active/);
    // One way to propose, beside why the last attempt failed: no "Propose matches" as well.
    expect($$(resumed, '[data-action="propose"], [data-action="retry-proposal"]')).to.have.length(1);
    expect($(resumed, '[data-proposal-state="FAILED"] [data-action="retry-proposal"]')).to.not.equal(null);
    expect($<HTMLButtonElement>(resumed, '[data-action="retry-proposal"]')!.disabled).to.equal(false);
    await expectAccessible(resumed);
    await shoot(resumed, 'matching-failed-light');
    $(resumed, '[data-action="retry-proposal"]')!.click();
    await until(
      () => $$(resumed, '[data-table="pairs"] tbody tr').length > 0,
      'the proposal computed again',
      45_000,
    );
    expect($(resumed, '[data-proposal-state]')).to.equal(null);
    // Computed: the toolbar's propose button is back, now to propose again.
    expect($(resumed, '[data-action="retry-proposal"]')).to.equal(null);
    expect($(resumed, '[data-action="propose"]')!.textContent!.trim()).to.equal('Propose again');
  });

  it('pauses a coach with a reason and reinstates them', async () => {
    const el = await mountAsAdmin(gateway, { program: programId, tab: 'coaches' });
    const changed = collect<CoachStatusChangedEvent>(el, 'cw-coach-status-changed');
    await until(() => $$(el, '[data-table="coaches"] tbody tr[data-coach]').length > 0, 'the pool');
    await expectAccessible(el);
    await shoot(el, 'coaches-light');
    const row = $$(el, '[data-table="coaches"] tbody tr[data-coach]')[0]!;
    const coachId = row.dataset['coach']!;
    (row.querySelector('[data-action="pause"]') as HTMLButtonElement).click();
    await until(() => $(el, `#reason-${CSS.escape(coachId)}`) !== null, 'the reason field');
    expect(el.shadowRoot!.activeElement?.id).to.equal(`reason-${coachId}`);
    // No reason: refused in place.
    part(el, 'save-button')!.click();
    await until(() => $(el, '.reason-row [part~="field-error"]') !== null, 'the reason required');
    fill($<HTMLInputElement>(el, `#reason-${CSS.escape(coachId)}`)!, 'Ratings below threshold');
    part(el, 'save-button')!.click();
    await until(() => changed.length === 1, 'cw-coach-status-changed');
    await expectEventContract('cw-coach-status-changed', changed[0]);
    expect(changed[0]!.detail.status).to.equal('PAUSED');
    await until(
      () => $(el, `tr[data-coach="${coachId}"]`)?.dataset['status'] === 'PAUSED',
      'the coach paused',
    );

    ($(el, `tr[data-coach="${coachId}"] [data-action="reinstate"]`) as HTMLButtonElement).click();
    await until(() => $(el, `#reason-${CSS.escape(coachId)}`) !== null, 'the reason field');
    fill($<HTMLInputElement>(el, `#reason-${CSS.escape(coachId)}`)!, 'Reviewed with the coach');
    part(el, 'save-button')!.click();
    await until(() => changed.length === 2, 'the second cw-coach-status-changed');
    expect(changed[1]!.detail.status).to.equal('ACTIVE');
  });

  for (const look of LOOKS) {
    it(`renders matching and coaches (${look.theme}, ${look.locale})`, async () => {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'coaches', ...look });
      await until(() => $$(el, '[data-table="coaches"] tbody tr[data-coach]').length > 0, 'the pool');
      await expectLook(el, 'coaches');
      await openTab(el, 'matching');
      await until(
        () => $(el, '[data-action="propose"]') !== null || $(el, '[data-empty="proposal"]') !== null,
        'the matching tab',
      );
      await expectLook(el, 'matching');
    });
  }
});
