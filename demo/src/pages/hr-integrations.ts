import { jwksKeyIds, pastedJwksProblem } from '@coachwork/client';
import type { DevToken } from '../host/dev-backend.js';
import { bootHostPage } from '../host/boot.js';
import { applyDesignSystem } from '../host/design-system.js';
import { gatewayUrl } from '../host/gateway-url.js';

// The HR portal's "Integrations" page: an org admin's own screen, so it talks to the gateway's
// GraphQL API directly with the page's embed token instead of through a widget.
applyDesignSystem();

type Role = 'PARTICIPANT' | 'MANAGER' | 'COACH' | 'PROGRAM_ADMIN' | 'ORG_ADMIN';
type ServiceScope = 'READ_ANALYTICS' | 'MANAGE_PROGRAMS' | 'PROVISION';
type WebhookEventType =
  | 'SESSION_BOOKED'
  | 'SESSION_CANCELLED'
  | 'SESSION_HELD'
  | 'ENROLMENT_CHANGED'
  | 'GOAL_COMPLETED'
  | 'COACH_STATUS_CHANGED'
  | 'PULSE_PHASE_CLOSED';

interface ScimCredential {
  id: string;
  label: string;
  prefix: string;
  createdAt: string;
  createdBy: { name: string } | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface ScimGroupMapping {
  id: string;
  groupName: string;
  orgUnit: { name: string } | null;
  role: Role | null;
}
interface SigningKey {
  id: string;
  kid: string;
  algorithm: string;
  createdAt: string;
  revokedAt: string | null;
}
interface IdentityProvider {
  issuer: string;
  audience: string;
  matchVerifiedEmail: boolean;
}
interface ServiceAccount {
  id: string;
  name: string;
  clientId: string;
  scopes: ServiceScope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
interface DeliveryAttempt {
  at: string;
  responseStatus: number | null;
  responseBodyExcerpt: string | null;
  error: string | null;
  durationMs: number;
}
interface WebhookDelivery {
  id: string;
  eventType: WebhookEventType;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: DeliveryAttempt[];
}
interface WebhookSubscription {
  id: string;
  url: string;
  description: string | null;
  eventTypes: WebhookEventType[];
  status: 'ENABLED' | 'DISABLED_BY_ADMIN' | 'DISABLED_FAILING';
  secretHint: string;
  consecutiveFailures: number;
  createdAt: string;
  deliveries: WebhookDelivery[];
}
interface LtiRegistration {
  id: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  jwksUrl: string | null;
  jwks: string | null;
  authLoginUrl: string;
  accessTokenUrl: string;
  emailLinkDomains: string[];
  createdAt: string;
}

interface IntegrationsData {
  ltiRegistrations: LtiRegistration[];
  scimCredentials: ScimCredential[];
  scimGroupMappings: ScimGroupMapping[];
  integrations: {
    signingKeys: SigningKey[];
    jwksUrl: string | null;
    identityProvider: IdentityProvider | null;
    serviceAccounts: ServiceAccount[];
  };
  webhookSubscriptions: WebhookSubscription[];
  orgUnits: { edges: Array<{ node: { id: string; name: string } }> };
}
interface UserError {
  message: string;
}

const INTEGRATIONS_QUERY = /* GraphQL */ `
  query HrIntegrations {
    ltiRegistrations {
      id
      issuer
      clientId
      deploymentIds
      jwksUrl
      jwks
      authLoginUrl
      accessTokenUrl
      emailLinkDomains
      createdAt
    }
    scimCredentials {
      id
      label
      prefix
      createdAt
      createdBy {
        name
      }
      lastUsedAt
      revokedAt
    }
    scimGroupMappings {
      id
      groupName
      orgUnit {
        name
      }
      role
    }
    orgUnits(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    integrations {
      signingKeys {
        id
        kid
        algorithm
        createdAt
        revokedAt
      }
      jwksUrl
      identityProvider {
        issuer
        audience
        matchVerifiedEmail
      }
      serviceAccounts {
        id
        name
        clientId
        scopes
        createdAt
        revokedAt
        lastUsedAt
      }
    }
    webhookSubscriptions {
      id
      url
      description
      eventTypes
      status
      secretHint
      consecutiveFailures
      createdAt
      deliveries(first: 20) {
        id
        eventType
        status
        createdAt
        nextAttemptAt
        attempts {
          at
          responseStatus
          responseBodyExcerpt
          error
          durationMs
        }
      }
    }
  }
`;

/** The gateway answered with errors; `code` is the first error's `extensions.code`. */
class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain GraphQL-over-HTTP client holding the page's embed token until shortly before it expires. */
class Gateway {
  private token: { value: string; expiresAt: number } | undefined;
  constructor(
    private readonly endpoint: string,
    private readonly mint: () => Promise<DevToken>,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.token || this.token.expiresAt - Date.now() < 30_000) {
      const minted = await this.mint();
      this.token = { value: minted.token, expiresAt: Date.parse(minted.expiresAt) };
    }
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token.value}` },
      body: JSON.stringify({ query, variables }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!isRecord(body)) throw new GatewayError(`The gateway answered ${response.status}.`, undefined);
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      const first: unknown = body.errors[0];
      const message = isRecord(first) && typeof first.message === 'string' ? first.message : 'Error';
      const code =
        isRecord(first) && isRecord(first.extensions) && typeof first.extensions.code === 'string'
          ? first.extensions.code
          : undefined;
      throw new GatewayError(message, code);
    }
    if (!isRecord(body.data)) throw new GatewayError('The gateway answered without data.', undefined);
    return body.data as T;
  }
}

// ---- DOM helpers -------------------------------------------------------------------------------

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null, never = '—'): string => (iso ? dateFormat.format(new Date(iso)) : never);
const lowerEvent = (type: WebhookEventType): string => {
  const [head, ...rest] = type.toLowerCase().split('_');
  // The wire names: `session.booked`, `coach.status_changed`…
  return `${head}.${rest.join('_')}`;
};

const ROLES: ReadonlyArray<{ value: Role; label: string }> = [
  { value: 'PARTICIPANT', label: 'Participant' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'COACH', label: 'Coach' },
  { value: 'PROGRAM_ADMIN', label: 'Program admin' },
  { value: 'ORG_ADMIN', label: 'Org admin' },
];
const SCOPES: ReadonlyArray<{ value: ServiceScope; label: string }> = [
  { value: 'READ_ANALYTICS', label: 'read-analytics: aggregates and heatmap' },
  { value: 'MANAGE_PROGRAMS', label: 'manage-programs: programs, rosters and exports (read)' },
  { value: 'PROVISION', label: 'provision: the people directory' },
];
const EVENT_TYPES: readonly WebhookEventType[] = [
  'SESSION_BOOKED',
  'SESSION_CANCELLED',
  'SESSION_HELD',
  'ENROLMENT_CHANGED',
  'GOAL_COMPLETED',
  'COACH_STATUS_CHANGED',
  'PULSE_PHASE_CLOSED',
];
const SUBSCRIPTION_STATUS: Record<WebhookSubscription['status'], string> = {
  ENABLED: 'Enabled',
  DISABLED_BY_ADMIN: 'Disabled by an admin',
  DISABLED_FAILING: 'Disabled after repeated failures',
};
const DELIVERY_STATUS: Record<WebhookDelivery['status'], string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};

// ---- The page ----------------------------------------------------------------------------------

const statusLine = document.querySelector<HTMLElement>('[data-integrations-status]');
const root = document.querySelector<HTMLElement>('[data-integrations]');

/** A secret the gateway returned this once; shown until the next change on the page. */
let revealed: { section: string; title: string; secret: string } | undefined;
/** What went wrong with the last change, shown in its section. */
let problem: { section: string; message: string } | undefined;

function setStatus(text: string, kind: 'info' | 'refused' | 'error' = 'info'): void {
  if (!statusLine) return;
  statusLine.textContent = text;
  statusLine.dataset['kind'] = kind;
  statusLine.hidden = text === '';
}

function card(id: string, title: string, hint: string, ...children: Child[]): HTMLElement {
  const secretPanel =
    revealed?.section === id
      ? h(
          'div',
          { class: 'secret', role: 'region', 'aria-labelledby': `${id}-secret-title` },
          h('h3', { id: `${id}-secret-title` }, revealed.title),
          h('p', {}, 'Copy it now: it is shown this once and cannot be seen again. Only its hash is kept.'),
          h('code', { class: 'secret__value', 'data-secret': true }, revealed.secret),
          copyButton(revealed.secret),
        )
      : null;
  const problemLine =
    problem?.section === id ? h('p', { class: 'problem', role: 'alert' }, problem.message) : null;
  return h(
    'section',
    { class: 'group card', 'aria-labelledby': `${id}-heading`, 'data-section': id },
    h('div', { class: 'card__header' }, h('h2', { id: `${id}-heading` }, title)),
    h('p', { class: 'card__hint' }, hint),
    problemLine,
    secretPanel,
    ...children,
  );
}

function copyButton(secret: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'button' }, 'Copy secret');
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(secret).then(
      () => (button.textContent = 'Copied'),
      () => (button.textContent = 'Copy failed: select the text instead'),
    );
  });
  return button;
}

function actionButton(label: string, accessibleName: string, run: () => Promise<void>): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'button button--ghost', 'aria-label': accessibleName },
    label,
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    void run();
  });
  return button;
}

function table(caption: string, headers: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  return h(
    'table',
    { class: 'list' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...headers.map((text) =>
          h('th', { scope: 'col' }, text || h('span', { class: 'visually-hidden' }, 'Actions')),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

const row = (...cells: Child[]): HTMLTableRowElement =>
  h('tr', {}, ...cells.map((cell) => h('td', {}, cell)));

const empty = (text: string): HTMLParagraphElement => h('p', { class: 'empty' }, text);

function field(
  id: string,
  label: string,
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): HTMLElement {
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function checkboxes(legend: string, name: string, options: ReadonlyArray<{ value: string; label: string }>) {
  return h(
    'fieldset',
    { class: 'choices' },
    h('legend', {}, legend),
    ...options.map(({ value, label }) =>
      h('label', {}, h('input', { type: 'checkbox', name, value }), ` ${label}`),
    ),
  );
}

function form(
  label: string,
  submit: string,
  fields: Child[],
  run: (data: FormData) => Promise<void>,
): HTMLFormElement {
  const element = h(
    'form',
    { class: 'inline-form', 'aria-label': label },
    ...fields,
    h('button', { type: 'submit', class: 'button' }, submit),
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = element.querySelector('button[type="submit"]');
    if (button instanceof HTMLButtonElement) button.disabled = true;
    void run(new FormData(element));
  });
  return element;
}

// ---- Sections ----------------------------------------------------------------------------------

function scimSection(data: IntegrationsData, gateway: Gateway): HTMLElement {
  const credentials = data.scimCredentials;
  const mappings = data.scimGroupMappings;
  return card(
    'scim',
    'SCIM provisioning',
    `Your identity provider creates, updates and removes people and groups at ${gatewayUrl()}/scim/v2 with a bearer credential issued here.`,
    h('h3', {}, 'Credentials'),
    credentials.length === 0
      ? empty('No SCIM credentials yet')
      : table(
          'SCIM credentials',
          ['Label', 'Prefix', 'Issued', 'Last used', 'State', ''],
          credentials.map((credential) =>
            row(
              credential.label,
              h('code', {}, `${credential.prefix}…`),
              `${when(credential.createdAt)}${credential.createdBy ? ` by ${credential.createdBy.name}` : ''}`,
              when(credential.lastUsedAt, 'Never'),
              credential.revokedAt ? `Revoked ${when(credential.revokedAt)}` : 'Active',
              !credential.revokedAt &&
                actionButton('Revoke', `Revoke SCIM credential ${credential.label}`, () =>
                  change('scim', gateway, async () => {
                    const result = await gateway.request<{
                      revokeScimCredential: { userErrors: UserError[] };
                    }>(
                      `mutation ($input: RevokeScimCredentialInput!) { revokeScimCredential(input: $input) { userErrors { message } } }`,
                      { input: { credentialId: credential.id } },
                    );
                    return { errors: result.revokeScimCredential.userErrors };
                  }),
                ),
            ),
          ),
        ),
    form(
      'Issue a SCIM credential',
      'Issue credential',
      [
        field(
          'scim-label',
          'Label',
          h('input', { name: 'label', required: true, maxlength: '100', placeholder: 'Microsoft Entra' }),
        ),
      ],
      (values) =>
        change('scim', gateway, async () => {
          const result = await gateway.request<{
            issueScimCredential: { secret: string | null; userErrors: UserError[] };
          }>(
            `mutation ($input: IssueScimCredentialInput!) { issueScimCredential(input: $input) { secret userErrors { message } } }`,
            { input: { label: String(values.get('label') ?? '') } },
          );
          const { secret, userErrors } = result.issueScimCredential;
          return { errors: userErrors, secret: secret ? { title: 'New SCIM secret', secret } : undefined };
        }),
    ),
    h('h3', {}, 'Group mappings'),
    mappings.length === 0
      ? empty('No group mappings yet')
      : table(
          'SCIM group mappings',
          ['Group', 'Places members in', 'Grants role', ''],
          mappings.map((mapping) =>
            row(
              mapping.groupName,
              mapping.orgUnit?.name ?? '—',
              ROLES.find((role) => role.value === mapping.role)?.label ?? '—',
              actionButton('Remove', `Remove the mapping of ${mapping.groupName}`, () =>
                change('scim', gateway, async () => {
                  const result = await gateway.request<{
                    removeScimGroupMapping: { userErrors: UserError[] };
                  }>(
                    `mutation ($input: RemoveScimGroupMappingInput!) { removeScimGroupMapping(input: $input) { userErrors { message } } }`,
                    { input: { mappingId: mapping.id } },
                  );
                  return { errors: result.removeScimGroupMapping.userErrors };
                }),
              ),
            ),
          ),
        ),
    form(
      'Map a group to a role',
      'Save mapping',
      [
        field(
          'scim-group',
          'Group name',
          h('input', { name: 'groupName', required: true, maxlength: '256' }),
        ),
        field(
          'scim-target',
          'Members get',
          h(
            'select',
            { name: 'target' },
            h(
              'optgroup',
              { label: 'A role' },
              ...ROLES.map(({ value, label }) => new Option(label, `role:${value}`)),
            ),
            h(
              'optgroup',
              { label: 'A place in an org unit' },
              ...data.orgUnits.edges.map(({ node }) => new Option(node.name, `unit:${node.id}`)),
            ),
          ),
        ),
      ],
      (values) =>
        change('scim', gateway, async () => {
          const target = String(values.get('target') ?? '');
          const result = await gateway.request<{ setScimGroupMapping: { userErrors: UserError[] } }>(
            `mutation ($input: SetScimGroupMappingInput!) { setScimGroupMapping(input: $input) { userErrors { message } } }`,
            {
              input: {
                groupName: String(values.get('groupName') ?? ''),
                ...(target.startsWith('unit:')
                  ? { orgUnitId: target.slice('unit:'.length) }
                  : { role: target.slice('role:'.length) }),
              },
            },
          );
          return { errors: result.setScimGroupMapping.userErrors };
        }),
    ),
  );
}

function signInSection(data: IntegrationsData, gateway: Gateway): HTMLElement {
  const { signingKeys, jwksUrl, identityProvider } = data.integrations;
  const provider = identityProvider;
  return card(
    'sign-in',
    'Signing keys and sign-in',
    'How your backend signs embed tokens without a shared secret, and which OpenID Connect provider’s ID tokens are exchanged for them.',
    h('h3', {}, 'Signing keys'),
    signingKeys.length === 0
      ? empty('No signing keys registered')
      : table(
          'Signing keys',
          ['Key ID', 'Algorithm', 'Registered', 'State', ''],
          signingKeys.map((key) =>
            row(
              h('code', {}, key.kid),
              key.algorithm,
              when(key.createdAt),
              key.revokedAt ? `Revoked ${when(key.revokedAt)}` : 'Active',
              !key.revokedAt &&
                actionButton('Revoke', `Revoke signing key ${key.kid}`, () =>
                  change('sign-in', gateway, async () => {
                    await gateway.request(`mutation ($id: ID!) { revokeSigningKey(id: $id) { id } }`, {
                      id: key.id,
                    });
                    return { errors: [] };
                  }),
                ),
            ),
          ),
        ),
    form(
      'Register a signing key',
      'Register key',
      [
        field('key-kid', 'Key ID (kid)', h('input', { name: 'kid', required: true, maxlength: '128' })),
        field(
          'key-algorithm',
          'Algorithm',
          h(
            'select',
            { name: 'algorithm' },
            new Option('RS256', 'RS256'),
            new Option('ES256', 'ES256'),
            new Option('EdDSA', 'EDDSA'),
          ),
        ),
        field(
          'key-public',
          'Public key (JWK or PEM)',
          h('textarea', { name: 'publicKey', required: true, rows: '3', class: 'key-input' }),
        ),
      ],
      (values) =>
        change('sign-in', gateway, async () => {
          const result = await gateway.request<{ addSigningKey: { userErrors: UserError[] } }>(
            `mutation ($input: AddSigningKeyInput!) { addSigningKey(input: $input) { userErrors { message } } }`,
            {
              input: {
                kid: String(values.get('kid') ?? ''),
                algorithm: values.get('algorithm'),
                publicKey: String(values.get('publicKey') ?? ''),
              },
            },
          );
          return { errors: result.addSigningKey.userErrors };
        }),
    ),
    h('h3', {}, 'JWKS URL'),
    h('p', {}, jwksUrl ? h('code', {}, jwksUrl) : 'No JWKS URL set'),
    form(
      'Set the JWKS URL',
      'Save JWKS URL',
      [
        field(
          'jwks-url',
          'JWKS URL',
          h('input', {
            name: 'url',
            type: 'url',
            value: jwksUrl ?? '',
            placeholder: 'https://hr.example.com/.well-known/jwks.json',
          }),
        ),
      ],
      (values) =>
        change('sign-in', gateway, async () => {
          const url = String(values.get('url') ?? '').trim();
          const result = await gateway.request<{ setJwksUrl: { userErrors: UserError[] } }>(
            `mutation ($url: String) { setJwksUrl(url: $url) { userErrors { message } } }`,
            { url: url || null },
          );
          return { errors: result.setJwksUrl.userErrors };
        }),
    ),
    h('h3', {}, 'Identity provider'),
    provider
      ? h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Issuer'),
          h('dd', {}, h('code', {}, provider.issuer)),
          h('dt', {}, 'Audience'),
          h('dd', {}, h('code', {}, provider.audience)),
          h('dt', {}, 'Match verified e-mail'),
          h('dd', {}, provider.matchVerifiedEmail ? 'Yes' : 'No'),
        )
      : empty('No identity provider set'),
    form(
      'Set the identity provider',
      'Save identity provider',
      [
        field(
          'idp-issuer',
          'Issuer URL',
          h('input', { name: 'issuer', type: 'url', required: true, value: provider?.issuer ?? '' }),
        ),
        field(
          'idp-audience',
          'Audience (client id)',
          h('input', { name: 'audience', required: true, value: provider?.audience ?? '' }),
        ),
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            name: 'matchVerifiedEmail',
            checked: provider?.matchVerifiedEmail ?? false,
          }),
          ' Match verified e-mail',
        ),
      ],
      (values) =>
        change('sign-in', gateway, async () => {
          const result = await gateway.request<{ setIdentityProvider: { userErrors: UserError[] } }>(
            `mutation ($input: IdentityProviderInput) { setIdentityProvider(input: $input) { userErrors { message } } }`,
            {
              input: {
                issuer: String(values.get('issuer') ?? ''),
                audience: String(values.get('audience') ?? ''),
                matchVerifiedEmail: values.get('matchVerifiedEmail') !== null,
              },
            },
          );
          return { errors: result.setIdentityProvider.userErrors };
        }),
    ),
  );
}

function serviceAccountsSection(data: IntegrationsData, gateway: Gateway): HTMLElement {
  const accounts = data.integrations.serviceAccounts;
  return card(
    'service-accounts',
    'Service accounts',
    `Systems without a person behind them get access tokens from ${gatewayUrl()}/oauth/token with a client id and secret.`,
    accounts.length === 0
      ? empty('No service accounts yet')
      : table(
          'Service accounts',
          ['Name', 'Client ID', 'Scopes', 'Last used', 'State', ''],
          accounts.map((account) =>
            row(
              account.name,
              h('code', {}, account.clientId),
              account.scopes.map((scope) => scope.toLowerCase().replace('_', '-')).join(', '),
              when(account.lastUsedAt, 'Never'),
              account.revokedAt ? `Revoked ${when(account.revokedAt)}` : 'Active',
              !account.revokedAt &&
                actionButton('Revoke', `Revoke service account ${account.name}`, () =>
                  change('service-accounts', gateway, async () => {
                    await gateway.request(`mutation ($id: ID!) { revokeServiceAccount(id: $id) { id } }`, {
                      id: account.id,
                    });
                    return { errors: [] };
                  }),
                ),
            ),
          ),
        ),
    form(
      'Create a service account',
      'Create service account',
      [
        field(
          'sa-name',
          'Name',
          h('input', { name: 'name', required: true, maxlength: '100', placeholder: 'Data warehouse' }),
        ),
        checkboxes('Scopes', 'scopes', SCOPES),
      ],
      (values) =>
        change('service-accounts', gateway, async () => {
          const result = await gateway.request<{
            createServiceAccount: {
              serviceAccount: { clientId: string } | null;
              clientSecret: string | null;
              userErrors: UserError[];
            };
          }>(
            `mutation ($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { serviceAccount { clientId } clientSecret userErrors { message } } }`,
            { input: { name: String(values.get('name') ?? ''), scopes: values.getAll('scopes') } },
          );
          const { serviceAccount, clientSecret, userErrors } = result.createServiceAccount;
          return {
            errors: userErrors,
            secret:
              serviceAccount && clientSecret
                ? { title: `Client secret for ${serviceAccount.clientId}`, secret: clientSecret }
                : undefined,
          };
        }),
    ),
  );
}

/** Splits a field of comma- or line-separated values. */
const listOf = (value: FormDataEntryValue | null): string[] =>
  String(value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);

/** Coachwork's own tool configuration (as Canvas and Moodle import it), fetched once per page. */
let toolConfiguration: Promise<string> | undefined;

function toolConfigurationPanel(): HTMLElement {
  const code = h('pre', { class: 'tool-config', 'data-lti-tool-config': true, tabindex: '0' }, 'Loading…');
  toolConfiguration ??= fetch(`${gatewayUrl()}/lti/config`).then(async (response) => {
    if (!response.ok) throw new Error(`The gateway answered ${response.status}.`);
    return JSON.stringify(await response.json(), null, 2);
  });
  const copy = h('button', { type: 'button', class: 'button button--ghost' }, 'Copy configuration');
  copy.disabled = true;
  toolConfiguration.then(
    (text) => {
      code.textContent = text;
      copy.disabled = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(text).then(
          () => (copy.textContent = 'Copied'),
          () => (copy.textContent = 'Copy failed: select the text instead'),
        );
      });
    },
    (error: unknown) => {
      code.textContent = `The tool configuration could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
  return h(
    'div',
    { class: 'tool' },
    h('h3', {}, 'Coachwork as an LTI tool'),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Login initiation URL'),
      h('dd', {}, h('code', {}, `${gatewayUrl()}/lti/login`)),
      h('dt', {}, 'Launch (redirect) URL'),
      h('dd', {}, h('code', {}, `${gatewayUrl()}/lti/launch`)),
      h('dt', {}, 'Public keys (JWKS URL)'),
      h('dd', {}, h('code', { 'data-lti-tool-jwks': true }, `${gatewayUrl()}/lti/jwks`)),
    ),
    h('p', { class: 'card__hint' }, 'Tool configuration JSON, to import into the learning platform:'),
    code,
    copy,
  );
}

