import type { PropertyDeclarations, PropertyValues } from 'lit';
import { PhFormControl } from './form-control.js';

/**
 * The base of the form controls whose value is one string (`<ph-text-field>`, `<ph-select>`,
 * `<ph-radio-group>`): `value` and its `value` attribute (the default a form reset returns to),
 * the value hooks of `PhFormControl`, and `handleInput` for the native control's `input` event.
 */
export abstract class PhStringControl extends PhFormControl<string> {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    value: { attribute: false },
  };

  /** The value the control starts with and returns to on a form reset. */
  defaultValue = '';

  /** The value now (`''`: none). */
  value = '';

  /**
   * The value was set by a binding, a script or the person: the `value` attribute no longer
   * gives it, as a native input's "dirty value flag" (a form reset clears it).
   */
  #valueSet = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first render `value` is in `changed` for its initial '' too: only another
    // value counts as set (`.value=${…}` in a host's template, before the element renders);
    // after it, any value but the default (a reset puts that back, and clears the flag).
    const given = this.hasUpdated ? this.defaultValue : '';
    if (changed.has('value') && this.value !== given) this.#valueSet = true;
    if (changed.has('defaultValue') && !this.#valueSet) this.value = this.defaultValue;
  }

  /**
   * The native control shows the value, also after the person changed it since the last render
   * (a form reset, a value set by a script): a native `<select>` no longer follows `selected`
   * once the person has picked, and an input no longer follows its `value` attribute.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showInControl(this.value);
  }

  protected formValue(): string | null {
    return this.value;
  }

  protected isEmpty(): boolean {
    return this.value === '';
  }

  protected resetValue(): void {
    this.value = this.defaultValue;
    this.#valueSet = false;
  }

  protected restoreValue(saved: string | File | FormData): void {
    if (typeof saved === 'string') this.value = saved;
  }

  /** The native control's `input`: the person changed the value. */
  protected handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.userChanged();
  }
}
