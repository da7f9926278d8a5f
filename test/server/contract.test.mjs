// Every route of the REST contract answers with schema-valid data; bad requests get
// problem+json naming the field; roles; request values reach SQL only as bound parameters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { EUR, MEMBER, OWNER, key, server, start, topUpBody } from './support.mjs';

// A PNG's signature and IHDR chunk: 200 × 80 pixels (the hub reads the size the file declares).
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 200, 0, 0,
  0, 80, 8, 6, 0, 0, 0, 0, 0, 0, 0,
]);

/** A valid call of every adapter method, in an order that keeps each one meaningful. */
const CALLS = {
  getSession: {},
  getBalances: {},
  listDailyUsage: { query: '?days=7' },
  topUp: { body: topUpBody(5_000) },
  quoteTopUp: { body: topUpBody(5_000) },
  getAutoRenewal: {},
  updateAutoRenewal: {
    body: { currency: 'EUR', enabled: true, threshold: EUR(25_000), amount: EUR(100_000) },
  },
  listMovements: { query: '?from=2026-01&to=2026-11' },
  listInvoices: { query: '?limit=5' },
  payInvoice: { params: ['inv_acme_00045'], body: { paymentMethodId: 'pm_visa_4242' } },
  getInvoicePdf: { params: ['inv_acme_00001'] },
  getInvoicingDetails: {},
  updateInvoicingDetails: { body: { billingEmail: 'accounts@acme-messaging.example' } },
  listPaymentMethods: {},
  setDefaultPaymentMethod: { params: ['pm_mc_5454'] },
  removePaymentMethod: { params: ['pm_amex_0005'] },
  getPlan: {},
  quotePlanChange: { query: '?planId=premium' },
  changePlan: { body: { planId: 'premium' } },
  // Refused in the seeded world (channels active, invoices unpaid): see plan.test.mjs.
  cancelPlan: { status: 409 },
  listUsers: {},
  inviteUser: { body: { email: 'new.colleague@acme-messaging.example', role: 'member' } },
  resendInvitation: { params: ['usr_sofia'] },
  revokeInvitation: { params: ['usr_sofia'] },
  updateUserRole: { params: ['usr_marco'], body: { role: 'owner' } },
  removeUser: { params: ['usr_jonas'] },
  getIntegrationSettings: {},
  updateIntegrationSettings: { body: { webhookUrl: 'https://hooks.acme-messaging.example/v2' } },
  sendTestWebhook: {},
  listApiKeys: {},
  createApiKey: { body: { name: 'Staging backend' } },
  revokeApiKey: { params: ['key_prod01'] },
  getProfile: {},
  updateProfile: { body: { brandName: 'Acme Messaging Europe' } },
  uploadLogo: { raw: PNG, type: 'image/png' },
  listWhatsAppAccounts: { query: '?limit=25&status=connected' },
  listPartnerAccounts: {},
  switchPartnerAccount: { params: ['acme'] },
};

function pathOf(route, params = []) {
  let i = 0;
  return route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++]));
}

describe('the REST contract', () => {
  let s;
  before(async () => {
    // A hub that adds a user at once, so every route is one call (team.test.mjs: the codes).
    s = await start({ inviteCodes: false });
  });
  after(() => s.stop());

  it('has a call for every route', () => {
    assert.deepEqual(server.ROUTES.map((r) => r.method).sort(), Object.keys(CALLS).sort());
  });

  for (const [method, call] of Object.entries(CALLS)) {
    it(`${method} answers with schema-valid data`, async () => {
      const route = server.ROUTES.find((r) => r.method === method);
      const headers = call.type ? { 'content-type': call.type } : {};
      const res = await s.api.call(route.http, pathOf(route, call.params) + (call.query ?? ''), {
        body: call.body,
        raw: call.raw,
        headers,
        idempotencyKey: route.mutation ? key() : undefined,
      });
      if (call.status) {
        assert.equal(res.status, call.status, JSON.stringify(res.body));
        assert.match(res.type, /^application\/problem\+json/);
      } else if (route.response === null) {
        assert.equal(res.status, 204);
      } else if (route.response === 'pdf') {
        assert.equal(res.status, 200);
        assert.match(res.type, /^application\/pdf/);
        assert.equal(Buffer.from(res.body.subarray(0, 5)).toString(), '%PDF-');
      } else {
        assert.equal(res.status, 200, JSON.stringify(res.body));
        const parsed = z.safeParse(route.response, res.body);
        assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
      }
    });
  }

  it('applied what the mutations asked for', async () => {
    const upgrade = (await s.api.get('/invoices?type=prorated_upgrade&limit=1')).body.items[0];
    assert.equal(upgrade.status, 'paid');
    assert.deepEqual(upgrade.total, { amount: 9_333, currency: 'EUR' }); // as quoted above
    const plan = await s.api.get('/plan');
    assert.equal(plan.body.current.planId, 'premium');
    assert.equal(plan.body.current.status, 'active'); // the cancellation was refused
    const users = (await s.api.get('/users')).body;
    assert.ok(
      users.some(
        (u) => u.email === 'new.colleague@acme-messaging.example' && u.status === 'invited',
      ),
    );
    assert.ok(!users.some((u) => u.id === 'usr_sofia' || u.id === 'usr_jonas'));
    assert.equal(users.find((u) => u.id === 'usr_marco').role, 'owner');
    const cards = (await s.api.get('/payment-methods')).body;
    assert.equal(cards.find((c) => c.isDefault).id, 'pm_mc_5454');
    assert.ok(!cards.some((c) => c.id === 'pm_amex_0005'));
    const profile = (await s.api.get('/profile')).body;
    assert.match(profile.logoUrl, /^data:image\/png;base64,/);
  });
});

