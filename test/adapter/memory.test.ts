import { expect } from '@open-wc/testing';
import type { FullPartnerHubAdapter } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter, DEFAULT_NOW, SCENARIOS } from '../../src/adapter/memory/index.js';
import type { MemoryScenario } from '../../src/adapter/memory/index.js';
import type { Invoice, WhatsAppAccount } from '../../src/adapter/schemas.js';
import { withValidation } from '../../src/adapter/validate.js';
import { cardExpiryState } from '../../src/domain/index.js';
import { keys, rejection } from './memory-support.js';

const key = keys('key');

/** Every read of the contract, with arguments that make sense for any scenario. */
function reads(a: FullPartnerHubAdapter): Record<string, () => Promise<unknown>> {
  return {
    getSession: () => a.getSession(),
    getBalances: () => a.getBalances(),
    listDailyUsage: () => a.listDailyUsage({}),
    getAutoRenewal: () => a.getAutoRenewal(),
    listMovements: () => a.listMovements({}),
    listInvoices: () => a.listInvoices({}),
    getInvoicingDetails: () => a.getInvoicingDetails(),
    listPaymentMethods: () => a.listPaymentMethods(),
    getPlan: () => a.getPlan(),
    quotePlanChange: async () => {
      const plan = await a.getPlan();
      return a.quotePlanChange!(plan.available.find((p) => p.id !== plan.current.planId)!.id);
    },
    listUsers: () => a.listUsers(),
    getIntegrationSettings: () => a.getIntegrationSettings(),
    getProfile: () => a.getProfile(),
    listWhatsAppAccounts: () => a.listWhatsAppAccounts({}),
    listPartnerAccounts: () => a.listPartnerAccounts(),
  };
}

const BALANCE_READS = new Set(['getBalances', 'listDailyUsage', 'getAutoRenewal', 'listMovements']);

async function allPages<T>(
  load: (
    cursor: string | null,
  ) => Promise<{ items: T[]; nextCursor: string | null; total?: number }>,
): Promise<{ rows: T[]; pages: number; total: number | undefined }> {
  const rows: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let total: number | undefined;
  do {
    const page = await load(cursor);
    rows.push(...page.items);
    total = page.total;
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error('Paging does not end.');
  } while (cursor);
  return { rows, pages, total };
}

