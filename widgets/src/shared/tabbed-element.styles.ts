import { css } from 'lit';

/**
 * What the tabbed elements (the coach desk, the program console) draw alike: a width below which
 * their tables stop making sense, a header row that wraps, and the status pill (`.status`, with
 * `data-status` or `data-pace`) whose colours each element gives per value.
 */
export const tabbedElementStyles = css`
  :host {
    min-inline-size: 20em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .header h2 {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-pill);
    border: var(--_border-width) solid var(--_color-border);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
`;
