/**
 * Deep Linking 2.0: a course author, launched with an LtiDeepLinkingRequest, picks a widget and its
 * settings on the tool's picker page; the tool answers the platform with a signed
 * LtiDeepLinkingResponse of one `ltiResourceLink` whose custom parameters carry the choice (read
 * back at launch by widgets.ts) and, when asked, a line item so that completion is sent back as a
 * grade (ags.ts).
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';
import type { Queryable } from '../../db/types.js';
import { LTI, LTI_VERSION } from './claims.js';
import { publicKeys, signingKey, TOOL_KEY_ALGORITHM } from './keys.js';
import type { VerifiedLaunch } from './launch.js';
import { isLaunchableWidget, LAUNCHABLE_WIDGETS, type LaunchableWidget } from './widgets.js';

const PICKER_TYPE = 'cw-lti-deep-link+jwt';
const PICKER_AUDIENCE = 'coachwork:lti-deep-link';

/** Roles (LIS vocabulary) that may place content in a course: a learner may not. */
const AUTHOR_ROLES = [
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator',
];

export function isCourseAuthor(launch: VerifiedLaunch): boolean {
  const roles = launch.claims[LTI.roles];
  return Array.isArray(roles) && roles.some((role) => AUTHOR_ROLES.includes(String(role)));
}

/** What the picker page carries between the request and the author's choice. */
export interface PickerState {
  registrationId: string;
  orgId: string;
  personId: string;
  deploymentId: string;
  returnUrl: string;
  /** The platform's opaque `data`, echoed back unchanged. */
  data: string | null;
  /** The platform accepts a line item with the link (AGS). */
  acceptLineItem: boolean;
}

export async function signPickerState(db: Queryable, state: PickerState, now = new Date()): Promise<string> {
  const key = await signingKey(db);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ...state })
    .setProtectedHeader({ alg: TOOL_KEY_ALGORITHM, kid: key.kid, typ: PICKER_TYPE })
    .setAudience(PICKER_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 60 * 60)
    .sign(key.privateKey);
}

export async function verifyPickerState(
  db: Queryable,
  value: string,
  now = new Date(),
): Promise<PickerState | null> {
  try {
    const { payload } = await jwtVerify<PickerState>(
      value,
      createLocalJWKSet({ keys: await publicKeys(db) }),
      {
        algorithms: [TOOL_KEY_ALGORITHM],
        audience: PICKER_AUDIENCE,
        typ: PICKER_TYPE,
        currentDate: now,
      },
    );
    if (typeof payload.returnUrl !== 'string' || typeof payload.registrationId !== 'string') return null;
    return payload;
  } catch {
    return null;
  }
}

export function pickerStateOf(launch: VerifiedLaunch): PickerState {
  const settings = launch.claims[LTI.deepLinkingSettings] as {
    deep_link_return_url: string;
    data?: unknown;
    accept_lineitem?: unknown;
  };
  return {
    registrationId: launch.registration.id,
    orgId: launch.registration.orgId,
    personId: launch.personId,
    deploymentId: launch.deploymentId,
    returnUrl: settings.deep_link_return_url,
    data: typeof settings.data === 'string' ? settings.data : null,
    acceptLineItem: settings.accept_lineitem !== false,
  };
}

export interface PickedContent {
  widget: LaunchableWidget;
  settings: Record<string, string>;
  title: string;
  /** Send completion back as a grade (a line item with the link). */
  graded: boolean;
}

/** Reads the picker form; null when the widget is not one the tool offers. */
export function pickedContentOf(form: URLSearchParams): PickedContent | null {
  const widget = form.get('widget');
  if (!isLaunchableWidget(widget)) return null;
  const settings: Record<string, string> = {};
  for (const name of LAUNCHABLE_WIDGETS[widget].settings) {
    const value = form.get(name)?.trim();
    if (value && /^[A-Za-z0-9_:=-]{1,200}$/.test(value)) settings[name] = value;
  }
  const title = (form.get('title') ?? '').trim().slice(0, 200) || 'Coachwork';
  return { widget, settings, title, graded: form.get('graded') === 'on' };
}

/** The signed LtiDeepLinkingResponse, to be POSTed by the browser to the platform's return URL. */
export async function deepLinkingResponse(
  db: Queryable,
  registration: { clientId: string; issuer: string },
  state: PickerState,
  content: PickedContent,
  toolUrl: string,
  now = new Date(),
): Promise<string> {
  const key = await signingKey(db);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const item: Record<string, unknown> = {
    type: 'ltiResourceLink',
    title: content.title,
    url: `${toolUrl}/lti/launch`,
    custom: { widget: content.widget, ...content.settings },
  };
  if (content.graded && state.acceptLineItem) {
    item['lineItem'] = {
      scoreMaximum: 100,
      label: content.title,
      resourceId: `${content.widget}${content.settings['capability'] ? `:${content.settings['capability']}` : ''}`,
      tag: 'coachwork-completion',
    };
  }
  return new SignJWT({
    [LTI.messageType]: 'LtiDeepLinkingResponse',
    [LTI.version]: LTI_VERSION,
    [LTI.deploymentId]: state.deploymentId,
    [LTI.deepLinkingContentItems]: [item],
    ...(state.data !== null ? { [LTI.deepLinkingData]: state.data } : {}),
    nonce: randomBytes(16).toString('base64url'),
  })
    .setProtectedHeader({ alg: TOOL_KEY_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setIssuer(registration.clientId)
    .setAudience(registration.issuer)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 5 * 60)
    .sign(key.privateKey);
}
