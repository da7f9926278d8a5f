import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
  }

  .settings {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 6);
    margin: 0;
  }

  .settings dt {
    color: var(--_muted);
  }

  .settings dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }

  .status[data-enabled='true'] {
    color: var(--_positive);
  }

  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 5);
  }

  .amounts {
    display: grid;
    gap: calc(var(--_space) * 4);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }

  .note,
  .basis,
  .assumption {
    font-size: 0.875em;
  }

  .warning {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_warning);
    border-left-width: 4px;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .warning strong {
    color: var(--_warning);
  }

  .warning-region:empty {
    display: none;
  }

  .adviser {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
    justify-items: start;
  }

  .readonly-reason {
    padding: calc(var(--_space) * 3);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.75);
  }
`;
