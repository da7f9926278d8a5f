// Several instances on one PostgreSQL: a real server (started here; installed with apt-get
// when missing, see scripts/postgres.mjs), two instances each with its own connection pool,
// idempotency store and live fan-out, and a backend whose charge runs in the idempotency
// store's transaction. Concurrent top-ups with shared keys through both instances charge once
// per key and answer the same from either; a change made through one reaches a subscriber of
// the other.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startTemporaryPostgres } from '../../scripts/postgres.mjs';
import { importBundled } from './360dialog-support.mjs';

const DAY = 24 * 60 * 60 * 1000;
const ACCOUNT = 'pa_acme';
const OTHER_ACCOUNT = 'pa_globex';
const actor = (userId = 'usr_lena', partnerAccountId = ACCOUNT) => ({
  partnerAccountId,
  user: { id: userId, role: 'owner', status: 'active' },
});

let server;
let stores;
const instances = [];

/** The fingerprint the handler computes: the method and the canonical body. */
function fingerprintOf(method, body) {
  return createHash('sha256')
    .update(JSON.stringify([method, body]))
    .digest('hex');
}

/**
 * One instance: its own pool and stores, and a backend that keeps balances in PostgreSQL and
 * charges inside the transaction the idempotency store hands it.
 */
function startInstance(url, options = {}) {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on('error', () => undefined); // idle connections closed when the server stops
  const idempotency = stores.createPostgresIdempotencyStore({ pool, ...options.idempotency });
  const live = stores.createPostgresLiveFanout({ pool, onError: () => undefined });
  const backend = {
    async topUp(input, context) {
      const tx = context.transaction;
      assert.ok(tx, 'the store hands the backend its transaction');
      const { partnerAccountId } = context.actor;
      // Long enough that concurrent duplicates really overlap.
      await tx.query('SELECT pg_sleep(0.02)');
      if (input.paymentMethodId === 'pm_declined') {
        await tx.query(
          'INSERT INTO attempts (partner_account_id, key, outcome) VALUES ($1, $2, $3)',
          [partnerAccountId, context.idempotencyKey, 'declined'],
        );
        return { failed: true };
      }
      if (input.paymentMethodId === 'pm_crash') throw new Error('the payment provider crashed');
      const charge = await tx.query(
        'INSERT INTO charges (partner_account_id, key, amount) VALUES ($1, $2, $3) RETURNING id',
        [partnerAccountId, context.idempotencyKey, input.amount.amount],
      );
      const balance = await tx.query(
        `INSERT INTO balances (partner_account_id, currency, amount) VALUES ($1, $2, $3)
         ON CONFLICT (partner_account_id, currency) DO UPDATE SET amount = balances.amount + $3
         RETURNING amount`,
        [partnerAccountId, input.amount.currency, input.amount.amount],
      );
      const money = { amount: Number(balance.rows[0].amount), currency: input.amount.currency };
      const updatedAt = new Date().toISOString();
      await live.publishIn(tx, partnerAccountId, {
        resource: 'balances',
        data: [{ money, updatedAt }],
      });
      return {
        id: `tu_${charge.rows[0].id}`,
        status: 'succeeded',
        amount: input.amount,
        balance: { money, updatedAt },
      };
    },
  };

  /** What the handler does for `POST /top-ups` with an Idempotency-Key. */
  async function topUp(who, key, input) {
    return idempotency.run(
      {
        scope: {
          partnerAccountId: who.partnerAccountId,
          userId: who.user.id,
          method: 'topUp',
          key,
        },
        fingerprint: fingerprintOf('topUp', input),
        ttlMs: options.ttlMs ?? DAY,
      },
      async (transaction) => {
        const result = await backend.topUp(input, {
          actor: who,
          signal: new AbortController().signal,
          idempotencyKey: key,
          transaction,
          request: new Request('http://instance.test/api/v1/top-ups', { method: 'POST' }),
        });
        if (result.failed)
          return { response: { status: 200, body: { status: 'failed' } }, keep: false };
        return { response: { status: 200, body: result }, keep: true };
      },
    );
  }

  const instance = {
    pool,
    idempotency,
    live,
    topUp,
    async close() {
      await live.close();
      await pool.end();
    },
  };
  instances.push(instance);
  return instance;
}

