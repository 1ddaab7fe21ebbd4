import { css } from 'lit';

export const viewerBadgeStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    min-inline-size: 16em;
  }
  .card {
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .badge {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    border-radius: var(--_radius-pill);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: var(--_font-weight-strong);
    letter-spacing: 0.02em;
  }
  .details {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .name {
    font-weight: var(--_font-weight-strong);
    font-size: var(--_font-size-large);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .organisation,
  .time-zone {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .roles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .role {
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface-muted);
    border: var(--_border-width) solid var(--_color-border);
    font-size: var(--_font-size-small);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
`;
