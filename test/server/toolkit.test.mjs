// partner-hub-elements/server: the handler over a host backend of its own (the memory adapter
// as the engine), under the adapter conformance suite through the http adapter, plus what the
// handler guarantees whatever the backend does: 401 without identity, members refused
// owner-only routes before the backend runs, calls that never answer cut off, one run per
// idempotency key, stalled event-stream clients dropped.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { root } from './support.mjs';

const bundle = join(root, '.cache', 'server', 'kit.mjs');
if (!existsSync(bundle)) throw new Error('Build first: node scripts/build-server.mjs');
const kit = await import(pathToFileURL(bundle).href);

const BASE = 'http://hub.test/api/v1';
const USERS = {
  owner: { id: 'usr_lena', role: 'owner', status: 'active' },
  member: { id: 'usr_priya', role: 'member', status: 'active' },
  invited: { id: 'usr_sofia', role: 'member', status: 'invited' },
};

/** The host's session, in tests: `x-test-user: owner | member | invited` (`x-test-account`). */
const authenticate = (request) => {
  const user = USERS[request.headers.get('x-test-user') ?? ''];
  const partnerAccountId = request.headers.get('x-test-account') ?? 'acme';
  return user ? { partnerAccountId, user } : null;
};

/** A handler over a fresh memory adapter (one partner account), and adapters onto it. */
function memoryHost(options = {}) {
  const memory = kit.createMemoryAdapter({ latency: 0 });
  let role = 'owner';
  const backend = kit.backendFromAdapter((actor) => {
    if (actor.user.role !== role) memory.setRole((role = actor.user.role));
    return memory;
  });
  const handler = kit.createPartnerHubHandler({ authenticate, backend, ...options });
  const adapterAs = (who) =>
    kit.createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => handler(new Request(input, init)),
      getHeaders: () => ({ 'x-test-user': who }),
      eventsUrl: false,
    });
  return { handler, memory, adapterAs };
}

kit.runAdapterConformance({
  name: 'createPartnerHubHandler over a memory backend',
  create: async () => {
    const host = memoryHost();
    return {
      adapter: host.adapterAs('owner'),
      asMember: async () => host.adapterAs('member'),
    };
  },
  // Node has no EventSource (the stream is tested below), and adding a card is the browser's.
  target: { without: ['collectPaymentMethod', 'subscribe'] },
  describe,
  it,
});

