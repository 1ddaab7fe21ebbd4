/**
 * The gateway answers in the request's language: userErrors and
 * error messages follow the token's locale claim, else Accept-Language, else
 * the organisation's default, else English; codes, fields and extensions never
 * change with the language.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits, tokens } from '../config.js';
import { openTestDatabase, testEngines } from '../db/testing.js';
import type { Database } from '../db/types.js';
import { toGlobalId } from '../ids.js';
import { createGatewayFixture, type GatewayFixture } from '../testing/fixtures.js';
import { postGraphQL, startGateway, type GraphQLResponse, type RunningGateway } from '../testing/harness.js';

const createGoal = {
  query: `mutation ($input: CreateGoalInput!) {
    createGoal(input: $input) { goal { id } userErrors { field code message } }
  }`,
  // Two things to fix at once: a blank title and a capability the organisation does not have.
  variables: { input: { title: '  ', capability: 'NOPE' } },
};

interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

/** An embed token as a host's backend would mint it, with whatever `locale` claim (or none) it chose. */
function embedToken(org: GatewayFixture, personId: string, locale?: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: org.orgId, roles: ['PARTICIPANT'], ...(locale ? { locale } : {}) })
    .setProtectedHeader({ alg: 'HS256', kid: org.orgId })
    .setSubject(personId)
    .setIssuedAt(now)
    .setAudience(tokens.audience)
    .setExpirationTime(now + 600)
    .sign(new TextEncoder().encode(org.secret));
}

