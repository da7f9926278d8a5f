import { html, nothing } from 'lit';
import type {
  PropertyDeclaration,
  PropertyDeclarations,
  PropertyValues,
  TemplateResult,
} from 'lit';
import { PhElement } from './element.js';
import { drawIcon, errorShape, warningShape } from './icons.js';

/** What a check found wrong: the validity flags it sets and the message, in words. */
export interface Problem {
  flags: ValidityStateFlags;
  message: string;
}

/**
 * One check of a control's value (after Lion's `Validator`). An `error` makes the control
 * invalid and blocks its form; a `warning` is shown the same way but never blocks. Checks run
 * only on a value that is not empty: an empty one is the `required` check's business.
 */
export interface Validator<V = unknown> {
  /** `error` (the default) or `warning`. */
  kind?: 'error' | 'warning';
  /** The validity flag an error sets; default `customError`. */
  flag?: keyof ValidityStateFlags;
  /** The message when `value` fails the check (a whole sentence), else `null`. */
  check(value: V): string | null;
}

/** What the control shows under it. */
interface Feedback {
  error: string;
  warning: string;
}

const NONE: Feedback = { error: '', warning: '' };
const UNSET = Symbol('unset');
let nextId = 0;

/**
 * The base of every form field of the kit: a form-associated custom element (ElementInternals)
 * with `name`, `value`, `disabled` and `required`, a list of validators (errors and warnings),
 * `setCustomValidity()`, and the platform's reset, restore and disabled-fieldset callbacks.
 *
 * When problems show (and are announced): after the person leaves a field they changed, or
 * when a submit is attempted (the form's `invalid` event, `reportValidity()`, `markTouched()`),
 * or at once for an `error` set from outside (the server's) and for a choice made at once rather
 * than typed (a file chosen or dropped calls `markTouched()`). Tabbing through a field without
 * changing it shows nothing. While the person types, no new problem appears; one shown clears
 * as soon as the value is valid. The host then matches `:state(user-invalid)`.
 *
 * A subclass declares `value`, renders its native control with the helpers below, calls
 * `userChanged()` when the person edits, and implements the value hooks.
 */
export abstract class PhFormControl<V> extends PhElement {
  /** @internal Makes the element a form control. */
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = {
    ...PhElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties: PropertyDeclarations = {
    label: {},
    description: {},
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    validators: { attribute: false },
    error: { attribute: false },
    quietFeedback: { state: true },
    formDisabled: { state: true },
    shown: { state: true },
  };

  /** @internal */
  protected readonly internals: ElementInternals;

  /** @internal The id of the native control inside, for its `<label>`. */
  protected readonly controlId = `ph-control-${nextId++}`;

  /** The value (its type depends on the control). */
  abstract value: V;

  /** The visible label of the field. */
  label = '';

  /** A hint under the label, read out with the field. */
  description?: string;

  /** The name the value is submitted under in a form. */
  name = '';

  /** A value must be given. */
  required = false;

  /** The field cannot be used and is not submitted. */
  disabled = false;

  /** Extra checks of the value, in order; each an `error` or a `warning`. */
  validators: ReadonlyArray<Validator<V>> = [];

  /**
   * An error from outside the field (such as the server refusing the value). It is shown at
   * once and makes the field invalid until the value changes; set again with the same words (a
   * second value refused alike), it applies to the value now.
   */
  get error(): string {
    return this.#error;
  }

  set error(message: string) {
    this.#error = message;
    this.#errorSet = message !== '';
    // Lit updates on a new message only; the same one again must still be shown.
    this.requestUpdate();
  }

  #error = '';
  /** An error was set from outside since the last update: it is shown then. */
  #errorSet = false;

  /**
   * @internal While set, a problem shown under the field is not announced as well: the form's
   * error summary, which takes focus, says it (one announcement per event). The person's next
   * change, or leaving the field, ends it.
   */
  quietFeedback = false;

  /** @internal A disabled `<fieldset>` around the field. */
  protected formDisabled = false;

  /**
   * Whether problems may be shown (see the class description). Not reactive: `shown`, which
   * the template reads, is set with it.
   */
  #revealed = false;

  private shown: Feedback = NONE;

  #changedByUser = false;
  #left = false;
  #customMessage = '';
  /** The form state when `error` was set: the external error holds while it is unchanged. */
  #errorState: unknown = UNSET;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A submit attempt checks validity, which fires `invalid`: from then on, show problems.
    this.addEventListener('invalid', () => this.markTouched());
    this.addEventListener('focusout', (event: FocusEvent) => {
      // Focus moving inside the field (between radios) is not leaving it.
      if (event.relatedTarget === this) return;
      this.#left = true;
      this.quietFeedback = false;
      if (this.#changedByUser) this.markTouched();
    });
  }

  // ── hooks for the subclass ───────────────────────────────────────────────────────────────

  /** What the form submits: a string, a File, FormData, or `null` for nothing. */
  protected abstract formValue(): string | File | FormData | null;

  /** What the browser keeps to restore the field (default: the form value). */
  protected formState(): string | File | FormData | null {
    return this.formValue();
  }

  /** Whether the field is empty (then `required` applies and validators do not run). */
  protected abstract isEmpty(): boolean;

  /** The control's own checks before `required` (unreadable input, limits), or `null`. */
  protected checkValue(): Problem | null {
    return null;
  }

  /** The message when a required field is empty. */
  protected abstract requiredMessage(): string;

  /** Puts the value back to its default (form reset). */
  protected abstract resetValue(): void;

  /** Puts back a state the browser saved (back/forward navigation, autofill). */
  protected abstract restoreValue(state: string | File | FormData): void;

  /** The native control the browser points at when reporting a problem. */
  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot?.querySelector?.<HTMLElement>(`#${this.controlId}`) ?? null;
  }

