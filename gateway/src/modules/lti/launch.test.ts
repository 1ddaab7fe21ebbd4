/**
 * LTI 1.3 launches from a platform played in process (its own keys, JWKS and OIDC endpoint, signing
 * with jose) into a real gateway: registration by an org admin, the full OIDC flow to the widget
 * page, the page's embed tokens, and every bad launch refused with a localised page and a log line.
 */
import { generateKeyPairSync } from 'node:crypto';
import { Writable } from 'node:stream';
import { decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORAGE_TEST_TIMEOUT_MS, testEngines } from '../../db/testing.js';
import type { Database } from '../../db/types.js';
import { postGraphQL, startGateway, tokenFor, type RunningGateway } from '../../testing/harness.js';
import { createGatewayFixture, type GatewayFixture } from '../../testing/fixtures.js';
import { ltiRegistrationInput } from '../../testing/lti-registration.js';
import { LTI } from './claims.js';
import { startPlatform, type LaunchSpec, type SimulatedPlatform } from './testing/platform.js';

const REGISTER = `mutation Register($input: RegisterLtiPlatformInput!) {
  registerLtiPlatform(input: $input) { registration { id issuer clientId deploymentIds emailLinkDomains } userErrors { field code message } }
}`;

const REGISTER_KEYS = `mutation Register($input: RegisterLtiPlatformInput!) {
  registerLtiPlatform(input: $input) { registration { id jwksUrl jwks } userErrors { field code message } }
}`;

const SET_KEYS = `mutation SetKeys($input: SetLtiPlatformKeysInput!) {
  setLtiPlatformKeys(input: $input) { registration { id jwksUrl jwks } userErrors { field code message } }
}`;

interface KeysPayload {
  registration: { id: string; jwksUrl: string | null; jwks: string | null } | null;
  userErrors: Array<{ field: string[]; code: string; message: string }>;
}

async function publicJwk(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<JWK> {
  const { publicKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(publicKey)), kid };
}

/** An RSA key too short to accept (jose will not make one). */
function weakJwk(kid: string): JWK {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return { ...(publicKey.export({ format: 'jwk' }) as JWK), kid };
}

interface Launched {
  status: number;
  html: string;
}

