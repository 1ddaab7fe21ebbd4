import { css } from 'lit';

/**
 * The data tables of the desk and the console: a horizontal scroller around a full-width table with
 * tabular figures, rows ruled off in the border colour, small muted column headings, plain row
 * headings and `.number` cells aligned to the end. Comes after `cardStyles` and before the widget's
 * own stylesheet. Logical properties, so it mirrors right to left.
 */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--_space-2) var(--_gap);
    text-align: start;
    vertical-align: top;
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  thead th {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
  }
  tbody th {
    font-weight: normal;
  }
  .number {
    text-align: end;
  }
`;
