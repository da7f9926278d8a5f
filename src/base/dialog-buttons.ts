import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** One of a dialog's footer buttons. */
export interface DialogButton {
  label: string;
  /**
   * Closes the dialog with this return value (what `<ph-dialog>`'s `ask()` resolves with); `''`
   * closes it and changes nothing. Without it the button runs `onClick`.
   */
  close?: string;
  onClick?: () => void;
  /** Not available now. */
  disabled?: boolean;
  /** Working: the button stays focusable and says it is not available (`aria-disabled`). */
  busy?: boolean;
}

/**
 * A `<ph-dialog>`'s footer: the way back (Cancel, Keep…, Back), then the primary action. Put it
 * in the dialog after the body.
 */
export function dialogButtons(back: DialogButton, primary: DialogButton): TemplateResult {
  return html`${footerButton(back, false)}${footerButton(primary, true)}`;
}

function footerButton(button: DialogButton, primary: boolean): TemplateResult {
  return html`<button
    slot="footer"
    type="button"
    part="button"
    class=${primary ? 'primary' : nothing}
    data-dialog-close=${button.close ?? nothing}
    aria-disabled=${button.busy === undefined ? nothing : String(button.busy)}
    ?disabled=${button.disabled ?? false}
    @click=${button.onClick}
  >
    ${button.label}
  </button>`;
}