/** "2 keys: kid-a, kid-b" for keys registered inline. */
function inlineKeysSummary(jwks: string | null): HTMLElement {
  // Shown as no keys when unreadable: the gateway stores only sets it could read.
  const kids = jwksKeyIds(jwks);
  return h(
    'span',
    { 'data-lti-inline-keys': true },
    `${kids.length === 1 ? '1 key' : `${kids.length} keys`} pasted: `,
    ...kids.flatMap((kid, index) => [index ? ', ' : '', h('code', {}, kid)]),
  );
}

/**
 * What is wrong with a pasted JWK Set before it is sent (the gateway checks it again, fully): the
 * client package's checks, shared with the program console, in this page's words.
 */
function pastedKeysProblem(text: string): string {
  switch (pastedJwksProblem(text)) {
    case 'JSON':
      return 'Paste a JWK Set in JSON: {"keys": [ … ]}.';
    case 'NO_KEYS':
      return 'A JWK Set has a non-empty "keys" list: {"keys": [ … ]}.';
    case 'PRIVATE':
      return 'This is a private key: paste only the platform’s public keys, and treat the private key as leaked.';
    case 'KID':
      return 'Give every key its own "kid".';
    case null:
      return '';
  }
}

/** Where the platform's keys come from: its JWKS URL, or its public keys pasted as a JWK Set. */
function platformKeysChoice(): HTMLElement[] {
  const url = h('input', { name: 'jwksUrl', required: true, placeholder: 'https://lms.example.com/keys' });
  const keys = h('textarea', {
    name: 'jwks',
    rows: '4',
    class: 'key-input',
    placeholder: '{"keys": [{"kty": "RSA", "kid": "…", "n": "…", "e": "AQAB"}]}',
    'aria-describedby': 'lti-jwks-keys-hint',
  });
  const urlField = field('lti-jwks', 'Platform JWKS URL', url);
  const keysField = field('lti-jwks-keys', 'Platform public keys (JWK Set)', keys);
  keysField.append(
    h(
      'p',
      { class: 'card__hint', id: 'lti-jwks-keys-hint' },
      'Public RSA (RS256) or EC P-256 (ES256) signing keys, each with a kid. Never a private key.',
    ),
  );
  const problem = h('p', { class: 'problem', role: 'alert', 'data-lti-keys-problem': true });
  problem.hidden = true;
  keysField.append(problem);
  keys.addEventListener('input', () => {
    const text = pastedKeysProblem(keys.value);
    keys.setCustomValidity(keys.value.trim() ? text : '');
    problem.textContent = keys.value.trim() ? text : '';
    problem.hidden = !problem.textContent;
  });
  const choose = (source: 'url' | 'keys') => {
    urlField.hidden = source !== 'url';
    keysField.hidden = source !== 'keys';
    url.required = source === 'url';
    keys.required = source === 'keys';
  };
  const option = (value: 'url' | 'keys', label: string) => {
    const radio = h('input', { type: 'radio', name: 'keySource', value });
    radio.checked = value === 'url';
    radio.addEventListener('change', () => choose(value));
    return h('label', {}, radio, ` ${label}`);
  };
  choose('url');
  return [
    h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, 'Platform keys'),
      option('url', 'JWKS URL'),
      option('keys', 'Paste the public keys'),
    ),
    urlField,
    keysField,
  ];
}

