import { expect } from '@open-wc/testing';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, signedIn, onRealGateway } from '../shared/testing/gateway.js';
import { createProgram, uniqueName } from '../shared/testing/programs.js';
import { PRIYA, mountAsAdmin, mountConsole, shoot, until } from './program-console.testing.js';

/** The test gateway's `comments` organisation (scripts/test-gateway-comments.ts): k = 3. */
const COMMENTS_ADMIN = 'admin@comments.example';
const K = 3;
const RELEASED = [
  'Helped me plan my first one-to-ones.',
  'Good questions; I left every session with a next step.',
  'Practical and patient with a new manager.',
];
const WITHHELD = ['Kind, but the sessions often ran late.', 'I would like more examples from other teams.'];

describe('<cw-program-console> coach comments', function () {
  this.timeout(90_000);
  let gateway: string;
  let token: string;

  onRealGateway(async (url) => {
    gateway = url;
    token = (await mintToken(gateway, { email: PRIYA })).token;
  }, 'programs');

  it('says why a new program’s coaches have no comments to show, in English and Arabic', async () => {
    const coaches = await gql<{ coaches: { edges: Array<{ node: { id: string } }> } }>(
      gateway,
      token,
      `{ coaches(first: 2) { edges { node { id } } } }`,
    );
    const programId = await createProgram(gateway, token, uniqueName('Comments'));
    await gql(
      gateway,
      token,
      `mutation ($input: AddProgramCoachesInput!) { addProgramCoaches(input: $input) { userErrors { message } } }`,
      { input: { programId, coachIds: coaches.coaches.edges.map((e) => e.node.id), capacity: 5 } },
    );
    for (const locale of ['en', 'ar']) {
      const el = await mountAsAdmin(gateway, { program: programId, tab: 'coaches', locale });
      await until(() => $$(el, '[data-comments="withheld"]').length === 2, 'the withheld comments');
      expect($(el, '[data-comments="released"]')).to.equal(null);
      const text = $(el, '[data-comments="withheld"]')!.textContent!;
      expect(text).to.match(
        locale === 'ar' ? /محجوبة/ : /Withheld: fewer than \d+ participants have commented\./,
      );
      await expectAccessible(el);
      await shoot(el, `coaches-comments-withheld-${locale}`);
    }
  });

  it('shows the comments of k participants without their authors, and withholds those of k − 1', async () => {
    const admin = await mintToken(gateway, { email: COMMENTS_ADMIN });
    const programs = await gql<{ programs: { edges: Array<{ node: { id: string } }> } }>(
      gateway,
      admin.token,
      `{ programs(first: 5) { edges { node { id } } } }`,
    );
    const programId = programs.programs.edges[0]!.node.id;
    for (const locale of ['en', 'ar']) {
      const el = await mountConsole({
        ...signedIn(gateway, { email: COMMENTS_ADMIN }),
        program: programId,
        tab: 'coaches',
        locale,
      });
      await until(() => $$(el, '[data-table="coaches"] tbody tr[data-coach]').length === 2, 'the pool');
      const rowOf = (name: string) =>
        $$(el, '[data-table="coaches"] tbody tr[data-coach]').find((row) =>
          row.querySelector('th')!.textContent!.includes(name),
        )!;
      const released = rowOf('Cleo Coach').querySelector<HTMLDetailsElement>('[data-comments="released"]')!;
      expect(released, 'Cleo’s comments released').to.not.equal(null);
      released.querySelector('summary')!.click();
      await until(() => released.open, 'the comments opened');
      const texts = [...released.querySelectorAll('li q')].map((q) => q.textContent!.trim());
      expect([...texts].sort()).to.deep.equal([...RELEASED].sort());
      // Never the author: no commenter's name, e-mail or date beyond the month of the batch.
      expect(released.textContent).to.not.match(/Commenter|@comments\.example/);
      const withheld = rowOf('Nico Newcoach').querySelector('[data-comments="withheld"]');
      expect(withheld, 'Nico’s comments withheld').to.not.equal(null);
      expect(rowOf('Nico Newcoach').querySelector('[data-comments="released"]')).to.equal(null);
      for (const text of WITHHELD) expect(el.shadowRoot!.textContent).to.not.include(text);
      if (locale === 'en')
        expect(withheld!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `Withheld: fewer than ${K} participants have commented.`,
        );
      else expect(withheld!.textContent).to.match(/محجوبة/);
      await expectAccessible(el);
      await shoot(el, `coaches-comments-released-${locale}`);
    }
  });
});
