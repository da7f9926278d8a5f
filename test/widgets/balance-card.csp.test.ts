// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the balance card renders with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/balance-card/define.js';
import { itRendersUnderCsp, mount, watchCsp } from '../support/conformance.js';

describe('<ph-balance-card> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-balance-card></ph-balance-card>`, {
    scenarios: [
      'positive',
      'low',
      'zero',
      'negative',
      'multi-currency',
      'empty',
      'client-paid',
      'failing',
    ],
  });

  it('renders while loading and for a member with no violation', async () => {
    await mount(html`<ph-balance-card></ph-balance-card>`, { scenario: 'slow', settle: false });
    await mount(html`<ph-balance-card></ph-balance-card>`, { role: 'member' });
    expect(await csp.take()).to.deep.equal([]);
  });
});