  /** Call when the person changed the value: the field is dirty; a shown problem may clear. */
  protected userChanged(): void {
    this.#changedByUser = true;
    this.quietFeedback = false;
    this.syncValidity();
    if (this.#revealed) this.shown = this.#keepOrClear(this.#feedback());
  }

  /** Enter in a single-line field submits the form the element belongs to, as natively. */
  protected submitOnEnter(event: KeyboardEvent): void {
    const form = this.internals.form;
    if (event.key !== 'Enter' || event.isComposing || !form) return;
    event.preventDefault();
    form.requestSubmit();
  }

  /**
   * Shows `text` in the native control even when the person edited it since the last render
   * (what Lit's `live()` does, without shipping the directive): call from `updated()`.
   */
  protected showInControl(text: string): void {
    const input = this.validationAnchor as HTMLInputElement | null;
    // A group's anchor (a fieldset) has no value of its own: its subclass shows the choice.
    if (input && 'value' in input && input.value !== text) input.value = text;
  }

  /** Tells the host the person committed a change (`change` does not leave a shadow root). */
  protected dispatchChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ── public API (the platform's, plus touched/dirty) ──────────────────────────────────────

  /** The form this field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state, as on native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message for the current validity problem, or an empty string. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the field takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The person has left the field at least once. */
  get touched(): boolean {
    return this.#left;
  }

  /** The person has changed the value (since the last reset). */
  get dirty(): boolean {
    return this.#changedByUser;
  }

  /** The warning the value earns now (a warning never makes the field invalid), or `''`. */
  get warning(): string {
    return this.#feedback().warning;
  }

  /** Whether the field can be used: neither it nor a fieldset around it is disabled. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /**
   * Forgets what the person did (as a form reset does, keeping the value): not touched, not
   * dirty, no problem shown until the field is used again. A form starting afresh calls it.
   */
  markPristine(): void {
    this.#changedByUser = false;
    this.#left = false;
    this.#revealed = false;
    this.shown = NONE;
  }

  /** Show problems from now on, as if the person had left the field or submitted. */
  markTouched(): void {
    this.#revealed = true;
    this.shown = this.#feedback();
  }

  /** Whether the field is valid; fires `invalid` (and shows the problem) when it is not. */
  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and moves focus into the field when it is invalid. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    this.markTouched();
    // Into the field as a person would reach it (the chosen radio of a group, not its fieldset).
    if (!valid) this.focus();
    return valid;
  }

  /** Marks the field invalid with `message` until called again with `''`, as on native inputs. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.syncValidity();
    this.requestUpdate();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formResetCallback(): void {
    this.resetValue();
    this.markPristine();
    // The form reads the value at once, not after the next render.
    this.syncValidity();
  }

  /** @internal */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (saved !== null) this.restoreValue(saved);
  }

