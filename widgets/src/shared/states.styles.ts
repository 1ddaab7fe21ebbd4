import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    padding: var(--_space-4);
    color: var(--_color-text);
    /* States paint their own surface: a dark-themed widget may sit on a light page. */
    background: var(--_color-surface);
  }
  .state__body {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
  }
  .state__title {
    font-weight: var(--_font-weight-strong);
  }
  .state__message {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .state__icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_color-text-muted);
  }
  .state--error .state__icon {
    color: var(--_color-danger);
  }
  .state--empty {
    flex-direction: column;
    align-items: center;
    text-align: center;
  }

  .skeleton {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    inline-size: 100%;
  }
  .bone-lines {
    display: grid;
    gap: var(--_space-2);
    flex: 1;
  }
  .bone {
    display: block;
    border-radius: var(--_radius-small);
    background: var(--_color-surface-muted);
    animation: cw-pulse 1.6s ease-in-out infinite;
  }
  /* Sized in CSS, not inline styles: hosts with a strict CSP forbid style attributes. */
  .bone--line {
    block-size: 0.9em;
    inline-size: 100%;
  }
  .bone--line:nth-child(2) {
    inline-size: 70%;
    animation-delay: 120ms;
  }
  .bone--line:nth-child(n + 3) {
    inline-size: 45%;
    animation-delay: 240ms;
  }
  .bone--avatar {
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    border-radius: var(--_radius-pill);
  }
  @keyframes cw-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .bone {
      border: 1px solid CanvasText;
    }
  }
`;
