import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 5);
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
    min-width: 0;
  }

  .partner-id,
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .partner-id {
    font-size: 1.05em;
    font-weight: 600;
  }

  /* Terms and values in two columns shared by every row (each row a subgrid), so the values
     line up whatever each term's length. */
  .readonly,
  .result dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: calc(var(--_space) * 3) calc(var(--_space) * 6);
    margin: 0;
  }

  .term {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: var(--_space);
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
    min-width: 0;
  }

  .result {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .result dl {
    row-gap: calc(var(--_space) * 1);
  }

  .ok {
    color: var(--_positive);
    font-weight: 600;
  }

  .bad {
    color: var(--_danger);
    font-weight: 600;
  }

  .readonly-reason {
    margin: 0;
    color: var(--_muted);
  }

  @media (max-width: 480px) {
    .readonly,
    .result dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  /* A section's heading takes focus (after its last API key was revoked) without a ring. */
  h3:focus {
    outline: none;
  }
`;