describe('bad requests', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  const problem = (res, status) => {
    assert.equal(res.status, status);
    assert.match(res.type, /^application\/problem\+json/);
    assert.equal(res.body.status, status);
    assert.equal(typeof res.body.title, 'string');
    assert.equal(typeof res.body.type, 'string');
    assert.equal(typeof res.body.detail, 'string');
  };

  it('a fractional amount is a 422 naming amount', async () => {
    const res = await s.api.post('/top-ups', {
      amount: { amount: 12.5, currency: 'EUR' },
      paymentMethodId: 'pm_visa_4242',
    });
    problem(res, 422);
    assert.equal(res.body.code, 'validation');
    assert.equal(typeof res.body.errors.amount, 'string');
  });

  it('a domain rule failure names its field (VAT ID, solution ID, top-up bounds)', async () => {
    let res = await s.api.call('PATCH', '/invoicing-details', {
      body: { vatId: 'DE12' },
      idempotencyKey: key(),
    });
    problem(res, 422);
    assert.ok(res.body.errors.vatId);
    res = await s.api.call('PATCH', '/integration', {
      body: { solutionId: '12ab' },
      idempotencyKey: key(),
    });
    problem(res, 422);
    assert.ok(res.body.errors.solutionId);
    res = await s.api.post('/top-ups', topUpBody(5));
    problem(res, 422);
    assert.ok(res.body.errors.amount);
  });

  it('a logo whose declared pixels break the rules is a 422 naming logo, and keeps the old one', async () => {
    const before = (await s.api.get('/profile')).body.logoUrl;
    const narrow = PNG.slice();
    narrow.set([0, 0, 0, 20], 16); // 20 pixels wide, under the 64 the profile's rules ask for
    const res = await s.api.call('PUT', '/profile/logo', {
      raw: narrow,
      headers: { 'content-type': 'image/png' },
      idempotencyKey: key(),
    });
    problem(res, 422);
    assert.equal(
      res.body.errors.logo,
      'The image is 20 pixels wide; use one at least 64 pixels wide.',
    );
    assert.equal((await s.api.get('/profile')).body.logoUrl, before);
  });

  it('a mutation without Idempotency-Key is a 422 naming idempotencyKey', async () => {
    const res = await s.api.call('POST', '/top-ups', { body: topUpBody(5_000) });
    problem(res, 422);
    assert.ok(res.body.errors.idempotencyKey);
  });

  it('a body that is not JSON is a 400, a bad integer query a 422', async () => {
    let res = await s.api.call('POST', '/top-ups', {
      raw: '{"amount":',
      headers: { 'content-type': 'application/json' },
      idempotencyKey: key(),
    });
    problem(res, 400);
    res = await s.api.get('/invoices?limit=ten');
    problem(res, 422);
    assert.ok(res.body.errors.limit);
  });

  it('unknown resources are 404, wrong methods 405, unknown ids 404', async () => {
    problem(await s.api.get('/nothing-here'), 404);
    const wrong = await s.api.call('DELETE', '/balances');
    problem(wrong, 405);
    assert.equal(wrong.body.code, 'unsupported');
    assert.equal(wrong.headers.get('allow'), 'GET');
    const stream = await s.api.call('POST', '/events');
    problem(stream, 405);
    assert.equal(stream.body.code, 'unsupported');
    assert.equal(stream.headers.get('allow'), 'GET');
    const openapi = await s.api.call('POST', '/openapi.json');
    problem(openapi, 405);
    assert.equal(openapi.headers.get('allow'), 'GET');
    const res = await s.api.post('/invoices/inv_nope/pay', { paymentMethodId: 'pm_visa_4242' });
    problem(res, 404);
    assert.equal(res.body.code, 'not_found');
  });

  it('the last owner cannot be demoted (409)', async () => {
    // Two owners: demoting one works, the other is then the last.
    let res = await s.api.call('PATCH', '/users/usr_jonas', {
      body: { role: 'member' },
      idempotencyKey: key(),
    });
    assert.equal(res.status, 200);
    res = await s.api.call('PATCH', '/users/usr_lena', {
      body: { role: 'member' },
      idempotencyKey: key(),
    });
    problem(res, 409);
    assert.equal(res.body.code, 'conflict');
  });

  it('a refusal names its reason (reasonCode) in the problem body, and in X-Reason-Code', async () => {
    // The default card, with another saved: make that one the default first.
    const res = await s.api.call('DELETE', '/payment-methods/pm_visa_4242', {
      idempotencyKey: key(),
    });
    problem(res, 409);
    assert.equal(res.body.code, 'conflict');
    assert.equal(res.body.reasonCode, 'default_with_others');
    assert.equal(res.headers.get('x-reason-code'), 'default_with_others');
    const cards = (await s.api.get('/payment-methods')).body;
    assert.ok(cards.some((c) => c.id === 'pm_visa_4242' && c.isDefault));
  });

  it('a client-paid account answers 503 unavailable for balances', async () => {
    await s.api.post('/partner-accounts/acme-cp/switch', undefined);
    const res = await s.api.get('/balances');
    problem(res, 503);
    assert.equal(res.body.code, 'unavailable');
    assert.equal((await s.api.get('/session')).body.billingMode, 'client_paid');
    await s.api.post('/partner-accounts/acme/switch', undefined);
    assert.equal((await s.api.get('/balances')).status, 200);
  });
});

