/**
 * What the form controls' stories share (money input, text field, select, radio group, file
 * drop): the arguments every control has, the form around it, and the play steps that type
 * into it or mark it touched as a person would.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { PhFormControl, Validator } from '../src/base/form-control.js';
import { defaultArgs, effectiveArgs } from './support.js';

/** The arguments every form control's story has. */
export interface ControlArgs {
  label: string;
  lang: string;
  required: boolean;
  disabled: boolean;
  description: string;
  error: string;
  theme: 'light' | 'dark';
  /** Extra checks, each an `error` or a `warning` (which shows the same way but never blocks). */
  validators: ReadonlyArray<Validator>;
}

export const controlArgs = {
  lang: 'en',
  required: false,
  disabled: false,
  description: '',
  error: '',
  theme: 'light',
  validators: [],
} as const;

/**
 * The language and theme pickers, with the languages this control's story offers; `validators`
 * (checks written in code) has no control.
 */
export const controlArgTypes = (languages: string[] = ['en', 'de', 'es', 'pt-BR']) => ({
  lang: { control: 'select' as const, options: languages },
  theme: { control: 'inline-radio' as const, options: ['light', 'dark'] },
  validators: { control: false as const },
});

/**
 * The control inside a form that does not navigate, in the story's theme and language — the
 * toolbar's Theme and Locale when one is picked, as every story follows them. `control` draws
 * the control in the language it is given.
 */
export function inStoryForm(
  args: ControlArgs,
  control: (lang: string) => TemplateResult,
): TemplateResult {
  const { locale, theme } = effectiveArgs({ ...defaultArgs, locale: args.lang, theme: args.theme });
  return html`<div class="ph-story" data-theme=${theme}>
    <form @submit=${(e: Event) => e.preventDefault()}>${control(locale)}</form>
  </div>`;
}

/** The story's control, defined and rendered. */
export async function controlIn<T extends PhFormControl<unknown>>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  await customElements.whenDefined(tag);
  const el = canvas.querySelector<T>(tag)!;
  await el.updateComplete;
  return el;
}

/** Types `text` into the control's input and leaves it (the touched state). */
export async function typeAndLeave(canvas: HTMLElement, tag: string, text: string): Promise<void> {
  const el = await controlIn(canvas, tag);
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.markTouched();
}
