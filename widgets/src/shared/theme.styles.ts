import { css, unsafeCSS, type CSSResult } from 'lit';
import { themeTokens, type ThemeToken } from './theme-tokens.js';

/**
 * Widgets read private `--_*` names; each resolves to the host's `--cw-*` value when set, else the
 * theme's default. Host values therefore win in every theme, and inherit from any ancestor.
 */
const privateName = (token: ThemeToken): string => `--_${token.name.slice('--cw-'.length)}`;

function declarations(value: (token: ThemeToken) => string | undefined): CSSResult {
  return unsafeCSS(
    themeTokens
      .map((token) => [token, value(token)] as const)
      // 'inherit' tokens are applied directly on :host below.
      .filter((pair): pair is readonly [ThemeToken, string] => pair[1] !== undefined && pair[1] !== 'inherit')
      .map(([token, v]) => `${privateName(token)}: var(${token.name}, ${v});`)
      .join('\n'),
  );
}

// The light values apply in every theme; a theme block restates only the tokens it changes. The
// high-contrast block also restates those the dark theme changes, as both can apply at once (auto
// under prefers-color-scheme: dark and prefers-contrast: more).
const light = declarations((t) => t.light);
const dark = declarations((t) => t.dark);
const highContrast = declarations((t) => t.highContrast ?? (t.dark === undefined ? undefined : t.light));
const forced = declarations((t) => t.forced);

export const themeStyles = css`
  :host {
    ${light}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([theme='high-contrast']) {
    ${highContrast}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='high-contrast'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  @media (prefers-contrast: more) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${highContrast}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host([theme='auto']),
    :host([theme='high-contrast']),
    :host(:not([theme])) {
      ${forced}
    }
  }

  :host {
    color: var(--_color-text);
    /* Without a value these are invalid at computed-value time, i.e. unset: inherited from the page. */
    font-family: var(--cw-font-family);
    font-size: var(--cw-font-size);
    line-height: var(--_line-height);
  }
  /*
   * A host page's rules reach the host element (its "* { … !important }" beats any :host rule) and
   * inherited properties flow on into the shadow root: a reset's uppercase, nowrap or letter-spacing
   * would reshape every widget. The widget's top-level elements are out of the page's reach, so
   * the text settings the layout depends on are restated there. Family and size still come from
   * the page (above).
   */
  :host > * {
    color: var(--_color-text);
    line-height: var(--_line-height);
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Text and headings without the host page's margins, in every widget. */
  p,
  h2,
  h3,
  h4 {
    margin: 0;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    font-weight: var(--_font-weight-strong);
    color: var(--_color-on-accent);
    background: var(--_color-accent);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius-small);
    padding: var(--_space-1) var(--_space-3);
    cursor: pointer;
    min-block-size: 2.25em;
  }
  button:hover {
    filter: brightness(1.08);
  }
`;