const call = (handler, method, path, { user = 'owner', body, key, headers = {} } = {}) =>
  handler(
    new Request(`${BASE}${path}`, {
      method,
      headers: {
        ...(user ? { 'x-test-user': user } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
  );

/** A backend that records what reached it. */
function recording(methods = {}) {
  const calls = [];
  const backend = new Proxy(methods, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      const fn = target[name] ?? (async () => ({}));
      return (...args) => {
        calls.push({ method: name, args });
        return fn(...args);
      };
    },
    has: () => true,
  });
  return { backend, calls };
}

const topUp = { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' };

describe('the handler, whatever the backend', () => {
  it('answers 401 without an identity, before the backend runs', async () => {
    const { backend, calls } = recording();
    const handler = kit.createPartnerHubHandler({ authenticate, backend });
    for (const [method, path, body] of [
      ['GET', '/session'],
      ['GET', '/balances'],
      ['POST', '/top-ups', topUp],
      ['GET', '/events'],
    ]) {
      const res = await call(handler, method, path, { user: null, body, key: 'k1' });
      assert.equal(res.status, 401, `${method} ${path}`);
      assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
      assert.equal((await res.json()).code, 'unauthorized');
    }
    assert.deepEqual(calls, []);
  });

  it('tells the backend the language asked for (Accept-Language), and an adapter behind it too', async () => {
    const { backend, calls } = recording({ getProfile: async () => ({}) });
    const handler = kit.createPartnerHubHandler({ authenticate, backend });
    await call(handler, 'GET', '/profile', { headers: { 'accept-language': 'pt-BR,pt;q=0.9' } });
    await call(handler, 'GET', '/profile', { headers: { 'accept-language': '*' } });
    assert.equal(calls[0].args.at(-1).locale, 'pt-BR');
    assert.equal(calls[1].args.at(-1).locale, undefined);
    const seen = [];
    const adapterBacked = kit.createPartnerHubHandler({
      authenticate,
      backend: kit.backendFromAdapter(() => ({
        getProfile: async (options) => {
          seen.push(options.locale);
          return kit.createMemoryAdapter({ latency: 0 }).getProfile();
        },
      })),
    });
    await call(adapterBacked, 'GET', '/profile', { headers: { 'accept-language': 'de' } });
    assert.deepEqual(seen, ['de']);
  });

  it('refuses a member owner-only routes, and an invited user everything, before anything runs', async () => {
    const { backend, calls } = recording();
    const handler = kit.createPartnerHubHandler({ authenticate, backend });
    for (const [method, path, body] of [
      ['POST', '/top-ups', topUp],
      ['POST', '/top-ups', { nonsense: true }],
      ['GET', '/invoices'],
      ['GET', '/payment-methods'],
      ['POST', '/users', { email: 'x@example.com', role: 'member' }],
      ['PATCH', '/integration', { webhookUrl: 'https://x.example/h' }],
    ]) {
      const res = await call(handler, method, path, { user: 'member', body, key: 'k2' });
      assert.equal(res.status, 403, `${method} ${path}`);
      assert.equal((await res.json()).code, 'forbidden');
    }
    const invited = await call(handler, 'GET', '/session', { user: 'invited' });
    assert.equal(invited.status, 403);
    assert.deepEqual(calls, []);
    const read = await call(handler, 'GET', '/balances', { user: 'member' });
    assert.equal(read.status, 200);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].args.at(-1).actor.user.id, 'usr_priya');
  });

  it('refuses an identity of the wrong shape as a server error, acting for nobody', async () => {
    const { backend, calls } = recording();
    const errors = [];
    const handler = kit.createPartnerHubHandler({
      authenticate: () => ({ partnerAccountId: 'acme', user: { id: 'u1', role: 'admin' } }),
      backend,
      onError: (error) => errors.push(error),
    });
    const res = await call(handler, 'GET', '/balances');
    assert.equal(res.status, 500);
    assert.match(res.headers.get('content-type'), /problem\+json/);
    assert.doesNotMatch(await res.text(), /admin|authenticate/);
    assert.equal(errors.length, 1);
    assert.deepEqual(calls, []);
  });

  it('answers 501 for a method the backend does not offer', async () => {
    const handler = kit.createPartnerHubHandler({ authenticate, backend: {} });
    const res = await call(handler, 'DELETE', '/users/usr_marco', { key: 'k3' });
    assert.equal(res.status, 501);
    assert.equal((await res.json()).code, 'unavailable');
  });

  it('answers a call whose client went away as aborted, never as an unexpected error', async () => {
    const unexpected = [];
    let release;
    const queued = new Promise((resolve) => (release = resolve));
    const handler = kit.createPartnerHubHandler({
      authenticate,
      onError: (error) => unexpected.push(error),
      // A backend that queues its reads, and skips one whose client has gone meanwhile.
      backend: {
        getBalances: async (context) => {
          await queued;
          context.signal.throwIfAborted();
          return [];
        },
      },
    });
    const controller = new AbortController();
    const answer = handler(
      new Request(`${BASE}/balances`, {
        headers: { 'x-test-user': 'owner' },
        signal: controller.signal,
      }),
    );
    controller.abort(new DOMException('Client gone', 'AbortError'));
    release();
    const res = await answer;
    assert.equal(res.status, 499);
    assert.equal((await res.json()).code, 'aborted');
    assert.deepEqual(unexpected, [], 'nothing was reported as unexpected');
  });

  it('cuts off a call that never answers (504), and never runs its key twice', async () => {
    let runs = 0;
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: {
        getBalances: () => new Promise(() => {}),
        topUp: () => {
          runs++;
          return new Promise(() => {});
        },
      },
      limits: { callTimeoutMs: 200 },
    });
    // The first event of a stream waits for the balances no longer than a call may take.
    const stream = await call(handler, 'GET', '/events');
    assert.equal(stream.status, 200);
    await stream.body.cancel();
    // Nor does a session lookup that never answers hold the request.
    const stuck = kit.createPartnerHubHandler({
      authenticate: () => new Promise(() => {}),
      backend: {},
      limits: { callTimeoutMs: 200 },
    });
    assert.equal((await call(stuck, 'GET', '/session')).status, 504);
    const started = Date.now();
    const read = await call(handler, 'GET', '/balances');
    assert.equal(read.status, 504);
    assert.equal((await read.json()).code, 'timeout');
    assert.ok(Date.now() - started < 2000);
    const first = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'hang' });
    assert.equal(first.status, 504);
    // The first run may still complete: a retry with the same key must not start another.
    const retry = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'hang' });
    assert.equal(retry.status, 504);
    assert.equal(runs, 1);
  });

  it('runs concurrent duplicates of one key once, and replays the answer', async () => {
    let runs = 0;
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: {
        topUp: async (input) => {
          runs++;
          await new Promise((r) => setTimeout(r, 50));
          return { id: `tu_${runs}`, status: 'succeeded', amount: input.amount };
        },
      },
    });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(handler, 'POST', '/top-ups', { body: topUp, key: 'same' }),
      ),
    );
    const bodies = await Promise.all(answers.map((r) => r.json()));
    assert.equal(runs, 1);
    assert.ok(bodies.every((b) => b.id === 'tu_1'));
    const conflict = await call(handler, 'POST', '/top-ups', {
      body: { ...topUp, amount: { amount: 5001, currency: 'EUR' } },
      key: 'same',
    });
    assert.equal(conflict.status, 409);
  });

  it('answers a retry of a change still being applied as 503 unavailable with Retry-After: outcome unknown, check again with the same key', async () => {
    // A store whose first run of the key still holds it past its wait, as the PostgreSQL
    // store answers after `waitMs`.
    const store = { run: async () => ({ kind: 'in_progress' }) };
    const { backend, calls } = recording();
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend,
      stores: { idempotency: store },
    });
    const res = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'running' });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '1');
    const problem = await res.json();
    assert.equal(problem.code, 'unavailable', 'not conflict: that reads as "not applied"');
    assert.match(problem.detail, /still being applied/);
    // What the browser's MutationController sees: not a refusal, a wait and a check.
    const adapter = kit.createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => handler(new Request(input, init)),
      getHeaders: () => ({ 'x-test-user': 'owner' }),
      eventsUrl: false,
    });
    const error = await adapter.topUp(topUp, { idempotencyKey: 'running' }).then(
      () => assert.fail('answered as done'),
      (e) => e,
    );
    assert.equal(error.code, 'unavailable');
    assert.equal(error.retryAfter, 1);
    assert.match(error.message, /still being applied/);
    assert.deepEqual(calls, [], 'nothing ran a second time');
  });

  it('says why a change was refused (reasonCode) in the problem body, where the http adapter reads it', async () => {
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: {
        payInvoice: async () => {
          throw new kit.AdapterError('payment_failed', 'Declined by the issuer.', {
            reasonCode: 'insufficient_funds',
          });
        },
        removePaymentMethod: async () => {
          throw new kit.AdapterError('conflict', 'Make another card the default first.', {
            reasonCode: 'default_with_others',
          });
        },
      },
    });
    const res = await call(handler, 'POST', '/invoices/inv_1/pay', {
      body: { paymentMethodId: 'pm_1' },
      key: 'pay',
    });
    assert.equal(res.status, 402);
    const { status, code, detail, reasonCode } = await res.json();
    assert.deepEqual(
      { status, code, detail, reasonCode },
      {
        status: 402,
        code: 'payment_failed',
        detail: 'Declined by the issuer.',
        reasonCode: 'insufficient_funds',
      },
    );
    assert.equal(res.headers.get('x-reason-code'), 'insufficient_funds', 'the header stays');
    const adapter = kit.createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => handler(new Request(input, init)),
      getHeaders: () => ({ 'x-test-user': 'owner' }),
      eventsUrl: false,
    });
    const refused = await adapter.removePaymentMethod('pm_1', { idempotencyKey: 'remove' }).then(
      () => assert.fail('answered as done'),
      (e) => e,
    );
    assert.equal(refused.code, 'conflict');
    assert.equal(refused.reasonCode, 'default_with_others');
    // An error without a reason says none.
    const plain = kit.createPartnerHubHandler({ authenticate, backend: {} });
    const none = await (await call(plain, 'DELETE', '/payment-methods/pm_1', { key: 'k' })).json();
    assert.equal('reasonCode' in none, false);
  });

  it('replays a change retried for the account it was made in (X-Partner-Account) only while the user still belongs there, and never runs one there', async () => {
    let runs = 0;
    let accounts = ['acme', 'beta'];
    const backend = {
      topUp: async (input) => ({ id: `tu_${++runs}`, status: 'succeeded', amount: input.amount }),
      listPartnerAccounts: async () =>
        accounts.map((id) => ({ id, name: id, billingMode: 'partner_paid', current: false })),
    };
    const handler = kit.createPartnerHubHandler({ authenticate, backend });
    // Made in acme; the user then switched to beta (x-test-account is their session's account).
    const send = (key, extra = {}) =>
      call(handler, 'POST', '/top-ups', {
        body: topUp,
        key,
        headers: { 'x-partner-account': 'acme', ...extra },
      });
    const made = await send('k');
    assert.equal(made.status, 200);
    const first = await made.json();
    const inBeta = { 'x-test-account': 'beta' };
    const retry = await send('k', inBeta);
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await retry.json(), first);
    // Another request under the key is still the key's conflict.
    const other = await call(handler, 'POST', '/top-ups', {
      body: { ...topUp, amount: { amount: 1, currency: 'EUR' } },
      key: 'k',
      headers: { 'x-partner-account': 'acme', ...inBeta },
    });
    assert.equal(other.status, 409);
    assert.match((await other.json()).detail, /already used for a different request/);
    // A new change for acme is refused: it is never made in an account the user has left.
    const fresh = await send('new', inBeta);
    assert.equal(fresh.status, 409);
    assert.match((await fresh.json()).detail, /another partner account/);
    // Removed from acme since: nothing of acme is answered any more.
    accounts = ['beta'];
    const removed = await send('k', inBeta);
    assert.equal(removed.status, 409);
    assert.match((await removed.json()).detail, /another partner account/);
    // A backend that cannot say which accounts the user has: refused as before.
    const blind = kit.createPartnerHubHandler({ authenticate, backend: { topUp: backend.topUp } });
    await call(blind, 'POST', '/top-ups', { body: topUp, key: 'b' });
    const unknown = await call(blind, 'POST', '/top-ups', {
      body: topUp,
      key: 'b',
      headers: { 'x-partner-account': 'acme', ...inBeta },
    });
    assert.equal(unknown.status, 409);
    assert.equal(runs, 2, 'one run in acme per handler, none for a retry or a refused change');
  });

  it('replays a kept answer for 24 hours, then runs the key again; a failed payment is not kept', async () => {
    let now = Date.UTC(2026, 0, 1);
    let runs = 0;
    let status = 'succeeded';
    const handler = kit.createPartnerHubHandler({
      authenticate,
      stores: { idempotency: kit.createMemoryIdempotencyStore({ now: () => now }) },
      backend: {
        topUp: async (input) => ({ id: `tu_${++runs}`, status, amount: input.amount }),
      },
    });
    const send = async () => {
      const res = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'day' });
      return { replayed: res.headers.get('idempotent-replayed'), body: await res.json() };
    };
    assert.equal((await send()).body.id, 'tu_1');
    now += 23 * 3_600_000;
    const again = await send();
    assert.equal(again.body.id, 'tu_1');
    assert.equal(again.replayed, 'true');
    now += 2 * 3_600_000;
    assert.equal((await send()).body.id, 'tu_2', 'after 24 hours the key is free again');
    status = 'failed';
    const declined = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'declined' });
    assert.equal((await declined.json()).status, 'failed');
    status = 'succeeded';
    const retry = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'declined' });
    assert.equal((await retry.json()).status, 'succeeded', 'the retry after a decline pays');
    assert.equal(runs, 4);
  });

  it('answers a backend’s PDF link as JSON { url }, which the http adapter reads', async () => {
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: { getInvoicePdf: async () => 'https://cdn.example/inv_1.pdf' },
    });
    const res = await call(handler, 'GET', '/invoices/inv_1/pdf');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { url: 'https://cdn.example/inv_1.pdf' });
    const adapter = kit.createHttpAdapter({
      baseUrl: BASE,
      fetch: (input, init) => handler(new Request(input, init)),
      getHeaders: () => ({ 'x-test-user': 'owner' }),
      eventsUrl: false,
    });
    assert.equal(await adapter.getInvoicePdf('inv_1'), 'https://cdn.example/inv_1.pdf');
  });

  it('says what is wrong with a field in words, whatever zod locale the host loaded', async () => {
    const { backend } = recording();
    const handler = kit.createPartnerHubHandler({ authenticate, backend });
    const errorsOf = async (body, key) =>
      (await (await call(handler, 'POST', '/top-ups', { body, key })).json()).errors;
    const lowercase = await errorsOf({ ...topUp, amount: { amount: 100, currency: 'eur' } }, 'a');
    assert.match(lowercase.amount, /format|ISO|capital/i);
    const huge = await errorsOf({ ...topUp, amount: { amount: 1e300, currency: 'EUR' } }, 'b');
    assert.doesNotMatch(huge.amount, /^Invalid input$/);
    const empty = await errorsOf({ ...topUp, paymentMethodId: '' }, 'c');
    assert.match(empty.paymentMethodId, /at least 1 character/);
    const missing = await errorsOf({ amount: topUp.amount }, 'd');
    assert.equal(missing.paymentMethodId, 'This field is required.');
    for (const errors of [lowercase, huge, empty, missing]) {
      for (const message of Object.values(errors)) assert.notEqual(message, 'Invalid input');
    }
  });

  it('never drops a key’s record before it expires: an account at its share of the store is refused new keys, and a retry replays', async () => {
    let runs = 0;
    const handler = kit.createPartnerHubHandler({
      authenticate,
      stores: {
        idempotency: kit.createMemoryIdempotencyStore({ maxEntries: 10, maxEntriesPerAccount: 3 }),
      },
      backend: {
        topUp: async (input) => ({ id: `tu_${++runs}`, status: 'succeeded', amount: input.amount }),
      },
    });
    const victim = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'victim' });
    assert.equal((await victim.json()).id, 'tu_1');
    // Someone fills the store with fresh keys: beyond its size they are refused, not made room for.
    const flood = [];
    for (let i = 0; i < 5; i++) {
      flood.push(await call(handler, 'POST', '/top-ups', { body: topUp, key: `flood-${i}` }));
    }
    assert.deepEqual(
      flood.map((r) => r.status),
      [200, 200, 429, 429, 429],
    );
    assert.ok(Number(flood[4].headers.get('retry-after')) > 0);
    assert.equal((await flood[4].json()).code, 'rate_limited');
    const retry = await call(handler, 'POST', '/top-ups', { body: topUp, key: 'victim' });
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal((await retry.json()).id, 'tu_1');
    assert.equal(runs, 3, 'the victim charged once, two floods run, three refused');
  });

  it('keeps room for every partner account: one account’s flood never refuses another’s changes', async () => {
    // The default memory store, driven directly (100,000 requests through the handler would
    // take a minute): one account makes changes as fast as it can.
    const store = kit.createMemoryIdempotencyStore();
    const change = (partnerAccountId, key) =>
      store
        .run(
          {
            scope: { partnerAccountId, userId: 'usr_lena', method: 'topUp', key },
            fingerprint: 'f',
            ttlMs: 86_400_000,
          },
          async () => ({ response: { status: 200, body: null }, keep: true }),
        )
        .then(
          () => 200,
          (error) => (error.code === 'rate_limited' ? 429 : 500),
        );
    let kept = 0;
    for (let i = 0; i < 100_000; i++) {
      if ((await change('noisy', `k${i}`)) !== 200) break;
      kept++;
    }
    assert.ok(kept < 100_000 / 2, `one account kept ${kept} records`);
    assert.equal(await change('noisy', 'one-more'), 429, 'the flooding account is at its cap');
    // Every other account's changes go through.
    for (const account of ['quiet', 'other']) assert.equal(await change(account, 'k1'), 200);
  });

  it('holds one account to its share of the memory store, and every account to the whole', async () => {
    const store = kit.createMemoryIdempotencyStore({ maxEntries: 5, maxEntriesPerAccount: 3 });
    const handler = kit.createPartnerHubHandler({
      authenticate,
      stores: { idempotency: store },
      backend: {
        topUp: async (input) => ({ id: 'tu', status: 'succeeded', amount: input.amount }),
      },
    });
    const statuses = async (account, count) => {
      const out = [];
      for (let i = 0; i < count; i++) {
        const res = await call(handler, 'POST', '/top-ups', {
          body: topUp,
          key: `${account}-${i}`,
          headers: { 'x-test-account': account },
        });
        out.push(res.status);
      }
      return out;
    };
    assert.deepEqual(await statuses('a', 4), [200, 200, 200, 429]);
    assert.deepEqual(await statuses('b', 3), [200, 200, 429], 'the whole store holds 5');
    assert.throws(
      () => kit.createMemoryIdempotencyStore({ maxEntries: 5, maxEntriesPerAccount: 5 }),
      /RangeError|maxEntriesPerAccount/,
    );
  });

  it('ends a user’s event stream once they may no longer sign in (removed), sending them nothing more', async () => {
    const live = kit.createMemoryLiveFanout();
    let removed = false;
    const handler = kit.createPartnerHubHandler({
      authenticate: (request) => (removed ? null : authenticate(request)),
      backend: {},
      stores: { live },
      limits: { heartbeatMs: 40 },
    });
    const stream = await call(handler, 'GET', '/events', { user: 'member' });
    assert.equal(stream.status, 200);
    const reader = stream.body.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += decoder.decode(value);
      }
    })();
    await handler.publish('acme', { resource: 'invoices' });
    await new Promise((r) => setTimeout(r, 20));
    assert.match(received, /"resource":"invoices"/);
    removed = true;
    const before = received.length;
    await handler.publish('acme', { resource: 'users' });
    await Promise.race([
      reading,
      new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 2000)),
    ]);
    assert.doesNotMatch(received.slice(before), /"resource":"users"/);
  });

  it('drops an event-stream client that stops reading, and frees its slot', async () => {
    const live = kit.createMemoryLiveFanout();
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: {},
      stores: { live },
      limits: { streamQueue: 8, streamsPerUser: 1, heartbeatMs: 60_000 },
    });
    const stalled = await call(handler, 'GET', '/events');
    assert.equal(stalled.status, 200);
    assert.equal((await call(handler, 'GET', '/events')).status, 429);
    // Nobody reads `stalled.body`: its queue fills, then it is dropped.
    for (let i = 0; i < 20; i++) await handler.publish('acme', { resource: 'invoices' });
    const reader = stalled.body.getReader();
    await assert.rejects(async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
    }, /stopped reading/);
    const again = await call(handler, 'GET', '/events');
    assert.equal(again.status, 200, 'the slot is free again');
    await again.body.cancel();
  });

  it('drops a client that stops reading through node:http too, freeing its stream', async () => {
    const handler = kit.createPartnerHubHandler({
      authenticate,
      backend: {},
      limits: { streamQueue: 4, streamsPerUser: 1, heartbeatMs: 60_000 },
    });
    const server = createServer(kit.toNodeListener(handler));
    const serverSockets = [];
    server.on('connection', (s) => serverSockets.push(s));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    const socket = connect(port, '127.0.0.1', () =>
      socket.write('GET /api/v1/events HTTP/1.1\r\nHost: x\r\nx-test-user: member\r\n\r\n'),
    );
    socket.once('data', () => socket.pause()); // reads the head, then never again
    socket.on('error', () => undefined);
    try {
      await new Promise((r) => setTimeout(r, 200));
      const second = () =>
        fetch(`http://127.0.0.1:${port}/api/v1/events`, {
          headers: { 'x-test-user': 'member' },
        });
      const busy = await second();
      assert.equal(busy.status, 429, 'the stalled stream holds the only slot');
      await busy.text();
      const big = 'x'.repeat(256 * 1024);
      let freed;
      for (let i = 0; i < 400 && !freed; i++) {
        await handler.publish('acme', { resource: 'balances', data: big });
        await new Promise((r) => setTimeout(r, 2));
        if (i % 20 === 19) {
          const res = await second();
          if (res.status === 200) freed = res;
          else await res.text();
        }
      }
      assert.ok(freed, 'the stalled client was dropped and its slot freed');
      await freed.body.cancel();
      // And its connection is cut, not left holding a socket and the queued bytes.
      for (let i = 0; i < 50 && !serverSockets[0].destroyed; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(serverSockets[0].destroyed, 'the stalled connection was closed');
    } finally {
      socket.destroy();
      handler.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('drops a client that stops reading a plain answer through node:http, within the write deadline', async () => {
    const big = new Uint8Array(16 * 1024 * 1024).fill(120);
    const handler = async () => new Response(big, { headers: { 'content-type': 'text/plain' } });
    const server = createServer(kit.toNodeListener(handler, { writeTimeoutMs: 300 }));
    const serverSockets = [];
    server.on('connection', (s) => serverSockets.push(s));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    try {
      // A client that reads the whole answer, however long it takes, gets all of it.
      const whole = await fetch(`http://127.0.0.1:${port}/big`);
      assert.equal((await whole.arrayBuffer()).byteLength, big.byteLength);
      // One that reads the head and then nothing more is cut off, freeing the buffered body.
      const known = serverSockets.length;
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n'),
      );
      socket.once('data', () => socket.pause());
      socket.on('error', () => undefined);
      try {
        while (serverSockets.length === known) await new Promise((r) => setTimeout(r, 5));
        const stalled = serverSockets[known];
        const started = Date.now();
        while (!stalled.destroyed && Date.now() - started < 3_000) {
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.ok(stalled.destroyed, 'the stalled connection was closed');
      } finally {
        socket.destroy();
      }
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('streams events to a reading client through node:http', async () => {
    const live = kit.createMemoryLiveFanout();
    const handler = kit.createPartnerHubHandler({ authenticate, backend: {}, stores: { live } });
    const server = kit.hardenNodeServer(createServer(kit.toNodeListener(handler)));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    try {
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/events`, {
        headers: { 'x-test-user': 'member' },
        signal: controller.signal,
      });
      assert.equal(res.status, 200);
      const reader = res.body.getReader();
      await reader.read(); // retry: line
      await handler.publish('acme', { resource: 'users' });
      let text = '';
      while (!text.includes('"users"'))
        text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      // A request whose body never completes is answered 408 by the handler's deadline.
      const slow = kit.createPartnerHubHandler({
        authenticate,
        backend: { inviteUser: async () => assert.fail('the body never arrived') },
        limits: { bodyTimeoutMs: 300 },
      });
      const slowServer = createServer(kit.toNodeListener(slow));
      await new Promise((r) => slowServer.listen(0, '127.0.0.1', r));
      const answer = await new Promise((resolve) => {
        const socket = connect(slowServer.address().port, '127.0.0.1', () =>
          socket.write(
            'POST /api/v1/users HTTP/1.1\r\nHost: x\r\nx-test-user: owner\r\nidempotency-key: k\r\n' +
              'content-type: application/json\r\ncontent-length: 50\r\n\r\n{"em',
          ),
        );
        let data = '';
        socket.on('data', (c) => (data += c));
        socket.on('close', () => resolve(data));
      });
      slowServer.close();
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      handler.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
