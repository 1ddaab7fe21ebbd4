import { css } from 'lit';
import { linkButton } from '../shared/link-button.styles.js';

/**
 * The desk's frame, tabs and the parts its tabs share (day lists, tables, badges, forms).
 * Logical properties throughout, so the layout mirrors right to left.
 */
export const coachDeskStyles = css`
  .header {
    align-items: baseline;
  }
  .rating {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .status[data-status='COMPLETED'],
  .status[data-pace='ON_TRACK'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .status[data-status='NO_SHOW'],
  .status[data-status='CANCELLED'],
  .status[data-pace='BEHIND'] {
    border-color: var(--_color-danger);
  }
  .muted {
    color: var(--_color-text-muted);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size-base);
  }
  .day {
    display: grid;
    gap: var(--_space-2);
    padding-inline: var(--_gap);
  }
  .day > ul,
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .session {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    padding: var(--_space-2) var(--_space-3);
    display: grid;
    gap: var(--_space-2);
  }
  .session[data-due] {
    border-inline-start: 4px solid var(--_color-accent);
  }
  .session__line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
  }
  .session__time {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
    min-inline-size: 7.5em;
  }
  .session__who {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  .detail {
    display: grid;
    gap: var(--_space-3);
    padding-block-start: var(--_space-2);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .detail > [part~='goals'],
  .detail > [part~='previous-note'] {
    display: grid;
    gap: var(--_space-1);
  }
  h4 {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .note-text {
    white-space: pre-wrap;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  label,
  legend {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 6em;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field__error {
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
    margin: 0;
  }
  fieldset {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    padding: var(--_space-2) var(--_space-3);
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .checks label {
    color: var(--_color-text);
    display: inline-flex;
    gap: var(--_space-1);
    align-items: center;
  }
  .form {
    display: grid;
    gap: var(--_space-3);
    padding-inline: var(--_gap);
  }
  .weekday {
    display: grid;
    grid-template-columns: minmax(7em, auto) 1fr;
    gap: var(--_space-2);
    align-items: start;
    padding-block: var(--_space-1);
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  .windows {
    display: grid;
    gap: var(--_space-1);
  }
  .window,
  .day-off {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: end;
  }
  .conflicts {
    border: var(--_border-width) solid var(--_color-danger);
    border-radius: var(--_radius-small);
    padding: var(--_space-2) var(--_space-3);
    display: grid;
    gap: var(--_space-2);
  }
  .conflicts p {
    margin: 0;
  }
  .kept {
    margin-block-start: var(--_space-4);
    padding-inline: var(--_gap);
    display: grid;
    gap: var(--_space-2);
  }
  .kept h3,
  .kept p {
    margin: 0;
  }
  .kept li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .move {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    inline-size: 100%;
  }
  .move p {
    margin: 0;
  }
  ${linkButton}
  button.link {
    text-underline-offset: 0.2em;
  }
`;
