import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/money-input/define.js';
import type { PhMoneyInput } from '../../src/widgets/money-input/money-input.js';
import type { MoneyInputDetail } from '../../src/widgets/money-input/money-input.types.js';
import { expectAccessible } from '../support/conformance.js';
import { runFormControlSuite, typeInto } from '../support/form-control-suite.js';

const inner = (el: PhMoneyInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: PhMoneyInput) =>
  el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function field(
  currency = 'EUR',
  lang = 'en',
  extra: Partial<PhMoneyInput> = {},
): Promise<PhMoneyInput> {
  const el = await fixture<PhMoneyInput>(
    html`<ph-money-input lang=${lang} currency=${currency} label="Amount"></ph-money-input>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

/**
 * Renders a plain wrapper (a form, a div) holding a money input and waits for the input.
 * `fixture` would wait for an animation frame, which a background page never gets.
 */
async function wrapped<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const wrapper = fixtureSync<T>(template);
  await wrapper.querySelector<PhMoneyInput>('ph-money-input')!.updateComplete;
  return wrapper;
}

/** Focuses the field and types `text` with real key presses. */
async function type(el: PhMoneyInput, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function blur(el: PhMoneyInput): Promise<void> {
  inner(el).blur();
  await el.updateComplete;
}

runFormControlSuite<PhMoneyInput>('ph-money-input', {
  bound: { value: { amount: 20_000, currency: 'EUR' }, submits: '20000' },
  render: (a) =>
    html`<ph-money-input
      lang="en"
      currency="EUR"
      name=${a.name}
      label=${a.label}
      description=${a.description ?? ''}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></ph-money-input>`,
  inner,
  fill: async (el) => {
    await typeInto(inner(el), '12.50');
    return '1250';
  },
  fillInvalid: async (el) => {
    await typeInto(inner(el), '12x');
    return 'Enter the amount as a number, like 1234.56.';
  },
  requiredMessage: 'Enter an amount.',
  emptyFormValue: null,
});

describe('<ph-money-input>', () => {
  describe('accessibility', () => {
    it('is axe-clean when empty', async () => {
      const el = await field('EUR', 'en', { description: 'The amount to add.' });
      await expectAccessible(el);
    });

    it('is axe-clean with a valid amount', async () => {
      const el = await field();
      await type(el, '12.50');
      await blur(el);
      await expectAccessible(el);
    });

    it('is axe-clean when invalid, with the error described', async () => {
      const el = await field('EUR', 'en', { required: true, description: 'Hint' });
      await type(el, 'abc');
      await blur(el);
      const input = inner(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('description error');
      await expectAccessible(el);
    });

    it('labels the inner input with a real <label> and shows the currency', async () => {
      const el = await field();
      const label = el.shadowRoot!.querySelector('label')!;
      expect(label.htmlFor).to.equal(inner(el).id);
      expect(label.textContent).to.contain('Amount');
      expect(el.shadowRoot!.querySelector('[part="adornment"]')!.textContent).to.equal('€');
      expect(inner(el).inputMode).to.equal('decimal');
      expect(inner(el).autocomplete).to.equal('off');
    });
  });

  describe('parsing in the locale', () => {
    it('reads German 1.234,56 as 123456 cents', async () => {
      const el = await field('EUR', 'de');
      await type(el, '1.234,56');
      expect(el.value).to.deep.equal({ amount: 123456, currency: 'EUR' });
      expect(el.validity.valid).to.be.true;
    });

    it('reads English 1,234.56 as 123456 cents', async () => {
      const el = await field('EUR', 'en');
      await type(el, '1,234.56');
      expect(el.value).to.deep.equal({ amount: 123456, currency: 'EUR' });
    });

    it('refuses decimals for JPY, with the reason', async () => {
      const el = await field('JPY', 'en');
      await type(el, '12.5');
      expect(el.value).to.equal(null);
      expect(el.validity.valid).to.be.false;
      await blur(el);
      expect(errorText(el)).to.equal('JPY has no decimal places: enter a whole amount.');
    });

    it('takes three decimals for KWD', async () => {
      const el = await field('KWD', 'en');
      await type(el, '1.234');
      expect(el.value).to.deep.equal({ amount: 1234, currency: 'KWD' });
    });

    it('refuses over-precise amounts with the reason', async () => {
      const el = await field('EUR', 'en');
      await type(el, '1.005');
      expect(el.value).to.equal(null);
      expect(el.validity.stepMismatch).to.be.true;
      await blur(el);
      expect(errorText(el)).to.equal('Use at most 2 decimal places for EUR.');
      expect(el.validationMessage).to.equal('Use at most 2 decimal places for EUR.');
    });

    it('refuses text that is not a number', async () => {
      const el = await field('EUR', 'de');
      await type(el, '12x');
      await blur(el);
      expect(el.validity.badInput).to.be.true;
      // A German field says it in German, with a German example (words follow the locale too).
      expect(errorText(el)).to.equal('Geben Sie den Betrag als Zahl ein, etwa 1234,56.');
    });

    it('rewrites a valid amount in the canonical form on leaving the field', async () => {
      const el = await field('EUR', 'de');
      await type(el, '1.234,5');
      await blur(el);
      expect(inner(el).value).to.equal('1234,50');
    });

    it('formats a value set from outside', async () => {
      const el = await field('EUR', 'de');
      el.value = { amount: 98765, currency: 'EUR' };
      await el.updateComplete;
      expect(inner(el).value).to.equal('987,65');
    });
  });

  describe('the text survives', () => {
    it('a re-render and property changes while typing', async () => {
      const el = await field('EUR', 'de');
      await type(el, '12,5');
      el.label = 'Threshold';
      el.description = 'New hint';
      el.value = { amount: 1250, currency: 'EUR' }; // the same amount, as a host echoes it back
      el.requestUpdate();
      await el.updateComplete;
      expect(inner(el).value).to.equal('12,5');
      await sendKeys({ type: '0' });
      await el.updateComplete;
      expect(inner(el).value).to.equal('12,50');
    });

    it('an echo of null while the text is unreadable', async () => {
      const el = await field('EUR', 'en');
      await type(el, '12..');
      el.value = null;
      await el.updateComplete;
      expect(inner(el).value).to.equal('12..');
    });
  });

  describe('errors only after touch', () => {
    it('says nothing while typing, then shows the error on leaving', async () => {
      const el = await field('EUR', 'en', { min: { amount: 1000, currency: 'EUR' } });
      await type(el, '5');
      expect(errorText(el)).to.equal('');
      expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
      await blur(el);
      expect(errorText(el)).to.equal('Enter at least €10.00.');
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('tabbing through an empty required field shows and announces nothing', async () => {
      const el = await wrapped<HTMLDivElement>(
        html`<div>
          <ph-money-input label="Amount" lang="en" required></ph-money-input><button>after</button>
        </div>`,
      ).then((d) => d.querySelector('ph-money-input')!);
      inner(el).focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
      expect(el.matches(':state(user-invalid)')).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
    });

    it('a shown error does not change while typing, and clears once the amount is valid', async () => {
      const el = await field('EUR', 'en', {
        required: true,
        min: { amount: 1000, currency: 'EUR' },
      });
      el.markTouched();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Enter an amount.');
      await type(el, '2'); // the first digit of 250: below the minimum, but mid-typing
      expect(errorText(el)).to.equal('Enter an amount.');
      expect(el.validity.rangeUnderflow).to.be.true;
      await sendKeys({ type: '5' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.be.false;
      await sendKeys({ type: '0' });
      await blur(el);
      expect(errorText(el)).to.equal('');
      expect(el.value).to.deep.equal({ amount: 25000, currency: 'EUR' });
    });

    it('checks max', async () => {
      const el = await field('EUR', 'en', { max: { amount: 10000, currency: 'EUR' } });
      await type(el, '100.01');
      await blur(el);
      expect(el.validity.rangeOverflow).to.be.true;
      expect(errorText(el)).to.equal('Enter at most €100.00.');
    });

    it('markTouched() shows a required error', async () => {
      const el = await field('EUR', 'en', { required: true });
      expect(errorText(el)).to.equal('');
      el.markTouched();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Enter an amount.');
    });

    it('shows an external error at once, until the text changes', async () => {
      const el = await field();
      await type(el, '20');
      el.error = 'The hub refused this amount.';
      await el.updateComplete;
      expect(errorText(el)).to.equal('The hub refused this amount.');
      expect(el.validity.customError).to.be.true;
      await sendKeys({ type: '0' });
      await el.updateComplete;
      expect(el.validity.valid).to.be.true;
    });

    it('reportValidity() focuses the input when invalid', async () => {
      const el = await wrapped<HTMLDivElement>(
        html`<div>
          <button>before</button><ph-money-input label="Amount" lang="en" required></ph-money-input>
        </div>`,
      ).then((d) => d.querySelector('ph-money-input')!);
      expect(el.reportValidity()).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    });
  });

  describe('form participation', () => {
    it('submits the minor units under its name', async () => {
      const form = await wrapped<HTMLFormElement>(
        html`<form><ph-money-input name="amount" lang="de" label="Betrag"></ph-money-input></form>`,
      );
      const el = form.querySelector('ph-money-input')!;
      await type(el, '1.234,56');
      expect(new FormData(form).get('amount')).to.equal('123456');
      expect(el.form).to.equal(form);
    });

    it('gives the form an amount set by script over unreadable text at once, valid', async () => {
      const form = await wrapped<HTMLFormElement>(
        html`<form><ph-money-input name="amount" lang="en" label="Amount"></ph-money-input></form>`,
      );
      const el = form.querySelector('ph-money-input')!;
      await type(el, '12x');
      expect(el.validity.valid).to.equal(false);
      el.value = { amount: 20_000, currency: 'EUR' };
      // In the same task, before any render: the new amount, no longer the old text's problem.
      expect(new FormData(form).get('amount')).to.equal('20000');
      expect(el.validity.valid).to.equal(true);
    });

    it('blocks the form when required and empty, and shows the error', async () => {
      const form = await wrapped<HTMLFormElement>(
        html`<form>
          <ph-money-input name="amount" lang="en" label="Amount" required></ph-money-input>
        </form>`,
      );
      const el = form.querySelector('ph-money-input')!;
      await el.updateComplete;
      expect(form.checkValidity()).to.be.false;
      await el.updateComplete;
      expect(errorText(el)).to.equal('Enter an amount.');
      expect(new FormData(form).has('amount')).to.be.false;
    });

    it('Enter submits the form', async () => {
      const form = await wrapped<HTMLFormElement>(
        html`<form novalidate @submit=${(e: Event) => e.preventDefault()}>
          <ph-money-input name="amount" lang="en" label="Amount"></ph-money-input>
        </form>`,
      );
      const el = form.querySelector('ph-money-input')!;
      await type(el, '5');
      const submitted = oneEvent(form, 'submit');
      await sendKeys({ press: 'Enter' });
      await submitted;
    });

    it('follows a disabled fieldset and resets with the form', async () => {
      const form = await wrapped<HTMLFormElement>(
        html`<form>
          <fieldset>
            <legend>Top-up</legend>
            <ph-money-input name="amount" lang="en" label="Amount"></ph-money-input>
          </fieldset>
        </form>`,
      );
      const el = form.querySelector('ph-money-input')!;
      await type(el, '7');
      form.reset();
      await el.updateComplete;
      expect(inner(el).value).to.equal('');
      expect(el.value).to.equal(null);
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(inner(el).disabled).to.be.true;
    });
  });

  describe('events', () => {
    it('fires ph-money-input on each keystroke and ph-money-change on commit', async () => {
      const el = await field('EUR', 'en');
      const inputs: MoneyInputDetail[] = [];
      el.addEventListener('ph-money-input', (e) => inputs.push(e.detail));
      await type(el, '3.5');
      expect(inputs.map((d) => d.text)).to.deep.equal(['3', '3.', '3.5']);
      expect(inputs.at(-1)).to.deep.equal({
        value: { amount: 350, currency: 'EUR' },
        text: '3.5',
        valid: true,
      });
      const change = oneEvent(el, 'ph-money-change');
      inner(el).blur();
      const { detail } = await change;
      expect(detail).to.deep.equal({
        value: { amount: 350, currency: 'EUR' },
        text: '3.50',
        valid: true,
      });
    });

    it('fires change when a changed amount is committed, as a native input: not per keystroke, nor for a field left unchanged', async () => {
      const el = await field('EUR', 'en');
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, '12');
      expect(changes, 'typing is not committing').to.equal(0);
      await blur(el);
      expect(changes, 'leaving the changed field').to.equal(1);
      expect(el.value).to.deep.equal({ amount: 1200, currency: 'EUR' });

      el.focus();
      await blur(el);
      expect(changes, 'leaving it unchanged').to.equal(1);

      await type(el, '5');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(changes, 'Enter after a change').to.equal(2);
      await blur(el);
      expect(changes, 'leaving after Enter committed it').to.equal(2);
    });

    it("change bubbles from the element, as the other controls' does", async () => {
      const el = await field('EUR', 'en');
      const heard = oneEvent(document.body, 'change');
      await type(el, '7');
      await blur(el);
      const event = await heard;
      expect(event.target).to.equal(el);
      expect(event.bubbles).to.be.true;
    });
  });
});
