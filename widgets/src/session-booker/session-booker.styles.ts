import { css } from 'lit';

/**
 * The booker's frame: sections, headings, panels and action rows. Each part's own rules are beside
 * it (session-booker.slot-picker.styles.ts, …); the lazily loaded parts' load with them
 * (session-booker.panels.ts `panelCss`). Logical properties throughout, so the layout mirrors in
 * right-to-left locales.
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
`;
