import { css } from 'lit';

/**
 * Logical properties throughout, so the layout mirrors in right-to-left locales. The coach list's
 * and the panels' rules load with them (session-booker.panels.ts `panelCss`).
 */
export const sessionBookerStyles = css`
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  h3,
  h4 {
    font-size: inherit;
  }
  h3,
  .when {
    font-weight: var(--_font-weight-strong);
  }
  .body {
    display: grid;
    /* One column no wider than the card: a grid track otherwise grows to its widest child (the zone picker). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_gap);
  }
  .body + .body {
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .picker__head,
  .picker__controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    /* A long zone name must not push the card wider than a narrow sidebar (or 400 % zoom). */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .zone select {
    /* A flex item's automatic minimum is its widest option; without this it ignores max-inline-size. */
    min-inline-size: 0;
  }
  .week-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  /* Seven day columns need about 28em; narrower, the grid scrolls inside the card, not the page. */
  .grid-scroll {
    overflow-x: auto;
    /* Holds the cells' visually hidden labels, which would otherwise widen the page past the scroller. */
    position: relative;
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: var(--_space-1);
    table-layout: fixed;
    min-inline-size: 28em;
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
  .empty-week {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
    padding-block: var(--_space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .sessions {
    display: grid;
    gap: var(--_space-2);
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .prompt {
    background: var(--_color-surface-muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    td.slot {
      transition: background-color 120ms ease;
    }
  }
  .invitation__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
`;
