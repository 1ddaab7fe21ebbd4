import type { GatewayError } from '@coachwork/client';
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a mutation's payload says went wrong: the gateway's words, in the request's language. */
export interface UserErrorLike {
  readonly message: string;
}

export interface ActionStatusOptions {
  /** A sentence for a gateway or network error (the element's `describeError`). */
  describe(error: GatewayError): string;
}

/**
 * What a widget shows while and after it sends a change: busy (controls disabled, a second send
 * refused), a notice when the change was refused (role=alert, stays until dismissed or the next
 * change), and a sentence for screen readers when it succeeded (role=status, read once, not
 * shown). The refusal's words are the gateway's own (`userErrors`) when it gave any; otherwise the
 * error's description, and a refused permission reads as such.
 *
 * The host renders `renderAnnouncer()` once, before its content (tests and screen readers find the
 * first status region), and `renderNotice()` where the notice belongs. It needs no lifecycle hook:
 * every change asks the host to render.
 */
export class ActionStatusController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ActionStatusOptions;
  #busy = false;
  #notice: string | undefined;
  #announcement = '';

  constructor(host: ReactiveControllerHost, options: ActionStatusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** A change is on its way: its controls are disabled and a second one is not sent. */
  get busy(): boolean {
    return this.#busy;
  }

  get notice(): string | undefined {
    return this.#notice;
  }

  get announcement(): string {
    return this.#announcement;
  }

  /**
   * Starts a change: busy, and the last refusal's notice goes. False when one is already under
   * way; the caller then sends nothing.
   */
  start(): boolean {
    if (this.#busy) return false;
    this.#busy = true;
    this.#notice = undefined;
    this.#host.requestUpdate();
    return true;
  }

  /** The change came back, whatever its answer. */
  finish(): void {
    this.#busy = false;
    this.#host.requestUpdate();
  }

  /** Read to screen readers once; nothing is shown. */
  announce(text: string): void {
    this.#announcement = text;
    this.#host.requestUpdate();
  }

  /** Shows `text` as the notice, or removes the notice. */
  setNotice(text: string | undefined): void {
    this.#notice = text;
    this.#host.requestUpdate();
  }

  /** The refusal's reasons: the gateway's `userErrors` when it gave any, else one sentence for `error`. */
  refusal<T extends UserErrorLike>(
    userErrors: readonly T[] | undefined,
    error: GatewayError | undefined,
  ): ReadonlyArray<T | UserErrorLike> {
    if (userErrors && userErrors.length > 0) return userErrors;
    return [{ message: this.describe(error) }];
  }

  /** Shows why a change was refused (see `refusal`), after `lead` when given; returns the notice. */
  refuse(
    userErrors: readonly UserErrorLike[] | undefined,
    error: GatewayError | undefined,
    lead?: string,
  ): string {
    const reasons = this.refusal(userErrors, error)
      .map((reason) => reason.message)
      .join(' ');
    const notice = lead ? `${lead} ${reasons}` : reasons;
    this.setNotice(notice);
    return notice;
  }

  /** A sentence for an error, or for a refusal that came without one. */
  describe(error: GatewayError | undefined): string {
    if (error?.code === 'FORBIDDEN') return msg('You do not have access to this.');
    return error ? this.#options.describe(error) : msg('The coaching service had a problem.');
  }

  /** The screen-reader region: render it once, before the content. */
  renderAnnouncer(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  /**
   * The notice (part `notice`, role=alert), with a Dismiss button (part `notice-dismiss`) unless
   * `dismissible` is false; nothing when there is no notice.
   */
  renderNotice({ dismissible = true }: { dismissible?: boolean } = {}): TemplateResult | typeof nothing {
    if (!this.#notice) return nothing;
    return html`<div class="notice" part="notice" role="alert">
      <p>${this.#notice}</p>
      ${
        dismissible
          ? html`<button
              type="button"
              class="secondary"
              part="notice-dismiss"
              @click=${() => this.setNotice(undefined)}
            >
              ${msg('Dismiss')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
