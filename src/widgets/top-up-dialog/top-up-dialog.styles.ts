import { css } from 'lit';

/** The top-up dialog's own styles; the dialog is `<ph-dialog>`'s, the payment parts `paymentStyles`. */
export const styles = css`
  :host {
    display: contents;
  }

  [hidden] {
    display: none !important;
  }

  ph-dialog {
    --ph-dialog-width: var(--ph-top-up-dialog-width, 36rem);
  }

  .step {
    display: grid;
    gap: calc(var(--_space) * 5);
  }

  h3 {
    font-size: 1em;
  }

  h3:focus {
    outline: none;
  }

  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }

  .presets .option {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .done .new-balance strong {
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
  }
`;
