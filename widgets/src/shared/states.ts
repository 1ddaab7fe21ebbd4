import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';

/**
 * The states every widget shows besides its content. Plain templates (not elements) so they
 * render inside the widget's own shadow root, pick up its theme and need no registration.
 * Each carries `part="state state-<name>"` for host styling.
 */

const icon = (path: TemplateResult): TemplateResult =>
  html`<svg
    class="state__icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
  >
    ${path}
  </svg>`;

const errorIcon = svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z"/>`;
const lockIcon = svg`<path fill="currentColor" d="M17 9h-1V7a4 4 0 1 0-8 0v2H7a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2Zm-7-2a2 2 0 1 1 4 0v2h-4V7Z"/>`;

export interface SkeletonOptions {
  /** Read to screen readers while loading, e.g. "Loading your profile". */
  label?: string;
  /** Number of text lines to sketch. */
  lines?: number;
  /** Sketch a round avatar before the lines. */
  avatar?: boolean;
}

export function renderSkeleton({ label, lines = 2, avatar = false }: SkeletonOptions = {}): TemplateResult {
  return html`<div class="state state--loading" part="state state-loading" role="status" aria-busy="true">
    <span class="visually-hidden">${label ?? msg('Loading…')}</span>
    <div class="skeleton" aria-hidden="true">
      ${avatar ? html`<span class="bone bone--avatar"></span>` : nothing}
      <span class="bone-lines">
        ${Array.from({ length: lines }, () => html`<span class="bone bone--line"></span>`)}
      </span>
    </div>
  </div>`;
}

export interface EmptyOptions {
  message: string;
  action?: { label: string; onClick: () => void } | undefined;
}

export function renderEmpty({ message, action }: EmptyOptions): TemplateResult {
  return html`<div class="state state--empty" part="state state-empty">
    <p class="state__message">${message}</p>
    ${action ? html`<button type="button" part="action-button" @click=${action.onClick}>${action.label}</button>` : nothing}
  </div>`;
}

export interface ErrorOptions {
  /** Shown under the headline; keep it human ("The coaching service did not answer."). */
  message?: string | undefined;
  /** Omit when trying again cannot help (e.g. the widget is misconfigured). */
  onRetry?: (() => void) | undefined;
}

export function renderError({ message, onRetry }: ErrorOptions = {}): TemplateResult {
  return html`<div class="state state--error" part="state state-error" role="alert">
    ${icon(errorIcon)}
    <div class="state__body">
      <p class="state__title">${msg('Something went wrong.')}</p>
      ${message ? html`<p class="state__message">${message}</p>` : nothing}
      ${
        onRetry
          ? html`<button type="button" part="retry-button" @click=${onRetry}>${msg('Try again')}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * The gateway throttled this page's requests: a calm status, not an error, since the query asks
 * again by itself when the wait is over (QueryController). `seconds` is the wait left.
 */
export function renderRateLimited(seconds: number): TemplateResult {
  return html`<div class="state state--rate-limited" part="state state-rate-limited" role="status">
    <div class="state__body">
      <p class="state__title">${msg(str`Too many requests — trying again in ${seconds} s`)}</p>
    </div>
  </div>`;
}

export type AccessProblem = 'signed-out' | 'unauthorised';

/** Signed out (no or rejected token) or signed in without the role this widget needs. */
export function renderNoAccess(problem: AccessProblem): TemplateResult {
  const signedOut = problem === 'signed-out';
  return html`<div class="state state--${problem}" part=${`state state-${problem}`} role="status">
    ${icon(lockIcon)}
    <div class="state__body">
      <p class="state__title">
        ${signedOut ? msg('You are signed out.') : msg('You do not have access to this.')}
      </p>
      <p class="state__message">
        ${
          signedOut
            ? msg('Sign in to your organisation’s portal to see your coaching.')
            : msg('Ask your programme administrator if you think you should.')
        }
      </p>
    </div>
  </div>`;
}
