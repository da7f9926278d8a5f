import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  .balance {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .balance + .balance {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 4);
  }

  .amount {
    font-size: 2em;
    font-weight: 650;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    font-weight: 600;
    --_state: var(--_positive);
    color: var(--_state);
  }

  [data-state='low'] .status {
    --_state: var(--_warning);
  }

  [data-state='zero'] .status,
  [data-state='negative'] .status,
  [data-blocked] .status {
    --_state: var(--_danger);
  }

  [data-state='negative'] .amount {
    color: var(--_danger);
  }

  .forecast {
    font-weight: 500;
  }

  .updated {
    font-size: 0.875em;
  }

  .actions {
    margin-top: calc(var(--_space) * 2);
  }

  .block {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    color: var(--_danger);
    font-weight: 500;
  }

  @media (forced-colors: active) {
    .block {
      color: CanvasText;
    }
  }
`;
