import {
  jwksKeyIds,
  mutate,
  pastedJwksProblem,
  resolveEndpoint,
  type PastedJwksProblem,
} from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { LtiRegistrationChangedEvent } from '../events/lti-registration-changed.js';
import { formatList } from '../shared/format.js';
import {
  platformsQuery,
  registerPlatformMutation,
  removePlatformMutation,
  setPlatformKeysMutation,
} from './program-console.platforms.graphql.js';
import {
  ChangeRunner,
  dataTable,
  errorKey,
  field,
  formLevel,
  type FieldError,
  type Tab,
  type TabHost,
} from './program-console.tab.js';
import { refusalErrors } from '../shared/refusal.js';

type Platform = DocumentType<typeof platformsQuery>['ltiRegistrations'][number];

/** Where a platform's keys come from: its JWKS URL, or its public keys pasted as a JWK Set. */
type KeySource = 'url' | 'keys';

interface KeysDraft {
  source: KeySource;
  jwksUrl: string;
  jwks: string;
}

const registerKeys = ['issuer', 'clientId', 'deploymentIds', 'authLoginUrl', 'accessTokenUrl'] as const;
type RegisterKey = (typeof registerKeys)[number] | 'emailLinkDomains';
type RegisterDraft = Record<RegisterKey, string> & { keys: KeysDraft };

const emptyKeys = (): KeysDraft => ({ source: 'url', jwksUrl: '', jwks: '' });
const emptyDraft = (): RegisterDraft => ({
  issuer: '',
  clientId: '',
  deploymentIds: '',
  authLoginUrl: '',
  accessTokenUrl: '',
  emailLinkDomains: '',
  keys: emptyKeys(),
});

/** Splits a field of comma- or space-separated values. */
const listOf = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

/** What the shared check found in pasted keys, in words. */
function pastedKeysMessage(problem: PastedJwksProblem): string {
  switch (problem) {
    case 'JSON':
      return msg('Paste a JWK Set in JSON: {"keys": [ … ]}.');
    case 'NO_KEYS':
      return msg('A JWK Set has a non-empty "keys" list.');
    case 'PRIVATE':
      return msg(
        'This is a private key: paste only the platform’s public keys, and treat the private key as leaked.',
      );
    case 'KID':
      return msg('Give every key its own "kid".');
  }
}

/**
 * The learning platforms tab, for org admins: the LMSs (Moodle, Canvas, D2L…) registered to launch
 * Coachwork over LTI 1.3, with what to give a platform (the tool's URLs and configuration), a form
 * to register one (its keys by JWKS URL or pasted, checked as they are typed), key replacement
 * (another URL, or a rotation pasted) and removal. Registrations are the organisation's, not the
 * program's: the tab shows the same list whichever program is open. Anyone else is shown the
 * unauthorised state (the console does not offer them the tab).
 */
class PlatformsTab implements Tab {
  readonly #host: TabHost;
  readonly #changes: ChangeRunner;
  readonly #platforms;
  #draft: RegisterDraft = emptyDraft();
  #registerErrors: FieldError[] = [];
  #registering = false;
  /** The registration whose keys are being replaced, with the new keys as typed. */
  #replacing: { id: string; keys: KeysDraft; errors: FieldError[] } | undefined;
  /** The registration whose removal waits for confirmation. */
  #removing: string | undefined;

