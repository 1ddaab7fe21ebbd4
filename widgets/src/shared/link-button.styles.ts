import { css } from 'lit';

/**
 * A button that reads as a link (`<button class="link">`): the accent colour, underlined, with the
 * theme's focus ring. Interpolated before a stylesheet's own `button.link` rule, which adds its
 * weight or size: coming after it, `all: unset` would undo them.
 */
export const linkButton = css`
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_color-accent);
    text-decoration: underline;
    border-radius: var(--_radius-small);
  }
  button.link:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
`;
