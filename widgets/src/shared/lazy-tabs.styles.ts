import { css } from 'lit';

/**
 * The tab strip and panel of the elements built on LazyTabs (lazy-tabs.ts): a row of tabs under
 * the header, the selected one underlined in the accent, and the panel's inline padding. Logical
 * properties, so it mirrors right to left.
 */
export const tabsStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_gap) 0;
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  [role='tab'] {
    color: var(--_color-text);
    background: transparent;
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_color-accent);
    border-block-end-color: var(--_color-accent);
  }
  .panel {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-3) 0;
  }
  .panel > .state,
  .pad {
    margin-inline: var(--_gap);
  }
`;
