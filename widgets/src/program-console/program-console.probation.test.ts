import { expect } from '@open-wc/testing';
import type { CoachStatusChangedEvent } from '../events/coach-status-changed.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, uniqueName } from '../shared/testing/programs.js';
import { PRIYA, TOM, collect, fill, mountAsAdmin, part, shoot, until } from './program-console.testing.js';

describe('<cw-program-console> ending a coach probation', function () {
  this.timeout(90_000);
  let gateway: string;
  let programId: string;
  let onProbation: string[];

  onRealGateway(async (url) => {
    gateway = url;
    const { token } = await mintToken(gateway, { email: PRIYA });
    // Only an org admin sees every coach's status; Priya sees those of her programs' pools.
    const orgAdmin = await mintToken(gateway, { email: TOM });
    const coaches = await gql<{ coaches: { edges: Array<{ node: { id: string; qualityStatus: string } }> } }>(
      gateway,
      orgAdmin.token,
      `{ coaches(first: 100) { edges { node { id qualityStatus } } } }`,
    );
    // The seed puts its weakest-rated coaches on probation.
    onProbation = coaches.coaches.edges
      .filter(({ node }) => node.qualityStatus === 'PROBATION')
      .map(({ node }) => node.id);
    programId = await createProgram(gateway, token, uniqueName('Probation'));
    await gql(
      gateway,
      token,
      `mutation ($input: AddProgramCoachesInput!) { addProgramCoaches(input: $input) { userErrors { message } } }`,
      { input: { programId, coachIds: onProbation.slice(0, 2), capacity: 5 } },
    );
  }, 'programs');

  it('keeps one coach on probation and removes another, each with a reason', async () => {
    expect(onProbation.length, 'coaches on probation in the seed').to.be.greaterThanOrEqual(2);
    // Arabic first: it only opens the form, so both coaches are still on probation for English.
    for (const locale of ['ar', 'en']) {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'coaches', locale });
      await until(() => $$(el, '[data-table="coaches"] tbody tr[data-coach]').length === 2, 'the pool');
      if (locale === 'ar') {
        expect(el.dir).to.equal('rtl');
        ($(el, `tr[data-coach="${onProbation[0]}"] [data-action="keep"]`) as HTMLButtonElement).click();
        await until(() => $(el, '.reason-row') !== null, 'the reason field');
        await expectAccessible(el);
        await shoot(el, 'coaches-probation-ar');
        continue;
      }
      const changed = collect<CoachStatusChangedEvent>(el, 'cw-coach-status-changed');
      await expectAccessible(el);
      for (const [coachId, action, status] of [
        [onProbation[0]!, 'keep', 'ACTIVE'],
        [onProbation[1]!, 'remove', 'PAUSED'],
      ] as const) {
        ($(el, `tr[data-coach="${coachId}"] [data-action="${action}"]`) as HTMLButtonElement).click();
        await until(() => $(el, `#reason-${CSS.escape(coachId)}`) !== null, 'the reason field');
        expect(el.shadowRoot!.activeElement?.id).to.equal(`reason-${coachId}`);
        if (action === 'keep') await shoot(el, 'coaches-probation-light');
        fill($<HTMLInputElement>(el, `#reason-${CSS.escape(coachId)}`)!, 'Reviewed with the coach');
        part(el, 'save-button')!.click();
        await until(
          () => $(el, `tr[data-coach="${coachId}"]`)?.dataset['status'] === status,
          `the coach ${status}`,
        );
        expect($(el, `tr[data-coach="${coachId}"] [data-action="keep"]`)).to.equal(null);
      }
      expect(changed.map((e) => e.detail.status)).to.deep.equal(['ACTIVE', 'PAUSED']);
    }
  });
});
