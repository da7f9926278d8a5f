// The 360dialog backend against the simulated Partner API v2: exact money from decimal
// answers, the balance endpoint's rate limit, offset paging mapped onto cursors, filters and
// sort, profile and integration settings, upstream errors and malformed answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importBundled } from './360dialog-support.mjs';

const lib = await importBundled('src/server/360dialog/index.ts');
const {
  create360dialogBackend,
  createSimulated360dialogApi,
  decimalToMoney,
  parseJsonKeepingNumbers,
} = lib;

const API_KEY = 'test-partner-key-1234567890';
const PARTNER = 'examplePA';
// What the server handler passes after a method's arguments (its CallContext).
const actor = { partnerAccountId: PARTNER, user: { id: 'usr_1', role: 'owner', status: 'active' } };
const request = new Request('https://portal.example/api/v1/anything');
const read = { actor, signal: new AbortController().signal, request };
const write = (key = `k-${Math.random()}`) => ({ ...read, idempotencyKey: key });

function setup(apiOptions = {}, backendOptions = {}) {
  let clock = Date.UTC(2026, 11, 1, 9, 0, 0);
  const now = () => clock;
  const api = createSimulated360dialogApi({
    apiKey: API_KEY,
    partnerId: PARTNER,
    now,
    ...apiOptions,
  });
  const backend = create360dialogBackend({
    apiKey: API_KEY,
    partnerId: PARTNER,
    baseUrl: 'https://hub.example/api/v2',
    fetch: api.fetch,
    now,
    ...backendOptions,
  });
  return { api, backend, advance: (ms) => (clock += ms) };
}

