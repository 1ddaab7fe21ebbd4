import { css } from 'lit';

/** Logical properties throughout, so the scale runs right to left in right-to-left locales. */
export const pulseStyles = css`
  .capability {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    min-inline-size: 0;
  }
  .capability legend {
    padding-inline: var(--_space-1);
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(4.5em, 1fr));
    gap: var(--_space-1);
  }
  .choice {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-1);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    cursor: pointer;
    text-align: center;
  }
  .choice:has(input:checked) {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .choice input {
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .choice__score {
    font-weight: var(--_font-weight-strong);
  }
  .choice__label {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    min-block-size: 1lh;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .raters,
  .wellbeing {
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .rater-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-1);
  }
  .rater-list li,
  .rater-option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .rater-options {
    display: grid;
    gap: var(--_space-1);
  }
  .raters .notice {
    margin: 0;
  }
  .field-error {
    margin: 0;
    color: var(--_color-danger);
  }
  .raters-form {
    display: grid;
    gap: var(--_gap);
  }
  .raters h2,
  .wellbeing h2 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  .thanks {
    margin: 0;
    padding: var(--_gap);
  }
`;