describe.each(testEngines())('localised messages on %s', (engine) => {
  let db: Database;
  let org: GatewayFixture;
  /** An organisation whose default language is French. */
  let french: GatewayFixture;
  let running: RunningGateway;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    org = await createGatewayFixture(db, 'i18n');
    french = await createGatewayFixture(db, 'i18n-fr');
    await db.query(`update organisations set locales = array['fr','en'] where id = $1`, [french.orgId]);
    running = await startGateway(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  async function goalErrors(
    token: string,
    headers: Record<string, string> = {},
  ): Promise<{ errors: UserError[]; language: string | null }> {
    const res = await postGraphQL<{ createGoal: { goal: null; userErrors: UserError[] } }>(
      running.url,
      createGoal,
      { token, headers },
    );
    expect(res.status).toBe(200);
    return { errors: res.body.data!.createGoal.userErrors, language: res.headers.get('content-language') };
  }

  const english: UserError[] = [
    { field: ['title'], code: 'REQUIRED', message: 'Give a title.' },
    { field: ['capability'], code: 'NOT_FOUND', message: '“NOPE” is not a capability of this organisation.' },
  ];

  it('answers a `de` token’s userErrors in German, with the same fields and codes', async () => {
    const token = await embedToken(org, org.reportIds[0]!, 'de');
    const { errors, language } = await goalErrors(token);
    expect(language).toBe('de');
    expect(errors).toEqual([
      { field: ['title'], code: 'REQUIRED', message: 'Geben Sie einen Titel ein.' },
      {
        field: ['capability'],
        code: 'NOT_FOUND',
        message: '„NOPE“ ist keine Kompetenz dieser Organisation.',
      },
    ]);
  });

  it('names capabilities in the language asked for, even one the message catalogue lacks', async () => {
    await db.query(
      `update capabilities set names = names || '{"pt": "Delegação"}'::jsonb
       where org_id = $1 and code = 'DELEGATION'`,
      [org.orgId],
    );
    const query = { query: '{ capability(code: "DELEGATION") { name } }' };
    const claimed = await postGraphQL(running.url, query, {
      token: await embedToken(org, org.reportIds[0]!, 'pt-BR'),
    });
    expect(claimed.body.data).toEqual({ capability: { name: 'Delegação' } });
    expect(claimed.headers.get('content-language')).toBe('en');
    const asked = await postGraphQL(running.url, query, {
      token: await embedToken(org, org.reportIds[0]!),
      headers: { 'accept-language': 'pt-BR, de;q=0.5' },
    });
    expect(asked.body.data).toEqual({ capability: { name: 'Delegação' } });
    expect(asked.headers.get('content-language')).toBe('de');
  });

  it('answers in Arabic for `Accept-Language: ar` when the token names no locale', async () => {
    const token = await embedToken(org, org.reportIds[0]!);
    const { errors, language } = await goalErrors(token, { 'accept-language': 'ar' });
    expect(language).toBe('ar');
    expect(errors).toEqual([
      { field: ['title'], code: 'REQUIRED', message: 'أدخل عنوانًا.' },
      { field: ['capability'], code: 'NOT_FOUND', message: '«NOPE» ليست كفاءة في هذه المؤسسة.' },
    ]);
  });

  it('prefers the token’s locale to Accept-Language, and falls back from a region to its language', async () => {
    const token = await embedToken(org, org.reportIds[0]!, 'de-AT');
    const { errors } = await goalErrors(token, { 'accept-language': 'ar, en;q=0.5' });
    expect(errors.map((error) => error.message)).toEqual([
      'Geben Sie einen Titel ein.',
      '„NOPE“ ist keine Kompetenz dieser Organisation.',
    ]);
  });

  it('takes the first supported language of Accept-Language, by quality', async () => {
    const token = await embedToken(org, org.reportIds[0]!);
    const { language } = await goalErrors(token, { 'accept-language': 'pt-BR, ja;q=0.4, es-MX;q=0.8' });
    expect(language).toBe('es');
  });

  it('stays English when no language the gateway knows is asked for', async () => {
    const token = await embedToken(org, org.reportIds[0]!, 'pt-BR');
    const { errors, language } = await goalErrors(token, { 'accept-language': 'sw, zh-CN;q=0.9' });
    expect(language).toBe('en');
    expect(errors).toEqual(english);
  });

  it('falls back to the organisation’s default language', async () => {
    const token = await embedToken(french, french.reportIds[0]!);
    const { errors } = await goalErrors(token, { 'accept-language': 'sw' });
    expect(errors).toEqual([
      { field: ['title'], code: 'REQUIRED', message: 'Indiquez un titre.' },
      {
        field: ['capability'],
        code: 'NOT_FOUND',
        // French typography: narrow no-break spaces inside the guillemets.
        message: '«\u202fNOPE\u202f» n’est pas une compétence de cette organisation.',
      },
    ]);
  });

  it('localises thrown errors but keeps their extensions', async () => {
    const query = {
      query: 'query ($owner: ID!) { goals(filter: { owner: $owner }) { totalCount } }',
      variables: { owner: toGlobalId('Person', org.outsiderId) },
    };
    const ask = async (locale: string): Promise<GraphQLResponse> =>
      postGraphQL(running.url, query, { token: await embedToken(org, org.reportIds[0]!, locale) });
    const [inEnglish, inJapanese] = await Promise.all([ask('en'), ask('ja')]);
    expect(inEnglish.body.errors?.[0]).toMatchObject({
      message: 'These goals are shared only with the person’s coach, managers and admins.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(inJapanese.body.errors?.[0]).toEqual({
      ...inEnglish.body.errors?.[0],
      message: 'これらの目標は、本人の担当コーチ、上司、管理者にのみ共有されています。',
    });
  });

  it('formats numbers inside messages with Intl', async () => {
    const token = await embedToken(org, org.reportIds[0]!, 'de');
    const page = await postGraphQL(
      running.url,
      { query: '{ goals(first: 1000) { totalCount } }' },
      { token },
    );
    expect(page.body.errors?.[0]).toMatchObject({
      message: '`first` muss zwischen 0 und 100 liegen.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    const oversized = await postGraphQL(
      running.url,
      { query: `{ viewer { name } } # ${'x'.repeat(limits.maxBodyBytes)}` },
      { headers: { 'accept-language': 'de' } },
    );
    expect(oversized.status).toBe(413);
    expect(oversized.body.errors?.[0]?.message).toBe('Der Request-Body ist größer als 524.288 Bytes.');
  });

  it('refuses a bad token in the language of Accept-Language', async () => {
    const res = await postGraphQL(
      running.url,
      { query: '{ viewer { name } }' },
      { token: 'not-a-jwt', headers: { 'accept-language': 'de-CH, en;q=0.1' } },
    );
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([
      {
        message: 'Das Embed-Token ist fehlerhaft: Erwartet wird ein signiertes JWT.',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    // The WWW-Authenticate description is for code and must be ASCII: it stays English.
    expect(res.headers.get('www-authenticate')).toMatch(/malformed/);
  });
});