function ltiSection(data: IntegrationsData, gateway: Gateway): HTMLElement {
  const registrations = data.ltiRegistrations;
  return card(
    'lti',
    'LTI platforms',
    'Learning platforms (Moodle, Canvas, D2L…) that launch Coachwork over LTI 1.3 into this organisation. Register the platform here, then give it Coachwork’s configuration below.',
    registrations.length === 0
      ? empty('No learning platforms registered yet')
      : table(
          'Registered learning platforms',
          ['Issuer', 'Client ID', 'Deployments', 'Endpoints', 'Links users by e-mail', 'Registered', ''],
          registrations.map((registration) =>
            row(
              h('code', {}, registration.issuer),
              h('code', {}, registration.clientId),
              registration.deploymentIds.join(', '),
              h(
                'dl',
                { class: 'facts facts--compact' },
                ...(registration.jwksUrl !== null
                  ? [h('dt', {}, 'JWKS'), h('dd', {}, h('code', {}, registration.jwksUrl))]
                  : [h('dt', {}, 'Keys'), h('dd', {}, inlineKeysSummary(registration.jwks))]),
                h('dt', {}, 'OIDC auth'),
                h('dd', {}, h('code', {}, registration.authLoginUrl)),
                h('dt', {}, 'Token'),
                h('dd', {}, h('code', {}, registration.accessTokenUrl)),
              ),
              registration.emailLinkDomains.join(', ') || 'No',
              when(registration.createdAt),
              actionButton('Remove', `Remove the platform ${registration.issuer}`, () =>
                change('lti', gateway, async () => {
                  const result = await gateway.request<{
                    removeLtiRegistration: { userErrors: UserError[] };
                  }>(
                    `mutation ($id: ID!) { removeLtiRegistration(id: $id) { removedId userErrors { message } } }`,
                    { id: registration.id },
                  );
                  return { errors: result.removeLtiRegistration.userErrors };
                }),
              ),
            ),
          ),
        ),
    form(
      'Register a learning platform',
      'Register platform',
      [
        field(
          'lti-issuer',
          'Issuer',
          h('input', { name: 'issuer', required: true, placeholder: 'https://lms.example.com' }),
        ),
        field('lti-client', 'Client ID', h('input', { name: 'clientId', required: true })),
        field(
          'lti-deployments',
          'Deployment IDs (comma-separated)',
          h('input', { name: 'deploymentIds', required: true }),
        ),
        ...platformKeysChoice(),
        field('lti-auth', 'OIDC auth endpoint', h('input', { name: 'authLoginUrl', required: true })),
        field('lti-token', 'Token endpoint', h('input', { name: 'accessTokenUrl', required: true })),
        field(
          'lti-domains',
          'Link users by e-mail in domains (optional)',
          h('input', { name: 'emailLinkDomains', placeholder: 'northwind.example' }),
        ),
      ],
      (values) =>
        change('lti', gateway, async () => {
          const result = await gateway.request<{
            registerLtiPlatform: { userErrors: Array<UserError & { field: string[] | null }> };
          }>(
            `mutation ($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { registration { id } userErrors { field message } } }`,
            {
              input: {
                issuer: String(values.get('issuer') ?? ''),
                clientId: String(values.get('clientId') ?? ''),
                deploymentIds: listOf(values.get('deploymentIds')),
                ...(values.get('keySource') === 'keys'
                  ? { jwks: String(values.get('jwks') ?? '') }
                  : { jwksUrl: String(values.get('jwksUrl') ?? '') }),
                authLoginUrl: String(values.get('authLoginUrl') ?? ''),
                accessTokenUrl: String(values.get('accessTokenUrl') ?? ''),
                emailLinkDomains: listOf(values.get('emailLinkDomains')),
              },
            },
          );
          const labels: Record<string, string> = {
            issuer: 'Issuer',
            clientId: 'Client ID',
            deploymentIds: 'Deployment IDs',
            jwksUrl: 'Platform JWKS URL',
            jwks: 'Platform public keys',
            authLoginUrl: 'OIDC auth endpoint',
            accessTokenUrl: 'Token endpoint',
            emailLinkDomains: 'E-mail domains',
          };
          return {
            errors: result.registerLtiPlatform.userErrors.map((error) => {
              const name = error.field?.[0];
              return { message: name && labels[name] ? `${labels[name]}: ${error.message}` : error.message };
            }),
          };
        }),
    ),
    toolConfigurationPanel(),
  );
}

