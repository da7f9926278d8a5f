import { msg, str } from '../../i18n/msg.js';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Money } from '../../adapter/schemas.js';
import { PhFormControl } from '../../base/form-control.js';
import type { Problem } from '../../base/form-control.js';
import { fieldStyles } from '../../base/form-control.styles.js';
import {
  compare,
  currencyExponent,
  formatAmountForInput,
  formatMoney,
  isCurrencyCode,
  money,
  parseMoneyInput,
  sameMoney,
} from '../../money/index.js';
import type { ParseMoneyFailure } from '../../money/index.js';
import { styles } from './money-input.styles.js';
import type { MoneyInputDetail } from './money-input.types.js';

/**
 * A locale-aware amount of money, as a form control. The person types the amount the way
 * their locale writes it (`1.234,56` in German, `1,234.56` in English); the value is exact
 * integer minor units (`{ amount: 123456, currency: 'EUR' }`), never a float.
 *
 * - Form-associated: inside a `<form>` it submits the minor-unit integer under its `name`,
 *   takes part in `form.checkValidity()`, resets with the form and follows a disabled
 *   `<fieldset>`.
 * - Refuses text it cannot read exactly, and says why: more decimals than the currency has
 *   ("Use at most 2 decimal places for EUR."), JPY with decimals, a separator that could be
 *   read two ways, letters. Checks `required`, `min` and `max`, and shows an `error` the host
 *   sets (a message from the server).
 * - Problems appear only after the person leaves the field having changed it, or a submit is
 *   attempted (or `markTouched()`); never while typing, and a shown one clears as soon as the
 *   amount is valid. The input is then `aria-invalid`, described by the message, and the
 *   element matches `:state(user-invalid)`. Extra checks go in `validators` (see
 *   `PhFormControl`).
 * - What the person typed is kept as typed while the field has focus, across re-renders and
 *   property changes; on leaving the field a valid amount is rewritten in the locale's
 *   canonical form (`1234,56`).
 *
 * @summary Locale-aware, form-associated money input in exact minor units.
 *
 * @event {MoneyInputDetail} ph-money-input - On every keystroke: the amount read so far (or
 *   `null`), the text and whether the field is valid.
 * @event {MoneyInputDetail} ph-money-change - When the person commits the amount: on leaving
 *   the field or pressing Enter, if the text changed since the last commit.
 * @event input - On every keystroke (the native event, from inside).
 * @event change - With `ph-money-change`, as a native input's: the person committed a changed
 *   amount (leaving the field or pressing Enter), never per keystroke.
 *
 * @csspart label - The visible label.
 * @csspart input - The text input.
 * @csspart adornment - The currency symbol beside the input.
 * @csspart error - The error message under the input.
 * @csspart field-warning - A warning from a `validators` entry of kind `warning` (never blocks).
 * @csspart description - The hint under the label.
 *
 * @cssproperty [--ph-money-input-width=100%] - Width of the text input inside its frame.
 * @cssproperty [--ph-money-input-border-color] - Border of the input frame (default: the
 *   `--ph-color-border` token).
 */
export class PhMoneyInput extends PhFormControl<Money | null> {
  static override styles = [...PhFormControl.styles, fieldStyles, styles];

  static override properties: PropertyDeclarations = {
    currency: {},
    value: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    min: { attribute: false },
    max: { attribute: false },
    text: { state: true },
  };

  /** ISO 4217 code of the amount (its exponent decides how many decimals are allowed). */
  currency = 'EUR';

  /**
   * The amount, or `null` when the field is empty or unreadable. Setting it writes the amount
   * into the field in the locale's format; typing updates it.
   */
  value: Money | null = null;

  /** The amount is shown but cannot be changed. */
  readonly = false;

  /** The smallest amount accepted ("Enter at least €10.00."). */
  min: Money | null = null;

  /** The largest amount accepted ("Enter at most €5,000.00."). */
  max: Money | null = null;

  /** The text in the field, exactly as typed. */
  private text = '';

