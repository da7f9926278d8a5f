import { expect } from '@open-wc/testing';
import { createHttpAdapter } from '../../src/adapter/http/http-adapter.js';
import { withValidation } from '../../src/adapter/validate.js';
import { runAdapterConformance } from '../../src/testing/index.js';

// The http adapter against the real reference server (demo/server/, started by
// test/support/reference-server-plugin.mjs and reached through its same-origin proxy). Each
// check gets its own server instance with a fresh database, so checks never see each other's
// top-ups, and other test files never see these.

/** The seeded member of the partner-paid account; the server acts as the `X-Demo-User` it is sent. */
const MEMBER = 'usr_priya';

async function newInstance(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  // A server that adds users at once, so the checks that invite can remove who they added (the
  // code step is tested in test/server/team.test.mjs and the user manager's tests).
  const response = await fetch('/__ph-server/instances?inviteCodes=false', { method: 'POST' });
  expect(response.status, await response.clone().text()).to.equal(201);
  const { id, apiBase } = (await response.json()) as { id: string; apiBase: string };
  return {
    baseUrl: new URL(apiBase, location.origin).href,
    close: async () => void (await fetch(`/__ph-server/instances/${id}`, { method: 'DELETE' })),
  };
}

runAdapterConformance({
  name: 'http adapter on the reference server',
  create: async () => {
    const { baseUrl, close } = await newInstance();
    return {
      adapter: createHttpAdapter({ baseUrl }),
      asMember: async () =>
        createHttpAdapter({
          baseUrl,
          getHeaders: () => ({ 'X-Demo-User': MEMBER }),
          // EventSource sends no custom headers: the demo server reads the user from the URL.
          eventsUrl: `${baseUrl}/events?demoUser=${MEMBER}`,
        }),
      cleanup: close,
    };
  },
  // Adding a card goes through the host's payment provider, which this page does not have.
  target: { without: ['collectPaymentMethod'] },
  describe,
  it,
});

describe('the reference server plugin', () => {
  it('serves the shared instance as /__ph-server.js', async () => {
    const url = '/__ph-server.js';
    const { apiBase } = (await import(url)) as { apiBase: string };
    expect(apiBase).to.equal(new URL(apiBase).href);
    const session = await withValidation(createHttpAdapter({ baseUrl: apiBase })).getSession();
    expect(session.user.role).to.equal('owner');
  });

  it('delivers live events over Server-Sent Events through the proxy', async () => {
    const { baseUrl, close } = await newInstance();
    try {
      const adapter = withValidation(createHttpAdapter({ baseUrl }));
      const [balance] = await adapter.getBalances();
      const cards = await adapter.listPaymentMethods();
      const events: unknown[] = [];
      let opened!: () => void;
      const open = new Promise<void>((resolve) => (opened = resolve));
      const seen = new Promise<void>((resolve) => {
        const off = adapter.subscribe!((event) => {
          events.push(event);
          opened(); // the stream starts with the current balances
          if (
            event.resource === 'balances' &&
            event.data?.[0]?.money.amount !== balance!.money.amount
          ) {
            off();
            resolve();
          }
        });
      });
      // Change the balance once the stream is open (not after a guessed delay).
      await open;
      const result = await adapter.topUp(
        {
          amount: { amount: 5000, currency: balance!.money.currency },
          paymentMethodId: cards.find((c) => c.isDefault)!.id,
        },
        { idempotencyKey: 'live-1' },
      );
      await seen;
      expect(result.status).to.equal('succeeded');
      expect(events.length).to.be.greaterThan(0);
    } finally {
      await close();
    }
  });
});
