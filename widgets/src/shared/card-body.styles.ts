import { css } from 'lit';

/**
 * The body of a card that reads as a short form or summary (the pulse, the progress card): small
 * muted subheadings and notes, strong figures, and a padded grid of blocks spaced by the card's
 * `--_gap`. Comes after `cardStyles`, whose `.muted` colour it sizes down, and before the widget's
 * own stylesheet.
 */
export const cardBodyStyles = css`
  .subheading,
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .strong {
    font-weight: var(--_font-weight-strong);
  }
  .body {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
  }
`;
