// Money is never lost or doubled: idempotency, 200 concurrent top-ups, one transaction per
// change, persistence across restarts, usage over simulated time, live events.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { EUR, key, start, topUpBody } from './support.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function openDb(dataDir) {
  return new Database(join(dataDir, 'partner-hub.sqlite3'));
}

async function invoiceTotal(s) {
  return (await s.api.get('/invoices?limit=1')).body.total;
}

describe('idempotency', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('the same key and body return the identical response and charge once', async () => {
    const before = await s.api.balance();
    const k = key();
    const first = await s.api.post('/top-ups', topUpBody(7_500), { idempotencyKey: k });
    const again = await s.api.post('/top-ups', topUpBody(7_500), { idempotencyKey: k });
    assert.equal(first.status, 200);
    assert.equal(again.status, first.status);
    assert.deepEqual(again.body, first.body);
    assert.equal(await s.api.balance(), before + 7_500);
  });

  it('the same key with another body is a 409 and changes nothing', async () => {
    const k = key();
    await s.api.post('/top-ups', topUpBody(2_000), { idempotencyKey: k });
    const before = await s.api.balance();
    const other = await s.api.post('/top-ups', topUpBody(2_001), { idempotencyKey: k });
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'conflict');
    assert.equal(await s.api.balance(), before);
  });

  it('keys are per method: the same key on another route is another change', async () => {
    const k = key();
    assert.equal(
      (await s.api.post('/top-ups', topUpBody(1_000), { idempotencyKey: k })).status,
      200,
    );
    const res = await s.api.call('PATCH', '/profile', {
      body: { brandName: 'Acme' },
      idempotencyKey: k,
    });
    assert.equal(res.status, 200);
  });

  it('a declined card does not use up the key; the retry with another card pays once', async () => {
    const before = await s.api.balance();
    const k = key();
    const declined = await s.api.post('/top-ups', topUpBody(3_000, 'pm_test_0002'), {
      idempotencyKey: k,
    });
    assert.equal(declined.status, 200);
    assert.equal(declined.body.status, 'failed');
    assert.equal(declined.body.reasonCode, 'card_declined');
    assert.equal(await s.api.balance(), before);
    const paid = await s.api.post('/top-ups', topUpBody(3_000), { idempotencyKey: k });
    assert.equal(paid.body.status, 'succeeded');
    await s.api.post('/top-ups', topUpBody(3_000), { idempotencyKey: k });
    assert.equal(await s.api.balance(), before + 3_000);
  });

  it('an expired card is refused before charging', async () => {
    const res = await s.api.post('/top-ups', topUpBody(3_000, 'pm_amex_0005'));
    assert.equal(res.body.status, 'failed');
    assert.equal(res.body.reasonCode, 'expired_card');
  });

  it('stored responses expire after 24 hours', async () => {
    const k = key();
    await s.api.post('/top-ups', topUpBody(1_500), { idempotencyKey: k });
    const db = openDb(s.dataDir);
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE idempotency SET created_at_ms = created_at_ms - ? WHERE key = ?').run(
      25 * HOUR,
      k,
    );
    db.close();
    const before = await s.api.balance();
    await s.api.post('/top-ups', topUpBody(1_500), { idempotencyKey: k });
    assert.equal(await s.api.balance(), before + 1_500);
  });
});

describe('200 concurrent top-ups, some sharing keys', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('end with the exact balance', async () => {
    const before = await s.api.balance();
    const invoicesBefore = await invoiceTotal(s);
    const keys = Array.from({ length: 50 }, (_, i) => ({ key: key(), amount: 1_000 + i * 37 }));
    // 200 requests: every key four times, shuffled, all in flight at once.
    const requests = keys.flatMap((k) => [k, k, k, k]).sort(() => Math.random() - 0.5);
    const responses = await Promise.all(
      requests.map((k) => s.api.post('/top-ups', topUpBody(k.amount), { idempotencyKey: k.key })),
    );
    assert.ok(responses.every((r) => r.status === 200 && r.body.status === 'succeeded'));
    const expected = before + keys.reduce((sum, k) => sum + k.amount, 0);
    assert.equal(await s.api.balance(), expected);
    assert.equal(await invoiceTotal(s), invoicesBefore + keys.length);
    // Every response of one key is the same top-up.
    const idsByKey = new Map();
    requests.forEach((k, i) => {
      const ids = idsByKey.get(k.key) ?? new Set();
      ids.add(responses[i].body.id);
      idsByKey.set(k.key, ids);
    });
    assert.ok([...idsByKey.values()].every((ids) => ids.size === 1));
    // And SQLite holds exactly that.
    const db = openDb(s.dataDir);
    const row = db
      .prepare("SELECT balance_amount FROM wallets WHERE account_id = 'acme' AND currency = 'EUR'")
      .get();
    db.close();
    assert.equal(row.balance_amount, expected);
  });
});

