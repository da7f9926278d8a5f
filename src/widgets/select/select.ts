import { msg } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { fieldStyles } from '../../base/form-control.styles.js';
import { PhStringControl } from '../../base/string-control.js';
import type { SelectOption } from './select.types.js';

/**
 * A choice from a list, as a form control, over a native `<select>` (so the keyboard, the
 * screen reader and the phone's picker behave as everywhere else). The options come from data
 * (`options`); the first, empty option reads "Choose…" (or `placeholder`) and is what a
 * `required` select refuses.
 *
 * Form-associated: submits the chosen value under `name`, resets to its `value` attribute,
 * follows a disabled `<fieldset>`. A required select left empty shows its problem only after
 * a submit attempt, or after the person changed it and left it.
 *
 * @summary Form-associated select over a native `<select>`, its options from data.
 *
 * @event input - When the choice changes (the native event, from inside).
 * @event change - When the choice changes.
 *
 * @csspart label - The visible label.
 * @csspart description - The hint under the label.
 * @csspart select - The native select.
 * @csspart error - The error under the select.
 * @csspart field-warning - A warning under the select (never blocks).
 */
export class PhSelect extends PhStringControl {
  static override styles = [...PhStringControl.styles, fieldStyles];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    placeholder: {},
  };

  /** The choices, in order. */
  options: ReadonlyArray<SelectOption> = [];

  /** The text of the empty first option (default "Choose…"). */
  placeholder?: string;

  protected requiredMessage(): string {
    return msg('Choose an option.');
  }

  protected override render() {
    const invalid = this.shownError !== '';
    const disabled = this.isDisabled;
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderDescription()}
      <div class="control ${invalid ? 'invalid' : ''} ${disabled ? 'disabled' : ''}">
        <select
          id=${this.controlId}
          part="select"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy || nothing}
          ?required=${this.required}
          ?disabled=${disabled}
          @input=${this.handleInput}
          @change=${this.dispatchChange}
        >
          <option value="" ?selected=${this.value === ''}>
            ${this.placeholder ?? msg('Choose…')}
          </option>
          ${this.options.map(
            (o) =>
              html`<option
                value=${o.value}
                ?disabled=${o.disabled}
                ?selected=${o.value === this.value}
              >
                ${o.label}
              </option>`,
          )}
        </select>
      </div>
      ${this.renderFeedback()}
    </div>`;
  }
}
