import { css } from 'lit';
import { controlLook } from './control-look.styles.js';

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
