import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerHubAdapter, ReadOptions } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { DEFAULT_TIMEOUTS, PartnerHubClient } from '../../src/client/client.js';
import { registerResultSchemas } from '../../src/client/results.js';
import { RESULT_SCHEMAS } from '../../src/adapter/validate.js';

// The client alone, with every method's result schema registered (as the whole kit registers
// them); test/client/results.test.ts covers a method with none.
registerResultSchemas(RESULT_SCHEMAS);
import '../../src/base/define-provider.js';
import type { PhProvider } from '../../src/base/provider.js';
import '../../src/widgets/balance-card/define.js';
import '../../src/client/results/top-up.js'; // what a top-up does to the cache, and its checks
import '../../src/client/results/invoices.js';
import { deepQuery, deepQueryAll, deepText, override, until } from '../support/conformance.js';

/** A promise that never settles, from an adapter that ignores its signal. */
const never = () => new Promise<never>(() => {});

/** Records each call's signal; the method never answers and ignores the signal. */
function hangingAdapter(method: string) {
  const signals: AbortSignal[] = [];
  const adapter = {
    [method]: (...args: unknown[]) => {
      const options = args.at(-1) as { signal?: AbortSignal } | undefined;
      if (options?.signal) signals.push(options.signal);
      return never();
    },
  };
  return { adapter: adapter as unknown as PartnerHubAdapter, signals };
}

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

