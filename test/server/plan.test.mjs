// The reference server's plan routes: the quote is the domain's proration, an upgrade is
// invoiced at once, a cancellation is refused while channels are active or invoices unpaid
// (naming them), and otherwise ends the plan at the end of the following calendar month.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { key, start } from './support.mjs';

describe('plan routes', () => {
  describe('with active channels and unpaid invoices', () => {
    let s;
    before(async () => {
      s = await start();
    });
    after(() => s.stop());

    it('names what blocks a cancellation, counted in the database', async () => {
      const plan = (await s.api.get('/plan')).body;
      assert.equal(plan.cancel.allowed, false);
      assert.equal(plan.asOf, '2026-11-17T10:00:00.000Z');
      const [channels, invoices] = plan.cancel.blockers;
      assert.equal(channels.kind, 'active_channels');
      assert.ok(channels.count > 1000, `only ${channels.count} active channels`);
      assert.equal(channels.items.length, 5);
      assert.equal(invoices.kind, 'unpaid_invoices');
      // The current plan fee, overdue (the seeded licence invoices are paid).
      assert.deepEqual(
        invoices.items.map((i) => i.label),
        ['AM-2026-00043'],
      );
      const refused = await s.api.post('/plan/cancel', undefined);
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /AM-2026-00043/);
      assert.equal((await s.api.get('/plan')).body.current.status, 'active');
    });

    it('quotes an upgrade with the domain proration and invoices it at once', async () => {
      const quote = (await s.api.get('/plan/quote?planId=premium')).body;
      // 14 of 30 days of the €200.00 difference.
      assert.deepEqual(quote.prorated, { amount: 9_333, currency: 'EUR' });
      const changed = await s.api.post('/plan/change', { planId: 'premium' });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(changed.body.current.planId, 'premium');
      const [invoice] = (await s.api.get('/invoices?type=prorated_upgrade&limit=1')).body.items;
      assert.deepEqual(invoice.total, quote.prorated);
      assert.equal(invoice.status, 'paid');
    });

    it('sends a downgrade to support', async () => {
      const refused = await s.api.post('/plan/change', { planId: 'basic' });
      assert.equal(refused.status, 409);
      assert.match(refused.body.detail, /support/);
    });
  });

  describe('with nothing blocking', () => {
    let s;
    before(async () => {
      s = await start({ whatsAppAccounts: 0 });
      for (const id of ['inv_acme_00043', 'inv_acme_00045']) {
        const paid = await s.api.post(`/invoices/${id}/pay`, { paymentMethodId: 'pm_visa_4242' });
        assert.equal(paid.status, 200, JSON.stringify(paid.body));
      }
    });
    after(async () => {
      await s.stop();
      rmSync(s.dataDir, { recursive: true, force: true });
    });

    it('cancels at the end of the following calendar month, kept across a restart', async () => {
      const before = (await s.api.get('/plan')).body;
      assert.equal(before.cancel.allowed, true);
      assert.deepEqual(before.cancel.blockers, []);
      assert.equal(before.cancel.effectiveAt, '2027-01-01T00:00:00.000Z');
      const idempotencyKey = key();
      const cancelled = await s.api.post('/plan/cancel', undefined, { idempotencyKey });
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      assert.equal(cancelled.body.current.status, 'cancelling');
      assert.equal(cancelled.body.cancel.effectiveAt, '2027-01-01T00:00:00.000Z');
      const again = await s.api.post('/plan/cancel', undefined, { idempotencyKey });
      assert.deepEqual(again.body, cancelled.body);
      // The day it ends is stored: a restarted server still knows it.
      await s.stop({ keepData: true });
      s = await start({ dataDir: s.dataDir, whatsAppAccounts: 0 });
      const restarted = (await s.api.get('/plan')).body;
      assert.equal(restarted.current.status, 'cancelling');
      assert.equal(restarted.cancel.effectiveAt, '2027-01-01T00:00:00.000Z');
      // December still runs (and is invoiced); the plan ends on 1 January.
      await s.api.post('/__test/advance', { ms: 16 * 86_400_000 });
      const december = (await s.api.get('/plan')).body;
      assert.equal(december.current.status, 'cancelling');
      assert.equal(december.current.periodStart, '2026-12-01T00:00:00.000Z');
      await s.api.post('/__test/advance', { ms: 31 * 86_400_000 });
      assert.equal((await s.api.get('/plan')).body.current.status, 'cancelled');
    });
  });
});
