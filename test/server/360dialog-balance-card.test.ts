// End to end in Chromium: the balance card fed through the 360dialog backend, whose partner
// API (simulated) answers {"total": 100.45, "currency": "eur"}: in-process, and through the
// server handler and the http adapter (the handler is web-standard, so it runs here too).
import { expect, html } from '@open-wc/testing';
import { createHttpAdapter } from '../../src/adapter/http/http-adapter.js';
import { create360dialogBackend } from '../../src/server/360dialog/backend.js';
import { createSimulated360dialogApi } from '../../src/server/360dialog/simulated.js';
import { createPartnerHubHandler } from '../../src/server/handler.js';
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

  it('shows €100.45 through the server handler and the http adapter; the key stays on the server side', async () => {
    const api = createSimulated360dialogApi({
      apiKey: 'server-side-key',
      partnerId: 'examplePA',
      balances: [{ total: '100.45', currency: 'eur' }],
    });
    const handler = createPartnerHubHandler({
      authenticate: (request) =>
        request.headers.get('authorization') === 'Bearer session-lena'
          ? {
              partnerAccountId: 'examplePA',
              user: { id: 'usr_lena', role: 'owner', status: 'active' },
            }
          : null,
      backend: create360dialogBackend({
        apiKey: 'server-side-key',
        partnerId: 'examplePA',
        fetch: api.fetch,
      }),
    });
    const seen: string[] = [];
    const adapter = createHttpAdapter({
      baseUrl: 'https://portal.example/api/v1',
      getHeaders: () => ({ Authorization: 'Bearer session-lena' }),
      eventsUrl: false,
      fetch: async (input, init) => {
        const response = await handler(new Request(input, init));
        const copy = response.clone();
        seen.push(await copy.text());
        return response;
      },
    });
    const { el } = await mount(html`<ph-balance-card></ph-balance-card>`, { adapter });
    await until(() => deepQuery(el, '[part="amount"]') !== null, 'the amount');
    expect(deepQuery(el, '[part="amount"]')!.textContent).to.equal('€100.45');
    expect(seen.join('\n')).to.contain('"amount":10045');
    expect(seen.join('\n')).to.not.contain('server-side-key');
    expect(api.requests.every((r) => r.apiKey === 'server-side-key')).to.equal(true);

    const anonymous = await handler(new Request('https://portal.example/api/v1/balances'));
    expect(anonymous.status).to.equal(401);
  });
});