async function rejects(promise, code) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.name, 'AdapterError', `expected an AdapterError, got ${error}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

describe('360dialog backend: balances', () => {
  it('reads {"total": 100.45, "currency": "eur"} as 10045 EUR minor units, with the key in X-API-Key', async () => {
    const { api, backend } = setup({ balances: [{ total: '100.45', currency: 'eur' }] });
    const balances = await backend.getBalances(read);
    assert.deepEqual(
      balances.map((b) => b.money),
      [{ amount: 10045, currency: 'EUR' }],
    );
    assert.ok(!Number.isNaN(Date.parse(balances[0].updatedAt)));
    const [request] = api.requests;
    assert.equal(request.path, `/api/v2/partners/${PARTNER}/balance`);
    assert.equal(request.apiKey, API_KEY);
    assert.ok(!JSON.stringify(balances).includes(API_KEY));
  });

  it('converts decimal edge cases exactly, in several currencies at once', async () => {
    const { backend } = setup({
      balances: [
        { total: '0.30000000000000004', currency: 'eur' },
        { total: '19.99', currency: 'usd' },
        { total: '19.989999999999998', currency: 'gbp' },
        { total: '1500', currency: 'jpy' },
        { total: '1.2345', currency: 'kwd' },
        { total: '-5.5', currency: 'brl' },
        { total: '1.0045e2', currency: 'chf' },
      ],
    });
    const money = (await backend.getBalances(read)).map((b) => b.money);
    assert.deepEqual(money, [
      { amount: 30, currency: 'EUR' },
      { amount: 1999, currency: 'USD' },
      { amount: 1999, currency: 'GBP' },
      { amount: 1500, currency: 'JPY' },
      { amount: 1235, currency: 'KWD' },
      { amount: -550, currency: 'BRL' },
      { amount: 10045, currency: 'CHF' },
    ]);
  });

  it('rounds in decimal, never through floats', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point; the text 1.005 is exactly 100.5 cents.
    assert.equal(decimalToMoney('1.005', 'EUR').amount, 101);
    assert.equal(decimalToMoney('0.1', 'EUR').amount, 10);
    assert.equal(decimalToMoney('0.004', 'EUR').amount, 0);
    assert.ok(Object.is(decimalToMoney('-0.004', 'EUR').amount, 0));
    assert.equal(decimalToMoney('12345678901.23', 'EUR').amount, 1234567890123);
    assert.equal(decimalToMoney('1500.4', 'JPY').amount, 1500);
    assert.equal(decimalToMoney('1500.5', 'JPY').amount, 1501);
    assert.equal(decimalToMoney('2.5e-3', 'KWD').amount, 3);
    assert.throws(() => decimalToMoney('99999999999999999', 'EUR'), /MAX_SAFE_INTEGER/);
    assert.throws(() => decimalToMoney('1', 'XYZ'), /Unknown currency/);
  });

  it('keeps every number of an answer as the text it was sent as', () => {
    const value = parseJsonKeepingNumbers('{"a": [0.1, -2E+3, 1e-7], "b": "x\\u00e9", "c": null}');
    assert.deepEqual(
      value.a.map((n) => n.text),
      ['0.1', '-2E+3', '1e-7'],
    );
    assert.equal(value.b, 'xé');
    assert.equal(value.c, null);
    for (const bad of ['{', '[1,]', '01', '{"a":1}x', "{'a':1}", 'NaN']) {
      assert.throws(() => parseJsonKeepingNumbers(bad), /Not JSON/, bad);
    }
  });

  it('refuses malformed balance answers with invalid_response naming the field', async () => {
    const cases = [
      ['not json', undefined],
      ['[{"total": true, "currency": "eur"}]', '0.total'],
      ['[{"total": 1.5}]', '0.currency'],
      ['[{"total": 1.5, "currency": "xyz"}]', '0.total'],
      ['[{"total": 1.234, "currency": "eur"}, 7]', '1'],
    ];
    for (const [body, field] of cases) {
      const { api, backend } = setup();
      api.inject('/balance', { status: 200, body });
      const error = await rejects(backend.getBalances(read), 'invalid_response');
      if (field !== undefined) assert.equal(error.field, field, body);
    }
  });

  it('coalesces concurrent reads into one request and caches within the rate limit', async () => {
    const { api, backend, advance } = setup();
    const balanceRequests = () => api.requests.filter((r) => r.path.endsWith('/balance')).length;
    const answers = await Promise.all(Array.from({ length: 25 }, () => backend.getBalances(read)));
    assert.equal(balanceRequests(), 1);
    assert.ok(answers.every((a) => a[0].money.amount === 10045));
    // Readers keep asking every second for two minutes: never more than 5 per 30 s, never a 429.
    const times = [];
    for (let second = 0; second < 120; second++) {
      advance(1000);
      const before = balanceRequests();
      await backend.getBalances(read);
      if (balanceRequests() > before) times.push(second);
    }
    for (const t of times) {
      assert.ok(times.filter((u) => u > t - 30 && u <= t).length <= 5, `over the limit at ${t}`);
    }
    assert.ok(times.length >= 12, `the balance must still refresh (${times.length} reads)`);
  });

  it('when the hub rate-limits the balance anyway, the last answer is served; without one, rate_limited', async () => {
    const { api, backend, advance } = setup();
    api.inject('/balance', { status: 429, headers: { 'retry-after': '30' } });
    const error = await rejects(backend.getBalances(read), 'rate_limited');
    assert.equal(error.retryAfter, 30);
    assert.equal((await backend.getBalances(read))[0].money.amount, 10045);
    advance(10_000);
    api.balances[0].total = '99.99';
    api.inject('/balance', { status: 429, headers: { 'retry-after': '30' } });
    assert.equal((await backend.getBalances(read))[0].money.amount, 10045, 'the last answer');
    advance(10_000);
    assert.equal((await backend.getBalances(read))[0].money.amount, 9999);
  });

  it('a top-up through the host makes the next balance read ask the hub again', async () => {
    const { api, backend, advance } = setup(
      {},
      {
        host: {
          async topUp(input) {
            api.balances[0].total = '200.45';
            return {
              status: 'succeeded',
              balance: { amount: 20045, currency: input.amount.currency },
            };
          },
        },
      },
    );
    assert.equal((await backend.getBalances(read))[0].money.amount, 10045);
    advance(1000);
    assert.equal((await backend.getBalances(read))[0].money.amount, 10045, 'cached');
    await backend.topUp(
      { amount: { amount: 10000, currency: 'EUR' }, paymentMethodId: 'pm_1' },
      write(),
    );
    assert.equal((await backend.getBalances(read))[0].money.amount, 20045);
  });
});

describe('360dialog backend: upstream errors', () => {
  it('waits out a 429 with Retry-After and then succeeds', async () => {
    const { api, backend } = setup();
    api.inject('/channels', { status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const page = await backend.listWhatsAppAccounts({ limit: 5 }, read);
    const waited = Date.now() - started;
    assert.equal(page.items.length, 5);
    assert.ok(waited >= 1000, `retried after ${waited} ms, before the Retry-After second`);
    assert.equal(api.requests.filter((r) => r.path.endsWith('/channels')).length, 2);
  });

  it('passes a long Retry-After on as rate_limited', async () => {
    const { api, backend } = setup();
    api.inject('/channels', { status: 429, headers: { 'retry-after': '120' } });
    const error = await rejects(backend.listWhatsAppAccounts({}, read), 'rate_limited');
    assert.equal(error.retryAfter, 120);
  });

  it('maps 5xx to unavailable, 403 and 404 to their codes; a refused API key is unavailable, never 401', async () => {
    const logged = [];
    const { api, backend } = setup({}, { log: (...args) => logged.push(args.join(' ')) });
    api.inject('/channels', { status: 503, headers: { 'retry-after': '30' } });
    assert.equal(
      (await rejects(backend.listWhatsAppAccounts({}, read), 'unavailable')).retryAfter,
      30,
    );
    api.inject('/channels', { status: 500, body: '<html>oops</html>' });
    await rejects(backend.listWhatsAppAccounts({}, read), 'unavailable');
    api.inject(`/partners/${PARTNER}`, { status: 404 });
    await rejects(backend.getProfile(read), 'not_found');

    // The hub's own words (its developer_message) go to the server's log, not to the browser.
    api.inject(`/partners/${PARTNER}`, {
      status: 404,
      body: JSON.stringify({
        meta: { developer_message: 'Partner row 1234 missing in shard eu-2' },
      }),
    });
    const hidden = await rejects(backend.getProfile(read), 'not_found');
    assert.ok(!hidden.message.includes('shard'), hidden.message);
    assert.ok(
      logged.some((line) => line.includes('shard eu-2')),
      logged.join('\n'),
    );

    // A key the hub refuses is the server's fault, not the user's session: a 401 would make
    // the browser refresh its sign-in and try again.
    const keyLog = [];
    const wrongKey = create360dialogBackend({
      apiKey: 'wrong',
      partnerId: PARTNER,
      fetch: api.fetch,
      log: (...args) => keyLog.push(args.join(' ')),
    });
    const refused = await rejects(wrongKey.getProfile(read), 'unavailable');
    assert.ok(!refused.message.includes('wrong'), 'the key is never echoed');
    assert.ok(!refused.message.includes('Invalid API key'), refused.message);
    assert.ok(
      keyLog.some((line) => /API key/.test(line) && !line.includes('wrong')),
      keyLog.join(),
    );
    const otherPartner = create360dialogBackend({
      apiKey: API_KEY,
      partnerId: 'otherPA',
      fetch: api.fetch,
    });
    await rejects(otherPartner.getProfile(read), 'forbidden');
  });

  it('an unreachable hub is unavailable; a slow one times out as unavailable', async () => {
    const unreachable = create360dialogBackend({
      apiKey: API_KEY,
      partnerId: PARTNER,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await rejects(unreachable.getProfile(read), 'unavailable');
    const { api } = setup({ latencyMs: 500 });
    const slow = create360dialogBackend({
      apiKey: API_KEY,
      partnerId: PARTNER,
      fetch: api.fetch,
      timeoutMs: 50,
    });
    await rejects(slow.getProfile(read), 'unavailable');
  });

  it('refuses malformed channel answers with invalid_response naming the field', async () => {
    const { api, backend } = setup();
    api.inject('/channels', { status: 200, body: '{"total": 1}' });
    assert.equal(
      (await rejects(backend.listWhatsAppAccounts({}, read), 'invalid_response')).field,
      'partner_channels',
    );
    api.inject('/channels', {
      status: 200,
      body: '{"total": 1, "partner_channels": [{"id": "c1", "status": 3, "created_at": "2026-01-01T00:00:00Z"}]}',
    });
    assert.equal(
      (await rejects(backend.listWhatsAppAccounts({}, read), 'invalid_response')).field,
      'partner_channels.0.status',
    );
    api.inject('/channels', {
      status: 200,
      body: '{"total": 1, "partner_channels": [{"id": "c1", "status": "running", "created_at": "yesterday"}]}',
    });
    await rejects(backend.listWhatsAppAccounts({}, read), 'invalid_response');
  });
});

describe('360dialog backend: WhatsApp accounts', () => {
  async function pageThrough(backend, query = {}, onPage = () => {}) {
    const ids = [];
    let cursor = null;
    let pages = 0;
    do {
      const page = await backend.listWhatsAppAccounts({ ...query, cursor, limit: 100 }, read);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
      await onPage(pages);
      assert.ok(pages < 100, 'paging must end');
    } while (cursor);
    return { ids, pages };
  }

  it('pages through 2,500 channels by offset with no row twice or missing', async () => {
    const { api, backend } = setup({ channels: 2500 });
    const { ids, pages } = await pageThrough(backend);
    assert.equal(pages, 25);
    assert.equal(ids.length, 2500);
    assert.equal(new Set(ids).size, 2500);
    const expected = [...api.channels]
      .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
      .map((c) => c.id);
    assert.deepEqual(ids, expected, 'newest first, as the hub sorts -created_at');
    const offsets = api.requests
      .filter((r) => r.path.endsWith('/channels'))
      .map((r) => Number(r.query.offset));
    assert.deepEqual(offsets.slice(0, 3), [0, 99, 199]);
  });

  it('keeps every row exactly once when channels are added while paging', async () => {
    const { api, backend } = setup({ channels: 2500 });
    const original = new Set(api.channels.map((c) => c.id));
    const { ids } = await pageThrough(backend, {}, (page) => {
      // New channels arrive at the top (newest first) between pages.
      if (page % 3 === 0) api.addChannel({ id: `new${page}CH` });
    });
    assert.equal(new Set(ids).size, ids.length, 'no row twice');
    for (const id of original) assert.ok(ids.includes(id), `${id} missing`);
  });

  it('maps channels to accounts with client names and the kit statuses', async () => {
    const { api, backend } = setup({ channels: 30 });
    const page = await backend.listWhatsAppAccounts({ limit: 10 }, read);
    assert.equal(page.total, 30);
    const first = page.items[0];
    const channel = api.channels.find((c) => c.id === first.id);
    const client = api.clients.find((c) => c.id === channel.client_id);
    assert.deepEqual(first, {
      id: channel.id,
      wabaId: channel.waba_account.external_id,
      name: channel.setup_info.phone_name,
      clientName: client.name,
      phoneNumber: channel.setup_info.phone_number,
      status: 'connected',
      createdAt: channel.created_at,
    });
    const byStatus = Object.fromEntries(
      (await backend.listWhatsAppAccounts({ limit: 10 }, read)).items.map((i) => [
        api.channels.find((c) => c.id === i.id).status,
        i.status,
      ]),
    );
    assert.deepEqual(byStatus, {
      running: 'connected',
      ready: 'connected',
      verified: 'connected',
      unverified: 'pending_review',
      created: 'pending_review',
      restricted: 'restricted',
      terminated: 'disconnected',
      pending_deletion: 'disconnected',
    });
  });

  it('sends the status filter and search as JSON filters and sort with - for descending', async () => {
    const { api, backend } = setup({ channels: 200 });
    const { ids } = await pageThrough(backend, { status: 'pending_review' });
    const expected = api.channels.filter((c) =>
      ['created', 'pending', 'unverified'].includes(c.status),
    );
    assert.equal(ids.length, expected.length);
    const request = api.requests.findLast((r) => r.path.endsWith('/channels'));
    assert.deepEqual(JSON.parse(request.query.filters), {
      status: ['created', 'pending', 'unverified'],
    });
    assert.equal(request.query.sort, '-created_at');

    const found = await backend.listWhatsAppAccounts(
      { query: ' Globex 1 line 2 ', limit: 100 },
      read,
    );
    assert.ok(found.items.length > 0);
    assert.ok(found.items.every((i) => i.name.includes('Globex 1 line 2')));
    assert.deepEqual(
      JSON.parse(api.requests.at(-1).query.filters ?? api.requests.at(-2).query.filters),
      {
        q: 'Globex 1 line 2',
      },
    );

    const byName = await pageThrough(backend, { sort: 'name' });
    const names = byName.ids.map(
      (id) => api.channels.find((c) => c.id === id).setup_info.phone_name,
    );
    assert.deepEqual(names, [...names].sort());
    assert.equal(
      api.requests.findLast((r) => r.path.endsWith('/channels')).query.sort,
      'setup_info.phone_name',
    );
    const reversed = await pageThrough(backend, { sort: '-name' });
    assert.deepEqual(reversed.ids, [...byName.ids].reverse(), '-name is name reversed');
    const page = await backend.listWhatsAppAccounts({ limit: 5, sort: 'name' }, read);
    assert.equal(page.sort, 'name', 'the page says which order it applied');
    // The hub cannot order by the kit's statuses: the page says it applied newest first.
    assert.equal(
      (await backend.listWhatsAppAccounts({ limit: 5, sort: 'status' }, read)).sort,
      '-createdAt',
    );
  });

  it('refuses a cursor from another query', async () => {
    const { backend } = setup({ channels: 50 });
    const page = await backend.listWhatsAppAccounts({ limit: 10 }, read);
    await rejects(
      backend.listWhatsAppAccounts(
        { limit: 10, status: 'connected', cursor: page.nextCursor },
        read,
      ),
      'validation',
    );
    await rejects(backend.listWhatsAppAccounts({ cursor: 'garbage' }, read), 'validation');
  });
});

describe('360dialog backend: profile, integration settings and delegation', () => {
  it('reads and updates the brand name, webhook URL and redirect URL', async () => {
    const { api, backend } = setup();
    assert.equal((await backend.getProfile(read)).brandName, 'Acme Messaging');
    const profile = await backend.updateProfile({ brandName: 'Globex Chat' }, write());
    assert.equal(profile.brandName, 'Globex Chat');
    assert.equal(api.partner.brand_name, 'Globex Chat');

    const settings = await backend.getIntegrationSettings(read);
    assert.equal(settings.partnerId, PARTNER);
    assert.equal(settings.webhookUrl, 'https://partner.example/webhooks/360dialog');
    const updated = await backend.updateIntegrationSettings(
      { webhookUrl: 'https://hooks.example/new', redirectUrl: 'https://portal.example/done' },
      write(),
    );
    assert.equal(updated.webhookUrl, 'https://hooks.example/new');
    assert.equal(updated.redirectUrl, 'https://portal.example/done');
    assert.equal(api.partner.partner_redirect_url, 'https://portal.example/done');
    const patch = api.requests.find((r) => r.method === 'PATCH');
    assert.equal(patch.apiKey, API_KEY);
  });

  it('a reader that goes away leaves the shared load of the partner and the clients to the others', async () => {
    const { api, backend, advance } = setup({ latencyMs: 60 });
    const reader = () => {
      const controller = new AbortController();
      return { controller, context: { ...read, signal: controller.signal } };
    };
    // The partner record (profile, settings, session): one load for both readers.
    const gone = reader();
    const staying = reader();
    const first = backend.getProfile(gone.context);
    const second = backend.getProfile(staying.context);
    gone.controller.abort();
    await rejects(first, 'aborted');
    assert.equal((await second).brandName, 'Acme Messaging');
    assert.equal(api.requests.filter((r) => r.path === `/api/v2/partners/${PARTNER}`).length, 1);
    // The client names of the accounts list: likewise.
    const leaving = reader();
    const waiting = reader();
    const page1 = backend.listWhatsAppAccounts({ limit: 5 }, leaving.context);
    const page2 = backend.listWhatsAppAccounts({ limit: 5 }, waiting.context);
    leaving.controller.abort();
    await rejects(page1, 'aborted');
    const page = await page2;
    assert.equal(page.items.length, 5);
    assert.ok(
      page.items.every((a) => a.clientName),
      'client names were read',
    );
    // A reader gone before the load even starts: the load failing later troubles nobody.
    advance(60_000);
    api.inject(`/partners/${PARTNER}`, { status: 503 });
    const early = reader();
    early.controller.abort();
    await rejects(backend.getProfile(early.context), 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 150));
  });

  it('stores a logo only when the file is the image it says, within the rules, naming the logo field', async () => {
    const stored = [];
    const { api, backend } = setup(
      {},
      {
        logoRules: { maxBytes: 100_000, types: ['image/png', 'image/jpeg'], maxWidth: 1000 },
        storeLogo: async (file) => {
          stored.push(file);
          return 'https://cdn.partner.example/logo.png';
        },
      },
    );
    /** A PNG's signature and IHDR chunk declaring `width` × `height`, then some bytes. */
    const png = (width, height) => {
      const bytes = new Uint8Array(64);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      bytes.set(
        [...'IHDR'].map((c) => c.charCodeAt(0)),
        12,
      );
      new DataView(bytes.buffer).setUint32(16, width);
      new DataView(bytes.buffer).setUint32(20, height);
      return bytes;
    };
    for (const [file, words] of [
      [new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }), /image/],
      [new Blob([png(4000, 400)], { type: 'image/png' }), /4000 pixels wide/],
      [new Blob([png(400, 400)], { type: 'image/gif' }), /PNG or JPEG/],
      // A real PNG sent as a JPEG: the bytes say what it is.
      [new Blob([png(400, 400)], { type: 'image/jpeg' }), /not the image it claims/],
      [new Blob([], { type: 'image/png' }), /./],
    ]) {
      const error = await rejects(backend.uploadLogo(file, write()), 'validation');
      assert.deepEqual(Object.keys(error.fieldErrors), ['logo'], error.message);
      assert.match(error.fieldErrors.logo, words);
    }
    assert.equal(stored.length, 0, 'nothing refused was stored');
    const profile = await backend.uploadLogo(
      new Blob([png(400, 200)], { type: 'image/png' }),
      write(),
    );
    assert.equal(profile.logoUrl, 'https://cdn.partner.example/logo.png');
    assert.equal(profile.logoRules.maxWidth, 1000);
    assert.equal(stored.length, 1);
    assert.equal(api.partner.logo_url, 'https://cdn.partner.example/logo.png');
  });

  it('turns the hub refusing a field into field errors in the kit names', async () => {
    const { backend } = setup();
    const error = await rejects(
      backend.updateIntegrationSettings({ webhookUrl: 'http://insecure.example' }, write()),
      'validation',
    );
    assert.deepEqual(Object.keys(error.fieldErrors), ['webhookUrl']);
    const unsupported = await rejects(
      backend.updateIntegrationSettings({ solutionId: '123456789012345' }, write()),
      'validation',
    );
    assert.ok(unsupported.fieldErrors.solutionId);
  });

  it('answers the session from the actor and the partner record', async () => {
    const { backend } = setup(
      {},
      {
        describeUser: async (identity) => {
          assert.equal(identity.user.id, 'usr_1');
          return { email: 'lena@partner.example', name: 'Lena' };
        },
      },
    );
    const before = Date.now();
    const { asOf, ...session } = await backend.getSession(read);
    assert.deepEqual(session, {
      user: { id: 'usr_1', email: 'lena@partner.example', name: 'Lena', role: 'owner' },
      partner: { id: PARTNER, name: 'Acme Messaging' },
      billingMode: 'partner_paid',
    });
    // The server's clock, which the widgets read card expiry by.
    assert.ok(Date.parse(asOf) >= before && Date.parse(asOf) <= Date.now(), asOf);
    const bare = setup().backend;
    assert.deepEqual((await bare.getSession(read)).user, {
      id: 'usr_1',
      email: '',
      name: 'usr_1',
      role: 'owner',
    });
  });

  it('delegates what the partner API lacks to the host, and leaves the rest absent', async () => {
    const host = { listInvoices: async () => ({ items: [], nextCursor: null, total: 0 }) };
    const { backend } = setup({}, { host });
    assert.equal(backend.sources.listInvoices, 'host');
    assert.equal(backend.sources.getBalances, '360dialog');
    assert.deepEqual(await backend.listInvoices({}, read), {
      items: [],
      nextCursor: null,
      total: 0,
    });
    for (const absent of [
      'listPaymentMethods',
      'listUsers',
      'getPlan',
      'getAutoRenewal',
      'topUp',
    ]) {
      assert.equal(backend[absent], undefined, absent);
      assert.equal(backend.sources[absent], undefined, absent);
    }
  });
});
