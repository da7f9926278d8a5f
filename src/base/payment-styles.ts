import { css } from 'lit';
import { actionStyles, badgeStyles } from './layout-styles.js';

/**
 * Styles of `renderPaymentProgress()`: where a payment stands (processing with a spinner,
 * verifying, the outcome unknown) and the alerts with their actions. Part of `paymentStyles`;
 * a widget that shows only the progress adds this alone.
 */
export const paymentProgressStyles = css`
  .alert {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-inline-start: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
  }

  .alert-title {
    font-weight: 600;
  }

  .progress {
    display: grid;
    gap: calc(var(--_space) * 1);
  }

  .progress p,
  p.progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }

  .notice {
    color: var(--_warning);
    font-weight: 600;
  }

  .spinner {
    width: 1em;
    height: 1em;
    flex: none;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: ph-spin 0.8s linear infinite;
    }
  }

  @keyframes ph-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .actions.start {
    justify-content: flex-start;
  }
`;

/** Styles of the payment parts (`payment-parts.ts`): options, badges, alerts, progress, actions (right-aligned). */
export const paymentStyles = css`
  ${actionStyles}
  ${badgeStyles}
  ${paymentProgressStyles}

  fieldset {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 2);
    font-weight: 600;
  }

  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-height: 2.75rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .option:has(input:disabled) {
    cursor: not-allowed;
    background: var(--_surface-alt);
    color: var(--_muted);
  }

  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }

  input[type='radio']:focus-visible {
    outline: none;
  }

  .card-label {
    flex: 1 1 12rem;
  }

  .badge.expired {
    color: var(--_danger);
  }

  .badge.expiring {
    color: var(--_warning);
  }

  .field-error {
    color: var(--_danger);
    font-weight: 500;
  }

  .no-card {
    display: grid;
    gap: calc(var(--_space) * 2);
    justify-items: start;
    padding: calc(var(--_space) * 3);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }

  .summary {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .summary div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }

  /* At the end of its line, also when a long label pushed it to a line of its own. */
  .summary dd {
    margin: 0;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .summary .total {
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
    font-weight: 650;
  }

  .fee {
    font-size: 0.9375em;
  }

  .actions {
    justify-content: flex-end;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }

    .option:has(input:disabled),
    .badge.expired {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
