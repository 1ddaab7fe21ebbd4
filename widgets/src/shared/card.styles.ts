import { css } from 'lit';
import { controlLook } from './control-look.styles.js';

/**
 * The frame the full-size widgets share: a themed card whose inner spacing (`--_gap`)
 * tightens under `compact`, its header, and the parts the booker, goal tracker and progress card
 * all show (a refusal's notice, muted text, secondary and disabled buttons, labelled fields), so
 * each widget's own stylesheet holds only what is its own.
 */
export const cardStyles = css`
  :host {
    display: block;
    min-inline-size: 16em;
    --_gap: var(--_space-4);
  }
  :host([compact]) {
    --_gap: var(--_space-2);
    font-size: var(--_font-size-small);
  }
  .card {
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .header {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_gap);
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  h2 {
    font-size: var(--_font-size-large);
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .notice {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    margin: var(--_space-3) var(--_gap) 0;
    padding: var(--_space-2) var(--_space-3);
    border: var(--_border-width) solid var(--_color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-small);
  }
  button.secondary {
    color: var(--_color-accent);
    background: transparent;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  select,
  textarea {
    ${controlLook}
    max-inline-size: 100%;
  }
`;
