import { expect } from '@open-wc/testing';
import type { LiveEvent } from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Money } from '../../src/adapter/schemas.js';
import { feeFor, recommendAutoRenewal } from '../../src/domain/index.js';
import { keys, rejection } from './memory-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const key = keys('billing');
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const VISA = 'pm_visa_4242';
const DECLINING = 'pm_test_0002';
const EXPIRED_AMEX = 'pm_amex_0005';

const balanceOf = async (adapter: MemoryAdapter, currency = 'EUR') =>
  (await adapter.getBalances()).find((b) => b.money.currency === currency)!.money.amount;

/** Funds added this month (November 2026 on the default clock). */
const fundsAddedIn = async (adapter: MemoryAdapter, period: string) =>
  (await adapter.listMovements({ from: period, to: period }))[0]!.fundsAdded.amount;

const usageOn = async (adapter: MemoryAdapter, date: string) =>
  (await adapter.listDailyUsage({ from: date, to: date }))[0]!.usage.amount;

/**
 * Advances the clock hour by hour until the balance rises (a top-up fired) and returns that
 * hour: the balance before and after, and the usage deducted in it.
 */
async function advanceUntilTopUp(adapter: MemoryAdapter, maxDays: number) {
  let before = await balanceOf(adapter);
  for (let hour = 0; hour < maxDays * 24; hour++) {
    const date = adapter.clock.now().toISOString().slice(0, 10);
    const usage = await usageOn(adapter, date);
    adapter.clock.advance(HOUR);
    const after = await balanceOf(adapter);
    if (after > before) return { before, after, spent: (await usageOn(adapter, date)) - usage };
    before = after;
  }
  throw new Error(`No top-up within ${maxDays} days.`);
}

function record(adapter: MemoryAdapter): LiveEvent[] {
  const events: LiveEvent[] = [];
  adapter.subscribe!((e) => events.push(e));
  return events;
}

