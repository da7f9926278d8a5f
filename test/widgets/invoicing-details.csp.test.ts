// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the invoicing details renders with zero violations, and so do saving and a refusal.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/invoicing-details/define.js';
import type { PhTextField } from '../../src/widgets/text-field/text-field.js';
import {
  deepQuery,
  deepQueryAll,
  itRendersUnderCsp,
  mount,
  settled,
  watchCsp,
} from '../support/conformance.js';

const details = () => html`<ph-invoicing-details></ph-invoicing-details>`;

describe('<ph-invoicing-details> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, details, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
    forbidden: 'getInvoicingDetails',
  });

  it('refuses a VAT ID, then saves, with no violation', async () => {
    const { el } = await mount(details());
    const vat = el.shadowRoot!.querySelector<PhTextField>('ph-text-field[name="vatId"]')!;
    const input = vat.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'DE1' });
    const save = () =>
      deepQueryAll<HTMLButtonElement>(el, 'button')
        .find((b) => /Save invoicing details/.test(b.textContent ?? ''))!
        .click();
    save();
    await settled(el);
    expect(deepQuery(el, '[part="error-summary"]')).to.exist;
    input.select();
    await sendKeys({ type: 'DE136695976' });
    save();
    await settled(el);
    expect(deepQuery(el, '[part="error-summary"]')).to.not.exist;
    expect(await csp.take()).to.deep.equal([]);
  });
});
