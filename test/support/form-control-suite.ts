// The tests every form control of the kit runs (like Web Awesome's form-control base tests):
// form submission, reset, disabled (also by a fieldset), required, problems shown only after
// the person leaves a changed field or submits, validators (errors and warnings),
// setCustomValidity, axe in each state, and the label and description wired to the native
// control. Each control's test file calls `runFormControlSuite` with how to fill it.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { render as litRender } from 'lit';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { PhFormControl } from '../../src/base/form-control.js';
import { expectAccessible } from './conformance.js';

type Control = PhFormControl<unknown>;

export interface FieldAttributes {
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  disabled?: boolean;
}

export interface FormControlSuiteOptions<E extends Control> {
  /** Renders the control alone with these attributes. */
  render(attributes: FieldAttributes): TemplateResult;
  /** The native control inside (the one labelled and described). */
  inner(el: E): HTMLElement;
  /** As the person would: gives the control a valid value; resolves to what the form submits. */
  fill(el: E): Promise<FormDataEntryValue>;
  /** As the person would: gives a value the control refuses; resolves to its message. */
  fillInvalid?(el: E): Promise<string>;
  /** The message of an empty required field. */
  requiredMessage: string;
  /** What an empty field submits: nothing (`null`) or an empty string. */
  emptyFormValue: null | '';
  /**
   * A value a host's template binds (`.value=${…}`) as the control is made, before its first
   * render, and what the form then submits.
   */
  bound: { value: unknown; submits: FormDataEntryValue };
  /**
   * Its value is a choice made at once, not typed (a file chosen or dropped): what is wrong with
   * it shows as soon as it is made, without waiting for the person to leave the field.
   */
  committedAtOnce?: boolean;
}

