import { css } from 'lit';

/**
 * The layout every form field shares: label, description, the framed native control, and the
 * error and warning under it. A field's own styles add what differs (an adornment, a drop zone).
 */
export const fieldStyles = css`
  :host {
    display: block;
  }

  .field {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  label,
  legend {
    font-weight: 600;
  }

  .description {
    font-size: 0.875em;
  }

  .control {
    display: flex;
    align-items: stretch;
    min-height: 2.75rem;
    border: 1px solid var(--_field-border, var(--_control-border));
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

  .control > input,
  .control > select {
    flex: 1;
    min-width: 0;
    border: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    font: inherit;
    color: inherit;
    background: transparent;
  }

  .control > input:focus-visible,
  .control > select:focus-visible {
    outline: none;
  }

  .error,
  .field-warning {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-start;
    font-size: 0.875em;
    font-weight: 500;
  }

  .error {
    color: var(--_danger);
  }

  .field-warning {
    color: var(--_warning);
  }

  .error:empty,
  .field-warning:empty {
    display: none;
  }

  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
  }

  @media (forced-colors: active) {
    .control.invalid {
      border-color: Mark;
    }
  }
`;
