import { css } from 'lit';
import { linkButton } from '../shared/link-button.styles.js';

/** Logical properties throughout, so the layout mirrors in right-to-left locales. */
export const progressCardStyles = css`
  /* Narrow sidebars (an LMS course page): everything below wraps instead of overflowing. */
  :host {
    min-inline-size: 12em;
  }
  h2 {
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
  }
  .block {
    display: grid;
    gap: var(--_space-1);
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
  }
  .actions {
    justify-content: flex-start;
  }
  .pace {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-pill);
    border: var(--_border-width) solid currentColor;
    color: var(--_color-accent);
  }
  .pace[data-status='BEHIND'],
  .pace[data-status='WITHDRAWN'] {
    color: var(--_color-danger);
  }
  .bar {
    block-size: 0.5em;
    border-radius: var(--_radius-pill);
    background: var(--_color-surface-muted);
    border: var(--_border-width) solid var(--_color-border);
    overflow: hidden;
  }
  .bar__fill {
    display: block;
    block-size: 100%;
    background: var(--_color-accent);
  }
  ${linkButton}
  button.link {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .goals {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
  }
  .capabilities {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .capability {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
    align-items: center;
  }
  .capability__name {
    flex: 1 1 8em;
  }
  .figures {
    flex: 1 1 100%;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .chart {
    flex: none;
    inline-size: 7.5em;
    block-size: 0.75em;
  }
  /* A 1–5 scale grows from the inline start: mirror it in right-to-left layouts. */
  .chart:dir(rtl) {
    transform: scaleX(-1);
  }
  .chart__track {
    fill: var(--_color-surface-muted);
    stroke: var(--_color-border);
    stroke-width: 0.5;
  }
  .chart__latest {
    fill: var(--_color-accent);
  }
  .chart__baseline {
    fill: var(--_color-text);
  }
  .delta {
    font-weight: var(--_font-weight-strong);
    color: var(--_color-text);
  }
  .delta[data-direction='up']::before {
    content: '▲ ' / '';
    color: var(--_color-accent);
  }
  .delta[data-direction='down']::before {
    content: '▼ ' / '';
    color: var(--_color-danger);
  }
  .sharing {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    font-size: var(--_font-size-small);
    padding-block-start: var(--_space-2);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .sharing input:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .private {
    padding: var(--_gap);
    color: var(--_color-text-muted);
  }
  :host([layout='compact']) {
    --_gap: var(--_space-3);
  }
  :host([layout='compact']) .capabilities {
    font-size: var(--_font-size-small);
  }
`;
