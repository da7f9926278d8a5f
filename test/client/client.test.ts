import { expect } from '@open-wc/testing';
import type { LiveListener, PartnerHubAdapter, ReadOptions } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Balance, TopUpResult } from '../../src/adapter/schemas.js';
import { PartnerHubClient } from '../../src/client/client.js';
import type { ResourceState } from '../../src/client/client.js';
import { registerResultSchemas } from '../../src/client/results.js';
import { RESULT_SCHEMAS } from '../../src/adapter/validate.js';
// What a top-up does to the cache, as the top-up dialog's module registers it.
import '../../src/client/results/top-up.js';
import '../../src/client/results/invoices.js';

// The client alone, with every method's result schema registered (as the whole kit registers
// them); test/client/results.test.ts covers a method with none.
registerResultSchemas(RESULT_SCHEMAS);

const balance = (amount: number, at = '2026-11-15T10:00:00.000Z'): Balance => ({
  money: { amount, currency: 'EUR' },
  updatedAt: at,
});

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
}

/** An adapter whose getBalances calls wait until the test settles them. */
function controlledAdapter() {
  const pending: Deferred<unknown>[] = [];
  let listener: LiveListener | undefined;
  const topUps: unknown[] = [];
  const adapter = {
    getBalances(options?: { signal?: AbortSignal }) {
      let resolve!: (v: unknown) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const d = { promise, resolve, reject, signal: options?.signal };
      options?.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
      pending.push(d);
      return promise;
    },
    async topUp(input: unknown, options: { idempotencyKey: string }): Promise<TopUpResult> {
      topUps.push({ input, key: options.idempotencyKey });
      return {
        id: 'tu_1',
        status: 'succeeded',
        amount: { amount: 5000, currency: 'EUR' },
        balance: balance(15000, '2026-11-15T11:00:00.000Z'),
      };
    },
    subscribe(l: LiveListener) {
      listener = l;
      return () => (listener = undefined);
    },
  };
  return {
    adapter: adapter as unknown as PartnerHubAdapter,
    pending,
    topUps,
    push: (event: Parameters<LiveListener>[0]) => listener?.(event),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Waits (up to two seconds) for `predicate` to hold. */
async function until(predicate: () => boolean, what: string) {
  const end = performance.now() + 2000;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await tick();
  }
}

describe('PartnerHubClient', () => {
  it('makes one request however many watchers ask', async () => {
    const { adapter, pending } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const states: ResourceState<Balance[]>[] = [];
    const a = client.resource('balances').subscribe((s) => states.push(s));
    const b = client.resource('balances').subscribe(() => {});
    const c = client.read('balances');
    expect(pending).to.have.length(1);
    pending[0]!.resolve([balance(10000)]);
    expect((await c)[0]!.money.amount).to.equal(10000);
    expect(states.at(-1)!.status).to.equal('ready');
    expect(pending).to.have.length(1);
    a();
    b();
  });

  it('keeps data visible while revalidating after an invalidation', async () => {
    const { adapter, pending } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const resource = client.resource('balances');
    const off = resource.subscribe(() => {});
    pending[0]!.resolve([balance(10000)]);
    await tick();
    client.invalidate('balances');
    expect(pending).to.have.length(2);
    expect(resource.state.status).to.equal('ready');
    expect(resource.state.fetching).to.equal(true);
    expect(resource.state.data![0]!.money.amount).to.equal(10000);
    pending[1]!.resolve([balance(9000)]);
    await tick();
    expect(resource.state.data![0]!.money.amount).to.equal(9000);
    expect(resource.state.fetching).to.equal(false);
    off();
  });

  it('drops the answer of a request a newer one replaced', async () => {
    const { adapter, pending } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const resource = client.resource('balances');
    const states: ResourceState<Balance[]>[] = [];
    const off = resource.subscribe((s) => states.push(s));
    client.invalidate('balances'); // a newer request replaces (and aborts) the first
    expect(pending).to.have.length(2);
    expect(pending[0]!.signal!.aborted).to.equal(true);
    pending[1]!.resolve([balance(2000)]);
    await tick();
    pending[0]!.resolve([balance(1000)]);
    await tick();
    expect(resource.state.data![0]!.money.amount).to.equal(2000);
    // The replaced request failed (aborted): that failure is never shown either.
    expect(states.map((s) => s.status)).to.not.include('error');
    off();
  });

  it('never lets an older answer overwrite newer data it did not know about', async () => {
    // A read without watchers is not aborted when a top-up lands meanwhile: only the order of
    // the answers tells the client that the read's answer is older than the top-up's.
    const { adapter, pending } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const first = client.read('balances');
    pending[0]!.resolve([balance(10000)]);
    await first;
    client.invalidate('balances');
    const older = client.read('balances'); // asked before the top-up…
    expect(pending).to.have.length(2);
    const result = await client.topUp(
      { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' },
      { idempotencyKey: 'k-stale' },
    );
    expect(result.balance.money.amount).to.equal(15000);
    pending[1]!.resolve([balance(10000)]); // …answered after it, with the balance before it
    const read = await older;
    expect(pending[1]!.signal!.aborted).to.equal(false);
    expect(read[0]!.money.amount).to.equal(15000);
    expect(client.resource('balances').state.data![0]!.money.amount).to.equal(15000);
  });

  it('aborts the request when the last watcher leaves', async () => {
    const { adapter, pending } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const off1 = client.resource('balances').subscribe(() => {});
    const off2 = client.resource('balances').subscribe(() => {});
    off1();
    await tick();
    expect(pending[0]!.signal!.aborted).to.equal(false);
    off2();
    await tick();
    expect(pending[0]!.signal!.aborted).to.equal(true);
  });

  it('applies live balance events to the cache', async () => {
    const { adapter, pending, push } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const resource = client.resource('balances');
    const off = resource.subscribe(() => {});
    pending[0]!.resolve([balance(10000)]);
    await tick();
    push({ resource: 'balances', data: [balance(9500)] });
    expect(resource.state.data![0]!.money.amount).to.equal(9500);
    expect(pending).to.have.length(1);
    off();
  });

  it('re-reads on a live event without data, and ignores a malformed push', async () => {
    const { adapter, pending, push } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const resource = client.resource('balances');
    const off = resource.subscribe(() => {});
    pending[0]!.resolve([balance(10000)]);
    await tick();
    push({ resource: 'balances', data: [{ money: { amount: 1.5, currency: 'EUR' } }] as never });
    expect(resource.state.data![0]!.money.amount).to.equal(10000);
    expect(pending).to.have.length(2);
    off();
  });

  it('puts a top-up result into the balance and re-reads what it touched', async () => {
    const { adapter, pending, topUps } = controlledAdapter();
    const client = new PartnerHubClient(adapter);
    const resource = client.resource('balances');
    const off = resource.subscribe(() => {});
    pending[0]!.resolve([balance(10000)]);
    await tick();
    const result = await client.topUp(
      { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' },
      { idempotencyKey: 'k1' },
    );
    expect(result.status).to.equal('succeeded');
    expect(topUps).to.have.length(1);
    expect(resource.state.data![0]!.money.amount).to.equal(15000);
    expect(pending).to.have.length(2); // revalidation after the mutation
    off();
  });

  it('re-reads the plan after an invoice is paid (its cancel blockers count unpaid invoices)', async () => {
    // The memory hub's behaviour without its live events: as an adapter that cannot push.
    const memory = createMemoryAdapter({ whatsAppAccounts: 0 });
    let planReads = 0;
    const adapter = {
      getPlan: (options?: ReadOptions) => (planReads++, memory.getPlan(options)),
      payInvoice: memory.payInvoice.bind(memory),
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter);
    const plan = client.resource('plan');
    const off = plan.subscribe(() => {});
    await until(() => !!plan.state.data, 'the plan');
    const { items } = await memory.listInvoices({ limit: 500 });
    const unpaid = items.find((i) => i.status === 'unpaid' || i.status === 'overdue')!;
    const [card] = await memory.listPaymentMethods();
    const before = planReads;
    await client.payInvoice(unpaid.id, { paymentMethodId: card!.id }, { idempotencyKey: 'k' });
    await until(() => planReads > before, 'the plan read again');
    off();
  });

  it('refuses a mutation without an idempotency key and never retries one', async () => {
    let calls = 0;
    const adapter = {
      async topUp() {
        calls++;
        throw new AdapterError('network', 'offline');
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter, { retry: { baseDelay: 1 } });
    const input = { amount: { amount: 100, currency: 'EUR' }, paymentMethodId: 'pm' };
    const noKey = await client.topUp(input, { idempotencyKey: '' }).catch((e: AdapterError) => e);
    expect((noKey as AdapterError).code).to.equal('validation');
    const failed = await client.topUp(input, { idempotencyKey: 'k' }).catch((e) => e);
    expect((failed as AdapterError).code).to.equal('network');
    expect(calls).to.equal(1);
  });

  it('retries transient read failures, honouring retry-after', async () => {
    let calls = 0;
    const times: number[] = [];
    const adapter = {
      async getBalances() {
        calls++;
        times.push(performance.now());
        if (calls === 1) throw new AdapterError('rate_limited', 'slow down', { retryAfter: 0.2 });
        if (calls === 2) throw new AdapterError('network', 'offline');
        return [balance(700)];
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter, { retry: { baseDelay: 5, retries: 2 } });
    const value = await client.read('balances');
    expect(value[0]!.money.amount).to.equal(700);
    expect(calls).to.equal(3);
    expect(times[1]! - times[0]!).to.be.at.least(190);
  });

  it('does not retry a non-transient failure and reports it', async () => {
    let calls = 0;
    const adapter = {
      async getBalances() {
        calls++;
        throw new AdapterError('forbidden', 'owners only');
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter, { retry: { baseDelay: 1 } });
    const error = (await client.read('balances').catch((e) => e)) as AdapterError;
    expect(error.code).to.equal('forbidden');
    expect(calls).to.equal(1);
  });

  it('turns a malformed response into invalid_response naming the field', async () => {
    const adapter = {
      async getBalances() {
        return [{ money: { amount: 12.5, currency: 'EUR' }, updatedAt: '2026-11-15T10:00:00Z' }];
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter);
    const error = (await client.read('balances').catch((e) => e)) as AdapterError;
    expect(error.code).to.equal('invalid_response');
    expect(error.field).to.equal('0.money.amount');
    expect(error.message).to.contain('0.money.amount');
  });

  it('caches by parameters', async () => {
    const seen: unknown[] = [];
    const adapter = {
      async listDailyUsage(query: unknown) {
        seen.push(query);
        return [];
      },
    } as unknown as PartnerHubAdapter;
    const client = new PartnerHubClient(adapter);
    await client.read('dailyUsage', { days: 30 });
    await client.read('dailyUsage', { days: 30 });
    await client.read('dailyUsage', { days: 7 });
    expect(seen).to.deep.equal([{ days: 30 }, { days: 7 }]);
  });
});