describe('one transaction per change', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('a failure writing the invoice leaves the balance, ledger and invoices unchanged', async () => {
    const before = await s.api.balance();
    const invoices = await invoiceTotal(s);
    const movements = (await s.api.get('/movements?from=2026-11')).body;
    assert.equal(
      (await s.api.call('POST', '/__test/fail-next', { body: { what: 'invoice-insert' } })).status,
      200,
    );
    const k = key();
    const failed = await s.api.post('/top-ups', topUpBody(9_900), { idempotencyKey: k });
    assert.equal(failed.status, 500);
    assert.match(failed.type, /problem\+json/);
    assert.equal(await s.api.balance(), before);
    assert.equal(await invoiceTotal(s), invoices);
    assert.deepEqual((await s.api.get('/movements?from=2026-11')).body, movements);
    // Nothing was stored under the key either: the retry applies the top-up once.
    const retry = await s.api.post('/top-ups', topUpBody(9_900), { idempotencyKey: k });
    assert.equal(retry.body.status, 'succeeded');
    assert.equal(await s.api.balance(), before + 9_900);
    assert.equal(await invoiceTotal(s), invoices + 1);
  });
});

describe('persistence', () => {
  it('data survives a restart on the same data directory', async () => {
    const s = await start({ inviteCodes: false }); // the user is added at once
    const dataDir = s.dataDir;
    const before = await s.api.balance();
    await s.api.post('/top-ups', topUpBody(4_242));
    await s.api.post('/users', { email: 'kept@acme-messaging.example', role: 'member' });
    await s.api.call('POST', '/__test/advance', { body: { ms: 2 * HOUR } });
    const balance = await s.api.balance();
    assert.notEqual(balance, before);
    const now = (await s.api.get('/balances')).body[0].updatedAt;
    await s.stop({ keepData: true });

    const again = await start({ dataDir });
    try {
      assert.equal(await again.api.balance(), balance);
      assert.equal((await again.api.get('/balances')).body[0].updatedAt, now);
      assert.ok(
        (await again.api.get('/users')).body.some((u) => u.email === 'kept@acme-messaging.example'),
      );
      const db = openDb(dataDir);
      const versions = db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .all()
        .map((r) => r.version);
      const types = db.prepare('SELECT typeof(balance_amount) AS t FROM wallets').all();
      db.close();
      assert.deepEqual(versions, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      assert.ok(types.every((r) => r.t === 'integer'));
    } finally {
      await again.stop();
    }
  });
});

describe('usage over simulated time', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('deducts usage hour by hour and fires auto-renewal at the threshold', async () => {
    const before = await s.api.balance();
    const res = await s.api.call('PUT', '/auto-renewal', {
      body: { currency: 'EUR', enabled: true, threshold: EUR(before - 50), amount: EUR(100_000) },
      idempotencyKey: key(),
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await s.api.call('POST', '/__test/advance', { body: { ms: 6 * HOUR } });
    const balance = await s.api.balance();
    assert.ok(balance > before + 90_000, `balance ${balance}`);
    const top = (await s.api.get('/invoices?type=usage_top_up&limit=1')).body.items[0];
    assert.match(top.description, /Auto-renewal/);
    assert.deepEqual(top.total, EUR(100_000));
  });

  it('fires an emergency top-up below zero even with auto-renewal off', async () => {
    await s.api.call('PUT', '/auto-renewal', {
      body: { currency: 'EUR', enabled: false, threshold: EUR(20_000), amount: EUR(100_000) },
      idempotencyKey: key(),
    });
    const start = await s.api.balance();
    let balance = start;
    let emergency;
    for (let day = 0; day < 90 && !emergency; day += 10) {
      await s.api.call('POST', '/__test/advance', { body: { ms: 10 * DAY } });
      balance = await s.api.balance();
      const items = (await s.api.get('/invoices?type=usage_top_up&limit=5')).body.items;
      emergency = items.find((i) => /Emergency/.test(i.description));
    }
    assert.ok(emergency, `no emergency top-up; balance ${balance}`);
    assert.ok(balance > 0);
    const movements = (await s.api.get('/movements')).body;
    assert.ok(movements.length >= 14);
  });
});

describe('live events', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('pushes a balances event after a top-up', async () => {
    const controller = new AbortController();
    const res = await fetch(`${s.apiBase}/events`, {
      signal: controller.signal,
      headers: { 'x-demo-user': 'usr_lena' },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/event-stream/);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const events = [];
    const next = async (predicate) => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const found = events.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('No such event within 5 s.');
        const { value, done } = await reader.read();
        if (done) throw new Error('The stream ended.');
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) {
            if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
          }
        }
      }
    };
    try {
      const first = await next((e) => e.resource === 'balances');
      const amount = first.data[0].money.amount;
      await s.api.post('/top-ups', topUpBody(6_100));
      const update = await next(
        (e) => e.resource === 'balances' && e.data[0].money.amount === amount + 6_100,
      );
      assert.equal(update.data[0].money.currency, 'EUR');
      await next((e) => e.resource === 'invoices');
      await next((e) => e.resource === 'movements');
    } finally {
      controller.abort();
    }
  });
});
