import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { runAdapterConformance } from '../../src/testing/index.js';

// The memory adapter is the reference implementation: every check must pass against it.
runAdapterConformance({
  name: 'memory adapter',
  create: async () => ({
    adapter: createMemoryAdapter({ scenario: 'positive' }),
    asMember: async () => createMemoryAdapter({ scenario: 'positive', role: 'member' }),
  }),
  describe,
  it,
});

runAdapterConformance({
  name: 'memory adapter, client-paid, without optional methods',
  create: async () => ({
    adapter: createMemoryAdapter({
      scenario: 'client-paid',
      capabilities: {
        quoteTopUp: false,
        removeUser: false,
        cancelPlan: false,
        removePaymentMethod: false,
        sendTestWebhook: false,
        subscribe: false,
      },
    }),
  }),
  describe,
  it,
  skip: ['paging', 'abort'],
});

/** Registers the suite into a list instead of mocha, so a test can run chosen checks. */
function collect(create: Parameters<typeof runAdapterConformance>[0]['create']) {
  const tests = new Map<string, () => Promise<void>>();
  const path: string[] = [];
  runAdapterConformance({
    name: 'x',
    create,
    describe: (name, body) => {
      path.push(name);
      body();
      path.pop();
    },
    it: (name, body) => void tests.set([...path.slice(1), name].join(' › '), body),
  });
  return tests;
}

/** Runs one registered check; resolves to its failure message, or undefined when it passed. */
async function failureOf(tests: Map<string, () => Promise<void>>, id: string) {
  const body = tests.get(id);
  if (!body) throw new Error(`No check ${id}: ${[...tests.keys()].join(', ')}`);
  try {
    await body();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the conformance suite fails broken adapters', () => {
  const member = async () => createMemoryAdapter({ role: 'member' });

  it('an adapter that charges again for a repeated key', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      let n = 0;
      const topUp = adapter.topUp.bind(adapter);
      adapter.topUp = (input, options) => topUp(input, { ...options, idempotencyKey: `k${++n}` });
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'idempotency › the same key twice charges once and returns the same result',
    );
    expect(message).to.contain('same key must return the same result');
  });

  it('an adapter that throws plain errors', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      adapter.getInvoicePdf = async () => {
        throw new Error('404');
      };
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'errors › an unknown invoice is not_found, thrown as an AdapterError',
    );
    expect(message).to.contain('not an AdapterError');
  });

  it('an adapter whose cursor starts over', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      const list = adapter.listInvoices.bind(adapter);
      adapter.listInvoices = (query, options) => list({ ...query, cursor: null }, options);
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'paging › invoices: every invoice exactly once, newest first, limit kept',
    );
    expect(message).to.match(/came twice|returned its own cursor/);
  });

  it('an adapter that lets a member invite users', async () => {
    const tests = collect(async () => ({
      adapter: createMemoryAdapter(),
      asMember: async () => {
        const adapter = await member();
        adapter.inviteUser = createMemoryAdapter().inviteUser;
        return adapter;
      },
    }));
    const message = await failureOf(tests, 'roles › a member cannot invite users (forbidden)');
    expect(message).to.contain('resolved');
  });

  it('an adapter that ignores aborts', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      const getSession = adapter.getSession.bind(adapter);
      adapter.getSession = () => getSession();
      return { adapter };
    });
    const message = await failureOf(tests, 'abort › an aborted signal rejects with aborted');
    expect(message).to.contain('resolved');
  });

  it('an adapter that offers a capability it cannot serve (a 501)', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      adapter.quotePlanChange = async () => {
        throw new AdapterError('unavailable', 'Not implemented.');
      };
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'capabilities › quotePlanChange: absent, or quotes another plan',
    );
    expect(message).to.contain("AdapterError('unavailable')");
  });
});