function deliveryLog(subscription: WebhookSubscription, gateway: Gateway): HTMLElement {
  const headingId = `log-${subscription.id}`;
  const deliveries = subscription.deliveries;
  return h(
    'div',
    { class: 'delivery-log', role: 'region', 'aria-labelledby': headingId },
    h('h4', { id: headingId }, 'Delivery log'),
    deliveries.length === 0
      ? empty('No deliveries yet: events appear here as they are sent.')
      : table(
          `Deliveries to ${subscription.url}`,
          ['Event', 'Happened', 'Status', 'Response', 'Excerpt', 'Duration', ''],
          deliveries.map((delivery) => {
            const last = delivery.attempts.at(-1);
            return row(
              h('code', {}, lowerEvent(delivery.eventType)),
              when(delivery.createdAt),
              h(
                'span',
                { class: `pill pill--${delivery.status.toLowerCase()}` },
                DELIVERY_STATUS[delivery.status],
              ),
              last
                ? last.responseStatus !== null
                  ? `HTTP ${last.responseStatus}`
                  : (last.error ?? '—')
                : 'Not tried yet',
              last?.responseBodyExcerpt
                ? h('code', { class: 'excerpt' }, last.responseBodyExcerpt.slice(0, 120))
                : '—',
              last ? `${last.durationMs} ms` : '—',
              delivery.status === 'FAILED' &&
                actionButton(
                  'Replay',
                  `Replay ${lowerEvent(delivery.eventType)} from ${when(delivery.createdAt)}`,
                  () =>
                    change('webhooks', gateway, async () => {
                      const result = await gateway.request<{
                        replayWebhookDelivery: { userErrors: UserError[] };
                      }>(
                        `mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { userErrors { message } } }`,
                        { input: { deliveryId: delivery.id } },
                      );
                      return { errors: result.replayWebhookDelivery.userErrors };
                    }),
                ),
            );
          }),
        ),
  );
}

