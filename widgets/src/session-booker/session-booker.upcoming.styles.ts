import { css } from 'lit';

/** The list of upcoming sessions. */
export const upcomingStyles = css`
  .sessions {
    display: grid;
    gap: var(--_space-2);
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
`;
