// The reference server under hostile requests: every one gets a clean problem+json answer
// (never a reset connection, a 500 or a hang), identities stay apart, and nothing unbounded is
// stored or held open.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { EUR, MEMBER, OWNER, key, server, start, tempDir, topUpBody } from './support.mjs';

const problem = (res, status) => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.type, /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(typeof res.body.detail, 'string');
};

/** Sends `text` on a raw socket; resolves to what came back (until close or `ms`). */
function rawRequest(url, text, { ms = 5000, keepOpen = false } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, ms: Date.now() - started, timedOut: true });
    }, ms);
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (!keepOpen && /\r\n\r\n[\s\S]*\}$/.test(answer)) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ answer, ms: Date.now() - started, timedOut: false });
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, ms: Date.now() - started, timedOut: false });
    });
    socket.on('error', reject);
  });
}

describe('hostile requests', () => {
  let s;
  before(async () => {
    s = await start({ limits: { bodyTimeoutMs: 1000, streamsPerUser: 2 } });
  });
  after(() => s.stop());

  it('a body over the limit is answered 413 problem+json, not a reset connection', async () => {
    for (const size of [100_000, 3_000_000]) {
      const body = JSON.stringify({ ...topUpBody(5_000), pad: 'x'.repeat(size) });
      const res = await s.api.call('POST', '/top-ups', {
        raw: body,
        headers: { 'content-type': 'application/json' },
        idempotencyKey: key(),
      });
      problem(res, 413);
      assert.equal(res.body.code, 'validation');
    }
  });

  it('JSON nested 10,000 deep is a clean 400, never a 500', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const raw = `{"amount":{"amount":5000,"currency":"EUR"},"paymentMethodId":"pm_visa_4242","x":${deep}}`;
    const res = await s.api.call('POST', '/top-ups', {
      raw,
      headers: { 'content-type': 'application/json' },
      idempotencyKey: key(),
    });
    problem(res, 400);
    assert.equal(res.body.code, 'validation');
    assert.ok(res.body.errors.body);
  });

  it('unknown fields are refused by name on every route that takes a body', async () => {
    const before = await s.api.balance();
    const res = await s.api.post('/top-ups', { ...topUpBody(5_000), note: 'hi' });
    problem(res, 422);
    assert.ok(res.body.errors.note, JSON.stringify(res.body));
    const nested = await s.api.post('/top-ups', {
      amount: { ...EUR(5_000), cents: true },
      paymentMethodId: 'pm_visa_4242',
    });
    problem(nested, 422);
    assert.ok(nested.body.errors['amount.cents'], JSON.stringify(nested.body));
    assert.equal(await s.api.balance(), before, 'nothing was charged');
    for (const route of server.ROUTES) {
      if (route.body === undefined || route.body === 'binary') continue;
      const path = route.path.replace(/\{[^}]+\}/g, 'x');
      const answer = await s.api.call(route.http, path, {
        body: { bogusField: 1 },
        idempotencyKey: key(),
      });
      problem(answer, 422);
      assert.ok(answer.body.errors.bogusField, `${route.method}: ${JSON.stringify(answer.body)}`);
    }
    // A route without a body refuses one, and unknown query parameters are named too.
    const bodiless = await s.api.call('POST', '/plan/cancel', {
      body: { now: true },
      idempotencyKey: key(),
    });
    problem(bodiless, 422);
    assert.ok(bodiless.body.errors.now);
    const query = await s.api.get('/balances?currency=EUR');
    problem(query, 422);
    assert.ok(query.body.errors.currency);
  });

  it('a method the runtime cannot carry (TRACE) is a 405, and the server lives on', async () => {
    const send = (line) =>
      rawRequest(s.apiBase, `${line}\r\nHost: x\r\nX-Demo-User: ${OWNER}\r\n\r\n`, { ms: 3000 });
    for (const [target, allow] of [
      ['/api/v1/session', 'GET'],
      ['/api/v1/balances', 'GET'],
      ['/api/v1/top-ups', 'POST'],
      ['/api/v1/__demo/users', 'GET'],
    ]) {
      const { answer } = await send(`TRACE ${target} HTTP/1.1`);
      assert.match(answer, /^HTTP\/1\.1 405/, `TRACE ${target}: ${answer}`);
      assert.match(answer, /application\/problem\+json/);
      assert.match(answer, /"code":"unsupported"/);
      assert.match(answer, new RegExp(`\\r\\nallow: ${allow}\\r\\n`, 'i'), answer);
    }
    // TRACK (node:http answers 400) and CONNECT (node:http closes it) never reach the
    // listener; the server must survive them too.
    await send('TRACK /api/v1/session HTTP/1.1');
    await send('CONNECT /api/v1/session HTTP/1.1');
    await send('CONNECT 127.0.0.1:1 HTTP/1.1');
    const session = await s.api.get('/session');
    assert.equal(session.status, 200, 'the server still answers');
  });

  it('a range of movements spans at most 120 months (422 naming the field), quickly', async () => {
    for (const [query, field] of [
      ['?from=0000-01&to=9999-12', 'from'],
      ['?from=2016-10', 'from'], // to the current month (2026-11): 122 months
      ['?to=9999-12', 'to'], // from the start of the history
    ]) {
      const started = Date.now();
      const res = await s.api.get(`/movements${query}`);
      assert.equal(res.status, 422, `${query}: ${res.status}`);
      problem(res, 422);
      assert.equal(res.body.errors[field], 'Ask for at most 120 months.', JSON.stringify(res.body));
      assert.ok(Date.now() - started < 200, `${query} took ${Date.now() - started} ms`);
    }
    // Ten years exactly, and the whole history (no range), are read as before.
    const ten = await s.api.get('/movements?from=2016-12&to=2026-11');
    assert.equal(ten.status, 200, JSON.stringify(ten.body));
    assert.equal(ten.body.filter((m) => m.fundsAdded.currency === 'EUR').length, 120);
    assert.equal((await s.api.get('/movements')).status, 200);
  });

  it('fields and query parameters named like Object’s own (__proto__, constructor) are named too', async () => {
    const before = await s.api.balance();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const body = await s.api.call('POST', '/top-ups', {
        raw: `{"amount":{"amount":5000,"currency":"EUR"},"paymentMethodId":"pm_visa_4242","${name}":{"a":1}}`,
        headers: { 'content-type': 'application/json' },
        idempotencyKey: key(),
      });
      problem(body, 422);
      assert.ok(
        Object.hasOwn(body.body.errors ?? {}, name),
        `${name}: ${JSON.stringify(body.body)}`,
      );
      const nested = await s.api.call('POST', '/top-ups', {
        raw: `{"amount":{"amount":5000,"currency":"EUR","${name}":1},"paymentMethodId":"pm_visa_4242"}`,
        headers: { 'content-type': 'application/json' },
        idempotencyKey: key(),
      });
      problem(nested, 422);
      assert.ok(
        Object.hasOwn(nested.body.errors ?? {}, `amount.${name}`),
        JSON.stringify(nested.body),
      );
      const query = await s.api.get(`/balances?${name}=1`);
      problem(query, 422);
      assert.ok(
        Object.hasOwn(query.body.errors ?? {}, name),
        `?${name}: ${JSON.stringify(query.body)}`,
      );
    }
    assert.equal(await s.api.balance(), before, 'nothing was charged');
  });

  it('a malformed percent-escape in a path is a 400', async () => {
    problem(await s.api.get('/invoices/%ZZ/pdf'), 400);
    problem(
      await s.api.call('PATCH', '/users/%ZZ', { body: { role: 'owner' }, idempotencyKey: key() }),
      400,
    );
    problem(await s.api.get('/invoices/%E0%A4%A/pdf'), 400);
  });

  it('strings that are not well-formed UTF-16 are refused naming the field', async () => {
    const res = await s.api.call('POST', '/users', {
      raw: '{"email":"lone@example.com","name":"bad \\ud800 name","role":"member"}',
      headers: { 'content-type': 'application/json' },
      idempotencyKey: key(),
    });
    problem(res, 422);
    assert.ok(res.body.errors.name, JSON.stringify(res.body));
    const brand = await s.api.call('PATCH', '/profile', {
      raw: '{"brandName":"\\udfff"}',
      headers: { 'content-type': 'application/json' },
      idempotencyKey: key(),
    });
    problem(brand, 422);
    assert.ok(brand.body.errors.brandName);
    assert.ok(!(await s.api.get('/users')).body.some((u) => u.email === 'lone@example.com'));
  });

  it('no, an empty or a whitespace X-Demo-User is 401, never the first owner', async () => {
    for (const headers of [{}, { 'x-demo-user': '' }, { 'x-demo-user': '   ' }]) {
      const res = await s.api.call('GET', '/session', { user: null, headers });
      problem(res, 401);
      assert.equal(res.body.code, 'unauthorized');
      const change = await s.api.call('POST', '/top-ups', {
        user: null,
        headers,
        body: topUpBody(5_000),
        idempotencyKey: key(),
      });
      problem(change, 401);
    }
    const events = await fetch(`${s.apiBase}/events`);
    assert.equal(events.status, 401);
    await events.body?.cancel();
  });

  it('an idempotency key is scoped to its user: nobody receives another user’s answer', async () => {
    const k = key();
    const owner = await s.api.call('POST', '/partner-accounts/acme-cp/switch', {
      idempotencyKey: k,
    });
    assert.equal(owner.status, 200);
    assert.equal(owner.body.partner.id, 'acme-cp');
    // Priya is a member of acme only: the same key must not hand her Lena's session.
    const member = await s.api.call('POST', '/partner-accounts/acme-cp/switch', {
      user: MEMBER,
      idempotencyKey: k,
    });
    problem(member, 404);
    assert.equal((await s.api.get('/session', { user: MEMBER })).body.partner.id, 'acme');
    await s.api.call('POST', '/partner-accounts/acme/switch', { idempotencyKey: key() });

    // Two owners with the same key and body make two top-ups.
    const before = await s.api.balance();
    const shared = key();
    const lena = await s.api.post('/top-ups', topUpBody(1_100), { idempotencyKey: shared });
    const jonas = await s.api.post('/top-ups', topUpBody(1_100), {
      idempotencyKey: shared,
      user: 'usr_jonas',
    });
    assert.equal(lena.status, 200);
    assert.equal(jonas.status, 200);
    assert.notEqual(lena.body.id, jonas.body.id);
    assert.equal(await s.api.balance(), before + 2_200);
  });

  it('an invited user who has not accepted is refused everything (403)', async () => {
    const invited = 'usr_sofia';
    for (const [method, path, body] of [
      ['GET', '/session'],
      ['GET', '/balances'],
      ['GET', '/payment-methods'],
      ['POST', '/top-ups', topUpBody(5_000)],
    ]) {
      const res = await s.api.call(method, path, { user: invited, body, idempotencyKey: key() });
      problem(res, 403);
      assert.equal(res.body.code, 'forbidden');
    }
  });

  it('every string field has a length cap: 60 KB names are refused', async () => {
    const res = await s.api.post('/users', {
      email: 'long@example.com',
      name: 'n'.repeat(60_000),
      role: 'member',
    });
    problem(res, 422);
    assert.ok(res.body.errors.name);
    const brand = await s.api.call('PATCH', '/profile', {
      body: { brandName: 'b'.repeat(5_000) },
      idempotencyKey: key(),
    });
    problem(brand, 422);
    assert.ok(brand.body.errors.brandName);
    const query = await s.api.get(`/whatsapp-accounts?query=${'q'.repeat(5_000)}`);
    problem(query, 422);
    assert.ok(query.body.errors.query);
    const longKey = await s.api.post('/top-ups', topUpBody(5_000), {
      idempotencyKey: 'k'.repeat(300),
    });
    problem(longKey, 422);
  });

  it('an unfinished body is answered 408 within the body timeout', async () => {
    const { answer, ms } = await rawRequest(
      s.apiBase,
      `POST /api/v1/top-ups HTTP/1.1\r\nHost: x\r\nX-Demo-User: ${OWNER}\r\n` +
        `Idempotency-Key: ${key()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"amo`,
      { ms: 6000 },
    );
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.match(answer, /application\/problem\+json/);
    assert.ok(ms < 4000, `answered after ${ms} ms`);
  });

  it('headers that never finish are answered 408 within seconds (not 300 s)', async () => {
    const { answer, ms, timedOut } = await rawRequest(
      s.apiBase,
      `GET /api/v1/session HTTP/1.1\r\nHost: x\r\nX-Demo-User: ${OWNER}\r\n`,
      { ms: 15_000, keepOpen: true },
    );
    assert.equal(timedOut, false, 'the server closed the connection');
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.ok(ms < 13_000, `closed after ${ms} ms`);
  });

  it('event streams are capped per user (429 beyond)', async () => {
    const controllers = [];
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const controller = new AbortController();
        controllers.push(controller);
        const res = await fetch(`${s.apiBase}/events`, {
          signal: controller.signal,
          headers: { 'x-demo-user': MEMBER },
        });
        statuses.push(res.status);
        if (res.status !== 200) await res.text();
      }
      assert.deepEqual(statuses, [200, 200, 429]);
      // Another user has streams of their own.
      const other = new AbortController();
      controllers.push(other);
      const res = await fetch(`${s.apiBase}/events`, {
        signal: other.signal,
        headers: { 'x-demo-user': OWNER },
      });
      assert.equal(res.status, 200);
    } finally {
      for (const c of controllers) c.abort();
    }
  });

  it('the limits have sensible defaults', () => {
    const limits = server.DEFAULT_LIMITS;
    assert.ok(limits.bodyTimeoutMs <= 15_000);
    assert.ok(limits.jsonBodyBytes <= 1_000_000);
    assert.ok(limits.streamsPerUser >= 1 && limits.streamsPerUser <= 10);
  });
});

describe('the reference server’s queue', () => {
  it('skips a read whose client went away while it waited, without reporting an error', async () => {
    const dataDir = tempDir();
    const hub = new server.ServerHub({ dataDir, usageSpeed: 0 });
    const unexpected = [];
    const handler = server.createPartnerHubHandler({
      authenticate: server.demoAuthenticate(hub),
      backend: hub.backend,
      stores: { idempotency: hub.idempotency },
      onError: (error) => unexpected.push(error),
    });
    try {
      let release;
      const busy = hub.exclusive(() => new Promise((resolve) => (release = resolve)));
      const controller = new AbortController();
      const answer = handler(
        new Request('http://hub.test/api/v1/balances', {
          headers: { 'x-demo-user': OWNER },
          signal: controller.signal,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 20)); // queued behind the busy one
      controller.abort(new DOMException('Client gone', 'AbortError'));
      release();
      await busy;
      const res = await answer;
      assert.equal(res.status, 499);
      assert.deepEqual(unexpected, [], 'nothing was reported as unexpected');
    } finally {
      hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
