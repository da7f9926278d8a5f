// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the invoice list, and its pay dialog, render with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/invoice-list/define.js';
import type { PhInvoiceList } from '../../src/widgets/invoice-list/invoice-list.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-invoice-list> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-invoice-list></ph-invoice-list>`, {
    scenarios: ['positive', 'multi-currency', 'empty', 'client-paid', 'failing'],
  });

  it('renders for a member, while loading and with the pay dialog open with no violation', async () => {
    await mount(html`<ph-invoice-list></ph-invoice-list>`, { scenario: 'slow', settle: false });
    await mount(html`<ph-invoice-list></ph-invoice-list>`, { role: 'member' });
    const { el } = await mount<PhInvoiceList>(html`<ph-invoice-list></ph-invoice-list>`);
    const pay = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) =>
      /^Pay invoice/.test(b.getAttribute('aria-label') ?? ''),
    )!;
    pay.click();
    const dialog = el.shadowRoot!.querySelector('ph-pay-invoice-dialog')!;
    await until(() => !!dialog.shadowRoot!.querySelector('input[name="method"]'), 'the dialog');
    expect(await csp.take()).to.deep.equal([]);
  });
});
