import { msg } from '../../i18n/msg.js';
import { css, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { fieldStyles } from '../../base/form-control.styles.js';
import { PhStringControl } from '../../base/string-control.js';
import type { RadioOption } from './radio-group.types.js';

/**
 * One choice among a few, shown as radio cards, as a form control. Native radios inside a
 * `<fieldset>` whose `<legend>` is the `label`: Tab enters at the chosen option, the arrow
 * keys move and choose, as everywhere else.
 *
 * Form-associated: submits the chosen value under `name`, resets to its `value` attribute,
 * follows a disabled `<fieldset>`; `required` refuses no choice (shown after a submit attempt).
 *
 * @summary Form-associated radio group of cards, its options from data.
 *
 * @event input - When the choice changes (the native event, from inside).
 * @event change - When the choice changes.
 *
 * @csspart label - The legend.
 * @csspart description - The hint under the legend.
 * @csspart option - Each radio card.
 * @csspart error - The error under the options.
 * @csspart field-warning - A warning under the options (never blocks).
 */
export class PhRadioGroup extends PhStringControl {
  static override styles = [
    ...PhStringControl.styles,
    fieldStyles,
    css`
      fieldset {
        display: grid;
        gap: calc(var(--_space) * 2);
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }

      legend {
        padding: 0;
        margin-bottom: calc(var(--_space) * 2);
      }

      .choice {
        display: grid;
        grid-template-columns: auto 1fr;
        column-gap: calc(var(--_space) * 3);
        align-items: start;
        padding: calc(var(--_space) * 3);
        border: 1px solid var(--_control-border);
        border-radius: calc(var(--_radius) * 0.75);
        cursor: pointer;
      }

      .choice:has(input:checked) {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
      }

      .choice:has(input:disabled) {
        cursor: not-allowed;
        opacity: 0.65;
      }

      .choice input {
        margin: 0.2em 0 0;
        width: 1.15em;
        height: 1.15em;
        accent-color: var(--_accent);
      }

      .choice .muted {
        grid-column: 2;
        font-size: 0.875em;
      }

      fieldset.invalid .choice {
        border-color: var(--_danger);
      }

      @media (forced-colors: active) {
        .choice:has(input:checked) {
          border: 3px solid Highlight;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
  };

  /** The choices, in order. */
  options: ReadonlyArray<RadioOption> = [];

  /** Moves focus to the chosen option (else the first that can be chosen). */
  override focus(options?: FocusOptions): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.focus(options));
      return;
    }
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
    (radios.find((r) => r.checked) ?? radios.find((r) => !r.disabled))?.focus(options);
  }

  /** The chosen radio is checked, even after the person clicked another since the last render. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const radio of this.renderRoot.querySelectorAll('input')) {
      radio.checked = radio.value === this.value;
    }
  }

  /** No choice submits nothing, as native radios do. */
  protected override formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected requiredMessage(): string {
    return msg('Choose one of the options.');
  }

  protected override render() {
    const invalid = this.shownError !== '';
    const disabled = this.isDisabled;
    const name = this.name || this.controlId;
    return html`<fieldset
        id=${this.controlId}
        role="radiogroup"
        class=${invalid ? 'invalid' : ''}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        aria-describedby=${this.describedBy || nothing}
        ?disabled=${disabled}
      >
        <legend part="label">${this.label}</legend>
        ${this.renderDescription()}
        ${this.options.map(
          (o) =>
            html`<label class="choice" part="option">
              <input
                type="radio"
                name=${name}
                value=${o.value}
                ?disabled=${o.disabled}
                @input=${this.handleInput}
                @change=${this.dispatchChange}
              />
              <span>${o.label}</span>
              ${o.description ? html`<span class="muted">${o.description}</span>` : nothing}
            </label>`,
        )}
      </fieldset>
      ${this.renderFeedback()}`;
  }
}
