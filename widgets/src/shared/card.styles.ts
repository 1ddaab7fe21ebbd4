import { css } from 'lit';

/**
 * The frame the full-size widgets share: a themed card whose inner spacing (`--_gap`)
 * tightens under `compact`, and headings without the host page's margins.
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
  p,
  h2,
  h3,
  h4 {
    margin: 0;
  }
`;
