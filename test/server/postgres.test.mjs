// Several instances on one PostgreSQL: a real server (started here; installed with apt-get
// when missing, see scripts/postgres.mjs), two server handler instances each with its own
// connection pool, PostgreSQL idempotency store and live fan-out, and a backend whose charge
// runs in the idempotency store's transaction. Concurrent top-ups with shared keys through both instances charge once
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
const USERS = { usr_lena: 'owner', usr_priya: 'owner' };
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

  /** The store-level call the handler makes for `POST /top-ups` (for the store's own checks). */
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

  backend.getBalances = async (context) => {
    const rows = await pool.query(
      'SELECT currency, amount FROM balances WHERE partner_account_id = $1 ORDER BY currency',
      [context.actor.partnerAccountId],
    );
    return rows.rows.map((r) => ({
      money: { amount: Number(r.amount), currency: r.currency },
      updatedAt: new Date().toISOString(),
    }));
  };

  // The real server handler; the demo-free identity: a test header naming the user.
  const handler = stores.createPartnerHubHandler({
    authenticate: (request) => {
      const id = request.headers.get('x-test-user');
      const account = request.headers.get('x-test-account') ?? ACCOUNT;
      return id && USERS[id]
        ? { partnerAccountId: account, user: { id, role: USERS[id], status: 'active' } }
        : null;
    },
    backend: {
      getBalances: backend.getBalances,
      topUp: async (input, context) => {
        const result = await backend.topUp(input, context);
        return result.failed
          ? {
              id: `tu_failed_${context.idempotencyKey}`,
              status: 'failed',
              amount: input.amount,
              balance: (await backend.getBalances(context))[0] ?? {
                money: EUR(0),
                updatedAt: new Date().toISOString(),
              },
              reasonCode: 'card_declined',
            }
          : result;
      },
    },
    stores: { idempotency, live },
    onError: () => undefined,
  });

  /** `POST /api/v1/top-ups` through this instance's handler. */
  async function post(key, input, user = 'usr_lena') {
    const response = await handler(
      new Request('http://instance.test/api/v1/top-ups', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          'x-test-user': user,
        },
        body: JSON.stringify(input),
      }),
    );
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed') === 'true',
      body: await response.json(),
    };
  }

  /** Opens `GET /api/v1/events` on this instance; `next()` resolves with each event's data. */
  async function events(account = ACCOUNT) {
    const abort = new AbortController();
    const response = await handler(
      new Request('http://instance.test/api/v1/events', {
        headers: { 'x-test-user': 'usr_lena', 'x-test-account': account },
        signal: abort.signal,
      }),
    );
    assert.equal(response.status, 200);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    return {
      async next(timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message
              .split('\n')
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('\n');
            if (data) return JSON.parse(data);
            continue;
          }
          const left = deadline - Date.now();
          if (left <= 0) return undefined;
          const chunk = await Promise.race([
            reader.read(),
            new Promise((r) => setTimeout(() => r({ timeout: true }), left)),
          ]);
          if (chunk.timeout || chunk.done) return undefined;
          buffer += chunk.value;
        }
      },
      close() {
        abort.abort();
        reader.cancel().catch(() => undefined);
      },
    };
  }

  const instance = {
    pool,
    idempotency,
    live,
    topUp,
    post,
    events,
    async close() {
      handler.close();
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
    stores = await importBundled(['src/server/index.ts', 'src/server/stores/postgres.ts']);
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
  it('concurrent top-ups with shared keys through both handler instances charge once per key, with one answer', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    await sql('DELETE FROM charges');
    const before = await sql(
      'SELECT coalesce(sum(amount), 0) AS s FROM balances WHERE partner_account_id = $1',
      [ACCOUNT],
    );
    const keys = Array.from({ length: 15 }, () => randomUUID());
    const calls = keys.flatMap((key, i) => {
      const input = { amount: EUR(1000 + i), paymentMethodId: 'pm_visa' };
      // Two through each instance, all at once.
      return [a, b, a, b].map((instance) => instance.post(key, input).then((r) => ({ key, r })));
    });
    const answers = await Promise.all(calls);

    const charges = (await sql('SELECT key, amount FROM charges')).rows;
    assert.equal(charges.length, keys.length, 'exactly one charge per key');
    assert.deepEqual(new Set(charges.map((c) => c.key)), new Set(keys));
    for (const key of keys) {
      const mine = answers.filter((x) => x.key === key).map((x) => x.r);
      assert.ok(
        mine.every((r) => r.status === 200),
        JSON.stringify(mine.map((r) => r.body)),
      );
      assert.equal(mine.filter((r) => !r.replayed).length, 1, 'one run per key');
      for (const r of mine) assert.deepEqual(r.body, mine[0].body, 'the same answer from either');
      assert.equal(mine[0].body.status, 'succeeded');
    }
    const after = await sql('SELECT sum(amount) AS s FROM balances WHERE partner_account_id = $1', [
      ACCOUNT,
    ]);
    const added = keys.reduce((sum, _k, i) => sum + 1000 + i, 0);
    assert.equal(
      Number(after.rows[0].s) - Number(before.rows[0].s),
      added,
      'the balance grew by each amount once',
    );
  });

  it('the handler refuses a request without identity (401) on either instance', async () => {
    const a = startInstance(server.url);
    const response = await a.post(
      randomUUID(),
      { amount: EUR(1), paymentMethodId: 'pm_visa' },
      'nobody',
    );
    assert.equal(response.status, 401);
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
    let running;
    const gate = new Promise((resolve) => (release = resolve));
    // The first run's work starts once it holds its claim: wait for that, not for a fixed time.
    const claimed = new Promise((resolve) => (running = resolve));
    const first = a.idempotency.run(
      {
        scope: { partnerAccountId: ACCOUNT, userId: 'usr_lena', method: 'topUp', key },
        fingerprint: fingerprintOf('topUp', input),
        ttlMs: DAY,
      },
      async () => {
        running();
        await gate;
        return { response: { status: 200, body: { ok: 1 } }, keep: true };
      },
    );
    await claimed;
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

  it('a change made through one instance reaches an event stream of the other, after commit only', async () => {
    const a = startInstance(server.url);
    const b = startInstance(server.url);
    const stream = await b.events();
    const elsewhere = await b.events(OTHER_ACCOUNT);
    const first = await stream.next();
    assert.equal(first?.resource, 'balances', 'the stream starts with the balances');

    // A change that rolls back publishes nothing.
    await assert.rejects(
      a.topUp(actor(), randomUUID(), { amount: EUR(5), paymentMethodId: 'pm_crash' }),
    );
    const paid = await a.post(randomUUID(), { amount: EUR(2500), paymentMethodId: 'pm_visa' });
    assert.equal(paid.status, 200);
    const event = await stream.next();
    assert.equal(event?.resource, 'balances');
    assert.deepEqual(event.data[0].money, paid.body.balance.money);

    // Published directly (outside a transaction) through A as well.
    await a.live.publish(ACCOUNT, { resource: 'invoices' });
    assert.deepEqual(await stream.next(), { resource: 'invoices' });
    const other = await elsewhere.next(300);
    assert.ok(
      other === undefined || (other.resource === 'balances' && other.data.length === 0),
      'events stay in their partner account',
    );
    assert.equal(await elsewhere.next(300), undefined);
    stream.close();
    elsewhere.close();
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

describe('PostgreSQL live fan-out when listening fails', () => {
  /** A pool shaped like pg's: NOTIFY reaches every client that LISTENs; `fail` breaks a step. */
  function fakePool() {
    const clients = new Set();
    const pool = {
      fail: undefined,
      async connect() {
        if (pool.fail === 'connect') throw new Error('no connection');
        const handlers = { notification: new Set(), error: new Set() };
        const client = {
          listening: false,
          on: (event, fn) => handlers[event]?.add(fn),
          removeListener: (event, fn) => handlers[event]?.delete(fn),
          release: () => clients.delete(client),
          notify: (message) => handlers.notification.forEach((fn) => fn(message)),
          async query(text) {
            if (text.startsWith('LISTEN')) {
              if (pool.fail === 'listen') throw new Error('LISTEN refused');
              client.listening = true;
            }
            return { rows: [] };
          },
        };
        clients.add(client);
        return client;
      },
      async query(_text, [channel, payload]) {
        for (const client of clients) {
          if (client.listening) client.notify({ channel, payload });
        }
        return { rows: [] };
      },
    };
    return pool;
  }

  it('leaves no listener behind when LISTEN or the connection fails, and listens on the next subscribe', async () => {
    for (const step of ['listen', 'connect']) {
      const pool = fakePool();
      const live = stores.createPostgresLiveFanout({
        pool,
        reconnectMs: 5,
        onError: () => undefined,
      });
      const refused = [];
      pool.fail = step;
      await assert.rejects(live.subscribe('pa_1', (event) => refused.push(event)));
      pool.fail = undefined;
      await new Promise((resolve) => setTimeout(resolve, 30)); // past any reconnect
      const received = [];
      const unsubscribe = await live.subscribe('pa_1', (event) => received.push(event));
      await live.publish('pa_1', { resource: 'invoices' });
      assert.deepEqual(received, [{ resource: 'invoices' }], step);
      assert.deepEqual(refused, [], `${step}: the refused subscriber receives nothing`);
      unsubscribe();
      await live.close();
    }
  });
});