describe.each(testEngines())('LTI 1.3 launch (%s)', (engine) => {
  let db: Database;
  let gateway: RunningGateway;
  let orgA: GatewayFixture;
  let orgB: GatewayFixture;
  let platformA: SimulatedPlatform;
  let platformB: SimulatedPlatform;
  const logLines: Array<Record<string, unknown>> = [];
  let sink: Writable;

  async function register(org: GatewayFixture, platform: SimulatedPlatform, domains: string[]) {
    const response = await postGraphQL<{
      registerLtiPlatform: { registration: { id: string } | null; userErrors: unknown[] };
    }>(
      gateway.url,
      {
        query: REGISTER,
        variables: {
          input: ltiRegistrationInput(platform, domains),
        },
      },
      { token: await tokenFor(db, org.adminId) },
    );
    return response.body.data!.registerLtiPlatform;
  }

  /** The browser's part: login initiation, the platform's authorisation, the form POSTed back. */
  async function launch(
    platform: SimulatedPlatform,
    spec: LaunchSpec,
    tamper?: (form: { idToken: string; state: string }) => Promise<{ idToken: string; state: string }>,
    headers: Record<string, string> = {},
  ): Promise<Launched & { form: { idToken: string; state: string } }> {
    const login = await fetch(platform.loginUrl(gateway.url, spec), { redirect: 'manual' });
    if (login.status !== 302)
      return { status: login.status, html: await login.text(), form: { idToken: '', state: '' } };
    const answer = await platform.authorise(login.headers.get('location')!);
    expect(answer.action).toBe(`${gateway.url}/lti/launch`);
    const form = tamper ? await tamper(answer) : answer;
    return { ...(await post(form, headers)), form };
  }

  async function post(
    form: { idToken: string; state: string },
    headers: Record<string, string> = {},
  ): Promise<Launched> {
    const response = await fetch(`${gateway.url}/lti/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ id_token: form.idToken, state: form.state }).toString(),
    });
    return { status: response.status, html: await response.text() };
  }

  function refusal(html: string): string | undefined {
    return /data-refusal="([A-Z_]+)"/.exec(html)?.[1];
  }

  function refusalsLogged(): string[] {
    return logLines
      .filter((line) => line['msg'] === 'lti launch refused')
      .map((line) => (line['lti'] as { reason: string }).reason);
  }

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    orgA = await createGatewayFixture(db, 'lti-a');
    orgB = await createGatewayFixture(db, 'lti-b');
    sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n'))
          if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    // The platforms run on 127.0.0.1 over http: their JWKS is fetched outside dev mode only from public https.
    gateway = await startGateway(db, { logger: pino({ level: 'info' }, sink), lti: { dev: true } });
    platformA = await startPlatform({ name: 'moodle-a' });
    platformB = await startPlatform({ name: 'canvas-b' });
    platformA.toolUrl = gateway.url;
    expect((await register(orgA, platformA, ['lti-a.example'])).userErrors).toEqual([]);
    expect((await register(orgB, platformB, [])).userErrors).toEqual([]);
  }, STORAGE_TEST_TIMEOUT_MS);

  afterAll(async () => {
    await gateway?.close();
    await platformA?.close();
    await platformB?.close();
    await db?.close();
  });

  it('refuses registration to anyone but an org admin, and a platform registered twice', async () => {
    const asManager = await postGraphQL(
      gateway.url,
      {
        query: REGISTER,
        variables: {
          input: {
            issuer: 'https://x.example',
            clientId: 'c',
            deploymentIds: ['d'],
            jwksUrl: 'https://x.example/j',
            authLoginUrl: 'https://x.example/a',
            accessTokenUrl: 'https://x.example/t',
          },
        },
      },
      { token: await tokenFor(db, orgA.managerId) },
    );
    expect(asManager.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // Org B cannot take org A's platform: the issuer and client id name one registration.
    const taken = await register(orgB, platformA, []);
    expect(taken.registration).toBeNull();
    expect(taken.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    const bad = await postGraphQL<{ registerLtiPlatform: { userErrors: Array<{ field: string[] }> } }>(
      gateway.url,
      {
        query: REGISTER,
        variables: {
          input: {
            issuer: 'ftp://x',
            clientId: ' ',
            deploymentIds: [],
            jwksUrl: 'http://evil.example/j',
            authLoginUrl: 'https://x.example/a',
            accessTokenUrl: 'https://x.example/t',
            emailLinkDomains: ['not a domain'],
          },
        },
      },
      { token: await tokenFor(db, orgA.adminId) },
    );
    expect(bad.body.data!.registerLtiPlatform.userErrors.map((error) => error.field.join('.'))).toEqual([
      'issuer',
      'jwksUrl',
      'clientId',
      'deploymentIds',
      'emailLinkDomains.0',
    ]);
    const listed = await postGraphQL<{ ltiRegistrations: Array<{ issuer: string }> }>(
      gateway.url,
      { query: '{ ltiRegistrations { issuer clientId deploymentIds } }' },
      { token: await tokenFor(db, orgA.adminId) },
    );
    expect(listed.body.data!.ltiRegistrations.map((registration) => registration.issuer)).toEqual([
      platformA.issuer,
    ]);
  });

  it('registers a platform by its public keys inline: a JWK Set of public signing keys with kids, and one source only', async () => {
    const admin = await tokenFor(db, orgA.adminId);
    const base = {
      issuer: 'https://keys.example',
      clientId: 'keys-client',
      deploymentIds: ['d'],
      authLoginUrl: 'https://keys.example/auth',
      accessTokenUrl: 'https://keys.example/token',
    };
    async function attempt(extra: Record<string, unknown>, token = admin) {
      const response = await postGraphQL<{ registerLtiPlatform: KeysPayload }>(
        gateway.url,
        { query: REGISTER_KEYS, variables: { input: { ...base, ...extra } } },
        { token },
      );
      return response.body;
    }
    const refusedWith = async (extra: Record<string, unknown>) =>
      (await attempt(extra)).data!.registerLtiPlatform.userErrors.map(
        ({ field, code, message }) => `${field.join('.')} ${code} ${message}`,
      );
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'leaked' };
    const rsa = await publicJwk('rsa-1');
    const ec = await publicJwk('ec-1', 'ES256');

    expect(await refusedWith({ jwks: '{"keys": [' })).toEqual([
      'jwks INVALID Paste a JWK Set in JSON: an object with a non-empty "keys" list.',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify(rsa) })).toEqual([
      'jwks INVALID Paste a JWK Set in JSON: an object with a non-empty "keys" list.',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify({ keys: [rsa, privateJwk] }) })).toEqual([
      'jwks INVALID This is a private key: paste only the platform’s public keys, and treat the private key as leaked.',
    ]);
    expect(
      await refusedWith({ jwks: JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 's' }] }) }),
    ).toEqual([
      'jwks INVALID This is a private key: paste only the platform’s public keys, and treat the private key as leaked.',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify({ keys: [{ ...rsa, kid: undefined }] }) })).toEqual([
      'jwks INVALID Give every key its own "kid".',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify({ keys: [rsa, { ...ec, kid: 'rsa-1' }] }) })).toEqual([
      'jwks INVALID Give every key its own "kid".',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify({ keys: [{ ...rsa, use: 'enc' }] }) })).toEqual([
      'jwks INVALID Only RSA (RS256) and EC P-256 (ES256) signing keys are accepted.',
    ]);
    expect(await refusedWith({ jwks: JSON.stringify({ keys: [weakJwk('weak')] }) })).toEqual([
      'jwks INVALID RSA keys must have at least 2048 bits.',
    ]);
    expect(
      await refusedWith({ jwks: JSON.stringify({ keys: [{ ...rsa, n: 'not-a-modulus!' }] }) }),
    ).toHaveLength(1);
    const many = await Promise.all(Array.from({ length: 11 }, (_, i) => publicJwk(`k${i}`, 'ES256')));
    expect(await refusedWith({ jwks: JSON.stringify({ keys: many }) })).toEqual([
      'jwks INVALID The key set is too large: at most 10 keys and 20,000 characters.',
    ]);
    // Exactly one source: both, or neither (an empty string counts as none).
    const one = 'Give either the platform’s JWKS URL or its public keys, not both.';
    expect(
      await refusedWith({ jwksUrl: 'https://keys.example/jwks', jwks: JSON.stringify({ keys: [rsa] }) }),
    ).toEqual([`jwksUrl INVALID ${one}`, `jwks INVALID ${one}`]);
    expect(await refusedWith({ jwks: '  ' })).toEqual([`jwksUrl REQUIRED ${one}`, `jwks REQUIRED ${one}`]);
    expect(await refusedWith({})).toEqual([`jwksUrl REQUIRED ${one}`, `jwks REQUIRED ${one}`]);
    // Nothing was registered by the refusals.
    expect(await db.query(`select id from lti_registrations where issuer = $1`, [base.issuer])).toEqual([]);

    // Anyone but an org admin is refused before the keys are looked at.
    const asManager = await attempt(
      { jwks: JSON.stringify({ keys: [rsa] }) },
      await tokenFor(db, orgA.managerId),
    );
    expect(asManager.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(asManager.data).toBeNull();

    // Public RSA and EC keys are stored with their public members, kid, alg and use only.
    const registered = (await attempt({ jwks: JSON.stringify({ keys: [{ ...rsa, x5c: ['MII…'] }, ec] }) }))
      .data!.registerLtiPlatform;
    expect(registered.userErrors).toEqual([]);
    expect(registered.registration!.jwksUrl).toBeNull();
    expect(JSON.parse(registered.registration!.jwks!)).toEqual({
      keys: [
        { kty: 'RSA', n: rsa.n, e: rsa.e, kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { kty: 'EC', crv: 'P-256', x: ec.x, y: ec.y, kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    });
    const removed = await postGraphQL<{ removeLtiRegistration: { removedId: string } }>(
      gateway.url,
      {
        query: 'mutation ($id: ID!) { removeLtiRegistration(id: $id) { removedId } }',
        variables: { id: registered.registration!.id },
      },
      { token: admin },
    );
    expect(removed.body.data!.removeLtiRegistration.removedId).toBe(registered.registration!.id);
  });

  it('verifies the launches of a platform registered by its keys inline, with the keys an admin rotates in', async () => {
    // This platform publishes no JWKS: only the keys pasted at registration can verify its launches.
    const platformC = await startPlatform({ name: 'brightspace-c', publishJwks: false });
    try {
      const admin = await tokenFor(db, orgA.adminId);
      expect((await fetch(platformC.jwksUrl)).status).toBe(404);
      const response = await postGraphQL<{ registerLtiPlatform: KeysPayload }>(
        gateway.url,
        {
          query: REGISTER_KEYS,
          variables: {
            input: {
              issuer: platformC.issuer,
              clientId: platformC.clientId,
              deploymentIds: [platformC.deploymentId],
              jwks: platformC.jwksJson,
              authLoginUrl: platformC.authLoginUrl,
              accessTokenUrl: platformC.accessTokenUrl,
              emailLinkDomains: ['lti-a.example'],
            },
          },
        },
        { token: admin },
      );
      const { registration, userErrors } = response.body.data!.registerLtiPlatform;
      expect(userErrors).toEqual([]);
      const user = { sub: 'd2l-user-1', email: orgA.managerEmail };
      const launched = await launch(platformC, { user, custom: { widget: 'goal-tracker' } });
      expect(launched.status).toBe(200);
      expect(launched.html).toContain('<cw-goal-tracker data-cw-lti');

      async function setKeys(input: Record<string, unknown>, token = admin) {
        const answer = await postGraphQL<{ setLtiPlatformKeys: KeysPayload }>(
          gateway.url,
          { query: SET_KEYS, variables: { input: { registrationId: registration!.id, ...input } } },
          { token },
        );
        return answer.body;
      }
      // Keys the platform does not sign with, under its kid: its next launch is refused.
      const stranger = await publicJwk('brightspace-c-key-1');
      const replaced = await setKeys({ jwks: JSON.stringify({ keys: [stranger] }) });
      expect(replaced.data!.setLtiPlatformKeys.userErrors).toEqual([]);
      const refused = await launch(platformC, { user });
      expect(refusal(refused.html)).toBe('SIGNATURE');
      // A rotation: the platform's key beside the next one; launches verify again at once.
      const platformKey = (JSON.parse(platformC.jwksJson) as { keys: JWK[] }).keys[0]!;
      const rotated = await setKeys({
        jwks: JSON.stringify({ keys: [platformKey, { ...stranger, kid: 'next' }] }),
      });
      expect(rotated.data!.setLtiPlatformKeys.userErrors).toEqual([]);
      expect(JSON.parse(rotated.data!.setLtiPlatformKeys.registration!.jwks!).keys).toHaveLength(2);
      expect((await launch(platformC, { user })).status).toBe(200);

      // The same rules as at registration, and nobody but this organisation's admins.
      expect(
        (await setKeys({ jwks: JSON.stringify({ keys: [{ ...platformKey, d: 'x' }] }) })).data!
          .setLtiPlatformKeys.userErrors,
      ).toMatchObject([{ field: ['jwks'], code: 'INVALID' }]);
      expect(
        (await setKeys({ jwksUrl: platformC.jwksUrl, jwks: platformC.jwksJson })).data!.setLtiPlatformKeys
          .userErrors,
      ).toHaveLength(2);
      const asManager = await setKeys({ jwks: platformC.jwksJson }, await tokenFor(db, orgA.managerId));
      expect(asManager.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const elsewhere = await setKeys({ jwks: platformC.jwksJson }, await tokenFor(db, orgB.adminId));
      expect(elsewhere.data!.setLtiPlatformKeys.userErrors).toMatchObject([
        { field: ['registrationId'], code: 'NOT_FOUND' },
      ]);
      // Back to a JWKS URL: the inline keys are gone, and the URL (which serves nothing) is used.
      const toUrl = await setKeys({ jwksUrl: platformC.jwksUrl });
      expect(toUrl.data!.setLtiPlatformKeys.registration).toMatchObject({
        jwksUrl: platformC.jwksUrl,
        jwks: null,
      });
      expect(refusal((await launch(platformC, { user })).html)).not.toBeUndefined();
      const [stored] = await db.query<{ jwks: unknown; jwks_url: string }>(
        `select jwks, jwks_url from lti_registrations where issuer = $1`,
        [platformC.issuer],
      );
      expect(stored).toEqual({ jwks: null, jwks_url: platformC.jwksUrl });
      await db.query(`delete from lti_registrations where issuer = $1`, [platformC.issuer]);
    } finally {
      await platformC.close();
    }
  });

  it('launches through the OIDC flow into the widget page, signed in as the person the e-mail links', async () => {
    const launched = await launch(platformA, {
      user: { sub: 'moodle-user-7', email: `MANAGER1@lti-a.example`, name: 'M. One' },
      custom: { widget: 'goal-tracker', capability: 'CHANGE_LEADERSHIP' },
    });
    expect(launched.status).toBe(200);
    expect(launched.html).toContain('<cw-goal-tracker data-cw-lti capability="CHANGE_LEADERSHIP"');
    // The kit this gateway serves, under the widgets package's version.
    expect(launched.html).toMatch(
      new RegExp(`<script type="module" src="${gateway.url}/kit/\\d+\\.\\d+\\.\\d+[^/]*/coachwork\\.js">`),
    );
    const session = /name="cw-lti-session" content="([^"]+)"/.exec(launched.html)![1]!;
    const minted = await fetch(`${gateway.url}/lti/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session }),
    });
    expect(minted.status).toBe(200);
    const { token } = (await minted.json()) as { token: string };
    const viewer = await postGraphQL<{ viewer: { id: string; email: string } }>(
      gateway.url,
      { query: '{ viewer { email } }' },
      { token, headers: { origin: gateway.url } },
    );
    expect(viewer.body.data!.viewer.email).toBe(orgA.managerEmail);

    // The link is made once: later launches find the person by `sub`, whatever e-mail is signed.
    const again = await launch(platformA, { user: { sub: 'moodle-user-7' } });
    expect(again.status).toBe(200);
    const [link] = await db.query<{ person_id: string; linked_by: string }>(
      `select person_id, linked_by from lti_person_links where sub = 'moodle-user-7'`,
    );
    expect(link).toEqual({ person_id: orgA.managerId, linked_by: 'EMAIL' });
  });

  const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';

  it('lets a course author place a widget through Deep Linking, and the link launches it', async () => {
    const picker = await launch(platformA, {
      user: { sub: 'teacher-1', email: 'admin@lti-a.example' },
      messageType: 'LtiDeepLinkingRequest',
      roles: [INSTRUCTOR],
    });
    expect(picker.status).toBe(200);
    expect(picker.html).toContain('Place Coachwork in this course');
    expect(picker.html).toContain('<option value="CHANGE_LEADERSHIP">');
    const pickerState = /name="picker" value="([^"]+)"/.exec(picker.html)![1]!;
    const chosen = await fetch(`${gateway.url}/lti/deep-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        picker: pickerState,
        widget: 'goal-tracker',
        capability: 'CHANGE_LEADERSHIP',
        title: 'Your change goals',
        graded: 'on',
      }).toString(),
    });
    const returning = await chosen.text();
    const action = /action="([^"]+)"/.exec(returning)![1]!;
    const jwt = /name="JWT" value="([^"]+)"/.exec(returning)![1]!;
    expect(action).toBe(`${platformA.url}/deep-link-return`);
    // The browser's auto-submit: the platform verifies the response against the tool's JWKS.
    const placed = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: jwt }).toString(),
    });
    expect(placed.status).toBe(200);
    expect(platformA.placed.at(-1)).toEqual({
      type: 'ltiResourceLink',
      title: 'Your change goals',
      url: `${gateway.url}/lti/launch`,
      custom: { widget: 'goal-tracker', capability: 'CHANGE_LEADERSHIP' },
      lineItem: {
        scoreMaximum: 100,
        label: 'Your change goals',
        resourceId: 'goal-tracker:CHANGE_LEADERSHIP',
        tag: 'coachwork-completion',
      },
    });
    expect(platformA.echoedData.at(-1)).toBe('course-1-placement');

    // A learner opens the placed link: the platform sends the link's custom parameters.
    const item = platformA.placed.at(-1)!;
    const opened = await launch(platformA, {
      user: { sub: 'moodle-user-7' },
      custom: item['custom'] as Record<string, string>,
    });
    expect(opened.html).toContain('<cw-goal-tracker data-cw-lti capability="CHANGE_LEADERSHIP"');
  });

  it('refuses Deep Linking to a learner, and a picker answer it did not sign', async () => {
    const learner = await launch(platformA, {
      user: { sub: 'moodle-user-7' },
      messageType: 'LtiDeepLinkingRequest',
    });
    expect(refusal(learner.html)).toBe('ROLE');
    const forged = await fetch(`${gateway.url}/lti/deep-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        picker: await platformA.sign({ returnUrl: 'https://evil.example', registrationId: 'x' }),
        widget: 'goal-tracker',
      }).toString(),
    });
    expect(refusal(await forged.text())).toBe('STATE');
  });

  it('refuses a forged session value at /lti/token', async () => {
    const response = await fetch(`${gateway.url}/lti/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: await platformA.sign({ sub: orgA.adminId, org: orgA.orgId }) }),
    });
    expect(response.status).toBe(401);
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** The platform A user whose e-mail links them to org A's admin: each bad launch would otherwise sign them in. */
  const linkedAdmin = { sub: 'u1', email: 'admin@lti-a.example' };
  const badLaunches: Array<
    [
      string,
      string,
      LaunchSpec,
      ((form: { idToken: string; state: string }) => Promise<{ idToken: string; state: string }>)?,
    ]
  > = [
    ['wrong audience', 'AUDIENCE', { user: linkedAdmin, override: { aud: 'another-tool' } }],
    [
      'azp naming another tool',
      'AZP',
      {
        user: linkedAdmin,
        override: { aud: ['coachwork-moodle-a', 'x'], azp: 'x' },
      },
    ],
    [
      'expired token',
      'EXPIRED',
      {
        user: linkedAdmin,
        lifetimeSeconds: -600,
        override: { iat: now() - 1200 },
      },
    ],
    [
      'unknown deployment',
      'DEPLOYMENT',
      { user: linkedAdmin, override: { [LTI.deploymentId]: 'deployment-9' } },
    ],
    ['wrong LTI version', 'VERSION', { user: linkedAdmin, override: { [LTI.version]: '1.1' } }],
    [
      'unknown message type',
      'MESSAGE_TYPE',
      {
        user: linkedAdmin,
        override: { [LTI.messageType]: 'LtiSubmissionReviewRequest' },
      },
    ],
    ['a signature by a key the JWKS does not publish', 'SIGNATURE', { user: linkedAdmin, foreignKey: true }],
    [
      'a tampered payload',
      'SIGNATURE',
      { user: linkedAdmin },
      async (form) => {
        const [header, payload, signature] = form.idToken.split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
        claims['sub'] = 'someone-else';
        return {
          ...form,
          idToken: [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.'),
        };
      },
    ],
    ['a nonce that is not the state’s', 'NONCE', { user: linkedAdmin, override: { nonce: 'made-up' } }],
    ['a missing resource link', 'CLAIM', { user: linkedAdmin, override: { [LTI.resourceLink]: undefined } }],
    [
      'a target link that is not the login’s',
      'TARGET',
      {
        user: linkedAdmin,
        override: { [LTI.targetLinkUri]: 'https://elsewhere.example/' },
      },
    ],
    [
      'a user with an e-mail of a domain the organisation does not link',
      'NO_PERSON',
      { user: { sub: 'u2', email: 'admin@lti-b.example' } },
    ],
    ['a user without link or e-mail', 'NO_PERSON', { user: { sub: 'u3' } }],
    [
      'an id_token of another organisation’s platform',
      'OTHER_PLATFORM',
      { user: linkedAdmin },
      async (form) => ({
        ...form,
        idToken: await platformB.sign({
          iss: platformB.issuer,
          aud: platformB.clientId,
          sub: 'b-user',
          email: 'admin@lti-b.example',
          iat: now(),
          exp: now() + 300,
          nonce: JSON.parse(Buffer.from(form.idToken.split('.')[1]!, 'base64url').toString()).nonce,
          [LTI.version]: '1.3.0',
          [LTI.messageType]: 'LtiResourceLinkRequest',
          [LTI.deploymentId]: platformB.deploymentId,
          [LTI.roles]: [],
          [LTI.resourceLink]: { id: 'r' },
        }),
      }),
    ],
  ];

  it.each(badLaunches)('refuses %s with a clear page and a log line', async (_name, reason, spec, tamper) => {
    const before = refusalsLogged().length;
    const launched = await launch(platformA, spec, tamper);
    expect(refusal(launched.html)).toBe(reason);
    expect(launched.status).toBeGreaterThanOrEqual(400);
    expect(launched.html).toContain('Coachwork could not open from this course');
    expect(launched.html).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(refusalsLogged().slice(before)).toEqual([reason]);
  });

  it('refuses a replayed launch, with its state or with a fresh one', async () => {
    const first = await launch(platformA, { user: { sub: 'moodle-user-7' } });
    expect(first.status).toBe(200);
    const replayed = await post(first.form);
    expect(refusal(replayed.html)).toBe('STATE');
    const withFreshState = await launch(platformA, { user: { sub: 'moodle-user-7' } }, async (form) => ({
      ...form,
      idToken: first.form.idToken,
    }));
    expect(refusal(withFreshState.html)).toBe('NONCE');
  });

  it('refuses an unknown platform at login, and answers in the browser’s language', async () => {
    const login = await fetch(
      `${gateway.url}/lti/login?iss=${encodeURIComponent('https://unknown.example')}&login_hint=x&target_link_uri=${encodeURIComponent(`${gateway.url}/lti/launch`)}`,
      { headers: { 'accept-language': 'fr' } },
    );
    const html = await login.text();
    expect(refusal(html)).toBe('UNKNOWN_PLATFORM');
    expect(html).toContain('Cette plateforme de formation n’est pas enregistrée auprès de Coachwork.');
    const arabic = await post({ idToken: 'x', state: 'y' }, { 'accept-language': 'ar' });
    expect(arabic.html).toContain('dir="rtl"');
    expect(refusal(arabic.html)).toBe('STATE');
  });

  it('launches a platform that signs with an EC P-256 key (ES256), and refuses its tokens under another algorithm', async () => {
    const platformE = await startPlatform({ name: 'sakai-ec', alg: 'ES256' });
    try {
      expect((await register(orgA, platformE, ['lti-a.example'])).userErrors).toEqual([]);
      const user = { sub: 'sakai-user-1', email: orgA.managerEmail };
      const launched = await launch(platformE, { user, custom: { widget: 'goal-tracker' } });
      expect(decodeProtectedHeader(launched.form.idToken)).toMatchObject({ alg: 'ES256' });
      expect(launched.status).toBe(200);
      expect(launched.html).toContain('<cw-goal-tracker data-cw-lti');

      // The same claims, signed otherwise under the platform's kid: its JWKS holds a P-256 key only.
      const kid = decodeProtectedHeader(launched.form.idToken).kid!;
      const rsa = await generateKeyPair('RS256');
      const p384 = await generateKeyPair('ES384');
      const ecJwk = (JSON.parse(platformE.jwksJson) as { keys: JWK[] }).keys[0]!;
      const resigned: Array<[string, (claims: Record<string, unknown>) => Promise<string>]> = [
        // An RSA key the platform never published: no key of the JWKS is an RSA key.
        [
          'RS256',
          (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(rsa.privateKey),
        ],
        // Another curve: not an algorithm a launch may use.
        [
          'ES384',
          (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES384', kid }).sign(p384.privateKey),
        ],
        // The public key's coordinate as an HMAC secret (algorithm confusion).
        [
          'HS256',
          (claims) =>
            new SignJWT(claims)
              .setProtectedHeader({ alg: 'HS256', kid })
              .sign(Buffer.from(ecJwk.x!, 'base64url')),
        ],
        // No signature at all.
        ['none', async (claims) => new UnsecuredJWT(claims).encode()],
      ];
      for (const [alg, sign] of resigned) {
        const refused = await launch(platformE, { user }, async (form) => {
          const claims = JSON.parse(
            Buffer.from(form.idToken.split('.')[1]!, 'base64url').toString(),
          ) as Record<string, unknown>;
          return { ...form, idToken: await sign(claims) };
        });
        expect(decodeProtectedHeader(refused.form.idToken).alg, alg).toBe(alg);
        expect(refused.status, alg).toBe(400);
        expect(refusal(refused.html), alg).toBe('SIGNATURE');
      }
      expect(refusalsLogged().slice(-4)).toEqual(['SIGNATURE', 'SIGNATURE', 'SIGNATURE', 'SIGNATURE']);
      // The platform's own ES256 launches still pass.
      expect((await launch(platformE, { user })).status).toBe(200);
    } finally {
      await db.query(`delete from lti_registrations where issuer = $1`, [platformE.issuer]);
      await platformE.close();
    }
  });

  it('fetches a platform’s JWKS through the screened fetch: outside dev mode a loopback or private JWKS URL is never called', async () => {
    // A gateway as production runs it (dev off), beside the suite's, over the same database.
    const production = await startGateway(db, { logger: pino({ level: 'info' }, sink) });
    const platformP = await startPlatform({ name: 'moodle-private' });
    const user = { sub: 'private-user-1', email: orgA.managerEmail };
    const launchInto = async (toolUrl: string): Promise<Launched> => {
      const login = await fetch(platformP.loginUrl(toolUrl, { user }), { redirect: 'manual' });
      expect(login.status).toBe(302);
      const form = await platformP.authorise(login.headers.get('location')!);
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ id_token: form.idToken, state: form.state }).toString(),
      });
      return { status: response.status, html: await response.text() };
    };
    const detailsLogged = () =>
      logLines
        .filter((line) => line['msg'] === 'lti launch refused')
        .map((line) => (line['lti'] as { detail?: string }).detail ?? '');
    try {
      const { registration } = await register(orgA, platformP, ['lti-a.example']);
      expect(registration).not.toBeNull();
      // http on 127.0.0.1: refused before any connection.
      const refused = await launchInto(production.url);
      expect(refusal(refused.html)).toBe('SIGNATURE');
      expect(refused.html).not.toContain('DestinationRefused');
      expect(detailsLogged().at(-1)).toContain('destination refused: NOT_HTTPS');
      expect(platformP.jwksRequests).toBe(0);
      // https to a loopback or a private address: refused as well, whatever the scheme.
      const admin = await tokenFor(db, orgA.adminId);
      for (const jwksUrl of [
        `https://127.0.0.1:${new URL(platformP.url).port}/jwks`,
        'https://10.20.30.40/jwks',
        'https://[::1]/jwks',
        'https://169.254.169.254/latest/meta-data/jwks',
      ]) {
        const set = await postGraphQL<{ setLtiPlatformKeys: KeysPayload }>(
          production.url,
          { query: SET_KEYS, variables: { input: { registrationId: registration!.id, jwksUrl } } },
          { token: admin },
        );
        expect(set.body.data!.setLtiPlatformKeys.userErrors).toEqual([]);
        expect(refusal((await launchInto(production.url)).html), jwksUrl).toBe('SIGNATURE');
        expect(detailsLogged().at(-1), jwksUrl).toContain('destination refused: PRIVATE_ADDRESS');
      }
      expect(platformP.jwksRequests).toBe(0);
      // The suite's gateway (platform calls in dev mode, as the score and roster jobs' tests run
      // them) reaches the same platform through the same screened fetch.
      await postGraphQL(
        gateway.url,
        {
          query: SET_KEYS,
          variables: { input: { registrationId: registration!.id, jwksUrl: platformP.jwksUrl } },
        },
        { token: admin },
      );
      const launched = await launchInto(gateway.url);
      expect(launched.status).toBe(200);
      expect(platformP.jwksRequests).toBe(1);
    } finally {
      await db.query(`delete from lti_registrations where issuer = $1`, [platformP.issuer]);
      await platformP.close();
      await production.close();
    }
  });

  it('removes a registration for its own organisation only; its launches are refused from then on', async () => {
    const extra = await startPlatform({ name: 'brightspace-a' });
    try {
      const { registration } = await register(orgA, extra, []);
      const REMOVE = `mutation Remove($id: ID!) { removeLtiRegistration(id: $id) { removedId userErrors { code } } }`;
      const remove = async (token: string) =>
        (
          await postGraphQL<{
            removeLtiRegistration: { removedId: string | null; userErrors: Array<{ code: string }> };
          }>(gateway.url, { query: REMOVE, variables: { id: registration!.id } }, { token })
        ).body;
      expect((await remove(await tokenFor(db, orgB.adminId))).data!.removeLtiRegistration).toEqual({
        removedId: null,
        userErrors: [{ code: 'NOT_FOUND' }],
      });
      expect((await remove(await tokenFor(db, orgA.managerId))).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      expect((await remove(await tokenFor(db, orgA.adminId))).data!.removeLtiRegistration).toEqual({
        removedId: registration!.id,
        userErrors: [],
      });
      const launched = await launch(extra, { user: { sub: 'x' } });
      expect(refusal(launched.html)).toBe('UNKNOWN_PLATFORM');
    } finally {
      await extra.close();
    }
  });

  it('publishes the tool JWKS and configuration', async () => {
    const jwks = (await (await fetch(`${gateway.url}/lti/jwks`)).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const config = (await (await fetch(`${gateway.url}/lti/config`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      oidc_initiation_url: `${gateway.url}/lti/login`,
      target_link_uri: `${gateway.url}/lti/launch`,
      public_jwk_url: `${gateway.url}/lti/jwks`,
    });
  });
});