function webhooksSection(data: IntegrationsData, gateway: Gateway): HTMLElement {
  const subscriptions = data.webhookSubscriptions;
  const update = (subscription: WebhookSubscription, enabled: boolean) =>
    change('webhooks', gateway, async () => {
      const result = await gateway.request<{ updateWebhookSubscription: { userErrors: UserError[] } }>(
        `mutation ($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { userErrors { message } } }`,
        { input: { subscriptionId: subscription.id, enabled } },
      );
      return { errors: result.updateWebhookSubscription.userErrors };
    });
  return card(
    'webhooks',
    'Webhooks',
    'Your systems hear about bookings, enrolments and completed goals as they happen. Each request is signed with the subscription’s secret.',
    subscriptions.length === 0
      ? empty('No webhook subscriptions yet')
      : h(
          'ul',
          { class: 'subscriptions' },
          ...subscriptions.map((subscription) =>
            h(
              'li',
              { class: 'subscription' },
              h('h3', {}, h('code', {}, subscription.url)),
              subscription.description ? h('p', {}, subscription.description) : null,
              h(
                'dl',
                { class: 'facts' },
                h('dt', {}, 'Status'),
                h('dd', {}, SUBSCRIPTION_STATUS[subscription.status]),
                h('dt', {}, 'Events'),
                h('dd', {}, subscription.eventTypes.map(lowerEvent).join(', ')),
                h('dt', {}, 'Secret'),
                h('dd', {}, h('code', {}, subscription.secretHint)),
                h('dt', {}, 'Failures in a row'),
                h('dd', {}, String(subscription.consecutiveFailures)),
              ),
              h(
                'div',
                { class: 'actions' },
                subscription.status === 'ENABLED'
                  ? actionButton('Disable', `Disable the webhook to ${subscription.url}`, () =>
                      update(subscription, false),
                    )
                  : actionButton('Enable', `Enable the webhook to ${subscription.url}`, () =>
                      update(subscription, true),
                    ),
                actionButton('Rotate secret', `Rotate secret of the webhook to ${subscription.url}`, () =>
                  change('webhooks', gateway, async () => {
                    const result = await gateway.request<{
                      rotateWebhookSecret: { secret: string | null; userErrors: UserError[] };
                    }>(
                      `mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret userErrors { message } } }`,
                      { input: { subscriptionId: subscription.id } },
                    );
                    const { secret, userErrors } = result.rotateWebhookSecret;
                    return {
                      errors: userErrors,
                      secret: secret
                        ? { title: `New signing secret for ${subscription.url}`, secret }
                        : undefined,
                    };
                  }),
                ),
                actionButton('Delete', `Delete the webhook to ${subscription.url}`, async () => {
                  if (!confirm(`Delete the webhook to ${subscription.url} and its delivery log?`)) {
                    render(gateway);
                    return;
                  }
                  await change('webhooks', gateway, async () => {
                    const result = await gateway.request<{
                      deleteWebhookSubscription: { userErrors: UserError[] };
                    }>(
                      `mutation ($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { userErrors { message } } }`,
                      { input: { subscriptionId: subscription.id } },
                    );
                    return { errors: result.deleteWebhookSubscription.userErrors };
                  });
                }),
              ),
              deliveryLog(subscription, gateway),
            ),
          ),
        ),
    form(
      'Create a webhook subscription',
      'Create subscription',
      [
        field(
          'wh-url',
          'Receiver URL',
          h('input', {
            name: 'url',
            type: 'url',
            required: true,
            placeholder: 'https://hr.example.com/hooks/coachwork',
          }),
        ),
        field(
          'wh-description',
          'Description (optional)',
          h('input', { name: 'description', maxlength: '200' }),
        ),
        checkboxes(
          'Events',
          'eventTypes',
          EVENT_TYPES.map((type) => ({ value: type, label: lowerEvent(type) })),
        ),
      ],
      (values) =>
        change('webhooks', gateway, async () => {
          const description = String(values.get('description') ?? '').trim();
          const result = await gateway.request<{
            createWebhookSubscription: { secret: string | null; userErrors: UserError[] };
          }>(
            `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { message } } }`,
            {
              input: {
                url: String(values.get('url') ?? ''),
                eventTypes: values.getAll('eventTypes'),
                ...(description ? { description } : {}),
              },
            },
          );
          const { secret, userErrors } = result.createWebhookSubscription;
          return {
            errors: userErrors,
            secret: secret ? { title: 'Signing secret for the new webhook', secret } : undefined,
          };
        }),
    ),
  );
}

