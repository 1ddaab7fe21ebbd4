import { expect } from '@open-wc/testing';
import type { LtiRegistrationChangedEvent } from '../events/lti-registration-changed.js';
import { $, $$ } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { gql } from '../shared/testing/gateway.js';
import {
  COMMENTS_ADMIN,
  COMMENTS_PROGRAM_ADMIN,
  collect,
  control,
  expectLooks,
  fill,
  onCommentsProgram,
  part,
  shoot,
  until,
} from './program-console.testing.js';

const listQuery = `{ ltiRegistrations { id issuer jwksUrl jwks } }`;

interface Registration {
  id: string;
  issuer: string;
  jwksUrl: string | null;
  jwks: string | null;
}

/** A public EC P-256 key as a platform publishes it (made here, in the browser). */
async function publicJwk(kid: string): Promise<JsonWebKey & { kid: string }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kty: kty!, crv: crv!, x: x!, y: y!, kid };
}

describe('<cw-program-console> learning platforms', function () {
  this.timeout(120_000);
  let gateway: string;
  let adminToken: string;

  const registrations = async (): Promise<Registration[]> =>
    (await gql<{ ltiRegistrations: Registration[] }>(gateway, adminToken, listQuery)).ltiRegistrations;

  /** Removes what a test registered: the suites after this one see none. */
  async function removeAll(): Promise<void> {
    for (const { id } of await registrations())
      await gql(gateway, adminToken, `mutation ($id: ID!) { removeLtiRegistration(id: $id) { removedId } }`, {
        id,
      });
  }

  const mount = onCommentsProgram('platforms', async (suite) => {
    ({ gateway, adminToken } = suite);
    await removeAll();
  });

  afterEach(removeAll);

  it('is neither offered to a program admin nor shown on a deep link: the unauthorised state', async () => {
    const el = await mount(COMMENTS_PROGRAM_ADMIN, { tab: 'setup' });
    await until(() => $(el, '[data-tab="coaches"]') !== null && $(el, 'form') !== null, 'the setup tab');
    await until(() => $(el, '[data-tab="platforms"]') === null, 'the roles');
    el.tab = 'platforms';
    await until(() => part(el, 'state-unauthorised') !== null, 'the unauthorised state');
    expect($(el, '[data-section="platforms"]')).to.equal(null);
    await expectAccessible(el);
    await shoot(el, 'platforms-unauthorised');
  });

  it('shows the empty list, the tool’s addresses to copy, and registers a platform with the gateway’s errors beside their fields', async () => {
    const el = await mount(COMMENTS_ADMIN);
    const changes = collect<LtiRegistrationChangedEvent>(el, 'cw-lti-registration-changed');
    await until(() => $(el, '[data-empty="platforms"]') !== null, 'the empty list');
    expect($(el, '[data-tab="platforms"]')!.getAttribute('aria-selected')).to.equal('true');
    const base = new URL(gateway).origin;
    expect($(el, '[data-tool-url="jwks"]')!.textContent).to.equal(`${base}/lti/jwks`);
    expect($(el, '[data-tool-url="config"]')!.textContent).to.equal(`${base}/lti/config`);
    expect($$(el, '[part~="copy-button"]')).to.have.length(4);
    await expectAccessible(el);
    await shoot(el, 'platforms-empty-light');

    // Pasted keys are checked as they are typed, with the client package's shared checks.
    const pasted = await publicJwk('lms-key-1');
    ($(el, '[data-section="register-platform"] input[value="keys"]') as HTMLInputElement).click();
    await until(() => $(el, '#setup-jwks') !== null, 'the keys field');
    const keys = $(el, '#setup-jwks') as HTMLTextAreaElement;
    fill(keys, JSON.stringify({ keys: [{ ...pasted, d: 'private' }] }));
    await until(() => keys.getAttribute('aria-invalid') === 'true', 'the private key refused');
    expect($(el, '#setup-jwks-error')!.textContent).to.include('private key');
    fill(keys, '{"keys": [');
    await until(() => $(el, '#setup-jwks-error')?.textContent?.includes('JSON') === true, 'not JSON');
    fill(keys, JSON.stringify({ keys: [pasted] }));
    await until(() => keys.getAttribute('aria-invalid') === 'false', 'the keys accepted');

    // The gateway's own checks: an issuer that is not https, a missing client ID.
    fill(control(el, 'Issuer'), 'ftp://lms.example.com');
    fill(control(el, 'Deployment IDs'), 'dep-1, dep-2');
    fill(control(el, 'OIDC authorisation endpoint'), 'https://lms.example.com/auth');
    fill(control(el, 'Token endpoint'), 'https://lms.example.com/token');
    part(el, 'save-button')!.click();
    await until(() => control(el, 'Issuer').getAttribute('aria-invalid') === 'true', 'the issuer refused');
    expect(control(el, 'Client ID').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'Issuer'));
    await expectAccessible(el);
    await shoot(el, 'platforms-errors-light');

    fill(control(el, 'Issuer'), 'https://lms.example.com');
    fill(control(el, 'Client ID'), 'coachwork-tool');
    part(el, 'save-button')!.click();
    await until(() => $(el, '[part~="platform"]') !== null, 'the registered platform');
    const [stored] = await registrations();
    expect(stored!.issuer).to.equal('https://lms.example.com');
    expect(JSON.parse(stored!.jwks!).keys[0].kid).to.equal('lms-key-1');
    expect($(el, '[part~="platform"] [data-key-source="keys"]')!.textContent).to.include('lms-key-1');
    expect($(el, '[role="status"]')!.textContent).to.include('https://lms.example.com is registered.');
    await expectEventContract('cw-lti-registration-changed', changes[0]);
    expect(changes[0]!.detail).to.deep.equal({ registrationId: stored!.id, change: 'registered' });
    expect(control(el, 'Issuer').value).to.equal('');
    await expectAccessible(el);
    await shoot(el, 'platforms-list-light');
  });

  it('replaces the keys (pasted to a JWKS URL and back, a rotation) and removes the platform', async () => {
    const first = await publicJwk('k1');
    await gql(
      gateway,
      adminToken,
      `mutation ($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { registration { id } } }`,
      {
        input: {
          issuer: 'https://canvas.example.com',
          clientId: 'cw-1',
          deploymentIds: ['d1'],
          jwks: JSON.stringify({ keys: [first] }),
          authLoginUrl: 'https://canvas.example.com/auth',
          accessTokenUrl: 'https://canvas.example.com/token',
        },
      },
    );
    const el = await mount(COMMENTS_ADMIN);
    const changes = collect<LtiRegistrationChangedEvent>(el, 'cw-lti-registration-changed');
    // The list cached from an earlier test may show first: this test's own row is waited for.
    const [registered] = await registrations();
    await until(() => $(el, `[data-platform="${registered!.id}"]`) !== null, 'the platform');
    const row = () => $(el, `[data-platform="${registered!.id}"]`)!;
    /** A lookup inside the light tree of a rendered part (a row, a form). */
    const within = (root: Element | null, selector: string) =>
      root?.querySelector<HTMLElement>(selector) ?? null;

    // To a JWKS URL: the gateway refuses one that is not https, beside the field.
    (within(row(), '[data-action="replace-keys"]') as HTMLButtonElement).click();
    await until(() => $(el, '[data-replace]') !== null, 'the replacement form');
    const form = () => $(el, '[data-replace]')!;
    (within(form(), 'input[value="url"]') as HTMLInputElement).click();
    await until(() => within(form(), 'input[type="url"]') !== null, 'the URL field');
    fill(within(form(), 'input[type="url"]') as HTMLInputElement, 'http://lms.internal/keys');
    (within(form(), '[data-action="save-keys"]') as HTMLButtonElement).click();
    await until(() => within(form(), '[aria-invalid="true"]') !== null, 'the URL refused');
    await expectAccessible(el);
    await shoot(el, 'platforms-replace-light');
    fill(within(form(), 'input[type="url"]') as HTMLInputElement, 'https://canvas.example.com/jwks');
    (within(form(), '[data-action="save-keys"]') as HTMLButtonElement).click();
    await until(() => $(el, '[data-replace]') === null, 'the keys saved');
    await until(() => within(row(), '[data-key-source="url"]') !== null, 'the URL shown');
    expect((await registrations())[0]).to.include({ jwksUrl: 'https://canvas.example.com/jwks', jwks: null });
    await expectEventContract('cw-lti-registration-changed', changes[0]);
    expect(changes[0]!.detail.change).to.equal('keys-replaced');

    // A rotation pasted: the old key beside the next one.
    const next = await publicJwk('k2');
    (within(row(), '[data-action="replace-keys"]') as HTMLButtonElement).click();
    await until(() => $(el, '[data-replace]') !== null, 'the replacement form');
    (within(form(), 'input[value="keys"]') as HTMLInputElement).click();
    await until(() => within(form(), 'textarea') !== null, 'the keys field');
    fill(within(form(), 'textarea') as HTMLTextAreaElement, JSON.stringify({ keys: [first, next] }));
    (within(form(), '[data-action="save-keys"]') as HTMLButtonElement).click();
    await until(
      () => within(row(), '[data-key-source="keys"]')?.textContent?.includes('k2') === true,
      'rotated',
    );
    expect(
      JSON.parse((await registrations())[0]!.jwks!).keys.map((k: { kid: string }) => k.kid),
    ).to.deep.equal(['k1', 'k2']);

    // Removal, confirmed.
    (within(row(), '[data-action="remove"]') as HTMLButtonElement).click();
    await until(() => $(el, '[data-confirm]') !== null, 'the confirmation');
    ($(el, '[data-action="confirm-remove"]') as HTMLButtonElement).click();
    await until(() => $(el, '[data-empty="platforms"]') !== null, 'the empty list again');
    expect(await registrations()).to.deep.equal([]);
    expect(changes.map((e) => e.detail.change)).to.deep.equal(['keys-replaced', 'keys-replaced', 'removed']);
  });

  it('renders the list and the form in dark and in Arabic', async () => {
    await gql(
      gateway,
      adminToken,
      `mutation ($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { registration { id } } }`,
      {
        input: {
          issuer: 'https://moodle.example.com',
          clientId: 'cw-moodle',
          deploymentIds: ['1', '2'],
          jwksUrl: 'https://moodle.example.com/mod/lti/certs.php',
          authLoginUrl: 'https://moodle.example.com/mod/lti/auth.php',
          accessTokenUrl: 'https://moodle.example.com/mod/lti/token.php',
        },
      },
    );
    await expectLooks('platforms-list', async (look) => {
      const el = await mount(COMMENTS_ADMIN, look);
      await until(() => $(el, '[part~="platform"]') !== null, 'the platform');
      return el;
    });
  });
});