async function sql(text, params) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

const EUR = (amount) => ({ amount, currency: 'EUR' });

before(
  async () => {
    server = await startTemporaryPostgres();
    stores = await importBundled('src/server/stores/postgres.ts');
    await sql(`
      CREATE TABLE balances (partner_account_id text, currency text, amount bigint NOT NULL,
                             PRIMARY KEY (partner_account_id, currency));
      CREATE TABLE charges (id serial PRIMARY KEY, partner_account_id text, key text, amount bigint);
      CREATE TABLE attempts (id serial PRIMARY KEY, partner_account_id text, key text, outcome text);
    `);
  },
  // A fresh machine installs PostgreSQL first (about a minute).
  { timeout: 300_000 },
);

after(async () => {
  for (const instance of instances) await instance.close().catch(() => undefined);
  await server?.stop();
});

describe('PostgreSQL: two instances, one database', { timeout: 120_000 }, () => {
  it('concurrent top-ups with shared keys through both instances charge once per key, with one answer', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    await sql('DELETE FROM charges');
    const keys = Array.from({ length: 15 }, () => randomUUID());
    const calls = keys.flatMap((key, i) => {
      const input = { amount: EUR(1000 + i), paymentMethodId: 'pm_visa' };
      // Two through each instance, all at once.
      return [a, b, a, b].map((instance) =>
        instance.topUp(actor(), key, input).then((o) => ({ key, o })),
      );
    });
    const outcomes = await Promise.all(calls);

    const charges = (await sql('SELECT key, amount FROM charges')).rows;
    assert.equal(charges.length, keys.length, 'exactly one charge per key');
    assert.deepEqual(new Set(charges.map((c) => c.key)), new Set(keys));
    for (const key of keys) {
      const mine = outcomes.filter((x) => x.key === key).map((x) => x.o);
      assert.equal(mine.filter((o) => o.kind === 'executed').length, 1, 'one run per key');
      assert.equal(mine.filter((o) => o.kind === 'replayed').length, 3);
      for (const o of mine)
        assert.deepEqual(o.response, mine[0].response, 'the same answer from either');
    }
    const balance = (
      await sql('SELECT amount FROM balances WHERE partner_account_id = $1', [ACCOUNT])
    ).rows[0];
    const expected = keys.reduce((sum, _k, i) => sum + 1000 + i, 0);
    assert.ok(Number(balance.amount) >= expected);
  });

  it('the same key with another body is a conflict on the other instance; keys are per user', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const key = randomUUID();
    const first = await a.topUp(actor(), key, { amount: EUR(500), paymentMethodId: 'pm_visa' });
    assert.equal(first.kind, 'executed');
    const other = await b.topUp(actor(), key, { amount: EUR(501), paymentMethodId: 'pm_visa' });
    assert.deepEqual(other, { kind: 'conflict' });
    const anotherUser = await b.topUp(actor('usr_priya'), key, {
      amount: EUR(501),
      paymentMethodId: 'pm_visa',
    });
    assert.equal(anotherUser.kind, 'executed');
  });

  it('a run that throws rolls back its claim and its change; the retry runs on the other instance', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const key = randomUUID();
    const input = { amount: EUR(700), paymentMethodId: 'pm_crash' };
    await assert.rejects(a.topUp(actor(), key, input), /crashed/);
    assert.equal(
      (await sql('SELECT count(*) FROM charges WHERE key = $1', [key])).rows[0].count,
      '0',
    );
    const retry = await b.topUp(actor(), key, { amount: EUR(700), paymentMethodId: 'pm_visa' });
    assert.equal(retry.kind, 'executed');
  });

  it('a declined payment keeps its record but not the key', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const key = randomUUID();
    const declined = await a.topUp(actor(), key, {
      amount: EUR(900),
      paymentMethodId: 'pm_declined',
    });
    assert.equal(declined.kind, 'executed');
    assert.equal(declined.response.body.status, 'failed');
    assert.equal(
      (await sql('SELECT count(*) FROM attempts WHERE key = $1', [key])).rows[0].count,
      '1',
    );
    const paid = await b.topUp(actor(), key, { amount: EUR(900), paymentMethodId: 'pm_visa' });
    assert.equal(paid.kind, 'executed');
    assert.equal(paid.response.body.status, 'succeeded');
  });

  it('a duplicate waits for the running first one, and answers in_progress past its wait', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url, { idempotency: { waitMs: 200 } });
    const key = randomUUID();
    const input = { amount: EUR(100), paymentMethodId: 'pm_visa' };
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    const first = a.idempotency.run(
      {
        scope: { partnerAccountId: ACCOUNT, userId: 'usr_lena', method: 'topUp', key },
        fingerprint: fingerprintOf('topUp', input),
        ttlMs: DAY,
      },
      async () => {
        await gate;
        return { response: { status: 200, body: { ok: 1 } }, keep: true };
      },
    );
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    assert.deepEqual(await b.topUp(actor(), key, input), { kind: 'in_progress' });
    assert.ok(Date.now() - started >= 150, 'it waited for the first run');
    release();
    assert.equal((await first).kind, 'executed');
    assert.deepEqual(await b.topUp(actor(), key, input), {
      kind: 'replayed',
      response: { status: 200, body: { ok: 1 } },
    });
  });

  it('an expired record frees its key', async () => {
    const a = startInstance(server.url, { ttlMs: 50 });
    const key = randomUUID();
    const input = { amount: EUR(10), paymentMethodId: 'pm_visa' };
    assert.equal((await a.topUp(actor(), key, input)).kind, 'executed');
    await new Promise((r) => setTimeout(r, 120));
    assert.equal((await a.topUp(actor(), key, input)).kind, 'executed');
    assert.equal(
      (await sql('SELECT count(*) FROM charges WHERE key = $1', [key])).rows[0].count,
      '2',
    );
  });

  it('a change made through one instance reaches a subscriber of the other, after commit only', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const received = [];
    const elsewhere = [];
    const unsubscribe = await b.live.subscribe(ACCOUNT, (event) => received.push(event));
    await b.live.subscribe(OTHER_ACCOUNT, (event) => elsewhere.push(event));

    // A rolled-back charge publishes nothing.
    await assert.rejects(
      a.topUp(actor(), randomUUID(), { amount: EUR(5), paymentMethodId: 'pm_crash' }),
    );
    const result = await a.topUp(actor(), randomUUID(), {
      amount: EUR(2500),
      paymentMethodId: 'pm_visa',
    });
    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.equal(received.length, 1);
    assert.equal(received[0].resource, 'balances');
    assert.deepEqual(received[0].data[0].money, result.response.body.balance.money);

    // Published directly (outside a transaction) from A as well.
    await a.live.publish(ACCOUNT, { resource: 'invoices' });
    while (received.length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(received[1], { resource: 'invoices' });
    assert.deepEqual(elsewhere, [], 'events stay in their partner account');

    unsubscribe();
    await a.live.publish(ACCOUNT, { resource: 'plan' });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(received.length, 2, 'nothing after unsubscribing');
  });

  it('an event too large for NOTIFY goes without its data (the subscriber re-reads)', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const received = [];
    await b.live.subscribe(ACCOUNT, (event) => received.push(event));
    const data = Array.from({ length: 200 }, (_, i) => ({
      money: EUR(i),
      updatedAt: new Date(0).toISOString(),
    }));
    await a.live.publish(ACCOUNT, { resource: 'balances', data });
    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(received, [{ resource: 'balances' }]);
  });
});
