// The reference server's seed size for WhatsApp accounts: 2,000 by default, more on request
// (`--accounts`, `whatsAppAccounts`), with the memory adapter's mix of statuses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { start } from './support.mjs';

describe('WhatsApp accounts seed', () => {
  it('seeds 2,000 accounts by default', async () => {
    const s = await start();
    try {
      const { body } = await s.api.get('/whatsapp-accounts?limit=1');
      assert.equal(body.total, 2_000);
    } finally {
      await s.stop();
    }
  });

  it('seeds as many as asked for a new database, with every status present', async () => {
    const s = await start({ whatsAppAccounts: 20_000 });
    try {
      const { body } = await s.api.get('/whatsapp-accounts?limit=1');
      assert.equal(body.total, 20_000);
      for (const status of [
        'connected',
        'pending_review',
        'flagged',
        'restricted',
        'disconnected',
      ]) {
        const page = await s.api.get(`/whatsapp-accounts?limit=1&status=${status}`);
        assert.ok(page.body.total > 0, `no ${status} accounts`);
      }
    } finally {
      await s.stop();
    }
  });

  it('serves the quality rating and messaging limit, and leaves them out where unknown', async () => {
    const s = await start();
    try {
      const { body } = await s.api.get('/whatsapp-accounts?limit=500');
      const rated = body.items.filter((a) => a.quality !== undefined);
      assert.ok(rated.length > 300, `only ${rated.length} of 500 rated`);
      for (const a of rated) assert.ok(['high', 'medium', 'low'].includes(a.quality), a.quality);
      const limits = new Set(body.items.map((a) => a.messagingLimit).filter(Boolean));
      assert.ok(limits.size >= 4, [...limits].join());
      const review = await s.api.get('/whatsapp-accounts?limit=50&status=pending_review');
      for (const a of review.body.items) {
        assert.equal('quality' in a, false);
        assert.equal('messagingLimit' in a, false);
      }
    } finally {
      await s.stop();
    }
  });
});