  /** The amount the current text reads as (so a `value` set to the same amount keeps it). */
  #parsedValue: Money | null = null;
  #parseFailure: ParseMoneyFailure | null = null;
  /** The text at the last `ph-money-change`. */
  #committedText = '';
  #focused = false;
  #lastLocale: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.locale;
    // A value set from outside is shown in the locale's format; else the text is kept.
    const taken = changed.has('value') && this.#takeValue();
    if (taken) {
      this.#lastLocale = locale;
      return;
    }
    if (this.#lastLocale !== undefined && this.#lastLocale !== locale) {
      // A new locale: rewrite a settled amount in it; read text being typed with it.
      if (this.value && !this.#focused) {
        this.text = this.#formatForInput(this.value);
        this.#committedText = this.text;
      } else {
        this.#read(this.text);
      }
    } else if (changed.has('currency') && changed.get('currency') !== undefined) {
      // The same text, read in the new currency (its exponent may differ).
      this.#read(this.text);
    }
    this.#lastLocale = locale;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showInControl(this.text);
  }

  /** A value set from outside (not the amount the text reads as) replaces the text at once. */
  protected override valueSet(): void {
    this.#takeValue();
  }

  /** Takes a value set from outside, in the locale's format; `false` when it is the text's own. */
  #takeValue(): boolean {
    if (sameMoney(this.value, this.#parsedValue)) return false;
    this.text = this.value ? this.#formatForInput(this.value) : '';
    this.#parsedValue = this.value;
    this.#parseFailure = null;
    this.#committedText = this.text;
    return true;
  }

  protected formValue(): string | null {
    return this.value && this.#parseFailure === null ? String(this.value.amount) : null;
  }

  protected override formState(): string {
    return this.text;
  }

  protected isEmpty(): boolean {
    return this.text.trim() === '';
  }

  protected requiredMessage(): string {
    return msg('Enter an amount.');
  }

  protected resetValue(): void {
    this.text = '';
    this.value = null;
    this.#parsedValue = null;
    this.#parseFailure = null;
    this.#committedText = '';
  }

  protected restoreValue(saved: string | File | FormData): void {
    if (typeof saved !== 'string') return;
    this.text = saved;
    this.#read(saved);
  }

  #handleInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text = text;
    this.#read(text);
    this.userChanged();
    this.emit('ph-money-input', this.#detail());
  }

  #handleFocus(): void {
    this.#focused = true;
  }

  #handleBlur(): void {
    this.#focused = false;
    this.#commit();
  }

  #handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    this.#commit();
    this.submitOnEnter(event);
  }

  /** Reads `text` into `value` (and remembers why it could not). */
  #read(text: string): void {
    let value: Money | null = null;
    let failure: ParseMoneyFailure | null = null;
    if (text.trim() !== '') {
      if (!isCurrencyCode(this.currency)) {
        failure = 'invalid';
      } else {
        const result = parseMoneyInput(text, this.currency, this.locale);
        if (result.ok) value = result.value;
        else failure = result.reason === 'empty' ? null : result.reason;
      }
    }
    this.#parseFailure = failure;
    this.#parsedValue = value;
    this.value = value;
  }

  /** Leaving the field (or Enter): tidy a valid amount and tell the host, if it changed. */
  #commit(): void {
    if (this.value && this.#parseFailure === null) {
      const canonical = this.#formatForInput(this.value);
      if (canonical !== this.text) {
        const held = this.externalErrorActive;
        this.text = canonical;
        this.showInControl(canonical);
        this.rebaseExternalError(held);
      }
    }
    if (this.text !== this.#committedText) {
      this.#committedText = this.text;
      this.emit('ph-money-change', this.#detail());
      this.dispatchChange();
    }
  }

  /** What the events tell: the amount, the text, and whether it passes every check (quietly). */
  #detail(): MoneyInputDetail {
    this.syncValidity();
    return { value: this.value, text: this.text, valid: this.internals.validity.valid };
  }

  /** Unreadable text and the limits, in words. */
  protected override checkValue(): Problem | null {
    if (this.#parseFailure) {
      const flags =
        this.#parseFailure === 'too_precise' ? { stepMismatch: true } : { badInput: true };
      return { flags, message: this.#describeFailure(this.#parseFailure) };
    }
    const value = this.value;
    if (!value) return null;
    if (this.min && this.min.currency === value.currency && compare(value, this.min) < 0) {
      return {
        flags: { rangeUnderflow: true },
        message: msg(str`Enter at least ${formatMoney(this.min, this.locale)}.`),
      };
    }
    if (this.max && this.max.currency === value.currency && compare(value, this.max) > 0) {
      return {
        flags: { rangeOverflow: true },
        message: msg(str`Enter at most ${formatMoney(this.max, this.locale)}.`),
      };
    }
    return null;
  }

  #describeFailure(reason: ParseMoneyFailure): string {
    const currency = this.currency;
    switch (reason) {
      case 'too_precise': {
        const exponent = currencyExponent(currency);
        return exponent === 0
          ? msg(str`${currency} has no decimal places: enter a whole amount.`)
          : msg(str`Use at most ${exponent} decimal places for ${currency}.`);
      }
      case 'ambiguous':
        return msg(str`This could be read two ways. Write the amount like ${this.#example()}.`);
      case 'too_large':
        return msg('This amount is too large.');
      case 'negative_not_allowed':
        return msg('Enter an amount that is not negative.');
      default:
        return msg(str`Enter the amount as a number, like ${this.#example()}.`);
    }
  }

  /** An example amount in this locale and currency: "1234,56" in de for EUR, "1234" for JPY. */
  #example(): string {
    if (!isCurrencyCode(this.currency)) return '1234';
    const exponent = currencyExponent(this.currency);
    const units = exponent === 0 ? 1234 : exponent === 1 ? 12345 : 123456 * 10 ** (exponent - 2);
    return this.#formatForInput(money(units, this.currency));
  }

  #formatForInput(value: Money): string {
    return isCurrencyCode(value.currency) ? formatAmountForInput(value, this.locale) : '';
  }

  /** The currency symbol as the locale writes it, and whether it comes after the number. */
  #adornment(): { symbol: string; end: boolean } {
    if (!isCurrencyCode(this.currency)) return { symbol: this.currency, end: false };
    try {
      const parts = new Intl.NumberFormat(this.locale, {
        style: 'currency',
        currency: this.currency,
        currencyDisplay: 'narrowSymbol',
      }).formatToParts(1);
      const at = parts.findIndex((p) => p.type === 'currency');
      const number = parts.findIndex((p) => p.type === 'integer');
      return { symbol: parts[at]?.value ?? this.currency, end: at > number };
    } catch {
      return { symbol: this.currency, end: false };
    }
  }

  protected override render() {
    const showError = this.shownError !== '';
    const { symbol, end } = this.#adornment();
    const disabled = this.isDisabled;
    return html`<div class="field">
      ${this.renderLabel(html`<span class="visually-hidden"> (${this.currency})</span>`)}
      ${this.renderDescription()}
      <div class="control ${showError ? 'invalid' : ''} ${disabled ? 'disabled' : ''}">
        <span part="adornment" class="adornment ${end ? 'end' : ''}" aria-hidden="true"
          >${symbol}</span
        >
        <input
          id=${this.controlId}
          part="input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-label=${this.label ? nothing : msg(str`Amount (${this.currency})`)}
          aria-invalid=${showError ? 'true' : 'false'}
          aria-describedby=${this.describedBy || nothing}
          ?required=${this.required}
          ?disabled=${disabled}
          ?readonly=${this.readonly}
          @input=${this.#handleInput}
          @focus=${this.#handleFocus}
          @blur=${this.#handleBlur}
          @keydown=${this.#handleKeydown}
        />
      </div>
      ${this.renderFeedback()}
    </div>`;
  }
}
