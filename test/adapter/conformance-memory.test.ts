import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { runAdapterConformance, type TargetProfile } from '../../src/testing/index.js';

// The memory adapter is the reference implementation: every check must pass against it.
runAdapterConformance({
  name: 'memory adapter',
  create: async () => ({
    // Users are added at once, so the removal check removes the one it added (the code step:
    // memory-account.test.ts).
    adapter: createMemoryAdapter({ scenario: 'positive', inviteCodes: false }),
    asMember: async () => createMemoryAdapter({ scenario: 'positive', role: 'member' }),
  }),
  describe,
  it,
});

/** The optional methods the client-paid run leaves out. */
const LEFT_OUT = [
  'quoteTopUp',
  'removeUser',
  'cancelPlan',
  'removePaymentMethod',
  'sendTestWebhook',
  'subscribe',
] as const;

// A client-paid account without a member adapter and without six optional methods: the checks
// that cannot apply are replaced by "not applicable" checks that assert why.
runAdapterConformance({
  name: 'memory adapter, client-paid, without optional methods',
  create: async () => ({
    adapter: createMemoryAdapter({
      scenario: 'client-paid',
      capabilities: Object.fromEntries(LEFT_OUT.map((m) => [m, false])),
    }),
  }),
  target: { billingMode: 'client_paid', member: false, without: LEFT_OUT },
  describe,
  it,
});

/** Registers the suite into a list instead of mocha, so a test can run chosen checks. */
function collect(
  create: Parameters<typeof runAdapterConformance>[0]['create'],
  target?: TargetProfile,
) {
  const tests = new Map<string, () => Promise<void>>();
  const path: string[] = [];
  runAdapterConformance({
    name: 'x',
    create,
    target,
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
    const message = await failureOf(tests, 'capabilities › quotePlanChange: quotes another plan');
    expect(message).to.contain("AdapterError('unavailable')");
  });
  it('an adapter that claims to deliver a test event to a host that does not exist', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      adapter.sendTestWebhook = async () => ({ delivered: true, status: 200 });
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'capabilities › sendTestWebhook: reports an undeliverable test event as not delivered, with a reason',
    );
    expect(message).to.contain('delivered: expected false, got true');
  });

  it('an adapter that cannot be cancelled while collecting a card', async () => {
    const tests = collect(async () => {
      const adapter = createMemoryAdapter();
      const collectCard = adapter.collectPaymentMethod!.bind(adapter);
      adapter.collectPaymentMethod = (input, options) =>
        collectCard(input, { idempotencyKey: options.idempotencyKey });
      return { adapter };
    });
    const message = await failureOf(
      tests,
      'capabilities › collectPaymentMethod: rejects with aborted when cancelled before the card form opens, adding no card',
    );
    expect(message).to.contain('resolved');
  });

  it('a client-paid account that takes top-ups anyway', async () => {
    const tests = collect(
      async () => {
        const adapter = createMemoryAdapter({ scenario: 'client-paid' });
        // Answers as if it charged the card (the result of a partner-paid world).
        const partnerPaid = createMemoryAdapter();
        adapter.topUp = async (input, options) =>
          partnerPaid.topUp({ ...input, paymentMethodId: 'pm_visa_4242' }, options);
        return { adapter };
      },
      { billingMode: 'client_paid', member: false },
    );
    const id = [...tests.keys()].find((k) => k.startsWith('not applicable › client-paid'))!;
    expect(id).to.contain('checks need a partner-paid one');
    expect(await failureOf(tests, id)).to.contain('resolved');
  });

  it('a target that is not what it was declared to be', async () => {
    const clientPaid = collect(async () => ({
      adapter: createMemoryAdapter({ scenario: 'client-paid' }),
    }));
    expect(await failureOf(clientPaid, 'idempotency › two keys are two top-ups')).to.contain(
      'billingMode',
    );
    const noMember = collect(async () => ({ adapter: createMemoryAdapter() }));
    expect(await failureOf(noMember, 'roles › a member session says member')).to.contain(
      'gave no asMember',
    );
    const leftOut = collect(async () => ({ adapter: createMemoryAdapter(), asMember: member }), {
      without: ['cancelPlan'],
    });
    expect(
      await failureOf(
        leftOut,
        'not applicable › cancelPlan left out (1 check needs it): the adapter has no cancelPlan',
      ),
    ).to.contain('yet the adapter has it');
  });
});
