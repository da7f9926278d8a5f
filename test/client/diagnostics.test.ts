import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerHubAdapter } from '../../src/adapter/contract.js';
import { AdapterError, toAdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { PhErrorDetail } from '../../src/base/error-event.js';
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import { PartnerHubClient } from '../../src/client/client.js';
import { failureOf } from '../../src/client/diagnostics.js';
import { registerResultSchemas } from '../../src/client/results.js';
import { TopUpResultSchema } from '../../src/adapter/schemas.js';
import '../../src/widgets/balance-card/define.js';
import { deepQuery, deepQueryAll, deepText, override, until } from '../support/conformance.js';

/** Records console.error and console.warn while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return lines;
}

const kitLines = (lines: string[]) => lines.filter((l) => l.includes('[partner-hub-elements]'));

/** Mounts `cards` balance cards under one provider, collecting every `ph-error`. */
async function mountCards(adapter: PartnerHubAdapter, cards = 1) {
  const events: CustomEvent<PhErrorDetail>[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent<PhErrorDetail>);
  document.addEventListener('ph-error', listener);
  const provider = await fixture<PhProvider>(
    html`<ph-provider .adapter=${adapter} .clientOptions=${{ retry: { retries: 0 } }} locale="en"
      >${Array.from({ length: cards }, () => html`<ph-balance-card></ph-balance-card>`)}</ph-provider
    >`,
  );
  const els = Array.from(provider.children);
  return { provider, els, events, stop: () => document.removeEventListener('ph-error', listener) };
}

const balanceWith = (money: unknown) => [{ money, updatedAt: '2026-11-17T09:00:00.000Z' }];

describe('what a failure says', () => {
  describe('classification', () => {
    it('calls a plain Error from the adapter a data-source failure, not unreadable data', () => {
      const error = toAdapterError(new Error('connect ECONNREFUSED'), 'getBalances');
      expect(error.code).to.equal('adapter_failed');
      expect(error.message).to.equal('getBalances() failed: connect ECONNREFUSED');
      expect(toAdapterError('boom').code).to.equal('adapter_failed');
    });

    it("keeps fetch's network failure as network", () => {
      expect(toAdapterError(new TypeError('Failed to fetch')).code).to.equal('network');
      expect(
        toAdapterError(new TypeError('NetworkError when attempting to fetch resource.')).code,
      ).to.equal('network');
    });

    it('calls a TypeError of the adapter\'s own code ("… is not a function") a failure of its data source, never a missing capability (it may come after a change was made)', () => {
      const error = toAdapterError(new TypeError('api.balances is not a function'), 'getBalances');
      expect(error.code).to.equal('adapter_failed');
      expect(error.message).to.contain('api.balances is not a function');
    });

    it('makes a read of a method the adapter lacks `unsupported`, without calling anything', async () => {
      const client = new PartnerHubClient({} as PartnerHubAdapter);
      const lines = await consoleDuring(async () => {
        try {
          await client.read('balances');
          expect.fail('the read should fail');
        } catch (error) {
          expect((error as AdapterError).code).to.equal('unsupported');
          expect((error as AdapterError).message).to.contain('getBalances()');
        }
      });
      expect(kitLines(lines)).to.have.length(1);
    });
  });

  describe('in a widget', () => {
    it('says the data source failed when the adapter throws a plain Error', async () => {
      const adapter = override(createMemoryAdapter(), {
        getBalances: () => Promise.reject(new Error('upstream 500')),
      });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      await consoleDuring(async () => {
        mounted = await mountCards(adapter);
        await until(() => deepQuery(mounted.els[0]!, '[data-state="error"]') !== null, 'error');
      });
      mounted.stop();
      const text = deepText(mounted.els[0]!);
      expect(text).to.contain('The data source behind this page failed.');
      expect(text).not.to.contain('could not read');
      expect(text).not.to.contain('network');
    });

    it('shows the unavailable state when the adapter has no such method', async () => {
      const memory = createMemoryAdapter();
      // A host's own adapter object with only some methods: no getBalances at all.
      const partial: PartnerHubAdapter = {
        getSession: (o) => memory.getSession(o),
        getAutoRenewal: (o) => memory.getAutoRenewal(o),
        listDailyUsage: (q, o) => memory.listDailyUsage(q, o),
      };
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      const lines = await consoleDuring(async () => {
        mounted = await mountCards(partial);
        await until(
          () => deepQuery(mounted.els[0]!, '[data-state="unavailable"]') !== null,
          'the unavailable state',
        );
      });
      mounted.stop();
      expect(deepQuery(mounted.els[0]!, '[data-state="error"]')).to.equal(null);
      expect(deepText(mounted.els[0]!)).not.to.match(/network|try again/i);
      expect(kitLines(lines).join('\n')).to.contain('getBalances()');
    });

    it('shows a method that throws "is not a function" as failing, with a retry (a bug in the adapter, not a missing method)', async () => {
      const adapter = override(createMemoryAdapter(), {
        getBalances: () => {
          const api = {} as { balances: () => unknown };
          return api.balances();
        },
      });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      await consoleDuring(async () => {
        mounted = await mountCards(adapter);
        await until(
          () => deepQuery(mounted.els[0]!, '[data-state="error"]') !== null,
          'the error state',
          5000,
        );
      });
      mounted.stop();
      expect(deepText(mounted.els[0]!)).to.contain('The data source behind this page failed.');
      expect(deepText(mounted.els[0]!)).not.to.match(/network|does not offer/i);
    });
  });

  describe('for developers: the console and ph-error', () => {
    it('logs a float amount once, naming the field and what it should be', async () => {
      const adapter = override(createMemoryAdapter(), {
        getBalances: async () => balanceWith({ amount: 100.45, currency: 'EUR' }),
      });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      const lines = await consoleDuring(async () => {
        mounted = await mountCards(adapter, 2);
        await until(() => mounted.events.length > 0, 'ph-error');
        await until(
          () => mounted.els.every((el) => deepQuery(el, '[data-state="error"]') !== null),
          'both cards in error',
        );
        await new Promise((r) => setTimeout(r, 20));
      });
      mounted.stop();
      const logged = kitLines(lines);
      expect(logged, logged.join('\n')).to.have.length(1);
      expect(logged[0]).to.contain('getBalances');
      expect(logged[0]).to.contain('0.money.amount');
      expect(logged[0]).to.contain('integer minor units');
      expect(logged[0]).to.contain('100.45');
      // One event for two widgets watching the same resource.
      expect(mounted.events).to.have.length(1);
      const [event] = mounted.events;
      expect(event!.bubbles).to.equal(true);
      expect(event!.composed).to.equal(true);
      expect(event!.detail).to.include({
        element: 'ph-balance-card',
        resource: 'balances',
        method: 'getBalances',
        code: 'invalid_response',
        field: '0.money.amount',
      });
      expect(event!.detail.expected).to.contain('integer minor units');
      expect(event!.detail.error).to.be.instanceOf(AdapterError);
    });

    it('refuses a lower-case currency, saying codes are in capitals', async () => {
      const adapter = override(createMemoryAdapter(), {
        getBalances: async () => balanceWith({ amount: 10045, currency: 'eur' }),
      });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      const lines = await consoleDuring(async () => {
        mounted = await mountCards(adapter);
        await until(() => mounted.events.length > 0, 'ph-error');
      });
      mounted.stop();
      const logged = kitLines(lines);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('0.money.currency');
      expect(logged[0]).to.contain('an ISO 4217 code in capitals');
      expect(logged[0]).to.contain('"eur"');
      expect(mounted.events[0]!.detail.field).to.equal('0.money.currency');
      expect(deepQuery(mounted.els[0]!, '[data-state="error"]')).to.exist;
    });

    it('fires once per failure: a retry that fails again is a second failure', async () => {
      let calls = 0;
      const adapter = override(createMemoryAdapter(), {
        getBalances: () => {
          calls++;
          return Promise.reject(new AdapterError('unavailable', `Down (${calls}).`));
        },
      });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      const lines = await consoleDuring(async () => {
        mounted = await mountCards(adapter);
        await until(() => mounted.events.length === 1, 'the first ph-error');
        const retry = deepQueryAll<HTMLButtonElement>(mounted.els[0]!, 'button').find((b) =>
          /Try again/.test(b.textContent ?? ''),
        )!;
        retry.click();
        await until(() => mounted.events.length === 2, 'the second ph-error');
        await new Promise((r) => setTimeout(r, 20));
      });
      mounted.stop();
      expect(calls).to.equal(2);
      expect(mounted.events).to.have.length(2);
      expect(kitLines(lines)).to.have.length(2);
      expect(mounted.events.map((e) => e.detail.code)).to.deep.equal([
        'unavailable',
        'unavailable',
      ]);
    });

    it('tells the host about a failed change the host made itself, from the provider', async () => {
      const adapter = override(createMemoryAdapter(), {
        topUp: () => Promise.reject(new Error('PSP down')),
      });
      // A host calling the client itself registers the schema of what it calls.
      registerResultSchemas({ topUp: TopUpResultSchema });
      let mounted!: Awaited<ReturnType<typeof mountCards>>;
      const lines = await consoleDuring(async () => {
        mounted = await mountCards(adapter, 0);
        try {
          await mounted.provider.client!.topUp(
            { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
            { idempotencyKey: 'k-1' },
          );
        } catch (error) {
          expect(failureOf(error as AdapterError)?.mutation).to.equal('topUp');
        }
        await until(() => mounted.events.length === 1, 'ph-error');
      });
      mounted.stop();
      expect(mounted.events[0]!.detail).to.include({
        element: 'ph-provider',
        mutation: 'topUp',
        code: 'adapter_failed',
      });
      expect(kitLines(lines)).to.have.length(1);
      expect(kitLines(lines)[0]).to.contain('PSP down');
    });

    it('says nothing about an aborted read', async () => {
      const client = new PartnerHubClient(
        override(createMemoryAdapter({ latency: 200 }), {}) as PartnerHubAdapter,
      );
      const lines = await consoleDuring(async () => {
        const stop = client.resource('balances').subscribe(() => {});
        stop();
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(kitLines(lines)).to.deep.equal([]);
    });
  });
});
