import { css } from 'lit';
import { linkButton } from '../shared/link-button.styles.js';

/**
 * The console's frame, list, tabs and the parts every tab shares (tables, toolbars, badges,
 * charts, forms). Logical properties throughout, so the layout mirrors right to left.
 */
export const programConsoleStyles = css`
  .back::before {
    content: '← ';
  }
  .back:dir(rtl)::before {
    content: '→ ';
  }
  .status[data-status='ACTIVE'],
  .status[data-status='ACCEPTED'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .status[data-status='PAUSED'],
  .status[data-status='DECLINED'],
  .status[data-status='WITHDRAWN'],
  .status[data-status='STALLED'] {
    border-color: var(--_color-danger);
  }
  ${linkButton}
  button.link {
    font-weight: var(--_font-weight-strong);
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
    padding-inline: var(--_gap);
  }
  .toolbar .spacer {
    flex: 1;
  }
  label {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .field input,
  .field select,
  .field textarea {
    inline-size: 100%;
  }
  fieldset > button,
  .kpi-card > button {
    justify-self: start;
  }
  .field__error,
  .form__error {
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }
  fieldset {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    min-inline-size: 0;
  }
  legend {
    font-weight: var(--_font-weight-strong);
    padding-inline: var(--_space-1);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_space-3);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    padding-inline: var(--_gap);
  }
  .figure {
    display: grid;
    padding: var(--_space-2) var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    min-inline-size: 8em;
  }
  .figure strong {
    font-size: var(--_font-size-large);
  }
  .proposal-state {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
  }
  .proposal-state p {
    margin: 0;
  }
  .proposal-state progress {
    inline-size: min(20em, 100%);
    accent-color: var(--_color-accent);
  }
  .figure span {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-block-size: 14em;
    color: var(--_color-accent);
  }
  .chart .axis {
    stroke: var(--_color-border);
  }
  .chart .baseline {
    stroke: var(--_color-text-muted);
    stroke-dasharray: 4 3;
  }
  .chart .target {
    stroke: var(--_color-danger);
    stroke-dasharray: 2 3;
  }
  .chart .secondary {
    stroke: var(--_color-text-muted);
    stroke-dasharray: 5 3;
  }
  .chart text {
    fill: var(--_color-text-muted);
    font-size: 10px;
  }
  .pace[data-pace='BEHIND'] {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-strong);
  }
  tbody th > span,
  td > .muted {
    display: block;
    font-size: var(--_font-size-small);
  }
  .comments ul {
    margin: 0;
    padding-inline-start: 1em;
    max-inline-size: 24em;
  }
  .row-actions,
  [data-table='coaches'] td:last-child {
    white-space: nowrap;
  }
  .row-actions button + button {
    margin-inline-start: var(--_space-1);
  }
  .outcome-section {
    display: grid;
    gap: var(--_space-2);
  }
  h3 {
    font-size: var(--_font-size-large);
  }
  h4 {
    font-size: inherit;
  }
  .bars {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
  }
  .bar {
    display: grid;
    grid-template-columns: 9em 1fr;
    gap: var(--_space-2);
    align-items: center;
  }
  .bar dd {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
  }
  .bar__fill {
    display: block;
    block-size: 0.8em;
    min-inline-size: 2px;
    background: var(--_color-accent);
    border-radius: var(--_radius-small);
  }
  .kpi-cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
    gap: var(--_space-3);
  }
  .kpi-card {
    gap: var(--_space-2);
    align-content: start;
  }
  .kpi-figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .legend .swatch {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0;
    border-block-start: 2px solid var(--_color-accent);
    vertical-align: middle;
    margin-inline-end: var(--_space-1);
  }
  .legend .swatch--muted {
    border-block-start: 2px dashed var(--_color-text-muted);
  }
  .legend .swatch--target {
    border-block-start: 2px dotted var(--_color-danger);
  }
  .setup {
    display: grid;
    gap: var(--_space-3);
  }
  .kpis,
  .units {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .kpi {
    align-items: end;
  }
  .units li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    color: var(--_color-text);
    font-size: inherit;
  }
  .choices .grid {
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: var(--_space-1) var(--_space-3);
  }
  .picker {
    display: grid;
    gap: var(--_space-1);
    max-inline-size: 28em;
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    inset-block-start: 4.5em;
    inset-inline: 0;
    z-index: 1;
    margin: 0;
    padding: var(--_space-1);
    list-style: none;
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
    padding: var(--_space-1) var(--_space-2);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  [role='option'][aria-selected='true'] .muted {
    color: inherit;
  }
  .population {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-muted);
    border-radius: var(--_radius-small);
    min-block-size: 2.5em;
  }
  .confirm {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius-small);
  }
  .hint {
    font-size: var(--_font-size-small);
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .inline-form .field {
    flex: 1 1 18em;
  }
  .record {
    display: grid;
    gap: var(--_space-2);
  }
  .form__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .thresholds__fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    /* A field with a hint below must not stretch its neighbours' inputs to its height. */
    align-items: start;
    gap: var(--_space-2) var(--_space-3);
    margin-block-end: var(--_space-2);
  }
  td.select,
  th:has(> [data-select]) {
    inline-size: 1.5em;
  }
  [data-select] {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .reasons {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .tool-urls {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
  }
  .tool-url dt {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .tool-url dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
  }
  .platforms code {
    overflow-wrap: anywhere;
  }
`;
