/**
 * The LTI 1.3 tool's HTTP face: `/lti/login` (OIDC third-party login initiation), `/lti/launch`
 * (the platform's id_token, modules/lti/launch.ts checks it), `/lti/jwks` (the tool's public keys),
 * `/lti/config` (the tool configuration JSON an LMS imports), `/lti/token` (embed tokens for a
 * launched page, against its signed session value). Launched pages load the kit this gateway
 * serves (kit.ts). A refused launch is a page in the request's
 * language naming the reason, logged with its detail; never a stack trace.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { mintToken, TokenError } from '../auth/tokens.js';
import type { Database } from '../db/types.js';
import { resolveLocale, supportedLocaleOf } from '../i18n/negotiate.js';
import { translate } from '../i18n/translate.js';
import type { SupportedLocale } from '../i18n/catalogue.js';
import { rememberGradeLink, SCORE_SCOPE } from '../modules/lti/ags.js';
import { LTI } from '../modules/lti/claims.js';
import { MEMBERSHIP_SCOPE, rememberCourse } from '../modules/lti/nrps.js';
import { publicKeys } from '../modules/lti/keys.js';
import {
  initiateLogin,
  LaunchRefused,
  loginInitiationOf,
  verifyLaunch,
  type VerifiedLaunch,
} from '../modules/lti/launch.js';
import {
  deepLinkingResponse,
  isCourseAuthor,
  pickedContentOf,
  pickerStateOf,
  signPickerState,
  verifyPickerState,
} from '../modules/lti/deep-linking.js';
import { registrationById } from '../modules/lti/sql.js';
import { signLaunchSession, verifyLaunchSession } from '../modules/lti/session.js';
import { LAUNCHABLE_WIDGETS, widgetChoiceOf } from '../modules/lti/widgets.js';
import type { Kit } from './kit.js';
import { BodyTooLarge, readBody, sendJson } from './respond.js';

export interface LtiSettings {
  /** Where platforms and browsers reach this gateway; by default the request's own Host. */
  publicUrl?: string | undefined;
  /** The kit's one-script loader (coachwork.js) when served elsewhere; by default this gateway's /kit/. */
  kitUrl?: string | undefined;
  /**
   * Whether platforms' JWKS URLs on http or a private or loopback address are called (a platform run
   * beside the gateway); by default the gateway's dev mode decides.
   */
  dev?: boolean | undefined;
}

export interface LtiDeps {
  db: Database;
  log: Logger;
  settings: LtiSettings;
  /** The kit this gateway serves, whose loader launched pages load unless `settings.kitUrl` says otherwise. */
  kit: Kit;
  requestId: string;
  /** The gateway's dev mode: platform keys are fetched through the screened fetch, relaxed in dev mode. */
  dev: boolean;
}