  /** @internal A value set by script reaches the form at once (`new FormData` right after). */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
  ): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'value' && this.hasUpdated) {
      this.valueSet();
      this.syncValidity();
    }
  }

  /** `value` was just set (by the person's edit or a script): a subclass brings its state in step. */
  protected valueSet(): void {}

  // ── validity ─────────────────────────────────────────────────────────────────────────────

  /** @internal Whether the `error` set from outside still applies (the value is unchanged). */
  protected get externalErrorActive(): boolean {
    return this.error !== '' && this.#errorState === this.formState();
  }

  /** @internal The value was rewritten (not changed): an external error keeps holding. */
  protected rebaseExternalError(wasActive: boolean): void {
    if (wasActive) this.#errorState = this.formState();
  }

  /** The first error (or `null`) and the first warning of the current value. */
  #problems(): { error: Problem | null; warning: string } {
    // From outside (the server's, or setCustomValidity), then the control's own, then required.
    const custom = this.externalErrorActive ? this.error : this.#customMessage;
    const error: Problem | null = custom
      ? { flags: { customError: true }, message: custom }
      : (this.checkValue() ??
        (this.isEmpty() && this.required
          ? { flags: { valueMissing: true }, message: this.requiredMessage() }
          : null));
    if (error || this.isEmpty()) return { error, warning: '' };
    let warning = '';
    for (const validator of this.validators) {
      const message = validator.check(this.value);
      if (!message) continue;
      if (validator.kind === 'warning') {
        warning ||= message;
      } else {
        return { error: { flags: { [validator.flag ?? 'customError']: true }, message }, warning };
      }
    }
    return { error: null, warning };
  }

  #feedback(): Feedback {
    const { error, warning } = this.#problems();
    return { error: error?.message ?? '', warning };
  }

  /** While typing: a shown problem clears once fixed; no new one appears. */
  #keepOrClear(now: Feedback): Feedback {
    const error = now.error ? this.shown.error : '';
    const warning = now.warning ? this.shown.warning : '';
    return error === this.shown.error && warning === this.shown.warning
      ? this.shown
      : { error, warning };
  }

  /** Hands the value and validity to the form. */
  protected syncValidity(): void {
    const { error } = this.#problems();
    this.internals.setFormValue(this.formValue(), this.formState());
    if (error)
      this.internals.setValidity(error.flags, error.message, this.validationAnchor ?? undefined);
    else this.internals.setValidity({});
  }

  protected override update(changed: PropertyValues<this>): void {
    // The value an error from outside applies to: the one it is shown with.
    const external = this.#errorSet;
    this.#errorSet = false;
    if (external) this.#errorState = this.formState();
    else if (this.#error === '') this.#errorState = UNSET;
    if (external) {
      this.markTouched();
    } else if (this.#revealed) {
      // While typing (focus inside) a problem only clears; otherwise show what holds now.
      const now = this.#feedback();
      this.shown = this.matches(':focus-within') ? this.#keepOrClear(now) : now;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncValidity();
    const states = this.internals.states;
    if (this.shown.error) states.add('user-invalid');
    else states.delete('user-invalid');
  }

  // ── rendering helpers ────────────────────────────────────────────────────────────────────

  /** The problem shown now, or `''`. */
  protected get shownError(): string {
    return this.shown.error;
  }

  /** The ids the native control is described by: the description and what is shown. */
  protected get describedBy(): string {
    return [
      this.description ? 'description' : '',
      this.shown.error ? 'error' : '',
      this.shown.warning ? 'warning' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** The visible `<label>` for the native control (`extra`: words for screen readers). */
  protected renderLabel(extra: TemplateResult | typeof nothing = nothing) {
    return this.label
      ? html`<label part="label" for=${this.controlId}>${this.label}${extra}</label>`
      : nothing;
  }

  protected renderDescription() {
    return this.description
      ? html`<p id="description" part="description" class="description muted">
          ${this.description}
        </p>`
      : nothing;
  }

  /**
   * The error and warning under the field, each in a polite live region (silent while the
   * form's summary says them: `quietFeedback`).
   */
  protected renderFeedback(): TemplateResult {
    const { error, warning } = this.shown;
    const live = this.quietFeedback ? 'off' : 'polite';
    return html`<div id="error" part="error" class="error" aria-live=${live}>
        ${error ? html`${drawIcon(errorShape())}<span>${error}</span>` : nothing}
      </div>
      <div id="warning" part="field-warning" class="field-warning" aria-live=${live}>
        ${warning ? html`${drawIcon(warningShape())}<span>${warning}</span>` : nothing}
      </div>`;
  }
}
