import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
  }

  .methods {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .method {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 2);
    align-items: center;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .method input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }

  .method .note {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
    display: inline-flex;
    gap: var(--_space);
    align-items: center;
  }

  .method .note.expired {
    color: var(--_danger);
  }

  .method .note.expiring {
    color: var(--_warning);
  }

  .method[data-expiry='expired'] label {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .badge {
    margin-inline-start: calc(var(--_space) * 2);
  }

  .charge,
  .progress,
  .alert,
  .failure,
  p {
    margin-block: calc(var(--_space) * 3) 0;
  }

  .failure {
    color: var(--_danger);
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }

  h3:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .method[data-expiry='expired'] label,
    .method .note.expired {
      color: GrayText;
    }
  }
`;