describe('roles', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('route.ownerOnly agrees with permissions.isAllowed for members', () => {
    for (const route of server.ROUTES) {
      assert.equal(route.ownerOnly, !server.isAllowed('member', route.method), route.method);
    }
  });

  it('the acting user comes from X-Demo-User; naming nobody is 401', async () => {
    assert.equal((await s.api.get('/session', { user: null })).status, 401);
    assert.equal((await s.api.get('/session')).body.user.id, OWNER);
    const member = await s.api.get('/session', { user: MEMBER });
    assert.equal(member.body.user.role, 'member');
    const stranger = await s.api.get('/session', { user: 'usr_nobody' });
    assert.equal(stranger.status, 401);
    assert.equal(stranger.body.code, 'unauthorized');
  });

  it('a member gets 403 on owner-only routes, before any validation', async () => {
    for (const [method, path, body] of [
      ['POST', '/users', { email: 'x@example.com', role: 'member' }],
      ['POST', '/users', { nonsense: true }],
      ['POST', '/top-ups', topUpBody(5_000)],
      ['GET', '/invoices'],
      ['GET', '/payment-methods'],
      ['PATCH', '/integration', { webhookUrl: 'https://x.example/h' }],
    ]) {
      const res = await s.api.call(method, path, { user: MEMBER, body, idempotencyKey: key() });
      assert.equal(res.status, 403, `${method} ${path}`);
      assert.equal(res.body.code, 'forbidden');
    }
    assert.equal((await s.api.get('/users')).body.length, 5);
  });

  it('a member may read what members may read', async () => {
    for (const path of [
      '/session',
      '/balances',
      '/usage/daily',
      '/auto-renewal',
      '/movements',
      '/users',
      '/integration',
      '/profile',
      '/whatsapp-accounts',
      '/partner-accounts',
    ]) {
      assert.equal((await s.api.get(path, { user: MEMBER })).status, 200, path);
    }
  });
});

describe('the hub’s own words', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  it('come in the language the elements ask for (Accept-Language), else English', async () => {
    const spanish = await s.api.get('/plan', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    assert.equal(spanish.status, 200);
    assert.ok(spanish.body.available[0].features.includes('Hasta 50 números de WhatsApp'));
    const regions = await s.api.get('/integration', { headers: { 'accept-language': 'de' } });
    assert.equal(
      regions.body.availableRegions.find((r) => r.id === 'br').label,
      'Brasilien (São Paulo)',
    );
    // A tag that is not one is ignored: English, never a failure.
    for (const odd of ['de-', 'pt-BR-x', '*', 'x'.repeat(300)]) {
      const res = await s.api.get('/integration', { headers: { 'accept-language': odd } });
      assert.equal(res.status, 200, odd);
    }
    const english = await s.api.get('/plan');
    assert.ok(english.body.available[0].features.includes('Up to 50 WhatsApp numbers'));
  });

  it('refuse an invitation of a user already there in that language', async () => {
    const users = (await s.api.get('/users')).body;
    const active = users.find((u) => u.status === 'active');
    const res = await s.api.post(
      '/users',
      { email: active.email, role: 'member' },
      { headers: { 'accept-language': 'pt-BR' } },
    );
    assert.equal(res.status, 409);
    assert.equal(
      res.body.message ?? res.body.detail,
      `${active.email} já pertence a esta conta de parceiro.`,
    );
  });
});

