import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/text-field/define.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import { runFormControlSuite, typeInto } from '../support/form-control-suite.js';

const inner = (el: PhTextField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: PhTextField) =>
  el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

runFormControlSuite<PhTextField>('ph-text-field', {
  bound: { value: 'billing@example.com', submits: 'billing@example.com' },
  render: (a) =>
    html`<ph-text-field
      type="email"
      name=${a.name}
      label=${a.label}
      description=${a.description ?? ''}
      ?required=${a.required}
      ?disabled=${a.disabled}
    ></ph-text-field>`,
  inner,
  fill: async (el) => {
    await typeInto(inner(el), 'billing@example.com');
    return 'billing@example.com';
  },
  fillInvalid: async (el) => {
    await typeInto(inner(el), 'billing@example');
    return 'Enter an e-mail address like name@example.com.';
  },
  requiredMessage: 'Fill in this field.',
  emptyFormValue: '',
});

/** A field with `attributes`, a button after it, and how to leave the field. */
async function field(template: ReturnType<typeof html>) {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>${template}<button>after</button></div>`);
  const el = wrapper.querySelector('ph-text-field')!;
  await el.updateComplete;
  return el;
}

async function typeAndLeave(el: PhTextField, text: string): Promise<void> {
  await typeInto(inner(el), text);
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

describe('<ph-text-field>', () => {
  it('checks https addresses: http and single-label hosts are refused, in words', async () => {
    const el = await field(html`<ph-text-field type="url" label="Webhook URL"></ph-text-field>`);
    expect(inner(el).type).to.equal('url');
    await typeAndLeave(el, 'http://hooks.example.com/in');
    expect(errorText(el)).to.equal('Use an address that starts with https://.');
    await typeAndLeave(el, 'https://intranet/in');
    expect(errorText(el)).to.equal('Enter a full web address, like https://example.com/hooks.');
    await typeAndLeave(el, 'https://hooks.example.com/in');
    expect(errorText(el)).to.equal('');
    expect(el.validity.valid).to.be.true;
  });

  it('a redirect URL may be http to this computer', async () => {
    const el = await field(
      html`<ph-text-field type="url" format="redirect-url" label="Redirect URL"></ph-text-field>`,
    );
    await typeAndLeave(el, 'http://localhost:3000/done');
    expect(el.validity.valid).to.be.true;
    await typeAndLeave(el, 'http://portal.example.com/done');
    expect(errorText(el)).to.equal('Use an address that starts with https://.');
  });

  it('checks a VAT ID against its format, check digit and the invoicing country', async () => {
    const el = await field(
      html`<ph-text-field format="vat-id" country="DE" label="VAT ID"></ph-text-field>`,
    );
    await typeAndLeave(el, 'DE136695976');
    expect(el.validity.valid).to.be.true;
    await typeAndLeave(el, 'DE1366959');
    expect(errorText(el)).to.equal('Enter the VAT ID with its country prefix, like DE136695976.');
    expect(el.validity.patternMismatch).to.be.true;
    await typeAndLeave(el, 'DE136695977');
    expect(errorText(el)).to.equal(
      'The check digit of this VAT ID does not match its other digits. Check it for a typo.',
    );
    expect(el.validity.patternMismatch).to.be.true;
    await typeAndLeave(el, 'FR40303265045');
    expect(errorText(el)).to.equal(
      'This VAT ID belongs to another country than the invoicing address.',
    );
    el.country = 'FR';
    await el.updateComplete;
    expect(el.validity.valid).to.be.true;
    expect(errorText(el)).to.equal('');
  });

  it('checks a Solution ID: digits only, 14 to 18 of them, with a numeric keyboard', async () => {
    const el = await field(
      html`<ph-text-field format="solution-id" label="Solution ID"></ph-text-field>`,
    );
    expect(inner(el).inputMode).to.equal('numeric');
    await typeAndLeave(el, '12345');
    expect(errorText(el)).to.equal('A Solution ID has 14 to 18 digits.');
    await typeAndLeave(el, '1234567890123x');
    expect(errorText(el)).to.equal('A Solution ID has digits only.');
    await typeAndLeave(el, '123456789012345');
    expect(errorText(el)).to.equal('');
  });

  it('takes the keyboard and autofill hints it is given (a one-time code: digits on a phone)', async () => {
    const el = await field(
      html`<ph-text-field
        label="One-time code"
        inputmode="numeric"
        autocomplete="one-time-code"
      ></ph-text-field>`,
    );
    expect(inner(el).inputMode).to.equal('numeric');
    expect(inner(el).autocomplete).to.equal('one-time-code');
    el.inputmode = 'tel';
    await el.updateComplete;
    expect(inner(el).inputMode).to.equal('tel');
    const plain = await field(html`<ph-text-field label="Name"></ph-text-field>`);
    expect(inner(plain).hasAttribute('inputmode')).to.be.false;
    expect(inner(plain).hasAttribute('autocomplete')).to.be.false;
  });

  it('starts from its value attribute and returns to it on reset', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <ph-text-field name="email" label="E-mail" value="a@example.com"></ph-text-field>
      </form>`,
    );
    const el = form.querySelector('ph-text-field')!;
    await el.updateComplete;
    expect(inner(el).value).to.equal('a@example.com');
    await typeInto(inner(el), 'b@example.com');
    expect(new FormData(form).get('email')).to.equal('b@example.com');
    form.reset();
    await el.updateComplete;
    expect(inner(el).value).to.equal('a@example.com');
  });

  it('fires change when the person commits, and Enter submits the form', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form novalidate @submit=${(e: Event) => e.preventDefault()}>
        <ph-text-field name="name" label="Name"></ph-text-field>
      </form>`,
    );
    const el = form.querySelector('ph-text-field')!;
    await el.updateComplete;
    await typeInto(inner(el), 'Acme');
    const submitted = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    const changed = oneEvent(el, 'change');
    inner(el).blur();
    await changed;
    expect(el.value).to.equal('Acme');
  });
});
