import { css } from 'lit';

/** The slot grid (logical properties, so it mirrors in right-to-left locales). */
export const slotGridStyles = css`
  /* Seven day columns need about 28em, three (compact) 15em; narrower, the grid scrolls inside the card, not the page. */
  .grid-scroll {
    overflow-x: auto;
    /* Holds the cells' visually hidden labels, which would otherwise widen the page past the scroller. */
    position: relative;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: var(--_space-1);
    table-layout: fixed;
    min-inline-size: 28em;
  }
  :host([compact]) table {
    min-inline-size: 15em;
  }
  th {
    vertical-align: top;
    font-weight: normal;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    text-align: center;
  }
  th .none {
    display: block;
    font-style: italic;
  }
  th .day {
    display: block;
    font-weight: var(--_font-weight-strong);
    color: var(--_color-text);
  }
  td {
    block-size: 2em;
    text-align: center;
    border-radius: var(--_radius-small);
  }
  td.slot {
    cursor: pointer;
    color: var(--_color-accent);
    border: var(--_border-width) solid var(--_color-accent);
    background: var(--_color-surface);
    font-variant-numeric: tabular-nums;
  }
  td.slot:hover {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
  }
  td:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 1px;
  }
  @media (prefers-reduced-motion: no-preference) {
    td.slot {
      transition: background-color 120ms ease;
    }
  }
`;