describe('client timeouts', () => {
  it('has documented defaults: reads 20 s, mutations 45 s, a person at a card form 15 min', () => {
    const client = new PartnerHubClient(createMemoryAdapter());
    const defaults = { read: 20_000, mutation: 45_000, interaction: 900_000 };
    expect(client.timeout).to.deep.equal(defaults);
    expect(DEFAULT_TIMEOUTS).to.deep.equal(defaults);
    client.setTimeouts({ read: 1000 });
    expect(client.timeout).to.deep.equal({ ...defaults, read: 1000 });
    client.setTimeouts({ mutation: -5 });
    expect(client.timeout.mutation).to.equal(45_000);
  });

  it('gives a card form the person is filling in their time, not the mutation deadline', async () => {
    // The host's PSP form: the person types the card and passes 3-D Secure, slower than a call.
    const card = {
      id: 'pm_new',
      brand: 'Visa',
      last4: '1881',
      expMonth: 12,
      expYear: 2030,
      holderName: 'Lena Fischer',
      isDefault: false,
    };
    const adapter = {
      collectPaymentMethod: async () => {
        await new Promise((r) => setTimeout(r, 300));
        return card;
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter, { timeout: { mutation: 50 } });
    const added = await client.collectPaymentMethod({}, { idempotencyKey: 'k1' });
    expect(added.id).to.equal('pm_new');

    // It still ends: past its own deadline it is a timeout, with the signal aborted.
    const { adapter: hanging, signals } = hangingAdapter('collectPaymentMethod');
    const short = new PartnerHubClient(hanging, { timeout: { mutation: 10_000, interaction: 60 } });
    const error = await rejection(short.collectPaymentMethod({}, { idempotencyKey: 'k2' }));
    expect(error.code).to.equal('timeout');
    expect(signals[0]!.aborted).to.be.true;
  });

  it('turns a read that never answers into a timeout error, once, without retrying', async () => {
    const { adapter, signals } = hangingAdapter('getBalances');
    const client = new PartnerHubClient(adapter, {
      timeout: { read: 60 },
      retry: { retries: 2, baseDelay: 1, maxDelay: 1 },
    });
    const started = performance.now();
    const states: string[] = [];
    const stop = client.resource('balances').subscribe((s) => states.push(s.status));
    await until(() => states.includes('error'), 'the error state', 1000);
    expect(performance.now() - started).to.be.lessThan(500);
    const { state } = client.resource('balances');
    expect(state.error).to.be.instanceOf(AdapterError);
    expect(state.error!.code).to.equal('timeout');
    expect(state.error!.message).to.contain('getBalances');
    // The adapter was told: its signal aborted at the deadline, with a TimeoutError.
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);
    expect((signals[0]!.reason as DOMException).name).to.equal('TimeoutError');
    // Not retried behind the user's back: the user already waited the whole deadline.
    await new Promise((r) => setTimeout(r, 50));
    expect(signals).to.have.length(1);
    stop();
  });

  it('lets a timed-out read be tried again', async () => {
    let calls = 0;
    const memory = createMemoryAdapter();
    const adapter = override(memory, {
      getBalances: (options?: { signal?: AbortSignal }) =>
        ++calls === 1 ? never() : memory.getBalances(options),
    });
    const client = new PartnerHubClient(adapter, { timeout: { read: 40 } });
    const resource = client.resource('balances');
    const stop = resource.subscribe(() => {});
    await until(() => resource.state.status === 'error', 'the error state', 1000);
    await resource.refresh();
    expect(resource.state.status).to.equal('ready');
    expect(resource.state.data).to.have.length.greaterThan(0);
    expect(calls).to.equal(2);
    stop();
  });

  it('rejects a mutation that never settles within its deadline, after one adapter call', async () => {
    const { adapter, signals } = hangingAdapter('topUp');
    const client = new PartnerHubClient(adapter, { timeout: { mutation: 80 } });
    const started = performance.now();
    const error = await rejection(
      client.topUp(
        { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' },
        { idempotencyKey: 'key-1' },
      ),
    );
    const took = performance.now() - started;
    expect(error.code).to.equal('timeout');
    expect(took).to.be.at.least(70);
    expect(took).to.be.lessThan(600);
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('keeps the idempotency key and passes a signal to the mutation', async () => {
    const seen: Array<{ signal?: AbortSignal; idempotencyKey: string }> = [];
    const memory = createMemoryAdapter();
    const adapter = override(memory, {
      topUp: (input: Parameters<typeof memory.topUp>[0], options: (typeof seen)[number]) => {
        seen.push(options);
        return memory.topUp(input, options);
      },
    });
    const client = new PartnerHubClient(adapter);
    const result = await client.topUp(
      { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
      { idempotencyKey: 'key-2' },
    );
    expect(result.status).to.equal('succeeded');
    expect(seen).to.have.length(1);
    expect(seen[0]!.idempotencyKey).to.equal('key-2');
    expect(seen[0]!.signal).to.be.instanceOf(AbortSignal);
  });

  it('settles with `aborted` when the caller aborts, even if the adapter ignores it', async () => {
    const { adapter } = hangingAdapter('topUp');
    const client = new PartnerHubClient(adapter, { timeout: { mutation: 10_000 } });
    const controller = new AbortController();
    const pending = client.topUp(
      { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' },
      { idempotencyKey: 'key-3', signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error.code).to.equal('aborted');
  });

  it('times out quotes as reads', async () => {
    const { adapter } = hangingAdapter('quoteTopUp');
    const client = new PartnerHubClient(adapter, { timeout: { read: 30, mutation: 10_000 } });
    const error = await rejection(
      client.quoteTopUp({ amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' }),
    );
    expect(error.code).to.equal('timeout');
  });

  it('waits no longer than its longest backoff, whatever Retry-After says', async () => {
    let calls = 0;
    const memory = createMemoryAdapter();
    const adapter = override(memory, {
      getBalances: (options?: { signal?: AbortSignal }) => {
        calls++;
        if (calls === 1) {
          // An hour, and a value past what setTimeout can hold (it would fire at once).
          return Promise.reject(
            new AdapterError('rate_limited', 'Slow down.', { retryAfter: 3600 }),
          );
        }
        if (calls === 2) {
          return Promise.reject(
            new AdapterError('rate_limited', 'Slow down.', { retryAfter: 1e12 }),
          );
        }
        return memory.getBalances(options);
      },
    });
    const client = new PartnerHubClient(adapter, {
      retry: { retries: 2, baseDelay: 1, maxDelay: 40 },
    });
    const started = performance.now();
    const balances = await client.read('balances');
    const took = performance.now() - started;
    expect(balances.length).to.be.greaterThan(0);
    expect(calls).to.equal(3);
    // Each wait is capped at maxDelay (40 ms): neither an hour nor zero.
    expect(took).to.be.at.least(75);
    expect(took).to.be.lessThan(1000);
  });
});

describe('<ph-provider> timeouts', () => {
  it('takes read-timeout and mutation-timeout attributes, keeping its cache', async () => {
    const provider = await fixture<PhProvider>(
      html`<ph-provider
        .adapter=${createMemoryAdapter()}
        .clientOptions=${{ timeout: { read: 5000, interaction: 60_000 } }}
        mutation-timeout="7000"
      ></ph-provider>`,
    );
    const client = provider.client!;
    expect(client.timeout).to.deep.equal({ read: 5000, mutation: 7000, interaction: 60_000 });
    provider.setAttribute('read-timeout', '1500');
    await provider.updateComplete;
    expect(provider.client).to.equal(client);
    expect(client.timeout).to.deep.equal({ read: 1500, mutation: 7000, interaction: 60_000 });
    provider.removeAttribute('read-timeout');
    await provider.updateComplete;
    expect(client.timeout.read).to.equal(5000);
  });

  it('shows a read that never answers as an error with a working "Try again"', async () => {
    let calls = 0;
    const memory = createMemoryAdapter();
    const adapter = override(memory, {
      getBalances: (options?: { signal?: AbortSignal }) =>
        ++calls === 1 ? never() : memory.getBalances(options),
    });
    const provider = await fixture<PhProvider>(
      html`<ph-provider .adapter=${adapter} locale="en" read-timeout="150"
        ><ph-balance-card></ph-balance-card
      ></ph-provider>`,
    );
    const card = provider.firstElementChild!;
    expect(deepQuery(card, '[data-state="loading"]')).to.exist;
    await until(() => deepQuery(card, '[data-state="error"]') !== null, 'the error state', 3000);
    expect(deepText(card)).to.match(/took too long|try again/i);
    const retry = deepQueryAll<HTMLButtonElement>(card, 'button').find((b) =>
      /Try again/.test(b.textContent ?? ''),
    );
    expect(retry, 'a "Try again" button').to.exist;
    retry!.click();
    await until(() => deepQuery(card, '[data-state="error"]') === null, 'the retry', 3000);
    await until(() => /€/.test(deepText(card)), 'the balance', 3000);
    expect(calls).to.equal(2);
  });
});

describe('client: adapters that answer oddly', () => {
  it('takes a plain value from a method that does not return a promise', async () => {
    const base = createMemoryAdapter();
    const balances = await base.getBalances();
    const client = new PartnerHubClient(override(base, { getBalances: () => balances as never }));
    expect(await client.read('balances')).to.deep.equal(balances);
  });

  it('an adapter that throws its own TypeError inside a method it has is a failure of its data source, not a missing method', async () => {
    const base = createMemoryAdapter();
    const client = new PartnerHubClient(
      override(base, {
        topUp: () => {
          throw new TypeError('body.data.map is not a function');
        },
      }),
    );
    const error = await rejection(
      client.topUp(
        { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'k1' },
      ),
    );
    expect(error.code).to.equal('adapter_failed');
    expect(error.message).to.contain('body.data.map is not a function');
  });

  it('an AdapterError made by another copy of the kit keeps its code and fields', async () => {
    const foreign = Object.assign(new Error('Declined by the bank.'), {
      name: 'AdapterError',
      code: 'payment_failed',
      fieldErrors: {},
      reasonCode: 'card_declined',
      [Symbol.for('partner-hub-elements.AdapterError')]: true,
    });
    const base = createMemoryAdapter();
    const client = new PartnerHubClient(override(base, { topUp: () => Promise.reject(foreign) }));
    const error = await rejection(
      client.topUp(
        { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'k2' },
      ),
    );
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.code).to.equal('payment_failed');
    expect(error.reasonCode).to.equal('card_declined');
    expect(error.message).to.equal('Declined by the bank.');
  });

  it('describes a thrown Response by its status, and a thrown object by its message', async () => {
    const base = createMemoryAdapter();
    const failing = (thrown: unknown) =>
      new PartnerHubClient(override(base, { getBalances: () => Promise.reject(thrown) }), {
        retry: { retries: 0 },
      }).read('balances');
    const response = await rejection(
      failing(new Response('no', { status: 502, statusText: 'Bad Gateway' })),
    );
    expect(response.message).to.contain('HTTP 502 Bad Gateway');
    const object = await rejection(failing({ message: 'Quota exceeded', status: 429 }));
    expect(object.message).to.contain('Quota exceeded');
    expect(object.message).to.not.contain('[object Object]');
  });

  it('a subscribe that throws leaves the client working without live events, and says why', async () => {
    const base = createMemoryAdapter();
    const failures: string[] = [];
    const adapter = override(base, {
      subscribe: () => {
        throw new Error('socket closed');
      },
    });
    let client!: PartnerHubClient;
    expect(() => {
      client = new PartnerHubClient(adapter);
    }).to.not.throw();
    client.addEventListener('failure', (event) => failures.push(event.detail.method));
    expect((await client.read('balances')).length).to.be.greaterThan(0);
    const again = new PartnerHubClient(adapter);
    const reported: string[] = [];
    again.addEventListener('failure', (event) => reported.push(event.detail.method));
    again.suspend();
    again.resume();
    expect(reported).to.deep.equal(['subscribe']);
    expect(failures).to.deep.equal([]);
  });

  it('refuses a top-up answered in another currency or for another amount, naming what contradicts the request', async () => {
    const base = createMemoryAdapter();
    const lines: string[] = [];
    const error = console.error;
    const warn = console.warn;
    console.error = console.warn = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      for (const wrong of [
        { amount: { amount: 25_000, currency: 'USD' } },
        { amount: { amount: 2_500, currency: 'EUR' } },
      ]) {
        const client = new PartnerHubClient(
          override(base, {
            topUp: async (input: never, options: never) => ({
              ...(await base.topUp(input, options)),
              ...wrong,
            }),
          }),
        );
        const refused = await rejection(
          client.topUp(
            { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
            { idempotencyKey: `k-${wrong.amount.currency}-${wrong.amount.amount}` },
          ),
        );
        expect(refused.code).to.equal('invalid_response');
        expect(refused.message).to.contain('25000 EUR');
      }
    } finally {
      console.error = error;
      console.warn = warn;
    }
    expect(lines.join('\n')).to.contain('topUp answered a top-up of 25000 USD');
  });

  it('refuses the payment of an invoice answered with another invoice', async () => {
    const base = createMemoryAdapter({ scenario: 'licence-unpaid' });
    const { items } = await base.listInvoices({});
    const unpaid = items.find((i) => i.status === 'unpaid')!;
    const other = items.find((i) => i.id !== unpaid.id)!;
    const client = new PartnerHubClient(
      override(base, {
        payInvoice: async () => ({ invoice: other, status: 'succeeded' }),
      }),
    );
    const refused = await rejection(
      client.payInvoice(unpaid.id, { paymentMethodId: 'pm_visa_4242' }, { idempotencyKey: 'p1' }),
    );
    expect(refused.code).to.equal('invalid_response');
    expect(refused.message).to.contain(`invoice ${other.id} to a payment of invoice ${unpaid.id}`);
  });

  it('reads again what a change touches when its answer could not be taken (it may have been made)', async () => {
    const base = createMemoryAdapter();
    const client = new PartnerHubClient(
      override(base, {
        subscribe: undefined,
        topUp: async (input: never, options: never) => ({
          ...(await base.topUp(input, options)),
          amount: { amount: 1, currency: 'EUR' }, // contradicts the request
        }),
      }),
    );
    const balances = client.resource('balances');
    const stop = balances.subscribe(() => {});
    await until(() => balances.state.status === 'ready', 'the balance');
    const before = balances.state.data![0]!.money.amount;
    await rejection(
      client.topUp(
        { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'k-refused' },
      ),
    );
    await until(
      () => balances.state.data?.[0]?.money.amount === before + 25_000,
      'the balance read again',
    );
    stop();
  });

  it('a change answered after its deadline still updates what it changed', async () => {
    const base = createMemoryAdapter();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const client = new PartnerHubClient(
      override(base, {
        // No live events: only the late answer can tell the client the balance changed.
        subscribe: undefined,
        topUp: async (input: never, options: never) => {
          const result = await base.topUp(input, options);
          await gate; // applied, but answered late
          return result;
        },
      }),
    );
    client.setTimeouts({ mutation: 100 });
    const before = (await client.read('balances'))[0]!.money.amount;
    const error = await rejection(
      client.topUp(
        { amount: { amount: 25_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        { idempotencyKey: 'k3' },
      ),
    );
    expect(error.code).to.equal('timeout');
    const balances = client.resource('balances');
    const stop = balances.subscribe(() => {});
    release();
    await until(
      () => balances.state.data?.[0]?.money.amount === before + 25_000,
      'the balance the late answer changed',
    );
    stop();
  });
});

describe('client: the locale', () => {
  it('does not keep an answer read in the old language as fresh after the locale changed', async () => {
    const base = createMemoryAdapter();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const asked: (string | undefined)[] = [];
    const client = new PartnerHubClient(
      override(base, {
        getPlan: async (options?: ReadOptions) => {
          asked.push(options?.locale);
          if (asked.length === 1) await gate; // the German read is slow
          return base.getPlan(options);
        },
      }),
    );
    client.locale = 'de';
    const first = client.read('plan');
    client.locale = 'es';
    release();
    await first;
    const plan = await client.read('plan');
    expect(asked).to.deep.equal(['de', 'es']);
    expect(plan.available[0]!.features).to.include('Hasta 50 números de WhatsApp');
  });
});
