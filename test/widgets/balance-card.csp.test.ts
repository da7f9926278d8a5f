// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): every
// state of the balance card renders with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/balance-card/define.js';
import { deepQuery, mount, watchCsp } from '../support/conformance.js';

describe('<ph-balance-card> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  for (const scenario of [
    'positive',
    'low',
    'zero',
    'negative',
    'multi-currency',
    'empty',
    'client-paid',
    'failing',
  ] as const) {
    it(`renders ${scenario} with no violation`, async () => {
      const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, { scenario });
      expect(deepQuery(el, '.card')).to.exist;
      expect(await csp.take()).to.deep.equal([]);
    });
  }

  it('renders while loading and for a member with no violation', async () => {
    await mount(html`<ph-balance-card></ph-balance-card>`, { scenario: 'slow', settle: false });
    await mount(html`<ph-balance-card></ph-balance-card>`, { role: 'member' });
    expect(await csp.take()).to.deep.equal([]);
  });
});