describe('request values never reach SQL as code', () => {
  let s;
  before(async () => {
    s = await start({ inviteCodes: false }); // users added at once, one call a name
  });
  after(() => s.stop());

  const nasty = [
    "Robert'); DROP TABLE users;--",
    "' OR '1'='1",
    '"; DELETE FROM invoices; --',
    '%',
    '_',
    '\\',
    "1' UNION SELECT * FROM idempotency --",
  ];

  it('stores names literally', async () => {
    for (const [i, name] of nasty.entries()) {
      const res = await s.api.post('/users', {
        email: `tester.${i}@example.com`,
        name,
        role: 'member',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.name, name);
    }
    const users = (await s.api.get('/users')).body;
    assert.equal(users.length, 5 + nasty.length);
    for (const name of nasty) assert.ok(users.some((u) => u.name === name));
    const brand = nasty[0];
    assert.equal(
      (await s.api.call('PATCH', '/profile', { body: { brandName: brand }, idempotencyKey: key() }))
        .body.brandName,
      brand,
    );
    assert.equal((await s.api.get('/profile')).body.brandName, brand);
    assert.ok((await s.api.get('/invoices?limit=1')).body.total > 30);
  });

  it('searches literally', async () => {
    const all = (await s.api.get('/whatsapp-accounts?limit=1')).body.total;
    assert.equal(all, 2000);
    for (const query of nasty) {
      const res = await s.api.get(`/whatsapp-accounts?query=${encodeURIComponent(query)}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.total, 0, query);
    }
    // And a real search still finds rows, paged without repeats.
    const first = (await s.api.get('/whatsapp-accounts?limit=1')).body.items[0];
    const found = await s.api.get(
      `/whatsapp-accounts?query=${encodeURIComponent(first.name.slice(0, 6))}&limit=5`,
    );
    assert.ok(found.body.total >= 1);
    const seen = new Set();
    let cursor = null;
    let pages = 0;
    do {
      const page = (
        await s.api.get(`/whatsapp-accounts?limit=400${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    assert.equal(seen.size, 2000);
    assert.equal(pages, 5);
    assert.equal(
      (await s.api.get(`/whatsapp-accounts?cursor=${encodeURIComponent("x' OR 1=1")}`)).status,
      422,
    );
  });
});

describe('WhatsApp accounts sorted on the server', () => {
  let s;
  before(async () => {
    s = await start();
  });
  after(() => s.stop());

  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const STATUS_ORDER = ['connected', 'pending_review', 'flagged', 'restricted', 'disconnected'];

  async function all(sort, extra = '') {
    const rows = [];
    let cursor = null;
    do {
      const res = await s.api.get(
        `/whatsapp-accounts?limit=300&sort=${sort}${extra}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.sort, sort);
      rows.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return rows;
  }

  it('pages through every row exactly once in each order', async () => {
    for (const sort of ['name', '-name', 'status', '-status', 'createdAt', '-createdAt']) {
      const rows = await all(sort);
      assert.equal(rows.length, 2000, sort);
      assert.equal(new Set(rows.map((r) => r.id)).size, 2000, sort);
      const sign = sort.startsWith('-') ? -1 : 1;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1], rows[i]];
        const c = sort.endsWith('name')
          ? collator.compare(a.name, b.name)
          : sort.endsWith('status')
            ? STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
            : Date.parse(a.createdAt) - Date.parse(b.createdAt);
        assert.ok(sign * c <= 0, `${sort} at ${i}: ${JSON.stringify([a, b])}`);
      }
    }
  });

  it('sorts filtered results too, and refuses an unknown order or a cursor of another order', async () => {
    const connected = await all('name', '&status=connected');
    assert.ok(connected.length > 0 && connected.every((r) => r.status === 'connected'));
    const bad = await s.api.get('/whatsapp-accounts?sort=price');
    assert.equal(bad.status, 422);
    assert.ok(bad.body.errors.sort);
    const page = (await s.api.get('/whatsapp-accounts?limit=5&sort=name')).body;
    const crossed = await s.api.get(
      `/whatsapp-accounts?limit=5&sort=status&cursor=${page.nextCursor}`,
    );
    assert.equal(crossed.status, 422);
    assert.ok(crossed.body.errors.cursor);
  });
});
