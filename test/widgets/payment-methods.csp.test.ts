// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the payment methods, the removal confirmation and the TEST form render with zero
// violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/payment-methods/define.js';
import type { PhPaymentMethods } from '../../src/widgets/payment-methods/payment-methods.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-payment-methods> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-payment-methods></ph-payment-methods>`, {
    scenarios: ['positive', 'empty', 'client-paid', 'failing'],
  });

  it('renders for a member, while loading, and with the TEST form open with no violation', async () => {
    await mount(html`<ph-payment-methods></ph-payment-methods>`, {
      scenario: 'slow',
      settle: false,
    });
    await mount(html`<ph-payment-methods></ph-payment-methods>`, { role: 'member' });
    const { el } = await mount<PhPaymentMethods>(html`<ph-payment-methods></ph-payment-methods>`);
    const add = Array.from(el.shadowRoot!.querySelectorAll('button')).find(
      (b) => b.textContent!.trim() === 'Add a payment method',
    )!;
    add.click();
    await until(() => !!el.shadowRoot!.querySelector('.collector form'), 'the test form');
    expect(await csp.take()).to.deep.equal([]);
  });
});
