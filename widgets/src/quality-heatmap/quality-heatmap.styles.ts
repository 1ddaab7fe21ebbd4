import { css } from 'lit';
import { controlLook } from '../shared/control-look.styles.js';

export const qualityHeatmapStyles = css`
  :host {
    display: block;
  }
  .frame {
    display: grid;
    /* Let the grid scroll sideways inside a narrow host column instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    padding: var(--_space-3);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: end;
  }
  .controls label {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  select {
    ${controlLook}
    font-size: var(--_font-size);
    min-block-size: 2.25em;
  }
  .export {
    margin-inline-start: auto;
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: var(--_space-1);
    color: var(--_color-text-muted);
  }
  :host(:dir(rtl)) .breadcrumb li + li::before {
    content: '‹';
  }
  button.link {
    color: var(--_color-accent);
    background: none;
    border: none;
    padding: 0;
    min-block-size: 0;
    text-decoration: underline;
    font-weight: normal;
  }
  .breadcrumb [aria-current] {
    font-weight: var(--_font-weight-strong);
  }
  .note {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .grid {
    position: relative;
    overflow: auto;
    /* Its width is the card's, never its content's; the org-unit column is sized against it. */
    container-type: inline-size;
    max-block-size: var(--cw-heatmap-max-height, 32rem);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
  }
  .grid-frame {
    position: relative;
  }
  /* Columns beyond the visible edge: a fade and an arrow over it, while there are more. */
  .more {
    position: absolute;
    inset-block: var(--_border-width);
    inset-inline-end: var(--_border-width);
    inline-size: 2rem;
    display: none;
    align-items: center;
    justify-content: end;
    padding-inline-end: var(--_space-1);
    pointer-events: none;
    color: var(--_color-accent);
    font-weight: var(--_font-weight-strong);
    font-size: 1.5em;
    background: linear-gradient(to right, transparent, var(--_color-surface));
  }
  :host(:dir(rtl)) .more {
    transform: scaleX(-1);
  }
  [data-more] > .more {
    display: flex;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: block;
    inline-size: var(--grid-width);
  }
  .body {
    position: relative;
    display: block;
    inline-size: var(--grid-width);
  }
  .body .row {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    inline-size: var(--grid-width);
  }
  .row {
    display: grid;
    grid-template-columns: var(--columns);
    block-size: var(--row-height);
  }
  /* Long capability names (German, French) wrap onto up to three lines; the header grows. */
  .row.header {
    block-size: auto;
    min-block-size: var(--row-height);
  }
  .row.header .cell {
    padding-block: var(--_space-1);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    padding-inline: var(--_space-2);
    border-block-end: var(--_border-width) solid var(--_color-border);
    border-inline-end: var(--_border-width) solid var(--_color-border);
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
  }
  .cell:focus-visible {
    outline-offset: -3px;
  }
  .head-cell {
    background: var(--_color-surface-muted);
    font-weight: var(--_font-weight-strong);
    font-size: var(--_font-size-small);
    justify-content: space-between;
  }
  .sortable {
    cursor: pointer;
  }
  .sortable span:first-child {
    /* Up to three lines, broken only between words (Japanese between phrases); the column is
       as wide as the longest word, and a longer name ends in an ellipsis (the title has it all). */
    white-space: normal;
    word-break: auto-phrase;
    line-height: 1.15;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .sort-indicator {
    color: var(--_color-text-muted);
  }
  .row-head {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-surface);
    justify-content: space-between;
  }
  .pinned .row-head,
  .pinned .cell {
    background-color: var(--_color-surface-muted);
  }
  .pinned .figure:not(.suppressed) {
    /* Pinned rows keep their colour fill, set inline. */
    background-clip: padding-box;
  }
  .organisation {
    font-weight: var(--_font-weight-strong);
  }
  .drillable {
    cursor: pointer;
  }
  .unit-name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .people {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    margin-inline-start: auto;
  }
  /* A phone-wide grid (or 400 % zoom): the org-unit column is half of it, too little for name and
     count; the name stays, and each figure cell still shows its own count. */
  @container (max-width: 24em) {
    .row-head .people {
      display: none;
    }
  }
  .drill {
    color: var(--_color-accent);
    font-weight: var(--_font-weight-strong);
  }
  :host(:dir(rtl)) .drill {
    transform: scaleX(-1);
  }
  .figure {
    justify-content: space-between;
    font-variant-numeric: tabular-nums;
    cursor: default;
  }
  .figure .value {
    font-weight: var(--_font-weight-strong);
  }
  .figure .count {
    font-size: var(--_font-size-small);
  }
  .flag {
    font-weight: var(--_font-weight-strong);
    border: 1px solid currentColor;
    border-radius: var(--_radius-pill);
    padding-inline: 0.4em;
    line-height: 1.2;
  }
  .suppressed {
    justify-content: center;
    color: var(--_color-text-muted);
    background-image: repeating-linear-gradient(
      45deg,
      transparent 0 6px,
      color-mix(in srgb, var(--_color-text-muted) 18%, transparent) 6px 8px
    );
  }
  .glyph {
    font-family: monospace;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    font-size: var(--_font-size-small);
  }
  .legend-title {
    font-weight: var(--_font-weight-strong);
  }
  .ramp {
    inline-size: 12rem;
    block-size: 0.9rem;
    border-radius: var(--_radius-small);
    border: var(--_border-width) solid var(--_color-border);
  }
  :host(:dir(rtl)) .ramp {
    transform: scaleX(-1);
  }
  .glyph-ramp {
    font-family: monospace;
    letter-spacing: 0.2em;
  }
  .legend-labels {
    display: inline-flex;
    gap: var(--_space-3);
    font-variant-numeric: tabular-nums;
  }
  .legend-note {
    color: var(--_color-text-muted);
    flex-basis: 100%;
  }
  @media (forced-colors: active) {
    .figure {
      forced-color-adjust: auto;
    }
  }
`;
