import { css } from 'lit';

/**
 * How a form control looks in every widget: the host's font, the theme's text and surface colours,
 * its border, corner and padding. Interpolated into the rule of each stylesheet that styles a
 * control (`select, textarea { ${controlLook} … }`), which adds what is its own.
 */
export const controlLook = css`
  font: inherit;
  color: var(--_color-text);
  background: var(--_color-surface);
  border: var(--_border-width) solid var(--_color-border);
  border-radius: var(--_radius-small);
  padding: var(--_space-1) var(--_space-2);
`;
