import { css } from 'lit';

/**
 * Data tables of the kit: a named, focusable scroll region (so a keyboard can scroll a wide
 * table at 390 px and the region is announced), the caption or heading outside it, sortable
 * column headers as buttons, tabular numbers, and a visible cue that the table scrolls.
 */
export const tableStyles = css`
  .scroll {
    /* What is placed absolutely inside (a screen reader's words) is held in the region too,
       or it would stretch the page sideways. */
    position: relative;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    /* A shade at an edge with more to scroll: dark on a light surface, light on a dark one. */
    --_edge: light-dark(rgb(0 0 0 / 0.18), rgb(255 255 255 / 0.22));
    border-radius: var(--_radius);
    /* The shadows at the edges show there is more to scroll. */
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_edge), transparent) left / 0.75rem 100%
        no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_edge), transparent) right / 0.75rem 100%
        no-repeat scroll;
  }

  .scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  th,
  td {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    white-space: nowrap;
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.875em;
  }

  thead th:has(button.sort) {
    padding: 0;
  }

  button.sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.sort .icon {
    inline-size: 1em;
    block-size: 1em;
  }

  [aria-sort='none'] button.sort .icon {
    opacity: 0.55;
  }

  @media (forced-colors: active) {
    .scroll {
      background: Canvas;
    }
  }
`;
