import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .field {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  label {
    font-weight: 600;
  }

  .description {
    font-size: 0.875em;
  }

  .control {
    display: flex;
    align-items: stretch;
    min-height: 2.75rem;
    border: 1px solid var(--ph-money-input-border-color, var(--_border));
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    overflow: hidden;
  }

  .control:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .control.invalid {
    border-color: var(--_danger);
    border-width: 2px;
  }

  .control.disabled {
    opacity: 0.65;
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

  input {
    flex: 1;
    min-width: 0;
    width: var(--ph-money-input-width, 100%);
    border: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: inherit;
    background: transparent;
  }

  input:focus-visible {
    outline: none;
  }

  .error {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-start;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }

  .error:empty {
    display: none;
  }

  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
  }
`;
