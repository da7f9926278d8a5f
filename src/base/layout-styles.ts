import { css } from 'lit';

/**
 * A row of buttons (`class="actions"`): side by side, wrapping onto the next line on a narrow
 * screen. A widget adds the sheet before its own styles, which may add spacing around the row.
 */
export const actionStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
`;