// ---- Loading and changing ----------------------------------------------------------------------

let data: IntegrationsData | undefined;

function render(gateway: Gateway): void {
  if (!root || !data) return;
  root.replaceChildren(
    scimSection(data, gateway),
    signInSection(data, gateway),
    serviceAccountsSection(data, gateway),
    webhooksSection(data, gateway),
    ltiSection(data, gateway),
  );
}

async function load(gateway: Gateway): Promise<void> {
  try {
    data = await gateway.request<IntegrationsData>(INTEGRATIONS_QUERY);
    setStatus('');
    render(gateway);
  } catch (error) {
    root?.replaceChildren();
    if (error instanceof GatewayError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
      setStatus(
        error.code === 'FORBIDDEN'
          ? 'Only your organisation’s Coachwork admins can see and change its integrations. Ask an org admin if you need a credential or a webhook.'
          : 'You are not signed in to Coachwork.',
        'refused',
      );
      return;
    }
    setStatus(
      `The integrations could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      'error',
    );
    const retry = h('button', { type: 'button', class: 'button' }, 'Try again');
    retry.addEventListener('click', () => {
      setStatus('Loading integrations…');
      root?.replaceChildren();
      void load(gateway);
    });
    root?.replaceChildren(retry);
  }
}

/** Runs a change, then reloads the page's data; a secret it returned is shown once in its section. */
async function change(
  section: string,
  gateway: Gateway,
  run: () => Promise<{ errors: UserError[]; secret?: { title: string; secret: string } }>,
): Promise<void> {
  revealed = undefined;
  problem = undefined;
  try {
    const { errors, secret } = await run();
    if (errors.length > 0) problem = { section, message: errors.map((e) => e.message).join(' ') };
    if (secret) revealed = { section, ...secret };
  } catch (error) {
    problem = { section, message: error instanceof Error ? error.message : String(error) };
  }
  await load(gateway);
  // The section was rebuilt: bring keyboard and screen-reader users back to where they were.
  const target =
    document.querySelector<HTMLElement>(`[data-section="${section}"] .secret h3`) ??
    document.querySelector<HTMLElement>(`[data-section="${section}"] .problem`) ??
    document.querySelector<HTMLElement>(`#${section}-heading`);
  if (target) {
    target.tabIndex = -1;
    target.focus();
  }
}

// Integrations are the org admin's: the seed's Tom Becker.
void bootHostPage({
  defaultEmail: 'tom.becker@northwind.example',
  defaultRole: 'ORG_ADMIN',
  onSession: ({ token }) => {
    void load(new Gateway(`${gatewayUrl()}/graphql`, token));
  },
});
