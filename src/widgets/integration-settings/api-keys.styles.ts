import { css } from 'lit';

/** The API-key section's own look, adopted when the section loads (with the table styles). */
export const apiKeyStyles = css`
  button.danger {
    color: var(--_danger);
    white-space: nowrap;
  }

  /* A key's prefix is a code: it scrolls with the table rather than breaking mid-token. */
  td code {
    white-space: nowrap;
  }

  .secret {
    display: block;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    overflow-wrap: anywhere;
    user-select: all;
  }

  form[data-section='api-keys'] {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
`;
