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

/**
 * The fields of the desk's and the console's forms: every input, select and text area with the
 * control's look, tall enough to touch, never wider than its container; a field the gateway
 * refused is outlined in the danger colour. Comes after `cardStyles` and before the widget's own
 * stylesheet.
 */
export const formControlStyles = css`
  input,
  select,
  textarea {
    ${controlLook}
    min-block-size: 2.25em;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
`;