const RTL: readonly SupportedLocale[] = ['ar'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toolUrlOf(req: IncomingMessage, settings: LtiSettings): string {
  if (settings.publicUrl) return settings.publicUrl.replace(/\/$/, '');
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' && forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${req.headers.host ?? 'localhost'}`;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.end(html);
}

function page(locale: SupportedLocale, title: string, body: string, head = ''): string {
  const dir = RTL.includes(locale) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 16px; color: #1b1f24; background: #fff; }
  .refusal { max-width: 40rem; border-inline-start: 4px solid #b3261e; padding: 8px 16px; }
  .refusal h1 { font-size: 1.25rem; margin: 0 0 8px; }
  .reference { color: #555; font-size: 0.875rem; }
  .picker { max-width: 32rem; display: grid; gap: 12px; }
  .picker fieldset { border: 1px solid #c4c7cc; border-radius: 6px; display: grid; gap: 6px; }
  .picker label { display: flex; gap: 8px; align-items: center; }
  .picker select, .picker input[type='text'] { font: inherit; padding: 4px 6px; }
  .picker button { font: inherit; padding: 8px 16px; justify-self: start; }
</style>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

function refusalPage(res: ServerResponse, locale: SupportedLocale, reason: string, requestId: string): void {
  const title = translate(locale, 'lti.refusedTitle');
  sendHtml(
    res,
    reason === 'NO_PERSON' ? 403 : 400,
    page(
      locale,
      title,
      `<main class="refusal" role="alert" data-refusal="${escapeHtml(reason)}">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(translate(locale, 'lti.refused', { reason }))}</p>
<p class="reference">${escapeHtml(translate(locale, 'lti.refusedHelp', { reference: requestId }))}</p>
</main>`,
    ),
  );
}

function localeOf(req: IncomingMessage, launch?: VerifiedLaunch): SupportedLocale {
  const presentation = launch?.claims[LTI.launchPresentation] as { locale?: unknown } | undefined;
  const fromPlatform =
    typeof presentation?.locale === 'string' ? supportedLocaleOf(presentation.locale) : null;
  return fromPlatform ?? resolveLocale({ acceptLanguage: req.headers['accept-language'] });
}

async function formOf(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  if ((req.method ?? 'GET').toUpperCase() !== 'POST') return url.searchParams;
  return new URLSearchParams(await readBody(req));
}

/** The page a resource-link launch opens: the chosen widget, signed in as the mapped person. */
function widgetPage(
  locale: SupportedLocale,
  launch: VerifiedLaunch,
  session: string,
  toolUrl: string,
  kitUrl: string,
): string {
  const choice = widgetChoiceOf(launch.claims[LTI.custom], launch.claims[LTI.targetLinkUri]);
  const { tag } = LAUNCHABLE_WIDGETS[choice.widget];
  const attributes = Object.entries({ ...choice.settings, gateway: toolUrl, locale })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const nonce = randomUUID();
  // The token provider posts the session value, never a cookie: it works in a third-party iframe.
  const script = `<script type="module" nonce="${nonce}">
const element = document.querySelector('[data-cw-lti]');
const session = document.querySelector('meta[name="cw-lti-session"]').content;
element.tokenProvider = async () => {
  const response = await fetch('${escapeHtml(toolUrl)}/lti/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session }),
  });
  if (!response.ok) throw new Error('The course session ended; open the activity again.');
  return response.json();
};
</script>`;
  return page(
    locale,
    translate(locale, 'lti.pageTitle'),
    `<main><${tag} data-cw-lti${attributes}></${tag}></main>
${script}`,
    `<meta name="cw-lti-session" content="${escapeHtml(session)}">
<script type="module" src="${escapeHtml(kitUrl)}"></script>`,
  );
}

/** The course author's picker: which widget, with which settings, graded or not. */
function pickerPage(
  locale: SupportedLocale,
  toolUrl: string,
  picker: string,
  capabilities: Array<{ code: string; names: Record<string, string> }>,
  acceptLineItem: boolean,
): string {
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
    escapeHtml(translate(locale, key, values));
  const widgets = Object.keys(LAUNCHABLE_WIDGETS)
    .map(
      (widget, index) =>
        `<label><input type="radio" name="widget" value="${widget}"${index === 0 ? ' checked' : ''}> ${t('lti.widgetName', { widget: widget.replaceAll('-', '_') })}</label>`,
    )
    .join('\n');
  const options = capabilities
    .map(
      ({ code, names }) =>
        `<option value="${escapeHtml(code)}">${escapeHtml(names[locale] ?? names['en'] ?? code)}</option>`,
    )
    .join('');
  return page(
    locale,
    translate(locale, 'lti.pickerTitle'),
    `<main>
<h1>${t('lti.pickerTitle')}</h1>
<form class="picker" method="post" action="${escapeHtml(toolUrl)}/lti/deep-link">
<input type="hidden" name="picker" value="${escapeHtml(picker)}">
<fieldset><legend>${t('lti.pickerWidget')}</legend>
${widgets}
</fieldset>
<label>${t('lti.pickerCapability')}
<select name="capability"><option value="">${t('lti.pickerAnyCapability')}</option>${options}</select></label>
<label>${t('lti.pickerLinkTitle')} <input type="text" name="title" maxlength="200" value="Coachwork"></label>
${acceptLineItem ? `<label><input type="checkbox" name="graded"> ${t('lti.pickerGraded')}</label>` : ''}
<button type="submit">${t('lti.pickerSubmit')}</button>
</form>
</main>`,
  );
}

/** Hands the signed response to the platform: the browser POSTs it to the return URL. */
function returnPage(locale: SupportedLocale, returnUrl: string, jwt: string): string {
  const nonce = randomUUID();
  return page(
    locale,
    translate(locale, 'lti.pickerReturning'),
    `<form method="post" action="${escapeHtml(returnUrl)}">
<input type="hidden" name="JWT" value="${escapeHtml(jwt)}">
<p>${escapeHtml(translate(locale, 'lti.pickerReturning'))}</p>
<noscript><button type="submit">${escapeHtml(translate(locale, 'lti.pickerSubmit'))}</button></noscript>
</form>
<script nonce="${nonce}">document.forms[0].submit();</script>`,
  );
}

/** The tool configuration an LMS imports (Canvas's developer-key JSON; Moodle reads the same URLs). */
function toolConfiguration(toolUrl: string) {
  return {
    title: 'Coachwork',
    description: 'Coaching, goals and progress widgets in the course.',
    oidc_initiation_url: `${toolUrl}/lti/login`,
    target_link_uri: `${toolUrl}/lti/launch`,
    public_jwk_url: `${toolUrl}/lti/jwks`,
    // Grades back (AGS) and the course roster (NRPS): the platform grants only the scopes asked for here.
    scopes: ['https://purl.imsglobal.org/spec/lti-ags/scope/lineitem', SCORE_SCOPE, MEMBERSHIP_SCOPE],
    extensions: [
      {
        platform: 'canvas.instructure.com',
        privacy_level: 'email_only',
        settings: {
          placements: [
            {
              placement: 'link_selection',
              message_type: 'LtiDeepLinkingRequest',
              target_link_uri: `${toolUrl}/lti/launch`,
            },
            {
              placement: 'assignment_selection',
              message_type: 'LtiDeepLinkingRequest',
              target_link_uri: `${toolUrl}/lti/launch`,
            },
          ],
        },
      },
    ],
    custom_fields: {},
    redirect_uris: [`${toolUrl}/lti/launch`],
  };
}

/**
 * The tool's keys and configuration are public documents an admin screen on another origin (the
 * host's integrations page) shows and copies; they carry nothing per organisation or per caller.
 */
function allowAnyOrigin(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
}

/** Answers an /lti/* request; false when the path is none of the tool's. */
export async function serveLti(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: LtiDeps,
): Promise<boolean> {
  const { db, log, settings, kit, requestId, dev } = deps;
  const method = (req.method ?? 'GET').toUpperCase();
  const toolUrl = toolUrlOf(req, settings);

  if (url.pathname === '/lti/jwks' && method === 'GET') {
    allowAnyOrigin(res);
    res.setHeader('cache-control', 'public, max-age=300');
    sendJson(res, 200, { keys: await publicKeys(db) });
    return true;
  }
  if (url.pathname === '/lti/config' && method === 'GET') {
    allowAnyOrigin(res);
    sendJson(res, 200, toolConfiguration(toolUrl));
    return true;
  }
  if (url.pathname === '/lti/login' && (method === 'GET' || method === 'POST')) {
    const locale = localeOf(req);
    try {
      const login = loginInitiationOf(await formOf(req, url));
      if (!login) throw new LaunchRefused('LOGIN_PARAMETERS', 'iss, login_hint or target_link_uri missing');
      const { redirect } = await initiateLogin(db, login, toolUrl);
      res.statusCode = 302;
      res.setHeader('location', redirect);
      res.setHeader('cache-control', 'no-store');
      res.end();
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return refuse(res, log, locale, 'MALFORMED', 'body too large', requestId);
      if (!(error instanceof LaunchRefused)) throw error;
      refuse(res, log, locale, error.reason, error.detail, requestId);
    }
    return true;
  }
  if (url.pathname === '/lti/launch' && method === 'POST') {
    let launch: VerifiedLaunch;
    try {
      const form = await formOf(req, url);
      launch = await verifyLaunch(
        db,
        { idToken: form.get('id_token'), state: form.get('state') },
        { dev: settings.dev ?? dev },
      );
    } catch (error) {
      const locale = localeOf(req);
      if (error instanceof BodyTooLarge)
        return refuse(res, log, locale, 'MALFORMED', 'body too large', requestId);
      if (!(error instanceof LaunchRefused)) throw error;
      return refuse(res, log, locale, error.reason, error.detail, requestId);
    }
    const locale = localeOf(req, launch);
    log.info(
      {
        lti: {
          registration: launch.registration.id,
          org: launch.registration.orgId,
          messageType: launch.messageType,
          person: launch.personId,
          linkedBy: launch.linkedBy,
        },
      },
      'lti launch accepted',
    );
    const session = await signLaunchSession(db, {
      personId: launch.personId,
      orgId: launch.registration.orgId,
      registrationId: launch.registration.id,
    });
    await rememberCourse(db, launch);
    if (launch.messageType === 'LtiResourceLinkRequest') {
      await rememberGradeLink(db, launch);
      const kitUrl = settings.kitUrl ?? `${toolUrl}${(await kit.loaderPath()) ?? '/kit/coachwork.js'}`;
      sendHtml(res, 200, widgetPage(locale, launch, session, toolUrl, kitUrl));
      return true;
    }
    if (!isCourseAuthor(launch))
      return refuse(res, log, locale, 'ROLE', 'deep linking by a non-author', requestId);
    const picker = await signPickerState(db, pickerStateOf(launch));
    const capabilities = await db.query<{ code: string; names: Record<string, string> }>(
      `select code, names from capabilities where org_id = $1 order by code`,
      [launch.registration.orgId],
    );
    const accept = pickerStateOf(launch).acceptLineItem;
    sendHtml(res, 200, pickerPage(locale, toolUrl, picker, capabilities, accept));
    return true;
  }
  if (url.pathname === '/lti/deep-link' && method === 'POST') {
    const locale = localeOf(req);
    let form: URLSearchParams;
    try {
      form = new URLSearchParams(await readBody(req));
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return refuse(res, log, locale, 'MALFORMED', 'body too large', requestId);
      throw error;
    }
    const state = await verifyPickerState(db, form.get('picker') ?? '');
    if (!state) return refuse(res, log, locale, 'STATE', 'picker state invalid or expired', requestId);
    const registration = await registrationById(db, state.registrationId);
    if (!registration) return refuse(res, log, locale, 'UNKNOWN_PLATFORM', 'registration removed', requestId);
    const content = pickedContentOf(form);
    if (!content) return refuse(res, log, locale, 'CLAIM', 'no widget picked', requestId);
    const jwt = await deepLinkingResponse(db, registration, state, content, toolUrl);
    log.info(
      { lti: { registration: registration.id, deepLink: content.widget, graded: content.graded } },
      'lti deep link',
    );
    sendHtml(res, 200, returnPage(locale, state.returnUrl, jwt));
    return true;
  }
  if (url.pathname === '/lti/token' && method === 'POST') {
    let value: unknown;
    try {
      value = (JSON.parse(await readBody(req)) as { session?: unknown }).session;
    } catch {
      value = undefined;
    }
    const session = typeof value === 'string' ? await verifyLaunchSession(db, value) : null;
    if (!session) {
      const locale = localeOf(req);
      sendJson(res, 401, { error: translate(locale, 'lti.sessionEnded') });
      return true;
    }
    let minted: Awaited<ReturnType<typeof mintToken>> | null;
    try {
      minted = await mintToken(db, { personId: session.personId });
    } catch (error) {
      // The person left the organisation since the launch.
      if (!(error instanceof TokenError)) throw error;
      minted = null;
    }
    if (!minted || minted.organisation.id !== session.orgId) {
      sendJson(res, 401, { error: translate(localeOf(req), 'lti.sessionEnded') });
      return true;
    }
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { token: minted.token, expiresAt: minted.expiresAt.toISOString() });
    return true;
  }
  return false;
}

function refuse(
  res: ServerResponse,
  log: Logger,
  locale: SupportedLocale,
  reason: string,
  detail: string,
  requestId: string,
): true {
  log.warn({ lti: { reason, detail } }, 'lti launch refused');
  refusalPage(res, locale, reason, requestId);
  return true;
}
