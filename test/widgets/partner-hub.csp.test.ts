// Served under the strict CSP (script-src 'self'; style-src 'self'; Trusted Types): the hub,
// its tabs loaded on demand (dynamic imports) and their panels render with zero violations.
import { expect, html } from '@open-wc/testing';
import '../../src/widgets/partner-hub/define.js';
import type { PhPartnerHub } from '../../src/widgets/partner-hub/partner-hub.js';
import { itRendersUnderCsp, mount, settled, until, watchCsp } from '../support/conformance.js';

describe('<ph-partner-hub> under a strict Content-Security-Policy', () => {
  const csp = watchCsp();
  after(() => csp.stop());

  itRendersUnderCsp(csp, () => html`<ph-partner-hub></ph-partner-hub>`, {
    scenarios: ['positive', 'client-paid', 'failing'],
    selector: '[role="tablist"], [data-state]',
  });

  it('loads and shows every tab with no violation', async () => {
    const { el } = await mount<PhPartnerHub>(html`<ph-partner-hub></ph-partner-hub>`);
    for (const tab of ['accounts', 'integration', 'users', 'profile', 'billing', 'overview']) {
      el.tab = tab;
      const panel = () => el.shadowRoot!.querySelector<HTMLElement>(`[data-panel="${tab}"]`)!;
      await until(() => panel().childElementCount > 0 && !panel().hidden, tab);
      await settled(el);
    }
    expect(await csp.take()).to.deep.equal([]);
  });
});