  constructor(host: TabHost) {
    this.#host = host;
    this.#changes = new ChangeRunner(host);
    this.#platforms = host.createQuery({
      query: platformsQuery,
      variables: () => ({}),
      // Registrations change elsewhere too (a host page's integrations settings): asked again each time.
      requestPolicy: 'cache-and-network',
      // A removal's payload names no registration: its type refreshes the list.
      additionalTypenames: ['LtiRegistration', 'RemoveLtiRegistrationPayload'],
      pause: () => host.activeTab !== 'platforms',
    });
  }

  render(): unknown {
    return html`<div class="platforms" data-section="platforms">
      <p class="pad muted">
        ${msg(
          'Learning platforms (Moodle, Canvas, D2L…) that open Coachwork over LTI 1.3. A registration serves the whole organisation, not only this program.',
        )}
      </p>
      ${this.#renderTool()}
      ${this.#host.renderQuery(this.#platforms, {
        loading: { label: msg('Loading the learning platforms…'), lines: 3 },
        content: (data) => this.#renderList(data.ltiRegistrations),
      })}
      ${this.#platforms.data ? this.#renderRegister() : nothing}
    </div>`;
  }

  /** What an admin gives the platform: the tool's URLs on this gateway, each to copy. */
  #renderTool(): TemplateResult {
    // The tool's routes sit beside the gateway's GraphQL endpoint.
    const endpoint = new URL(resolveEndpoint(this.#host.gateway));
    const base = `${endpoint.origin}${endpoint.pathname.replace(/\/graphql$/, '')}`;
    const urls: Array<[string, string, string]> = [
      ['config', msg('Tool configuration (JSON)'), `${base}/lti/config`],
      ['jwks', msg('Public keys (JWKS URL)'), `${base}/lti/jwks`],
      ['login', msg('Login initiation URL'), `${base}/lti/login`],
      ['launch', msg('Launch URL'), `${base}/lti/launch`],
    ];
    return html`<section class="pad" aria-labelledby="tool-heading" data-section="tool">
      <h3 id="tool-heading">${msg('Coachwork as an LTI tool')}</h3>
      <p class="muted hint">
        ${msg('Give the platform these addresses, or let it import the tool configuration.')}
      </p>
      <dl class="tool-urls">
        ${urls.map(
          ([key, label, url]) =>
            html`<div class="tool-url">
              <dt>${label}</dt>
              <dd>
                <code dir="ltr" data-tool-url=${key}>${url}</code>
                <button
                  type="button"
                  class="secondary"
                  part="copy-button"
                  data-copy=${key}
                  aria-label=${msg(str`Copy: ${label}`)}
                  @click=${() => this.#copy(url)}
                >
                  ${msg('Copy')}
                </button>
              </dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#host.announce(msg('Copied.'));
    } catch {
      this.#host.notice(msg('The address could not be copied: select it and copy it instead.'));
    }
  }

  #renderList(platforms: readonly Platform[]): TemplateResult {
    if (platforms.length === 0)
      return html`<p class="pad muted" data-empty="platforms">
        ${msg('No learning platforms are registered yet.')}
      </p>`;
    return dataTable(
      'platforms',
      { text: msg('Registered learning platforms'), seen: true },
      [
        { label: msg('Issuer') },
        { label: msg('Client ID') },
        { label: msg('Deployment IDs') },
        { label: msg('Keys') },
        { label: msg('Actions'), hidden: true },
      ],
      platforms.map((p) => this.#renderPlatform(p)),
    );
  }

  #renderPlatform(p: Platform): TemplateResult {
    const locale = this.#host.locale;
    const replacing = this.#replacing?.id === p.id ? this.#replacing : undefined;
    const removing = this.#removing === p.id;
    const kids = p.jwks !== null && p.jwks !== undefined ? jwksKeyIds(p.jwks) : [];
    return html`<tr part="platform" data-platform=${p.id}>
        <th scope="row"><code dir="ltr">${p.issuer}</code></th>
        <td><code dir="ltr">${p.clientId}</code></td>
        <td><code dir="ltr">${p.deploymentIds.join(', ')}</code></td>
        <td data-key-source=${p.jwksUrl ? 'url' : 'keys'}>
          ${
            p.jwksUrl
              ? html`<span class="muted">${msg('JWKS URL')}</span> <code dir="ltr">${p.jwksUrl}</code>`
              : html`<span class="muted"
                  >${msg(str`Pasted keys: ${formatList(kids, { locale, type: 'unit' })}`)}</span
                >`
          }
        </td>
        <td>
          <div class="form__actions">
            <button
              type="button"
              class="secondary"
              part="action-button"
              data-action="replace-keys"
              aria-expanded=${replacing ? 'true' : 'false'}
              aria-label=${msg(str`Replace the keys of ${p.issuer}`)}
              @click=${() => this.#toggleReplace(p)}
            >
              ${msg('Replace the keys')}
            </button>
            <button
              type="button"
              class="secondary"
              part="action-button"
              data-action="remove"
              aria-label=${msg(str`Remove ${p.issuer}`)}
              @click=${() => {
                this.#removing = p.id;
                this.#replacing = undefined;
                this.#host.focusAfterUpdate(`[data-confirm="${p.id}"] button`);
              }}
            >
              ${msg('Remove')}
            </button>
          </div>
        </td>
      </tr>
      ${
        removing
          ? html`<tr>
              <td colspan="5">
                <div class="confirm" data-confirm=${p.id}>
                  <p>${msg(str`Remove ${p.issuer}? Its launches are refused from then on.`)}</p>
                  <div class="form__actions">
                    <button
                      type="button"
                      part="action-button"
                      data-action="confirm-remove"
                      ?disabled=${this.#changes.busy}
                      @click=${() => void this.#remove(p)}
                    >
                      ${msg('Remove the platform')}
                    </button>
                    ${this.#renderCancel(() => (this.#removing = undefined))}
                  </div>
                </div>
              </td>
            </tr>`
          : nothing
      }
      ${
        replacing
          ? html`<tr>
              <td colspan="5">${this.#renderReplace(p, replacing)}</td>
            </tr>`
          : nothing
      }`;
  }

  /** Closes what `close` names (a confirmation, a form) without saving anything. */
  #renderCancel(close: () => void): TemplateResult {
    return html`<button
      type="button"
      class="secondary"
      part="action-button"
      @click=${() => {
        close();
        this.#host.requestUpdate();
      }}
    >
      ${msg('Cancel')}
    </button>`;
  }

  #toggleReplace(p: Platform): void {
    this.#removing = undefined;
    if (this.#replacing?.id === p.id) {
      this.#replacing = undefined;
    } else {
      const keys: KeysDraft = p.jwksUrl
        ? { source: 'url', jwksUrl: p.jwksUrl, jwks: '' }
        : { source: 'keys', jwksUrl: '', jwks: p.jwks ?? '' };
      this.#replacing = { id: p.id, keys, errors: [] };
      this.#host.focusAfterUpdate(`[data-replace="${p.id}"] input[type="radio"]:checked`);
    }
    this.#host.requestUpdate();
  }

  #renderReplace(p: Platform, replacing: { keys: KeysDraft; errors: FieldError[] }): TemplateResult {
    const general = formLevel(replacing.errors, new Set(['jwksUrl', 'jwks']));
    return html`<form
      part="form"
      class="record"
      data-replace=${p.id}
      aria-label=${msg(str`Replace the keys of ${p.issuer}`)}
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#saveKeys(p);
      }}
    >
      ${formErrors(general)} ${this.#renderKeySource(`replace-${p.id}`, replacing.keys, replacing.errors)}
      <div class="form__actions">
        <button type="submit" part="save-button" data-action="save-keys" ?disabled=${this.#changes.busy}>
          ${msg('Save the keys')}
        </button>
        ${this.#renderCancel(() => (this.#replacing = undefined))}
      </div>
    </form>`;
  }

  /**
   * The choice between a JWKS URL and pasted keys, and the chosen one's control. Pasted keys are
   * checked as they are typed (the client package's checks, shared with host pages).
   */
  #renderKeySource(name: string, keys: KeysDraft, gatewayErrors: readonly FieldError[]): TemplateResult {
    // The register form and a replacement can be open together: their fields get ids of their own.
    const prefix = name === 'register' ? '' : `${name}-`;
    const errors = gatewayErrors.map((e) => {
      const key = errorKey(e.field);
      return key === 'jwks' || key === 'jwksUrl' ? { ...e, field: [`${prefix}${key}`] } : e;
    });
    const choose = (source: KeySource) => {
      keys.source = source;
      this.#host.requestUpdate();
    };
    const typed = pastedJwksProblem(keys.jwks);
    const shown: FieldError[] =
      typed && keys.source === 'keys'
        ? [
            { field: [`${prefix}jwks`], message: pastedKeysMessage(typed) },
            ...errors.filter((e) => errorKey(e.field) !== `${prefix}jwks`),
          ]
        : errors;
    return html`<fieldset part="key-source" data-key-source=${keys.source}>
      <legend>${msg('Platform keys')}</legend>
      <div class="thresholds__fields">
        <label class="check">
          <input
            type="radio"
            name=${`${name}-source`}
            value="url"
            .checked=${keys.source === 'url'}
            @change=${() => choose('url')}
          />
          ${msg('JWKS URL')}
        </label>
        <label class="check">
          <input
            type="radio"
            name=${`${name}-source`}
            value="keys"
            .checked=${keys.source === 'keys'}
            @change=${() => choose('keys')}
          />
          ${msg('Public keys pasted (JWK Set)')}
        </label>
      </div>
      ${
        keys.source === 'url'
          ? field(
              errors,
              `${prefix}jwksUrl`,
              msg('Platform JWKS URL'),
              (wiring) =>
                html`<input
                  ${wiring}
                  type="url"
                  dir="ltr"
                  autocomplete="off"
                  placeholder="https://lms.example.com/keys"
                  .value=${keys.jwksUrl}
                  @input=${(e: Event) => (keys.jwksUrl = (e.target as HTMLInputElement).value)}
                />`,
            )
          : field(
              shown,
              `${prefix}jwks`,
              msg('Platform public keys (JWK Set)'),
              (wiring) =>
                html`<textarea
                  ${wiring}
                  rows="5"
                  dir="ltr"
                  spellcheck="false"
                  placeholder='{"keys": [{"kty": "RSA", "kid": "…", "n": "…", "e": "AQAB"}]}'
                  .value=${keys.jwks}
                  @input=${(e: Event) => {
                    keys.jwks = (e.target as HTMLTextAreaElement).value;
                    this.#host.requestUpdate();
                  }}
                ></textarea>`,
              msg(
                'Public RSA (RS256) or EC P-256 (ES256) signing keys, each with its own kid. Never a private key.',
              ),
            )
      }
    </fieldset>`;
  }

  #renderRegister(): TemplateResult {
    const draft = this.#draft;
    const errors = this.#registerErrors;
    const general = formLevel(errors, new Set([...registerKeys, 'emailLinkDomains', 'jwksUrl', 'jwks']));
    const input = (key: RegisterKey, label: string, hint?: string, placeholder?: string) =>
      field(
        errors,
        key,
        label,
        (wiring) =>
          html`<input
            ${wiring}
            dir="ltr"
            autocomplete="off"
            placeholder=${placeholder ?? nothing}
            .value=${draft[key]}
            @input=${(e: Event) => (draft[key] = (e.target as HTMLInputElement).value)}
          />`,
        hint,
      );
    return html`<section class="pad" aria-labelledby="register-heading" data-section="register-platform">
      <h3 id="register-heading">${msg('Register a platform')}</h3>
      <form
        part="form"
        class="record"
        aria-labelledby="register-heading"
        novalidate
        aria-busy=${this.#registering ? 'true' : 'false'}
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.#register();
        }}
      >
        ${formErrors(general)}
        <div class="thresholds__fields">
          ${input('issuer', msg('Issuer'), undefined, 'https://lms.example.com')}
          ${input('clientId', msg('Client ID'))}
          ${input('deploymentIds', msg('Deployment IDs'), msg('Separated by commas.'))}
          ${input('authLoginUrl', msg('OIDC authorisation endpoint'), undefined, 'https://lms.example.com/auth')}
          ${input('accessTokenUrl', msg('Token endpoint'), undefined, 'https://lms.example.com/token')}
          ${input(
            'emailLinkDomains',
            msg('Link users by e-mail in these domains'),
            msg('Optional, separated by commas.'),
            'northwind.example',
          )}
        </div>
        ${this.#renderKeySource('register', draft.keys, errors)}
        <div class="form__actions">
          <button type="submit" part="save-button" data-action="register" ?disabled=${this.#registering}>
            ${msg('Register the platform')}
          </button>
        </div>
      </form>
    </section>`;
  }

  /** The key source as the mutations take it: exactly one of the two. */
  #keysInput(keys: KeysDraft): { jwksUrl: string } | { jwks: string } {
    return keys.source === 'url' ? { jwksUrl: keys.jwksUrl.trim() } : { jwks: keys.jwks };
  }

  /** A typed problem in pasted keys: said here, without asking the gateway. */
  #localKeyErrors(keys: KeysDraft): FieldError[] {
    const problem = keys.source === 'keys' ? pastedJwksProblem(keys.jwks) : null;
    return problem ? [{ field: ['jwks'], message: pastedKeysMessage(problem) }] : [];
  }

  async #register(): Promise<void> {
    if (this.#registering) return;
    const draft = this.#draft;
    const local = this.#localKeyErrors(draft.keys);
    if (local.length > 0) {
      this.#showRegisterErrors([]);
      return;
    }
    this.#registering = true;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    const result = await mutate(this.#host.gateway, registerPlatformMutation, {
      input: {
        issuer: draft.issuer.trim(),
        clientId: draft.clientId.trim(),
        deploymentIds: listOf(draft.deploymentIds),
        authLoginUrl: draft.authLoginUrl.trim(),
        accessTokenUrl: draft.accessTokenUrl.trim(),
        emailLinkDomains: listOf(draft.emailLinkDomains),
        ...this.#keysInput(draft.keys),
      },
    });
    this.#registering = false;
    const payload = result.data?.registerLtiPlatform;
    const registration = payload?.registration;
    if (!registration) {
      this.#showRegisterErrors(refusalErrors(this.#host, payload?.userErrors, result.error));
      return;
    }
    this.#draft = emptyDraft();
    this.#registerErrors = [];
    this.#host.announce(msg(str`${registration.issuer} is registered.`));
    this.#host.dispatchEvent(
      new LtiRegistrationChangedEvent({ registrationId: registration.id, change: 'registered' }),
    );
    this.#host.focusAfterUpdate(`[data-platform="${registration.id}"] th`);
    this.#host.requestUpdate();
  }

  #showRegisterErrors(errors: readonly FieldError[]): void {
    const all = [...this.#localKeyErrors(this.#draft.keys), ...errors];
    this.#registerErrors = all;
    const keys = [
      'issuer',
      'clientId',
      'deploymentIds',
      'authLoginUrl',
      'accessTokenUrl',
      'emailLinkDomains',
    ];
    const first = keys.find((key) => all.some((e) => errorKey(e.field) === key));
    const keyError = all.some((e) => ['jwks', 'jwksUrl'].includes(errorKey(e.field)));
    this.#host.focusAfterUpdate(
      first
        ? `#setup-${first}`
        : keyError
          ? `[data-section="register-platform"] [aria-invalid="true"]`
          : '[data-section="register-platform"] [part~="form-error"]',
    );
    this.#host.requestUpdate();
  }

  async #saveKeys(p: Platform): Promise<void> {
    const replacing = this.#replacing;
    if (!replacing || replacing.id !== p.id) return;
    if (this.#localKeyErrors(replacing.keys).length > 0) {
      this.#host.focusAfterUpdate(`[data-replace="${p.id}"] [aria-invalid="true"]`);
      return;
    }
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, setPlatformKeysMutation, {
        input: { registrationId: p.id, ...this.#keysInput(replacing.keys) },
      }),
    );
    if (!result) return;
    const payload = result.data?.setLtiPlatformKeys;
    if (!payload?.registration) {
      const errors = payload?.userErrors ?? [];
      if (errors.length === 0 || errors.every((e) => !['jwks', 'jwksUrl'].includes(errorKey(e.field)))) {
        this.#changes.refuse(errors, result.error);
        return;
      }
      replacing.errors = errors;
      this.#host.focusAfterUpdate(`[data-replace="${p.id}"] [aria-invalid="true"]`);
      this.#host.requestUpdate();
      return;
    }
    this.#replacing = undefined;
    this.#host.announce(msg(str`The keys of ${p.issuer} are replaced.`));
    this.#host.dispatchEvent(
      new LtiRegistrationChangedEvent({ registrationId: p.id, change: 'keys-replaced' }),
    );
    this.#host.focusAfterUpdate(`[data-platform="${p.id}"] [data-action="replace-keys"]`);
    this.#host.requestUpdate();
  }

  async #remove(p: Platform): Promise<void> {
    const result = await this.#changes.send(() =>
      mutate(this.#host.gateway, removePlatformMutation, { id: p.id }),
    );
    if (!result) return;
    const payload = result.data?.removeLtiRegistration;
    if (!payload?.removedId) {
      this.#changes.refuse(payload?.userErrors, result.error);
      return;
    }
    this.#removing = undefined;
    this.#host.announce(msg(str`${p.issuer} is removed.`));
    this.#host.dispatchEvent(new LtiRegistrationChangedEvent({ registrationId: p.id, change: 'removed' }));
    this.#host.focusAfterUpdate('[data-section="register-platform"] input');
    this.#host.requestUpdate();
  }
}

/** Errors that belong to no single field, read out as they appear. */
function formErrors(errors: readonly FieldError[]): unknown {
  return errors.length > 0
    ? html`<div class="form__error" role="alert" part="form-error">
        ${errors.map((e) => html`<p>${e.message}</p>`)}
      </div>`
    : nothing;
}

export function createTab(host: TabHost): Tab {
  return new PlatformsTab(host);
}
