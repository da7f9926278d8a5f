import { css } from 'lit';

export const styles = css`
  :host {
    --_field-border: var(--ph-money-input-border-color);
  }

  .adornment {
    display: flex;
    align-items: center;
    padding: 0 calc(var(--_space) * 3);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-weight: 600;
    white-space: nowrap;
  }

  .adornment.end {
    order: 2;
  }

  .control > input {
    width: var(--ph-money-input-width, 100%);
    font-variant-numeric: tabular-nums;
  }
`;