/** Types `text` into a text-like native control, replacing what is there. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys(text === '' ? { press: 'Backspace' } : { type: text });
}

const shown = (el: Element, part: 'error' | 'warning') =>
  (
    el.shadowRoot!.querySelector(`[part="${part === 'warning' ? 'field-warning' : part}"]`)
      ?.textContent ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim();

const userInvalid = (el: Element) => el.matches(':state(user-invalid)');

export function runFormControlSuite<E extends Control>(
  tag: string,
  options: FormControlSuiteOptions<E>,
): void {
  const { render, inner, fill, fillInvalid, requiredMessage, emptyFormValue } = options;
  /** What shows before the person leaves the field: nothing, or already the problem. */
  const beforeLeaving = (message: string) => (options.committedAtOnce ? message : '');

  /** A form holding the control and a button after it (somewhere to move focus to). */
  async function inForm(attributes: Partial<FieldAttributes> = {}, fieldset = false) {
    const field = render({ name: 'field', label: 'Field label', ...attributes });
    const form = fixtureSync<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        ${
          fieldset
            ? html`<fieldset>
                <legend>Group</legend>
                ${field}
              </fieldset>`
            : field
        }
        <button type="button" class="after">After</button>
      </form>`,
    );
    const el = form.querySelector<E>(tag)!;
    await el.updateComplete;
    const leave = async () => {
      form.querySelector<HTMLButtonElement>('.after')!.focus();
      await el.updateComplete;
    };
    return { form, el, leave };
  }

  describe(`<${tag}> as a form control (shared suite)`, () => {
    it('submits its value under its name', async () => {
      const { form, el } = await inForm();
      expect(new FormData(form).get('field')).to.equal(emptyFormValue);
      const expected = await fill(el);
      await el.updateComplete;
      const submitted = new FormData(form).get('field');
      if (expected instanceof File) {
        expect(submitted).to.be.instanceOf(File);
        const file = submitted as File;
        expect([file.name, file.size, file.type]).to.deep.equal([
          expected.name,
          expected.size,
          expected.type,
        ]);
      } else {
        expect(submitted).to.equal(expected);
      }
      expect(el.form).to.equal(form);
      expect(el.dirty).to.be.true;
    });

    it('keeps a value bound before its first render, and submits it', async () => {
      // As a host's template does: the element is made, `.value` set, then it is connected.
      const form = fixtureSync<HTMLFormElement>(html`<form></form>`);
      const host = document.createElement('div');
      litRender(options.render({ name: 'field', label: 'Field label' }), host);
      const el = host.querySelector<E>(tag)!;
      (el as unknown as { value: unknown }).value = options.bound.value;
      form.append(el);
      await el.updateComplete;
      expect((el as unknown as { value: unknown }).value).to.deep.equal(options.bound.value);
      const submitted = new FormData(form).get('field');
      if (submitted instanceof File) {
        expect(submitted.name).to.equal((options.bound.submits as File).name);
      } else {
        expect(submitted).to.equal(options.bound.submits);
      }
      expect(el.dirty, 'a bound value is not a change by the person').to.be.false;
    });

    it('resets with the form: the value and the shown problem are gone', async () => {
      const { form, el, leave } = await inForm({ required: true });
      await fill(el);
      await leave();
      el.markTouched();
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(emptyFormValue);
      expect(el.dirty).to.be.false;
      expect(el.touched).to.be.false;
      expect(shown(el, 'error')).to.equal('');
      expect(el.validity.valueMissing).to.be.true;
    });

    it('disabled: the native control is disabled and nothing is submitted', async () => {
      const { form, el } = await inForm();
      await fill(el);
      el.disabled = true;
      await el.updateComplete;
      expect(inner(el).matches(':disabled')).to.be.true;
      expect(new FormData(form).has('field')).to.be.false;
      await expectAccessible(el);
    });

    it('follows a disabled fieldset', async () => {
      const { form, el } = await inForm({}, true);
      await fill(el);
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(inner(el).matches(':disabled')).to.be.true;
      expect(new FormData(form).has('field')).to.be.false;
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(inner(el).matches(':disabled')).to.be.false;
    });

    it('required: an empty field blocks the form, a filled one does not', async () => {
      const { form, el } = await inForm({ required: true });
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal(requiredMessage);
      await fill(el);
      await el.updateComplete;
      expect(form.checkValidity()).to.be.true;
    });

    it('tabbing through an empty required field shows and announces nothing', async () => {
      const { form, el, leave } = await inForm({ required: true });
      inner(el).focus();
      await leave();
      expect(shown(el, 'error')).to.equal('');
      expect(inner(el).getAttribute('aria-invalid')).to.not.equal('true');
      expect(userInvalid(el)).to.be.false;
      // A submit attempt does show it (so the silence above was not for want of a problem).
      form.requestSubmit();
      await el.updateComplete;
      expect(shown(el, 'error')).to.equal(requiredMessage);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      expect(userInvalid(el)).to.be.true;
      await expectAccessible(el);
    });

    if (fillInvalid) {
      it(`shows a problem ${options.committedAtOnce ? 'once the choice is made' : 'only after leaving the changed field'}; clears it once valid`, async () => {
        const { el, leave } = await inForm();
        const message = await fillInvalid(el);
        await el.updateComplete;
        expect(el.validity.valid).to.be.false;
        expect(shown(el, 'error')).to.equal(beforeLeaving(message));
        await leave();
        expect(shown(el, 'error')).to.equal(message);
        expect(userInvalid(el)).to.be.true;
        const describedBy = inner(el).getAttribute('aria-describedby') ?? '';
        expect(describedBy.split(' ')).to.include('error');
        await expectAccessible(el);
        await fill(el);
        await el.updateComplete;
        expect(shown(el, 'error')).to.equal('');
        expect(userInvalid(el)).to.be.false;
      });
    }

    it('an error validator blocks the form with its message', async () => {
      const { form, el } = await inForm();
      el.validators = [{ check: () => 'Not this one.' }];
      await fill(el);
      await el.updateComplete;
      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.equal('Not this one.');
      await el.updateComplete; // the form's check fired \`invalid\`: a submit attempt
      expect(shown(el, 'error')).to.equal('Not this one.');
    });

    it(`a warning validator is shown ${options.committedAtOnce ? 'once the choice is made' : 'after leaving'} but never blocks`, async () => {
      const { form, el, leave } = await inForm();
      el.validators = [{ kind: 'warning', check: () => 'Just so you know.' }];
      await fill(el);
      await el.updateComplete;
      expect(shown(el, 'warning')).to.equal(beforeLeaving('Just so you know.'));
      await leave();
      expect(shown(el, 'warning')).to.equal('Just so you know.');
      expect(el.warning).to.equal('Just so you know.');
      expect(form.checkValidity()).to.be.true;
      await expectAccessible(el);
    });

    it('setCustomValidity() makes it invalid until cleared', async () => {
      const { form, el } = await inForm();
      await fill(el);
      el.setCustomValidity('Taken already.');
      expect(el.validity.customError).to.be.true;
      expect(form.checkValidity()).to.be.false;
      await el.updateComplete;
      expect(shown(el, 'error')).to.equal('Taken already.');
      el.setCustomValidity('');
      expect(form.checkValidity()).to.be.true;
    });

    it('an error set from outside shows at once and holds until the value changes', async () => {
      const { el } = await inForm();
      el.error = 'The hub refused this.';
      await el.updateComplete;
      expect(shown(el, 'error')).to.equal('The hub refused this.');
      expect(el.validity.customError).to.be.true;
      await fill(el);
      await el.updateComplete;
      expect(el.validity.customError).to.be.false;
      expect(shown(el, 'error')).to.equal('');
    });

    it('the same error from outside, set again after the value changed, shows again', async () => {
      // A server refusing a second value with the same words (a wrong code, twice).
      const { el } = await inForm();
      el.error = 'The hub refused this.';
      await el.updateComplete;
      await fill(el);
      await el.updateComplete;
      expect(shown(el, 'error')).to.equal('');
      el.error = 'The hub refused this.';
      await el.updateComplete;
      expect(shown(el, 'error')).to.equal('The hub refused this.');
      expect(el.validity.customError).to.be.true;
      expect(userInvalid(el)).to.be.true;
      expect(inner(el).matches('[aria-invalid="true"], :has([aria-invalid="true"])')).to.be.true;
    });

    it('reportValidity() on an invalid field moves focus into it, as natively', async () => {
      const { form, el } = await inForm({ required: true });
      form.querySelector<HTMLButtonElement>('.after')!.focus();
      expect(el.reportValidity()).to.be.false;
      expect(el.matches(':focus-within'), 'focus is in the field').to.be.true;
    });

    it('gives the form a value set by script at once, as native controls do', async () => {
      const { form, el } = await inForm();
      (el as unknown as { value: unknown }).value = options.bound.value;
      // Read in the same task, before any render.
      const submitted = new FormData(form).get('field');
      if (submitted instanceof File) {
        expect(submitted.name).to.equal((options.bound.submits as File).name);
      } else {
        expect(submitted).to.equal(options.bound.submits);
      }
    });

    it('gives the form its value at once after a reset, as native controls do', async () => {
      const { form, el } = await inForm();
      await fill(el);
      await el.updateComplete;
      form.reset();
      // Read in the same task, before any render: what a host reading the form sees.
      expect(new FormData(form).get('field')).to.equal(emptyFormValue);
    });

    it('the label and the description are wired to the native control, axe-clean', async () => {
      const { el } = await inForm({ description: 'What this field is for.' });
      const control = inner(el) as HTMLInputElement;
      const labels = Array.from(control.labels ?? []).map((l) => l.textContent ?? '');
      const legend = el.shadowRoot!.querySelector('legend')?.textContent ?? '';
      expect([...labels, legend].join(' ')).to.contain('Field label');
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ');
      expect(described).to.include('description');
      expect(el.shadowRoot!.getElementById('description')!.textContent!.trim()).to.equal(
        'What this field is for.',
      );
      await expectAccessible(el);
      await fill(el);
      await el.updateComplete;
      await expectAccessible(el);
    });
  });
}