describe('memory adapter', () => {
  describe('scenarios', () => {
    for (const scenario of SCENARIOS) {
      it(`every read of "${scenario}" satisfies the schemas (or fails as the scenario says)`, async () => {
        const adapter = withValidation(createMemoryAdapter({ scenario, latency: 0 }));
        for (const [method, read] of Object.entries(reads(adapter))) {
          const failing =
            scenario === 'failing' && method !== 'getSession' && method !== 'listPartnerAccounts';
          const clientPaid = scenario === 'client-paid' && BALANCE_READS.has(method);
          if (failing || clientPaid) {
            const error = await rejection(read());
            expect(error.code, `${scenario}: ${method}`).to.equal('unavailable');
          } else {
            await read(); // withValidation throws invalid_response on any schema mismatch
          }
        }
      });
    }

    const euro = async (scenario: MemoryScenario) => {
      const [balance] = await createMemoryAdapter({ scenario }).getBalances();
      return balance?.money;
    };

    it('sets the balance of the partner-paid account per scenario', async () => {
      expect(await euro('positive')).to.deep.equal({ amount: 128_450, currency: 'EUR' });
      expect((await euro('zero'))?.amount).to.equal(0);
      expect((await euro('negative'))?.amount).to.equal(-3_520);
      const low = createMemoryAdapter({ scenario: 'low' });
      const [balance] = await low.getBalances();
      const [renewal] = await low.getAutoRenewal();
      expect(renewal!.enabled).to.equal(true);
      expect(balance!.money.amount).to.be.above(0).and.at.most(renewal!.threshold.amount);
    });

    it('turns auto-renewal off in the zero and negative scenarios, on otherwise', async () => {
      for (const [scenario, enabled] of [
        ['positive', true],
        ['low', true],
        ['zero', false],
        ['negative', false],
      ] as const) {
        const [renewal] = await createMemoryAdapter({ scenario }).getAutoRenewal();
        expect(renewal!.enabled, scenario).to.equal(enabled);
      }
    });

    it('holds EUR and USD balances with auto-renewal per currency in multi-currency', async () => {
      const adapter = createMemoryAdapter({ scenario: 'multi-currency' });
      const balances = await adapter.getBalances();
      expect(balances.map((b) => b.money.currency)).to.deep.equal(['EUR', 'USD']);
      const renewals = await adapter.getAutoRenewal();
      expect(renewals.map((r) => r.currency)).to.deep.equal(['EUR', 'USD']);
      expect(renewals[1]!.threshold.currency).to.equal('USD');
      const movements = await adapter.listMovements({});
      expect(movements.some((m) => m.usage.currency === 'USD')).to.equal(true);
      const usage = await adapter.listDailyUsage({ days: 7 });
      expect(usage.filter((d) => d.usage.currency === 'USD')).to.have.length(7);
    });

    it('starts a brand-new partner empty', async () => {
      const adapter = createMemoryAdapter({ scenario: 'empty' });
      expect(await adapter.getBalances()).to.deep.equal([]);
      expect(await adapter.getAutoRenewal()).to.deep.equal([]);
      expect(await adapter.listMovements({})).to.deep.equal([]);
      expect(await adapter.listPaymentMethods()).to.deep.equal([]);
      const invoices = await adapter.listInvoices({});
      expect(invoices.items).to.deep.equal([]);
      expect(invoices.total).to.equal(0);
      expect(await adapter.listUsers()).to.have.length(1);
      expect((await adapter.listWhatsAppAccounts({})).total).to.equal(0);
    });

    it('opens the session on the client-paid account in client-paid', async () => {
      const adapter = createMemoryAdapter({ scenario: 'client-paid' });
      const session = await adapter.getSession();
      expect(session.billingMode).to.equal('client_paid');
      expect(session.partner.name).to.equal('Acme Client-Paid Ltd');
      const error = await rejection(adapter.getBalances());
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal(
        'Credit balance is not available: clients pay for messaging on this account.',
      );
      // Everything that is not the credit balance still works.
      expect((await adapter.listInvoices({})).items.length).to.be.above(0);
    });

    it('keeps the failing scenario failing until setFailing(false), telling subscribers', async () => {
      const adapter = createMemoryAdapter({ scenario: 'failing' });
      expect((await adapter.getSession()).user.id).to.be.a('string');
      expect((await rejection(adapter.getBalances())).code).to.equal('unavailable');
      expect(
        (
          await rejection(
            adapter.topUp(
              { amount: { amount: 1000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
              key(),
            ),
          )
        ).code,
      ).to.equal('unavailable');
      const events: string[] = [];
      adapter.subscribe!((e) => events.push(e.resource));
      adapter.setFailing(false);
      expect(events).to.include('balances');
      expect((await adapter.getBalances())[0]!.money.amount).to.equal(128_450);
    });

    it('answers slowly in the slow scenario', async () => {
      const adapter = createMemoryAdapter({ scenario: 'slow' });
      const started = performance.now();
      await adapter.getSession();
      const took = performance.now() - started;
      expect(took).to.be.at.least(1_450).and.below(3_600);
    });
  });

  describe('seeded data', () => {
    const adapter = createMemoryAdapter();

    it('starts the clock at a fixed date', () => {
      expect(adapter.clock.now().toISOString()).to.equal(DEFAULT_NOW);
      expect(
        createMemoryAdapter({ now: '2025-03-04T08:00:00Z' }).clock.now().toISOString(),
      ).to.equal('2025-03-04T08:00:00.000Z');
    });

    it('has two partner accounts, the partner-paid one current', async () => {
      const accounts = await adapter.listPartnerAccounts();
      expect(accounts.map((a) => [a.name, a.billingMode, a.current])).to.deep.equal([
        ['Acme Messaging GmbH', 'partner_paid', true],
        ['Acme Client-Paid Ltd', 'client_paid', false],
      ]);
    });

    it('derives 14 months of movements from the ledger, ending this month', async () => {
      const movements = await adapter.listMovements({});
      expect(movements).to.have.length(14);
      expect(movements[0]!.period).to.equal('2025-10');
      expect(movements.at(-1)!.period).to.equal('2026-11');
      for (const m of movements) expect(m.usage.amount, m.period).to.be.above(0);
      expect(movements.filter((m) => m.fundsAdded.amount > 0).length).to.be.at.least(10);
      // Usage grows over the year.
      expect(movements[11]!.usage.amount).to.be.above(movements[1]!.usage.amount);
      expect(await adapter.listMovements({ from: '2026-09', to: '2026-10' })).to.deep.equal(
        movements.slice(11, 13),
      );
    });

    it('has quieter weekends than weekdays in the daily usage', async () => {
      const days = await adapter.listDailyUsage({ from: '2026-10-01', to: '2026-10-31' });
      expect(days).to.have.length(31);
      const weekend = days.filter((d) => [0, 6].includes(new Date(d.date).getUTCDay()));
      const weekday = days.filter((d) => ![0, 6].includes(new Date(d.date).getUTCDay()));
      const avg = (list: typeof days) => list.reduce((s, d) => s + d.usage.amount, 0) / list.length;
      expect(avg(weekend)).to.be.below(avg(weekday) * 0.7);
      expect(await adapter.listDailyUsage({})).to.have.length(30);
      expect((await adapter.listDailyUsage({ days: 7 })).at(-1)!.date).to.equal('2026-11-17');
    });

    it('has about 40 invoices of every type and status, mostly paid', async () => {
      const { items, total } = await adapter.listInvoices({ limit: 500 });
      expect(total).to.equal(items.length);
      expect(total).to.be.within(35, 55);
      const types = new Set(items.map((i) => i.type));
      expect([...types].sort()).to.deep.equal([
        'licence_fee',
        'monthly_closing',
        'plan_fee',
        'prorated_upgrade',
        'usage_top_up',
      ]);
      const statuses = new Set(items.map((i) => i.status));
      for (const s of ['paid', 'pending', 'overdue', 'void']) expect(statuses).to.include(s);
      // Unpaid too where the licence invoice for more numbers is not paid yet.
      const world = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const unpaid = (await world.listInvoices({ status: 'unpaid' })).items;
      expect(unpaid.map((i) => i.type)).to.deep.equal(['licence_fee']);
      expect(items.filter((i) => i.status === 'paid').length / items.length).to.be.above(0.8);
      expect(new Set(items.map((i) => i.number)).size).to.equal(items.length);
    });

    it('has 5 users: 2 owners including the current user, 1 invited member', async () => {
      const users = await adapter.listUsers();
      const session = await adapter.getSession();
      expect(users).to.have.length(5);
      const owners = users.filter((u) => u.role === 'owner');
      expect(owners).to.have.length(2);
      expect(owners.map((u) => u.id)).to.include(session.user.id);
      const invited = users.filter((u) => u.status === 'invited');
      expect(invited.map((u) => u.role)).to.deep.equal(['member']);
    });

    it('has 3 cards (Visa default, Mastercard, expired Amex) and a declining test card', async () => {
      const methods = await adapter.listPaymentMethods();
      const now = adapter.clock.now();
      const real = methods.filter((m) => m.last4 !== '0002');
      expect(real.map((m) => m.brand)).to.deep.equal(['Visa', 'Mastercard', 'American Express']);
      expect(real[0]!.isDefault).to.equal(true);
      expect(methods.filter((m) => m.isDefault)).to.have.length(1);
      const states = real.map((m) => cardExpiryState(m.expMonth!, m.expYear!, now));
      expect(states).to.deep.equal(['valid', 'expiring', 'expired']);
      const test = methods.find((m) => m.last4 === '0002')!;
      expect(test.holderName).to.match(/test card/i);
    });

    it('has 2,000 WhatsApp accounts, mostly connected', async () => {
      const page = await adapter.listWhatsAppAccounts({ limit: 500 });
      expect(page.total).to.equal(2_000);
      const connected = await adapter.listWhatsAppAccounts({ status: 'connected' });
      expect(connected.total).to.be.above(1_600);
      for (const account of page.items) {
        expect(account.phoneNumber).to.match(/^\+[1-9]\d{7,14}$/);
        expect(account.wabaId).to.match(/^\d{15}$/);
      }
    });

    it('has invoicing details with only the billing email and VAT ID editable', async () => {
      const details = await adapter.getInvoicingDetails();
      expect(details.editable).to.deep.equal(['billingEmail', 'vatId']);
      expect(details.values.legalName).to.equal('Acme Messaging GmbH');
      expect(details.supportUrl).to.match(/^https:/);
    });

    it('has a Basic plan with Premium available, downgrades via support', async () => {
      const plan = await adapter.getPlan();
      expect(plan.current.planId).to.equal('basic');
      expect(plan.available.map((p) => p.id)).to.deep.equal(['basic', 'premium']);
      expect(plan.downgrade).to.equal('support');
      // Channels are active and invoices unpaid: a cancellation waits for both.
      expect(plan.cancel.allowed).to.equal(false);
      expect(plan.cancel.blockers!.map((b) => b.kind)).to.deep.equal([
        'active_channels',
        'unpaid_invoices',
      ]);
      expect(plan.cancel.conditions.length).to.be.above(0);
    });

    it('has integration settings and a profile with a data: logo', async () => {
      const settings = await adapter.getIntegrationSettings();
      expect(settings.solutionId).to.match(/^\d{15}$/);
      expect(settings.webhookUrl).to.match(/^https:\/\//);
      expect(settings.availableRegions.map((r) => r.label)).to.include.members([
        'EU (Frankfurt)',
        'United States',
        'Singapore',
      ]);
      const profile = await adapter.getProfile();
      expect(profile.logoUrl).to.match(/^data:image\/svg\+xml;base64,/);
      expect(profile.logoRules).to.deep.equal({
        maxBytes: 1_048_576,
        types: ['image/png', 'image/jpeg'],
        minWidth: 64,
        minHeight: 64,
        maxWidth: 2048,
        maxHeight: 2048,
      });
    });

    it('is deterministic per seed', async () => {
      const first = (s?: number) =>
        createMemoryAdapter(s === undefined ? {} : { seed: s }).listWhatsAppAccounts({ limit: 5 });
      expect(await first()).to.deep.equal(await first());
      expect(await first(7)).to.deep.equal(await first(7));
      expect((await first(7)).items).not.to.deep.equal((await first()).items);
    });
  });

  describe('paging', () => {
    it('returns every invoice exactly once, newest first, page by page', async () => {
      const adapter = createMemoryAdapter();
      const { rows, pages, total } = await allPages((cursor) =>
        adapter.listInvoices({ cursor, limit: 7 }),
      );
      expect(rows.length).to.equal(total);
      expect(pages).to.equal(Math.ceil(total! / 7));
      expect(new Set(rows.map((r) => r.id)).size).to.equal(rows.length);
      const times = rows.map((r) => Date.parse(r.issuedAt));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect((await adapter.listInvoices({})).items).to.have.length(20);
    });

    it('filters invoices by status and type across pages', async () => {
      const adapter = createMemoryAdapter();
      const paid = await allPages((cursor) =>
        adapter.listInvoices({ cursor, limit: 5, status: 'paid' }),
      );
      expect(paid.rows.length).to.equal(paid.total);
      expect(paid.rows.every((r) => r.status === 'paid')).to.equal(true);
      const fees = await allPages((cursor) =>
        adapter.listInvoices({ cursor, limit: 4, type: 'plan_fee' }),
      );
      expect(fees.rows).to.have.length(14);
      expect(fees.rows.every((r) => r.type === 'plan_fee')).to.equal(true);
    });

    it('does not shift the next page when an invoice is issued meanwhile', async () => {
      const adapter = createMemoryAdapter();
      const before = await adapter.listInvoices({ limit: 500 });
      const first = await adapter.listInvoices({ limit: 10 });
      await adapter.topUp(
        { amount: { amount: 5_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        key(),
      );
      const rest = await allPages((cursor) =>
        cursor === null ? Promise.resolve(first) : adapter.listInvoices({ cursor, limit: 10 }),
      );
      expect(rest.rows.map((r: Invoice) => r.id)).to.deep.equal(before.items.map((r) => r.id));
    });

    it('returns all 2,000 WhatsApp accounts exactly once', async () => {
      const adapter = createMemoryAdapter();
      const { rows, total } = await allPages((cursor) =>
        adapter.listWhatsAppAccounts({ cursor, limit: 150 }),
      );
      expect(total).to.equal(2_000);
      expect(rows).to.have.length(2_000);
      expect(new Set(rows.map((r: WhatsAppAccount) => r.id)).size).to.equal(2_000);
    });

    it('refuses a cursor it did not issue, or one from another list', async () => {
      const adapter = createMemoryAdapter();
      expect((await rejection(adapter.listInvoices({ cursor: 'nonsense' }))).code).to.equal(
        'validation',
      );
      const { nextCursor } = await adapter.listWhatsAppAccounts({});
      const error = await rejection(adapter.listInvoices({ cursor: nextCursor }));
      expect(error.fieldErrors).to.have.property('cursor');
      expect((await rejection(adapter.listInvoices({ limit: 0 }))).fieldErrors).to.have.property(
        'limit',
      );
    });
  });

  describe('WhatsApp account search', () => {
    const adapter = createMemoryAdapter();

    it('matches names and client names, case-insensitively', async () => {
      const page = await adapter.listWhatsAppAccounts({ query: 'BAKERY', limit: 500 });
      expect(page.total).to.be.above(0);
      for (const a of page.items) {
        expect(`${a.name} ${a.clientName}`.toLowerCase()).to.include('bakery');
      }
      const lower = await adapter.listWhatsAppAccounts({ query: 'bakery' });
      expect(lower.total).to.equal(page.total);
    });

    it('finds an account by phone number (also typed with spaces) and by WABA ID', async () => {
      const [target] = (await adapter.listWhatsAppAccounts({ limit: 1 })).items;
      const byPhone = await adapter.listWhatsAppAccounts({ query: target!.phoneNumber });
      expect(byPhone.items.map((a) => a.id)).to.include(target!.id);
      const spaced = `${target!.phoneNumber.slice(0, 3)} ${target!.phoneNumber.slice(3, 6)} ${target!.phoneNumber.slice(6)}`;
      const bySpaced = await adapter.listWhatsAppAccounts({ query: spaced });
      expect(bySpaced.items.map((a) => a.id)).to.include(target!.id);
      const byWaba = await adapter.listWhatsAppAccounts({ query: target!.wabaId });
      expect(byWaba.items.map((a) => a.id)).to.deep.equal([target!.id]);
    });

    it('filters by status, also combined with a query, and pages the results', async () => {
      const flagged = await adapter.listWhatsAppAccounts({ status: 'flagged', limit: 500 });
      expect(flagged.total).to.be.above(0);
      expect(flagged.items.every((a) => a.status === 'flagged')).to.equal(true);
      const connectedGmbh = await allPages((cursor) =>
        adapter.listWhatsAppAccounts({ cursor, query: 'gmbh', status: 'connected', limit: 25 }),
      );
      expect(connectedGmbh.rows.length).to.equal(connectedGmbh.total);
      expect(
        connectedGmbh.rows.every((a) => a.status === 'connected' && a.clientName.includes('GmbH')),
      ).to.equal(true);
    });

    it('returns an empty page when nothing matches', async () => {
      expect(await adapter.listWhatsAppAccounts({ query: 'zzz-no-such-client' })).to.deep.equal({
        items: [],
        nextCursor: null,
        total: 0,
        sort: '-createdAt',
      });
      expect(
        (await rejection(adapter.listWhatsAppAccounts({ status: 'gone' as never }))).code,
      ).to.equal('validation');
    });
  });

  describe('controls', () => {
    it('rejects with "aborted" when the signal is already aborted', async () => {
      const adapter = createMemoryAdapter();
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.getBalances({ signal: controller.signal }));
      expect(error.code).to.equal('aborted');
    });

    it('rejects with "aborted" during the latency and applies nothing', async () => {
      const adapter = createMemoryAdapter({ latency: 500 });
      const controller = new AbortController();
      const started = performance.now();
      const pending = adapter.topUp(
        { amount: { amount: 5_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        { ...key(), signal: controller.signal },
      );
      setTimeout(() => controller.abort(), 20);
      expect((await rejection(pending)).code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(400);
      adapter.setLatency(0);
      expect((await adapter.getBalances())[0]!.money.amount).to.equal(128_450);
    });

    it('simulates latency within a range', async () => {
      const adapter = createMemoryAdapter({ latency: { min: 60, max: 90 } });
      const started = performance.now();
      await adapter.getPlan();
      expect(performance.now() - started).to.be.at.least(55);
      expect(() => adapter.setLatency({ min: 5, max: 1 })).to.throw(RangeError);
    });

    it('fails the next call of a method with failNext, then recovers', async () => {
      const adapter = createMemoryAdapter();
      adapter.failNext('getBalances', new AdapterError('network', 'Offline'), { times: 2 });
      expect((await rejection(adapter.getBalances())).code).to.equal('network');
      expect((await rejection(adapter.getBalances())).code).to.equal('network');
      expect(await adapter.getBalances()).to.have.length(1);
      expect(await adapter.getPlan()).to.have.property('current');
    });

    it('removes optional methods switched off in capabilities', () => {
      const adapter = createMemoryAdapter({
        capabilities: { removeUser: false, quoteTopUp: false, subscribe: false },
      });
      expect('removeUser' in adapter).to.equal(false);
      expect('quoteTopUp' in adapter).to.equal(false);
      expect('subscribe' in adapter).to.equal(false);
      expect(adapter.sendTestWebhook).to.be.a('function');
      expect(withValidation(adapter).removeUser).to.equal(undefined);
      const full = createMemoryAdapter();
      for (const m of [
        'quoteTopUp',
        'removePaymentMethod',
        'collectPaymentMethod',
        'quotePlanChange',
        'cancelPlan',
        'removeUser',
        'sendTestWebhook',
        'switchPartnerAccount',
        'subscribe',
      ] as const) {
        expect(full[m], m).to.be.a('function');
      }
    });

    it('logs every call with its arguments', async () => {
      const adapter = createMemoryAdapter();
      await adapter.getBalances();
      await adapter.listInvoices({ limit: 3 });
      await adapter.getBalances();
      expect(adapter.calls.map((c) => c.method)).to.deep.equal([
        'getBalances',
        'listInvoices',
        'getBalances',
      ]);
      expect(adapter.calls[1]!.args).to.deep.equal([{ limit: 3 }]);
      adapter.clearCalls();
      expect(adapter.calls).to.deep.equal([]);
    });

    it('returns fresh copies that cannot change the stored data', async () => {
      const adapter = createMemoryAdapter();
      const balances = await adapter.getBalances();
      (balances[0]!.money as { amount: number }).amount = 1;
      const users = await adapter.listUsers();
      users[0]!.role = 'member';
      users.pop();
      const settings = await adapter.getIntegrationSettings();
      settings.availableRegions.length = 0;
      expect((await adapter.getBalances())[0]!.money.amount).to.equal(128_450);
      expect(await adapter.listUsers()).to.have.length(5);
      expect((await adapter.listUsers())[0]!.role).to.equal('owner');
      expect((await adapter.getIntegrationSettings()).availableRegions.length).to.be.above(5);
    });

    it('resets to the seeded world', async () => {
      const adapter = createMemoryAdapter();
      await adapter.topUp(
        { amount: { amount: 5_000, currency: 'EUR' }, paymentMethodId: 'pm_visa_4242' },
        key(),
      );
      adapter.clock.advance(3 * 3_600_000);
      adapter.reset();
      expect(adapter.calls).to.deep.equal([]);
      expect(adapter.clock.now().toISOString()).to.equal(DEFAULT_NOW);
      expect((await adapter.getBalances())[0]!.money.amount).to.equal(128_450);
    });

    it('acts as a member with the role option or setRole', async () => {
      const member = createMemoryAdapter({ role: 'member' });
      expect((await member.getSession()).user.role).to.equal('member');
      const adapter = createMemoryAdapter();
      adapter.setRole('member');
      expect((await adapter.getSession()).user.role).to.equal('member');
      adapter.setRole('owner');
      expect((await adapter.getSession()).user.role).to.equal('owner');
    });
  });

  describe('partner accounts', () => {
    it('re-scopes every read after switching, and back', async () => {
      const adapter = createMemoryAdapter();
      const session = await adapter.switchPartnerAccount!('acme-cp', key());
      expect(session.billingMode).to.equal('client_paid');
      expect((await adapter.getSession()).partner.id).to.equal('acme-cp');
      expect((await rejection(adapter.getBalances())).code).to.equal('unavailable');
      expect(await adapter.listUsers()).to.have.length(3);
      expect((await adapter.listWhatsAppAccounts({})).total).to.equal(240);
      expect(
        (await adapter.listInvoices({})).items.every((i) => i.total.currency === 'GBP'),
      ).to.equal(true);
      expect((await adapter.getPlan()).current.planId).to.equal('premium');
      const accounts = await adapter.listPartnerAccounts();
      expect(accounts.find((a) => a.current)!.id).to.equal('acme-cp');

      await adapter.switchPartnerAccount!('acme', key());
      expect((await adapter.getBalances())[0]!.money.currency).to.equal('EUR');
      expect((await adapter.listWhatsAppAccounts({})).total).to.equal(2_000);
    });

    it('refuses an account the user has no access to', async () => {
      const adapter = createMemoryAdapter();
      expect((await rejection(adapter.switchPartnerAccount!('elsewhere', key()))).code).to.equal(
        'not_found',
      );
    });
  });

  describe('idempotency keys', () => {
    it('requires a key on every mutation', async () => {
      const adapter = createMemoryAdapter();
      const error = await rejection(
        adapter.updateProfile({ brandName: 'X' }, { idempotencyKey: '' }),
      );
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.have.property('idempotencyKey');
      const missing = await rejection(
        adapter.setDefaultPaymentMethod('pm_mc_5454', undefined as never),
      );
      expect(missing.fieldErrors).to.have.property('idempotencyKey');
    });

    it('returns the stored result for a repeated key and refuses it for another request', async () => {
      const adapter = createMemoryAdapter({ inviteCodes: false });
      const options = key();
      const first = await adapter.inviteUser(
        { email: 'new@acme-messaging.example', role: 'member' },
        options,
      );
      const again = await adapter.inviteUser(
        { email: 'new@acme-messaging.example', role: 'member' },
        options,
      );
      expect(again).to.deep.equal(first);
      expect(await adapter.listUsers()).to.have.length(6);
      const error = await rejection(
        adapter.inviteUser({ email: 'other@acme-messaging.example', role: 'member' }, options),
      );
      expect(error.code).to.equal('conflict');
    });
  });
});
