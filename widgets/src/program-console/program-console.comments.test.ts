import { setTokenProvider } from '@coachwork/client';
import { expect } from '@open-wc/testing';
import { $, $$ } from '../shared/testing/dom.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql, mintToken, startGateway } from '../shared/testing/gateway.js';
import { createProgram } from '../shared/testing/programs.js';
import { PRIYA, mountAsAdmin, shoot, until } from './program-console.testing.js';

describe('<cw-program-console> coach comments', function () {
  this.timeout(90_000);
  let gateway: string;
  let token: string;

  before(async function () {
    this.timeout(200_000);
    gateway = (await startGateway('programs')).url;
    token = (await mintToken(gateway, { email: PRIYA })).token;
  });

  afterEach(() => setTokenProvider(gateway, undefined));

  it('says why a new program’s coaches have no comments to show, in English and Arabic', async () => {
    const coaches = await gql<{ coaches: { edges: Array<{ node: { id: string } }> } }>(
      gateway,
      token,
      `{ coaches(first: 2) { edges { node { id } } } }`,
    );
    const programId = await createProgram(
      gateway,
      token,
      `Comments ${Math.random().toString(36).slice(2, 8)}`,
    );
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
});
