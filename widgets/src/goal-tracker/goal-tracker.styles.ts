import { css } from 'lit';
import { controlLook } from '../shared/control-look.styles.js';

/** Logical properties throughout, so the layout mirrors in right-to-left locales. */
export const goalTrackerStyles = css`
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
  }
  h4 {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    margin-block-start: var(--_space-3);
  }
  .goals {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .goal {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_gap);
  }
  .show-all {
    margin: var(--_space-2) var(--_gap) var(--_space-3);
  }
  .goal + .goal {
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  h3 {
    font-size: inherit;
  }
  .goal__toggle {
    all: unset;
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
    border-radius: var(--_radius-small);
  }
  .goal__toggle::before {
    content: '▸';
    flex: none;
    color: var(--_color-text-muted);
    transition: transform 0.15s;
  }
  .goal__toggle:dir(rtl)::before {
    transform: scaleX(-1);
  }
  .goal__toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .goal__toggle:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .goal__meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .status {
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-pill);
    border: var(--_border-width) solid var(--_color-border);
    color: var(--_color-text);
  }
  [data-status='COMPLETED'] .status {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .progress-row {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }
  .progress {
    flex: 1;
    block-size: 0.5em;
    border-radius: var(--_radius-pill);
    background: var(--_color-surface-muted);
    border: var(--_border-width) solid var(--_color-border);
    overflow: hidden;
  }
  .progress__bar {
    display: block;
    block-size: 100%;
    background: var(--_color-accent);
    transition: inline-size 0.3s ease-out;
  }
  .progress__label {
    min-inline-size: 3em;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-size: var(--_font-size-small);
  }
  .goal__details {
    display: grid;
    gap: var(--_space-2);
    padding-inline-start: var(--_space-4);
  }
  .description,
  .check-in__note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .muted {
    font-size: var(--_font-size-small);
  }
  .milestones,
  .check-ins {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .milestones label {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
  }
  .milestones .done span {
    text-decoration: line-through;
    color: var(--_color-text-muted);
  }
  .check-ins li {
    display: grid;
  }
  .check-in__head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .check-in__head strong {
    color: var(--_color-text);
  }
  .actions,
  .form__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  form {
    display: grid;
    gap: var(--_space-3);
    margin: var(--_space-3) var(--_gap);
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-muted);
  }
  .goal__details form {
    margin-inline: 0;
  }
  .form__row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: var(--_space-3);
  }
  .field label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  input:not([type='checkbox']) {
    ${controlLook}
  }
  input:not([type='checkbox']),
  select,
  textarea {
    min-block-size: 2.25em;
    inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 2px;
  }
  .field__error,
  .form__error {
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }
  :host([compact]) .description {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .progress__bar,
    .goal__toggle::before {
      transition: none;
    }
  }
`;
