import { msg } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Problem, Validator } from '../../base/form-control.js';
import { fieldStyles } from '../../base/form-control.styles.js';
import { PhStringControl } from '../../base/string-control.js';
import { emailValidator } from '../../base/validators.js';
import type { TextFieldFormat } from './text-field.types.js';

/**
 * A single-line text field as a form control: plain text, an e-mail address or an `https:`
 * address, with the kit's checks for VAT IDs and Meta Solution IDs.
 *
 * - `type` picks the keyboard and the default check: `email` checks an e-mail address, `url`
 *   an `https:` address the hub can reach. `format` names the check outright: `email`,
 *   `https-url`, `redirect-url` (`http:` allowed to this computer), `vat-id` (with `country`,
 *   the invoicing address's country the prefix must belong to) or `solution-id` (14–18 digits).
 *   More checks go in `validators` (errors or warnings). The formats beyond `email` come
 *   with the element's entry (`partner-hub-elements/widgets/text-field`); with the class
 *   alone, add them with the functions of `formats.js`.
 * - Form-associated: submits its text under `name`, takes part in the form's validity, resets
 *   to its `value` attribute, follows a disabled `<fieldset>`.
 * - Problems appear only after the person leaves the field having changed it, or a submit is
 *   attempted; never while typing, and a shown one clears as soon as the text is valid.
 *
 * @summary Form-associated text, e-mail and URL field with the kit's ID checks.
 *
 * @event input - On every keystroke (the native event, from inside).
 * @event change - When the person commits a change (leaving the field after editing it).
 *
 * @csspart label - The visible label.
 * @csspart description - The hint under the label.
 * @csspart input - The text input.
 * @csspart error - The error under the input.
 * @csspart field-warning - A warning under the input (never blocks).
 */
export class PhTextField extends PhStringControl {
  static override styles = [...PhStringControl.styles, fieldStyles];

  static override properties: PropertyDeclarations = {
    type: {},
    format: {},
    country: {},
    readonly: { type: Boolean, reflect: true },
    maxlength: { type: Number },
    autocomplete: {},
    inputmode: {},
  };

  /** The kind of text: `text`, `email` or `url` (keyboard, autofill and the default check). */
  type: 'text' | 'email' | 'url' = 'text';

  /** The check the text must pass (default from `type`); see the class description. */
  format?: TextFieldFormat;

  /** For `format="vat-id"`: the ISO 3166-1 country the VAT ID must belong to. */
  country?: string;

  /** The text is shown but cannot be changed. */
  readonly = false;

  /** The most characters the field takes. */
  maxlength?: number;

  /** The `autocomplete` hint for the browser (`email`, `organization`, `one-time-code`, `off`…). */
  autocomplete?: string;

  /**
   * The keyboard phones show (`numeric` for a one-time code, `tel`, `decimal`…). Default: the
   * one `type` implies, and `numeric` for `format="solution-id"`.
   */
  inputmode?: 'none' | 'text' | 'decimal' | 'numeric' | 'tel' | 'search' | 'email' | 'url';

  /**
   * The check each `format` names. The element's entry (`define.ts`) adds every format
   * (`formats.ts`); the kit's widgets register the element with `email` only
   * (`define-element.ts`) and add the formats their fields use, so that their entries leave
   * out the rules they do not check (every country's VAT-ID shape, URL parsing).
   */
  static formats: Partial<Record<TextFieldFormat, (field: PhTextField) => Validator<string>>> = {
    email: emailValidator,
  };

  #formatCheck: Validator<string> | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('format') || changed.has('type')) this.#formatCheck = this.#checkFor();
  }

  #checkFor(): Validator<string> | null {
    const format =
      this.format ??
      (this.type === 'email' ? 'email' : this.type === 'url' ? 'https-url' : undefined);
    if (!format) return null;
    const check = PhTextField.formats[format];
    // Registered by a widget (not the element's own entry) that did not add this format.
    if (!check) {
      console.warn(
        `[partner-hub-elements] <ph-text-field>: format="${format}" needs the element's entry (partner-hub-elements/widgets/text-field).`,
      );
    }
    return check?.(this) ?? null;
  }

  protected override isEmpty(): boolean {
    return this.value.trim() === '';
  }

  protected override checkValue(): Problem | null {
    const message = this.isEmpty() ? null : this.#formatCheck?.check(this.value);
    return message
      ? { flags: { [this.#formatCheck?.flag ?? 'customError']: true }, message }
      : null;
  }

  protected requiredMessage(): string {
    return msg('Fill in this field.');
  }

  protected override render() {
    const invalid = this.shownError !== '';
    const disabled = this.isDisabled;
    const format = this.format ?? '';
    const inputmode = this.inputmode ?? (format === 'solution-id' ? 'numeric' : undefined);
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderDescription()}
      <div class="control ${invalid ? 'invalid' : ''} ${disabled ? 'disabled' : ''}">
        <input
          id=${this.controlId}
          part="input"
          type=${this.type}
          inputmode=${inputmode ?? nothing}
          autocomplete=${this.autocomplete ?? nothing}
          spellcheck=${this.type === 'text' && !format ? nothing : 'false'}
          maxlength=${this.maxlength ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy || nothing}
          ?required=${this.required}
          ?disabled=${disabled}
          ?readonly=${this.readonly}
          @input=${this.handleInput}
          @change=${this.dispatchChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
      ${this.renderFeedback()}
    </div>`;
  }
}
