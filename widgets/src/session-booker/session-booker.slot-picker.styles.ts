import { css } from 'lit';

/** The slot picker's head, time-zone control, day navigation and empty range (logical properties). */
export const slotPickerStyles = css`
  .picker__head,
  .picker__controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    /* A long zone name must not push the card wider than a narrow sidebar (or 400 % zoom). */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .zone select {
    /* A flex item's automatic minimum is its widest option; without this it ignores max-inline-size. */
    min-inline-size: 0;
  }
  .week-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  .empty-week {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
    padding-block: var(--_space-3);
  }
`;
