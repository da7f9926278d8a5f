import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  .fields {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }

  .readonly {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 6);
  }

  .readonly dt {
    color: var(--_muted);
  }

  .readonly dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 3);
    overflow-wrap: anywhere;
  }

  .readonly .value {
    font-weight: 600;
  }

  form,
  .controls {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  .info,
  .note,
  .readonly-reason {
    margin: 0;
    color: var(--_muted);
  }

  @media (max-width: 480px) {
    .readonly {
      grid-template-columns: 1fr;
    }
  }
`;
