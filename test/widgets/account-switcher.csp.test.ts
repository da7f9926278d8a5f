// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): the
// account switcher, closed, open, loading and unavailable, renders with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/account-switcher/define.js';
import { itRendersUnderCsp, mount, until, watchCsp } from '../support/conformance.js';

describe('<ph-account-switcher> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-account-switcher></ph-account-switcher>`, {
    scenarios: ['positive', 'client-paid'],
    selector: '.toggle',
  });

  it('renders loading, unavailable and open with no violation', async () => {
    await mount(html`<ph-account-switcher></ph-account-switcher>`, {
      scenario: 'slow',
      settle: false,
    });
    await mount(html`<ph-account-switcher></ph-account-switcher>`, {
      capabilities: { switchPartnerAccount: false },
    });
    const { el } = await mount(html`<ph-account-switcher></ph-account-switcher>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await until(() => !el.shadowRoot!.querySelector<HTMLElement>('.accounts')!.hidden, 'open');
    expect(await csp.take()).to.deep.equal([]);
  });
});
