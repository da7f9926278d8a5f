// End to end in Chromium: the balance card fed through the 360dialog backend, whose partner
// API (simulated) answers {"total": 100.45, "currency": "eur"}.
import { expect, html } from '@open-wc/testing';
import { createSimulated360dialogAdapter } from '../../src/server/360dialog/simulated-adapter.js';
import '../../src/widgets/balance-card/define.js';
import { deepQuery, deepText, mount, until } from '../support/conformance.js';

describe('360dialog backend → balance card', () => {
  it('shows {"total": 100.45, "currency": "eur"} as €100.45', async () => {
    const { adapter, api } = createSimulated360dialogAdapter({
      balances: [{ total: '100.45', currency: 'eur' }],
    });
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, { adapter });
    await until(() => deepQuery(el, '[part="amount"]') !== null, 'the amount');
    expect(deepQuery(el, '[part="amount"]')!.textContent).to.equal('€100.45');
    expect(deepText(el)).to.not.contain('simulated-partner-api-key');
    const balanceCalls = api.requests.filter((r) => r.path.endsWith('/balance'));
    expect(balanceCalls.length).to.equal(1);
    expect(balanceCalls[0]!.apiKey).to.equal('simulated-partner-api-key');
  });

  it('shows a float artefact of the hub as the exact cents: 0.30000000000000004 → €0.30', async () => {
    const { adapter } = createSimulated360dialogAdapter({
      balances: [{ total: '0.30000000000000004', currency: 'eur' }],
    });
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, { adapter });
    await until(() => deepQuery(el, '[part="amount"]') !== null, 'the amount');
    expect(deepQuery(el, '[part="amount"]')!.textContent).to.equal('€0.30');
  });
});