describe('memory adapter: balance and billing', () => {
  describe('simulated time', () => {
    it('deducts usage from the balance as hours pass, and records it as daily usage', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      const usageBefore = await usageOn(adapter, '2026-11-17');
      const events = record(adapter);
      adapter.clock.advance(3 * HOUR);
      expect(adapter.clock.now().toISOString()).to.equal('2026-11-17T13:00:00.000Z');
      const spent = (await usageOn(adapter, '2026-11-17')) - usageBefore;
      expect(spent).to.be.above(0);
      expect(await balanceOf(adapter)).to.equal(before - spent);
      const balances = events.find((e) => e.resource === 'balances');
      expect(balances?.data?.[0]?.money.amount).to.equal(before - spent);
      expect(events.map((e) => e.resource)).to.include.members(['movements', 'dailyUsage']);
    });

    it('deducts nothing until a whole hour has passed', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      adapter.clock.advance(59 * 60_000);
      expect(await balanceOf(adapter)).to.equal(before);
      adapter.clock.advance(60_000);
      expect(await balanceOf(adapter)).to.be.below(before);
    });

    it('gives the same result however time is advanced', async () => {
      const once = createMemoryAdapter();
      const stepwise = createMemoryAdapter();
      once.clock.advance(2 * DAY + 5 * HOUR);
      for (let i = 0; i < 53; i++) stepwise.clock.advance(HOUR);
      expect(await once.getBalances()).to.deep.equal(await stepwise.getBalances());
      expect(await once.listMovements({})).to.deep.equal(await stepwise.listMovements({}));
    });

    it('fires auto-renewal when the balance reaches the threshold', async () => {
      const adapter = createMemoryAdapter();
      const [rule] = await adapter.getAutoRenewal();
      const fundsBefore = await fundsAddedIn(adapter, '2026-11');
      const events = record(adapter);
      const { before, after, spent } = await advanceUntilTopUp(adapter, 40);
      // It fires in the hour whose usage takes the balance to the threshold or under.
      expect(before).to.be.above(rule!.threshold.amount);
      expect(before - spent).to.be.at.most(rule!.threshold.amount);
      expect(after).to.equal(before - spent + rule!.amount.amount);
      const period = adapter.clock.now().toISOString().slice(0, 7);
      const funds = await fundsAddedIn(adapter, period);
      expect(funds - (period === '2026-11' ? fundsBefore : 0)).to.equal(rule!.amount.amount);
      const [newest] = (await adapter.listInvoices({ limit: 1 })).items;
      expect(newest!.type).to.equal('usage_top_up');
      expect(newest!.status).to.equal('paid');
      expect(newest!.total).to.deep.equal(rule!.amount);
      expect(events.some((e) => e.resource === 'invoices')).to.equal(true);
      const lastBalance = events.filter((e) => e.resource === 'balances').at(-1);
      expect(lastBalance?.data?.[0]?.money.amount).to.equal(after);
    });

    it('fires auto-renewal on the first hour in the low scenario', async () => {
      const adapter = createMemoryAdapter({ scenario: 'low' });
      const before = await balanceOf(adapter);
      const usage = await usageOn(adapter, '2026-11-17');
      adapter.clock.advance(HOUR);
      const spent = (await usageOn(adapter, '2026-11-17')) - usage;
      expect(await balanceOf(adapter)).to.equal(before - spent + 100_000);
    });

    it('fires an emergency top-up below zero even with auto-renewal off', async () => {
      const adapter = createMemoryAdapter({ scenario: 'low' });
      const [rule] = await adapter.getAutoRenewal();
      await adapter.updateAutoRenewal(
        { currency: 'EUR', enabled: false, threshold: rule!.threshold, amount: rule!.amount },
        key(),
      );
      const { before, after, spent } = await advanceUntilTopUp(adapter, 20);
      // The hour's usage took the balance below zero; the emergency top-up recovers at least
      // the deficit, and never less than the hub's minimum of 50.00.
      expect(before).to.be.above(0);
      expect(before - spent).to.be.below(0);
      expect(after).to.equal(before - spent + Math.max(spent - before, 5_000));
      const [newest] = (await adapter.listInvoices({ limit: 1 })).items;
      expect(newest!.description).to.match(/emergency/i);
      expect(newest!.type).to.equal('usage_top_up');
    });

    it('recovers a negative balance with an emergency top-up, deducting nothing while paused', async () => {
      const adapter = createMemoryAdapter({ scenario: 'negative' });
      const usage = await usageOn(adapter, '2026-11-17');
      adapter.clock.advance(HOUR);
      // -35.20 recovered by the emergency minimum of 50.00; messaging was paused that hour.
      expect(await balanceOf(adapter)).to.equal(-3_520 + 5_000);
      expect(await usageOn(adapter, '2026-11-17')).to.equal(usage);
    });

    it('sends nothing and deducts nothing while an unpaid licence invoice blocks messaging', async () => {
      const adapter = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const [balance] = await adapter.getBalances();
      expect(balance!.messagingBlock?.reason).to.equal('unpaid_licence_invoice');
      const before = await balanceOf(adapter);
      const usage = await usageOn(adapter, '2026-11-17');
      adapter.clock.advance(3 * HOUR);
      expect(await balanceOf(adapter)).to.equal(before);
      expect(await usageOn(adapter, '2026-11-17')).to.equal(usage);
      // Paid, the messages go out again and are charged.
      const licence = (await adapter.listInvoices({ status: 'unpaid' })).items.find(
        (i) => i.type === 'licence_fee',
      )!;
      await adapter.payInvoice(licence.id, { paymentMethodId: VISA }, key());
      adapter.clock.advance(HOUR);
      expect(await usageOn(adapter, '2026-11-17')).to.be.above(usage);
      expect(await balanceOf(adapter)).to.be.below(before);
    });

    it('charged no usage in its history since the unpaid licence invoice paused messaging', async () => {
      const paused = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const running = createMemoryAdapter();
      // Issued on 14 November at 11:00 UTC: that day's usage stops there, then none.
      for (const day of ['2026-11-15', '2026-11-16', '2026-11-17']) {
        expect(await usageOn(paused, day), day).to.equal(0);
        expect(await usageOn(running, day), day).to.be.above(0);
      }
      const partDay = await usageOn(paused, '2026-11-14');
      expect(partDay).to.be.above(0);
      expect(partDay).to.be.below(await usageOn(running, '2026-11-14'));
      // The licence invoice is paid in every other scenario: nothing blocks messaging there.
      const [balance] = await running.getBalances();
      expect(balance!.messagingBlock).to.equal(undefined);
      expect(
        (await running.listInvoices({ type: 'licence_fee', status: 'unpaid' })).total,
      ).to.equal(0);
    });

    it('keeps messaging paused at zero with auto-renewal off', async () => {
      const adapter = createMemoryAdapter({ scenario: 'zero' });
      const events = record(adapter);
      adapter.clock.advance(DAY);
      expect(await balanceOf(adapter)).to.equal(0);
      // Only the new day on the hub's clock is said (the session carries it): nothing was used.
      expect(events).to.deep.equal([{ resource: 'session' }]);
    });

    it('closes the month, starts a new plan period and marks unpaid invoices overdue', async () => {
      const adapter = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const unpaid = (await adapter.listInvoices({ status: 'unpaid' })).items;
      expect(unpaid).to.have.length(1);
      adapter.clock.advance(15 * DAY);
      const plan = await adapter.getPlan();
      expect(plan.current.periodStart).to.equal('2026-12-01T00:00:00.000Z');
      expect(plan.current.periodEnd).to.equal('2027-01-01T00:00:00.000Z');
      const december = await adapter.listInvoices({ limit: 10 });
      const fee = december.items.find(
        (i) => i.type === 'plan_fee' && i.description.includes('December 2026'),
      );
      expect(fee?.status).to.equal('paid');
      const closing = december.items.find((i) => i.type === 'monthly_closing');
      const [november] = await adapter.listMovements({ from: '2026-11', to: '2026-11' });
      expect(closing?.total).to.deep.equal(november!.usage);
      expect(closing?.description).to.include('November 2026');
      const overdue = (await adapter.listInvoices({ status: 'overdue', limit: 50 })).items;
      expect(overdue.map((i) => i.id)).to.include(unpaid[0]!.id);
    });
  });

  describe('top-ups', () => {
    it('adds funds immediately, records the movement and a paid invoice with the fee', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      const fundsBefore = await fundsAddedIn(adapter, '2026-11');
      const quote = await adapter.quoteTopUp!({ amount: eur(50_000), paymentMethodId: VISA });
      expect(quote).to.deep.equal({ amount: eur(50_000), fee: eur(2_000), total: eur(52_000) });
      const events = record(adapter);
      const result = await adapter.topUp({ amount: eur(50_000), paymentMethodId: VISA }, key());
      expect(result.status).to.equal('succeeded');
      expect(result.amount).to.deep.equal(eur(50_000));
      expect(result.balance.money.amount).to.equal(before + 50_000);
      expect(await balanceOf(adapter)).to.equal(before + 50_000);
      expect(await fundsAddedIn(adapter, '2026-11')).to.equal(fundsBefore + 50_000);
      const [invoice] = (await adapter.listInvoices({ limit: 1 })).items;
      expect(invoice!.type).to.equal('usage_top_up');
      expect(invoice!.status).to.equal('paid');
      expect(invoice!.total).to.deep.equal(quote.total);
      expect(events.map((e) => e.resource)).to.include.members([
        'balances',
        'movements',
        'invoices',
      ]);
    });

    it('charges the card’s own fee, the rate its payment method shows', async () => {
      const adapter = createMemoryAdapter();
      const visa = (await adapter.listPaymentMethods()).find((m) => m.id === VISA)!;
      expect(visa.feeBasisPoints, 'the hub’s cards carry 4 %').to.equal(400);
      const quote = await adapter.quoteTopUp!({ amount: eur(25_000), paymentMethodId: VISA });
      expect(quote.fee).to.deep.equal(feeFor(eur(25_000), visa.feeBasisPoints));
      expect(quote.fee).to.deep.equal(eur(1_000));
      // A card added later is one of the hub's cards too.
      const added = await adapter.collectPaymentMethod!({}, key());
      expect(added.feeBasisPoints).to.equal(400);
    });

    it('rounds the card fee to the minor unit', async () => {
      const adapter = createMemoryAdapter();
      const quote = await adapter.quoteTopUp!({ amount: eur(1_013), paymentMethodId: VISA });
      expect(quote.fee).to.deep.equal(eur(41)); // 4 % of 10.13 is 40.52 cents
      expect(quote.total).to.deep.equal(eur(1_054));
    });

    it('charges once for the same key, returning the same result', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      const options = key();
      const first = await adapter.topUp({ amount: eur(20_000), paymentMethodId: VISA }, options);
      const second = await adapter.topUp({ amount: eur(20_000), paymentMethodId: VISA }, options);
      expect(second).to.deep.equal(first);
      expect(await balanceOf(adapter)).to.equal(before + 20_000);
      expect(adapter.calls.filter((c) => c.method === 'topUp')).to.have.length(2);
    });

    it('refuses the same key for another amount or card', async () => {
      const adapter = createMemoryAdapter();
      const options = key();
      await adapter.topUp({ amount: eur(20_000), paymentMethodId: VISA }, options);
      const other = await rejection(
        adapter.topUp({ amount: eur(30_000), paymentMethodId: VISA }, options),
      );
      expect(other.code).to.equal('conflict');
      const card = await rejection(
        adapter.topUp({ amount: eur(20_000), paymentMethodId: 'pm_mc_5454' }, options),
      );
      expect(card.code).to.equal('conflict');
    });

    it('fails on the declining card without charging, then succeeds once with the same key', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      const invoicesBefore = (await adapter.listInvoices({})).total;
      const options = key();
      const failed = await adapter.topUp(
        { amount: eur(25_000), paymentMethodId: DECLINING },
        options,
      );
      expect(failed.status).to.equal('failed');
      expect(failed.reasonCode).to.equal('card_declined');
      expect(failed.reason).to.equal('The card was declined.');
      expect(failed.balance.money.amount).to.equal(before);
      expect(await balanceOf(adapter)).to.equal(before);
      expect((await adapter.listInvoices({})).total).to.equal(invoicesBefore);

      const retried = await adapter.topUp({ amount: eur(25_000), paymentMethodId: VISA }, options);
      expect(retried.status).to.equal('succeeded');
      const again = await adapter.topUp({ amount: eur(25_000), paymentMethodId: VISA }, options);
      expect(again).to.deep.equal(retried);
      expect(await balanceOf(adapter)).to.equal(before + 25_000);
    });

    it('fails on an expired card with expired_card', async () => {
      const adapter = createMemoryAdapter();
      const result = await adapter.topUp(
        { amount: eur(25_000), paymentMethodId: EXPIRED_AMEX },
        key(),
      );
      expect(result.status).to.equal('failed');
      expect(result.reasonCode).to.equal('expired_card');
      expect(await balanceOf(adapter)).to.equal(128_450);
    });

    it('applies a top-up whose response was lost only once when retried with the same key', async () => {
      const adapter = createMemoryAdapter();
      const before = await balanceOf(adapter);
      const options = key();
      adapter.failNext('topUp', new AdapterError('timeout', 'The request timed out.'), {
        afterApplying: true,
      });
      const lost = await rejection(
        adapter.topUp({ amount: eur(40_000), paymentMethodId: VISA }, options),
      );
      expect(lost.code).to.equal('timeout');
      expect(await balanceOf(adapter)).to.equal(before + 40_000);
      const retried = await adapter.topUp({ amount: eur(40_000), paymentMethodId: VISA }, options);
      expect(retried.status).to.equal('succeeded');
      expect(retried.balance.money.amount).to.equal(before + 40_000);
      expect(await balanceOf(adapter)).to.equal(before + 40_000);
    });

    it('applies nothing when the request fails before reaching the hub', async () => {
      const adapter = createMemoryAdapter();
      const options = key();
      adapter.failNext('topUp', new AdapterError('network', 'Offline'));
      await rejection(adapter.topUp({ amount: eur(40_000), paymentMethodId: VISA }, options));
      expect(await balanceOf(adapter)).to.equal(128_450);
      await adapter.topUp({ amount: eur(40_000), paymentMethodId: VISA }, options);
      expect(await balanceOf(adapter)).to.equal(168_450);
    });

    it('validates the amount with a field error', async () => {
      const adapter = createMemoryAdapter();
      for (const amount of [
        eur(0),
        eur(-500),
        eur(999),
        eur(1_000_001),
        eur(10.5),
        { amount: 5_000, currency: 'USD' },
      ]) {
        const error = await rejection(adapter.topUp({ amount, paymentMethodId: VISA }, key()));
        expect(error.code, JSON.stringify(amount)).to.equal('validation');
        expect(error.fieldErrors, JSON.stringify(amount)).to.have.property('amount');
      }
      const card = await rejection(
        adapter.topUp({ amount: eur(5_000), paymentMethodId: 'pm_nope' }, key()),
      );
      expect(card.fieldErrors).to.have.property('paymentMethodId');
      expect(await balanceOf(adapter)).to.equal(128_450);
    });

    it('tops up the USD balance in multi-currency', async () => {
      const adapter = createMemoryAdapter({ scenario: 'multi-currency' });
      const before = await balanceOf(adapter, 'USD');
      await adapter.topUp(
        { amount: { amount: 10_000, currency: 'USD' }, paymentMethodId: VISA },
        key(),
      );
      expect(await balanceOf(adapter, 'USD')).to.equal(before + 10_000);
      expect(await balanceOf(adapter, 'EUR')).to.equal(128_450);
    });

    it('opens the balance of a brand-new partner with the first top-up', async () => {
      const adapter = createMemoryAdapter({ scenario: 'empty' });
      const card = await adapter.collectPaymentMethod!({}, key());
      expect(card.isDefault).to.equal(true);
      const result = await adapter.topUp({ amount: eur(10_000), paymentMethodId: card.id }, key());
      expect(result.status).to.equal('succeeded');
      expect((await adapter.getBalances()).map((b) => b.money)).to.deep.equal([eur(10_000)]);
      const [renewal] = await adapter.getAutoRenewal();
      expect(renewal!.enabled).to.equal(false);
      // The hub's starting values (its documentation): a €200 threshold and a €100 top-up.
      expect(renewal!.threshold).to.deep.equal(eur(20_000));
      expect(renewal!.amount).to.deep.equal(eur(10_000));
      expect(await adapter.listMovements({})).to.have.length(1);
    });

    it('is not available on the client-paid account', async () => {
      const adapter = createMemoryAdapter({ scenario: 'client-paid' });
      const error = await rejection(
        adapter.topUp({ amount: eur(10_000), paymentMethodId: 'pm_visa_1881' }, key()),
      );
      expect(error.code).to.equal('unavailable');
    });
  });

  describe('auto-renewal', () => {
    it('saves new settings, allowing an amount not above the threshold', async () => {
      const adapter = createMemoryAdapter();
      const saved = await adapter.updateAutoRenewal(
        { currency: 'EUR', enabled: true, threshold: eur(50_000), amount: eur(40_000) },
        key(),
      );
      expect(saved.threshold).to.deep.equal(eur(50_000));
      expect(saved.amount).to.deep.equal(eur(40_000));
      const [read] = await adapter.getAutoRenewal();
      expect(read).to.deep.equal(saved);
    });

    it('names the threshold and amount fields in validation errors', async () => {
      const adapter = createMemoryAdapter();
      const error = await rejection(
        adapter.updateAutoRenewal(
          { currency: 'EUR', enabled: true, threshold: eur(0), amount: eur(99_000_000) },
          key(),
        ),
      );
      expect(error.code).to.equal('validation');
      expect(Object.keys(error.fieldErrors).sort()).to.deep.equal(['amount', 'threshold']);
      const currency = await rejection(
        adapter.updateAutoRenewal(
          {
            currency: 'EUR',
            enabled: true,
            threshold: { amount: 20_000, currency: 'USD' },
            amount: eur(100_000),
          },
          key(),
        ),
      );
      expect(currency.fieldErrors['threshold']).to.include('EUR');
      const unknown = await rejection(
        adapter.updateAutoRenewal(
          { currency: 'JPY', enabled: true, threshold: eur(20_000), amount: eur(100_000) },
          key(),
        ),
      );
      expect(unknown.fieldErrors).to.have.property('currency');
    });

    it('recommends settings from the previous month through the domain rule', async () => {
      const adapter = createMemoryAdapter();
      const [renewal] = await adapter.getAutoRenewal();
      const october = await adapter.listDailyUsage({ from: '2026-10-01', to: '2026-10-31' });
      const expected = recommendAutoRenewal(october, 'EUR', { limits: renewal!.limits });
      expect(renewal!.recommendation).to.deep.equal({
        threshold: expected!.threshold,
        amount: expected!.amount,
        basis: expected!.basis,
      });
    });

    it('lets a member read but not change the settings', async () => {
      const adapter = createMemoryAdapter({ role: 'member' });
      const [renewal] = await adapter.getAutoRenewal();
      const error = await rejection(
        adapter.updateAutoRenewal(
          {
            currency: 'EUR',
            enabled: false,
            threshold: renewal!.threshold,
            amount: renewal!.amount,
          },
          key(),
        ),
      );
      expect(error.code).to.equal('forbidden');
      expect(
        (await rejection(adapter.topUp({ amount: eur(10_000), paymentMethodId: VISA }, key())))
          .code,
      ).to.equal('forbidden');
    });
  });

  describe('invoices', () => {
    it('pays an overdue invoice once, idempotently', async () => {
      const adapter = createMemoryAdapter();
      const [overdue] = (await adapter.listInvoices({ status: 'overdue' })).items;
      const options = key();
      const paid = await adapter.payInvoice(overdue!.id, { paymentMethodId: VISA }, options);
      expect(paid.status).to.equal('succeeded');
      expect(paid.invoice.status).to.equal('paid');
      expect(
        await adapter.payInvoice(overdue!.id, { paymentMethodId: VISA }, options),
      ).to.deep.equal(paid);
      expect((await adapter.listInvoices({ status: 'overdue' })).total).to.equal(0);
    });

    it('reports a declined card and keeps the invoice unpaid, then pays with another card', async () => {
      const adapter = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const [unpaid] = (await adapter.listInvoices({ status: 'unpaid' })).items;
      const options = key();
      const failed = await adapter.payInvoice(unpaid!.id, { paymentMethodId: DECLINING }, options);
      expect(failed.status).to.equal('failed');
      expect(failed.reasonCode).to.equal('card_declined');
      expect(failed.invoice.status).to.equal('unpaid');
      const paid = await adapter.payInvoice(unpaid!.id, { paymentMethodId: VISA }, options);
      expect(paid.status).to.equal('succeeded');
    });

    it('refuses to pay a void invoice', async () => {
      const adapter = createMemoryAdapter();
      const [voided] = (await adapter.listInvoices({ status: 'void' })).items;
      const error = await rejection(
        adapter.payInvoice(voided!.id, { paymentMethodId: VISA }, key()),
      );
      expect(error.code).to.equal('conflict');
      expect(
        (await rejection(adapter.payInvoice('inv_nope', { paymentMethodId: VISA }, key()))).code,
      ).to.equal('not_found');
    });

    it('generates a valid PDF with the invoice number and total', async () => {
      const adapter = createMemoryAdapter({ scenario: 'licence-unpaid' });
      const [invoice] = (await adapter.listInvoices({ type: 'licence_fee', status: 'unpaid' }))
        .items;
      const pdf = await adapter.getInvoicePdf(invoice!.id);
      expect(pdf).to.be.instanceOf(Blob);
      const blob = pdf as Blob;
      expect(blob.type).to.equal('application/pdf');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const text = new TextDecoder('latin1').decode(bytes);
      expect(text.startsWith('%PDF-1.4')).to.equal(true);
      expect(text.trimEnd().endsWith('%%EOF')).to.equal(true);
      expect(text).to.include(invoice!.number);
      expect(text).to.include('135.00');
      // The cross-reference table sits where startxref says, and each object where listed.
      const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
      expect(text.slice(startxref, startxref + 4)).to.equal('xref');
      const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
        Number(m[1]),
      );
      expect(offsets).to.have.length.above(5);
      offsets.forEach((offset, i) =>
        expect(text.slice(offset, offset + 8)).to.equal(`${i + 1} 0 obj\n`),
      );
    });
  });
});
