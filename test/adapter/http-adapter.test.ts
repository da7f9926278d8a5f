import { expect } from '@open-wc/testing';
import type { LiveEvent } from '../../src/adapter/contract.js';
import { hasCapability } from '../../src/adapter/contract.js';
import { createHttpAdapter } from '../../src/adapter/http/http-adapter.js';
import type { EventSourceConstructor } from '../../src/adapter/http/live.js';
import { liveSubscription, parseLiveEvent } from '../../src/adapter/http/live.js';
import { until } from '../support/conformance.js';
import { parseRetryAfter } from '../../src/adapter/http/problem.js';
import { ROUTES } from '../../src/adapter/http/routes.js';
import { withValidation } from '../../src/adapter/validate.js';
import { rejection } from './memory-support.js';
import { BASE, adapterWith, json, problem, stubFetch } from '../support/stub-fetch.js';

const key = { idempotencyKey: 'key-1' };

describe('createHttpAdapter', () => {
  describe('requests', () => {
    it('has every method of the route table', () => {
      const adapter = createHttpAdapter({ baseUrl: BASE, eventsUrl: false });
      for (const route of ROUTES) {
        expect(adapter[route.method], route.method).to.be.a('function');
      }
      expect(adapter.collectPaymentMethod).to.equal(undefined);
    });

    it('builds the URL from the base, the path parameters and the defined query parameters', async () => {
      const { adapter, sent } = adapterWith([json({ items: [], nextCursor: null }), json({})]);
      await createHttpAdapter({ baseUrl: `${BASE}/`, fetch: stubFetch().fetch }).getSession();
      await adapter.listInvoices({ cursor: null, limit: 5, status: 'unpaid', type: undefined });
      await adapter.payInvoice('inv 1/2', { paymentMethodId: 'pm_1' }, key);
      expect(sent[0]!.url).to.equal(`${BASE}/invoices?limit=5&status=unpaid`);
      expect(sent[0]!.method).to.equal('GET');
      expect(sent[1]!.url).to.equal(`${BASE}/invoices/inv%201%2F2/pay`);
      expect(sent[1]!.method).to.equal('POST');
    });

    it('sends what getHeaders returns (also async) and asks for JSON', async () => {
      const { adapter, sent } = adapterWith([json({})], {
        getHeaders: async () => ({ Authorization: 'Bearer t1', 'X-Demo-User': 'usr_priya' }),
      });
      await adapter.getProfile();
      expect(sent[0]!.headers.get('Authorization')).to.equal('Bearer t1');
      expect(sent[0]!.headers.get('X-Demo-User')).to.equal('usr_priya');
      expect(sent[0]!.headers.get('Accept')).to.equal('application/json');
      expect(sent[0]!.headers.has('Idempotency-Key')).to.be.false;
      expect(sent[0]!.body).to.equal(undefined);
    });

    it('asks for answers in the elements’ language (Accept-Language), and sends no header for a malformed one', async () => {
      const { adapter, sent } = adapterWith([json({}), json({}), json({}), json({})]);
      await adapter.getProfile({ locale: 'pt-BR' });
      await adapter.updateProfile({ brandName: 'X' }, { idempotencyKey: 'k', locale: 'de' });
      await adapter.getProfile({ locale: 'de\r\nX-Evil: 1' });
      await adapter.getProfile({ locale: 'de-' });
      expect(sent[0]!.headers.get('Accept-Language')).to.equal('pt-BR');
      expect(sent[1]!.headers.get('Accept-Language')).to.equal('de');
      expect(sent[2]!.headers.has('Accept-Language')).to.equal(false);
      expect(sent[3]!.headers.has('Accept-Language')).to.equal(false);
    });

    it('sends mutations as JSON with the Idempotency-Key', async () => {
      const { adapter, sent } = adapterWith([]);
      const input = { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' };
      await adapter.topUp(input, { idempotencyKey: 'top-up-42' });
      await adapter.updateUserRole('usr_1', 'owner', key);
      await adapter.changePlan('premium', key);
      await adapter.quotePlanChange!('premium');
      expect(sent[0]!.method).to.equal('POST');
      expect(sent[0]!.url).to.equal(`${BASE}/top-ups`);
      expect(sent[0]!.headers.get('Idempotency-Key')).to.equal('top-up-42');
      expect(sent[0]!.headers.get('Content-Type')).to.equal('application/json');
      expect(JSON.parse(String(sent[0]!.body))).to.deep.equal(input);
      expect(sent[1]!.method).to.equal('PATCH');
      expect(JSON.parse(String(sent[1]!.body))).to.deep.equal({ role: 'owner' });
      expect(JSON.parse(String(sent[2]!.body))).to.deep.equal({ planId: 'premium' });
      expect(sent[3]!.url).to.equal(`${BASE}/plan/quote?planId=premium`);
    });

    it('with namePartnerAccount, says on each change which partner account its session last named (X-Partner-Account)', async () => {
      const session = (id: string) =>
        json({
          user: { id: 'usr_1', email: 'a@example.com', name: 'A', role: 'owner' },
          partner: { id, name: id },
          billingMode: 'partner_paid',
        });
      const { adapter, sent } = adapterWith(
        [
          json({}),
          session('acme'),
          json({}),
          json({}),
          session('acme-cp'),
          json({}),
          json({}),
          session('ácme'),
          json({}),
        ],
        { namePartnerAccount: true },
      );
      const brand = { brandName: 'x' };
      const first = { idempotencyKey: 'k-first' };
      await adapter.updateProfile(brand, { idempotencyKey: 'k-0' }); // before any session
      await adapter.getSession();
      await adapter.updateProfile(brand, first);
      await adapter.getProfile();
      await adapter.switchPartnerAccount!('acme-cp', { idempotencyKey: 'k-switch' });
      await adapter.updateProfile(brand, { idempotencyKey: 'k-new' });
      // A retry of the first change names the account it was first made for.
      await adapter.updateProfile(brand, first);
      // An id a header cannot carry as it is: not named at all.
      await adapter.getSession();
      await adapter.updateProfile(brand, { idempotencyKey: 'k-accent' });
      const named = sent.map((s) => s.headers.get('X-Partner-Account'));
      // Reads never carry it, and a switch is how the user leaves the account it names.
      expect(named).to.deep.equal([null, null, 'acme', null, null, 'acme-cp', 'acme', null, null]);
    });

    it('names no partner account unless asked to (namePartnerAccount)', async () => {
      const { adapter, sent } = adapterWith([
        json({
          user: { id: 'usr_1', email: 'a@example.com', name: 'A', role: 'owner' },
          partner: { id: 'acme', name: 'Acme' },
          billingMode: 'partner_paid',
        }),
        json({}),
      ]);
      await adapter.getSession();
      await adapter.updateProfile({ brandName: 'x' }, key);
      expect(sent[1]!.headers.get('X-Partner-Account')).to.equal(null);
    });

    it('refuses a change without an idempotency key before sending anything', async () => {
      const { adapter, sent } = adapterWith([]);
      const error = await rejection(
        adapter.updateProfile({ brandName: 'x' }, { idempotencyKey: ' ' }),
      );
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors).to.have.property('idempotencyKey');
      expect(sent).to.have.length(0);
    });

    it('uploads the logo as the raw file with its content type', async () => {
      const { adapter, sent } = adapterWith([]);
      const file = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], {
        type: 'image/svg+xml',
      });
      await adapter.uploadLogo(file, key);
      expect(sent[0]!.method).to.equal('PUT');
      expect(sent[0]!.url).to.equal(`${BASE}/profile/logo`);
      expect(sent[0]!.body).to.equal(file);
      expect(sent[0]!.headers.get('Content-Type')).to.equal('image/svg+xml');
      const error = await rejection(adapter.uploadLogo('logo.png' as unknown as Blob, key));
      expect(error.fieldErrors).to.have.property('logo');
    });

    it('returns the invoice PDF as a Blob, or the URL a hub links to', async () => {
      const pdf = new Response(new Blob(['%PDF-1.4 …'], { type: 'application/pdf' }), {
        headers: { 'Content-Type': 'application/pdf' },
      });
      const { adapter, sent } = adapterWith([pdf, json({ url: 'https://cdn.example/inv.pdf' })]);
      const blob = await adapter.getInvoicePdf('inv_1');
      expect(blob).to.be.instanceOf(Blob);
      expect(await (blob as Blob).text()).to.equal('%PDF-1.4 …');
      expect(sent[0]!.headers.get('Accept')).to.contain('application/pdf');
      expect(await adapter.getInvoicePdf('inv_2')).to.equal('https://cdn.example/inv.pdf');
    });

    it('refuses what is not a PDF nor a link: an HTML page, JSON that is no object or has no url', async () => {
      const html = new Response('<!doctype html><p>Sign in</p>', {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
      const notJson = new Response('not json', { headers: { 'Content-Type': 'application/json' } });
      const { adapter } = adapterWith([html, notJson, json(null)]);
      const page = await rejection(adapter.getInvoicePdf('inv_1'));
      expect(page.code).to.equal('invalid_response');
      expect(page.message).to.contain('text/html');
      expect((await rejection(adapter.getInvoicePdf('inv_2'))).code).to.equal('invalid_response');
      expect((await rejection(adapter.getInvoicePdf('inv_3'))).code).to.equal('invalid_response');
    });

    it('takes a PDF sent as application/octet-stream, or with no type, by its %PDF- header', async () => {
      const octets = new Response('%PDF-1.7 …', {
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      const { adapter } = adapterWith([octets]);
      const blob = (await adapter.getInvoicePdf('inv_1')) as Blob;
      expect(blob.type).to.equal('application/pdf');
      expect(await blob.text()).to.equal('%PDF-1.7 …');
    });

    it('removes a user with a 204 and resolves undefined', async () => {
      const { adapter, sent } = adapterWith([new Response(null, { status: 204 })]);
      expect(await adapter.removeUser!('usr_2', key)).to.equal(undefined);
      expect(sent[0]!.method).to.equal('DELETE');
      expect(sent[0]!.url).to.equal(`${BASE}/users/usr_2`);
    });

    it('leaves out the capabilities a hub lacks, and offers the host’s card collection', async () => {
      const collect = async () => ({
        id: 'pm_9',
        brand: 'Visa',
        last4: '4242',
        expMonth: 1,
        expYear: 2030,
        isDefault: false,
      });
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        capabilities: { removeUser: false, cancelPlan: false, subscribe: false },
        collectPaymentMethod: collect,
      });
      expect(hasCapability(adapter, 'removeUser')).to.be.false;
      expect(hasCapability(adapter, 'cancelPlan')).to.be.false;
      expect(hasCapability(adapter, 'subscribe')).to.be.false;
      expect(hasCapability(adapter, 'quoteTopUp')).to.be.true;
      expect(hasCapability(adapter, 'collectPaymentMethod')).to.be.true;
      expect((await adapter.collectPaymentMethod!({}, key)).id).to.equal('pm_9');
    });
  });

  describe('401 and getHeaders', () => {
    it('asks for fresh headers once and retries once', async () => {
      const calls: boolean[] = [];
      let token = 0;
      const { adapter, sent } = adapterWith(
        [problem(401, { code: 'unauthorized', title: 'Expired' }), json({ brandName: 'Acme' })],
        {
          getHeaders: async ({ refresh }) => {
            calls.push(refresh);
            return { Authorization: `Bearer ${++token}` };
          },
        },
      );
      expect(await adapter.getProfile()).to.deep.equal({ brandName: 'Acme' });
      expect(calls).to.deep.equal([false, true]);
      expect(sent.map((s) => s.headers.get('Authorization'))).to.deep.equal([
        'Bearer 1',
        'Bearer 2',
      ]);
    });

    it('retries a mutation with the same key and body', async () => {
      const { adapter, sent } = adapterWith([problem(401, {}), json({})], {
        getHeaders: () => ({}),
      });
      await adapter.updateProfile({ brandName: 'Acme' }, { idempotencyKey: 'k-7' });
      expect(sent).to.have.length(2);
      expect(sent[1]!.headers.get('Idempotency-Key')).to.equal('k-7');
      expect(sent[1]!.body).to.equal(sent[0]!.body);
    });

    it('gives up after the second 401', async () => {
      const { adapter, sent } = adapterWith(
        [problem(401, {}), problem(401, { detail: 'Sign in again.' })],
        {
          getHeaders: () => ({}),
        },
      );
      const error = await rejection(adapter.getSession());
      expect(error.code).to.equal('unauthorized');
      expect(error.message).to.equal('Sign in again.');
      expect(sent).to.have.length(2);
    });

    it('does not retry without getHeaders', async () => {
      const { adapter, sent } = adapterWith([problem(401, {})]);
      expect((await rejection(adapter.getSession())).code).to.equal('unauthorized');
      expect(sent).to.have.length(1);
    });
  });

  describe('errors', () => {
    const byStatus: Array<[number, string]> = [
      [400, 'validation'],
      [422, 'validation'],
      [401, 'unauthorized'],
      [402, 'payment_failed'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [409, 'conflict'],
      [429, 'rate_limited'],
      [500, 'unavailable'],
      [501, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
    ];
    for (const [status, code] of byStatus) {
      it(`maps ${status} without a code member to ${code}`, async () => {
        const { adapter } = adapterWith([problem(status, { title: `HTTP ${status}` })]);
        const error = await rejection(adapter.getPlan());
        expect(error.code).to.equal(code);
        expect(error.message).to.equal(`HTTP ${status}`);
      });
    }

    it('prefers the code member, and takes detail as the message', async () => {
      const { adapter } = adapterWith([
        problem(400, {
          code: 'payment_failed',
          title: 'Payment failed',
          detail: 'The card was declined.',
          reasonCode: 'card_declined',
        }),
      ]);
      const error = await rejection(adapter.payInvoice('inv_1', { paymentMethodId: 'pm_1' }, key));
      expect(error.code).to.equal('payment_failed');
      expect(error.message).to.equal('The card was declined.');
      expect(error.reasonCode).to.equal('card_declined');
    });

    it('maps validation errors to their fields', async () => {
      const { adapter } = adapterWith([
        problem(422, {
          code: 'validation',
          title: 'Check the amount',
          errors: { amount: 'Enter at least €10.00.', paymentMethodId: ['Choose a card.'] },
        }),
        problem(400, { errors: [{ pointer: '/amount/currency', detail: 'Not a currency.' }] }),
      ]);
      const input = { amount: { amount: 5, currency: 'EUR' }, paymentMethodId: 'pm_1' };
      const first = await rejection(adapter.topUp(input, key));
      expect(first.code).to.equal('validation');
      expect(first.fieldErrors).to.deep.equal({
        amount: 'Enter at least €10.00.',
        paymentMethodId: 'Choose a card.',
      });
      const second = await rejection(adapter.topUp(input, key));
      expect(second.fieldErrors).to.deep.equal({ 'amount.currency': 'Not a currency.' });
    });

    it('keeps fields named like Object’s own (__proto__, constructor)', async () => {
      const { adapter } = adapterWith([
        new Response(
          '{"status":422,"code":"validation","errors":{"__proto__":"Not part of the request.","constructor":"Not either."}}',
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ]);
      const input = { amount: { amount: 5, currency: 'EUR' }, paymentMethodId: 'pm_1' };
      const error = await rejection(adapter.topUp(input, key));
      expect(Object.keys(error.fieldErrors)).to.deep.equal(['__proto__', 'constructor']);
      expect(Object.getOwnPropertyDescriptor(error.fieldErrors, '__proto__')?.value).to.equal(
        'Not part of the request.',
      );
    });

    it('reads Retry-After as seconds or as an HTTP date', async () => {
      const inNinety = new Date(Date.now() + 90_000).toUTCString();
      const { adapter } = adapterWith([
        problem(429, { code: 'rate_limited' }, { 'Retry-After': '7' }),
        problem(503, {}, { 'Retry-After': inNinety }),
        problem(429, {}),
      ]);
      const seconds = await rejection(adapter.getBalances());
      expect(seconds.code).to.equal('rate_limited');
      expect(seconds.retryAfter).to.equal(7);
      const date = await rejection(adapter.getBalances());
      expect(date.code).to.equal('unavailable');
      expect(date.retryAfter).to.be.within(88, 91);
      expect((await rejection(adapter.getBalances())).retryAfter).to.equal(undefined);
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).to.equal(0);
      expect(parseRetryAfter('soon')).to.equal(undefined);
    });

    it('handles error bodies that are not problem documents', async () => {
      const html = new Response('<html><body>Bad gateway</body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      });
      const broken = new Response('{"code": "forbid', {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      });
      const { adapter } = adapterWith([html, broken, new Response(null, { status: 404 })]);
      const gateway = await rejection(adapter.getPlan());
      expect(gateway.code).to.equal('unavailable');
      expect(gateway.message).to.not.contain('<html>');
      expect((await rejection(adapter.getPlan())).code).to.equal('forbidden');
      expect((await rejection(adapter.getPlan())).code).to.equal('not_found');
    });

    it('says network when the request cannot be made', async () => {
      const { adapter } = adapterWith([
        () => {
          throw new TypeError('Failed to fetch');
        },
      ]);
      const error = await rejection(adapter.getSession());
      expect(error.code).to.equal('network');
      expect(error.transient).to.be.true;
    });

    it('says invalid_response for a 2xx that is not JSON', async () => {
      const { adapter } = adapterWith([
        new Response('<!doctype html><title>Portal</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
        new Response('{"brandName":', { headers: { 'Content-Type': 'application/json' } }),
      ]);
      const html = await rejection(adapter.getProfile());
      expect(html.code).to.equal('invalid_response');
      expect(html.message).to.contain('text/html');
      expect((await rejection(adapter.getProfile())).code).to.equal('invalid_response');
    });

    it('leaves parsing to the seam: withValidation names the bad field', async () => {
      const { adapter } = adapterWith([
        json([{ money: { amount: 12.5, currency: 'EUR' }, updatedAt: '2026-11-17T10:00:00Z' }]),
      ]);
      const error = await rejection(withValidation(adapter).getBalances());
      expect(error.code).to.equal('invalid_response');
      expect(error.field).to.equal('0.money.amount');
    });
  });

  describe('abort', () => {
    it('rejects with aborted, without a request, when the signal is already aborted', async () => {
      const { adapter, sent } = adapterWith([]);
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.getSession({ signal: controller.signal }));
      expect(error.code).to.equal('aborted');
      expect(sent).to.have.length(0);
    });

    it('rejects with aborted when aborted in flight, and passes the signal to fetch', async () => {
      const { adapter, sent } = adapterWith([
        (request) =>
          new Promise<Response>((_, reject) => {
            request.signal!.addEventListener('abort', () => reject(request.signal!.reason));
          }),
      ]);
      const controller = new AbortController();
      const pending = adapter.listWhatsAppAccounts(
        { query: 'acme' },
        { signal: controller.signal },
      );
      await Promise.resolve();
      controller.abort(new Error('the widget went away'));
      expect((await rejection(pending)).code).to.equal('aborted');
      expect(sent[0]!.signal).to.equal(controller.signal);
    });
  });

  describe('live updates (Server-Sent Events)', () => {
    class FakeEventSource {
      static instances: FakeEventSource[] = [];
      readyState = 0;
      closed = false;
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(
        readonly url: string,
        readonly init?: EventSourceInit,
      ) {
        FakeEventSource.instances.push(this);
      }
      close() {
        this.closed = true;
        this.readyState = 2;
      }
      send(data: string) {
        this.onmessage?.(new MessageEvent('message', { data }));
      }
      fail(permanently: boolean) {
        this.readyState = permanently ? 2 : 0;
        this.onerror?.(new Event('error'));
      }
    }
    const Fake = FakeEventSource as unknown as EventSourceConstructor;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

    beforeEach(() => {
      FakeEventSource.instances = [];
    });

    it('opens one stream for all listeners and closes it after the last', async () => {
      const adapter = createHttpAdapter({ baseUrl: BASE, EventSource: Fake });
      const a: LiveEvent[] = [];
      const b: LiveEvent[] = [];
      const offA = adapter.subscribe!((e) => a.push(e));
      const offB = adapter.subscribe!((e) => b.push(e));
      await tick();
      expect(FakeEventSource.instances).to.have.length(1);
      const source = FakeEventSource.instances[0]!;
      expect(source.url).to.equal(`${BASE}/events`);
      expect(source.init).to.deep.equal({ withCredentials: false });
      const balances = [
        { money: { amount: 100, currency: 'EUR' }, updatedAt: '2026-11-17T10:00:00Z' },
      ];
      source.send(JSON.stringify({ resource: 'balances', data: balances }));
      source.send(JSON.stringify({ resource: 'invoices', data: 'ignored' }));
      offA();
      offA();
      expect(source.closed).to.be.false;
      source.send(JSON.stringify({ resource: 'users' }));
      expect(a).to.deep.equal([{ resource: 'balances', data: balances }, { resource: 'invoices' }]);
      expect(b).to.have.length(3);
      offB();
      expect(source.closed).to.be.true;
    });

    it('ignores malformed messages', () => {
      for (const data of [
        '',
        'not json',
        '42',
        'null',
        '{"resource":"nope"}',
        '{"data":[]}',
        '{"resource":7}',
      ]) {
        expect(parseLiveEvent(data), data).to.equal(undefined);
      }
      expect(parseLiveEvent(JSON.stringify({ resource: 'plan' }))).to.deep.equal({
        resource: 'plan',
      });
    });

    it('keeps the stream through a transient error; a refused one is opened again with a fresh URL', async () => {
      let minted = 0;
      const subscribe = liveSubscription(() => `${BASE}/events?token=${++minted}`, Fake, false, {
        attempts: 2,
        baseMs: 10,
      });
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const off = subscribe(() => undefined);
        await tick();
        const first = FakeEventSource.instances[0]!;
        first.fail(false); // the browser retries a dropped connection by itself
        expect(first.closed).to.be.false;
        first.fail(true); // refused (a proxy's 502, an expired token): a new stream, a new URL
        expect(first.closed).to.be.true;
        await until(() => FakeEventSource.instances.length === 2, 'a second stream');
        expect(FakeEventSource.instances[1]!.url).to.equal(`${BASE}/events?token=2`);
        // A message resets the count; refused three times in a row, it stops and says so once.
        FakeEventSource.instances[1]!.send(JSON.stringify({ resource: 'users' }));
        FakeEventSource.instances[1]!.fail(true);
        await until(() => FakeEventSource.instances.length === 3, 'a third stream');
        FakeEventSource.instances[2]!.fail(true);
        await until(() => FakeEventSource.instances.length === 4, 'a fourth stream');
        FakeEventSource.instances[3]!.fail(true);
        await new Promise((r) => setTimeout(r, 80));
        expect(FakeEventSource.instances).to.have.length(4);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0])).to.contain('live updates stay off');
        off();
        subscribe(() => undefined)();
        await tick();
        expect(FakeEventSource.instances).to.have.length(4);
      } finally {
        console.warn = warn;
      }
    });

    it('opens no stream again once its last listener has left', async () => {
      const subscribe = liveSubscription(() => `${BASE}/events`, Fake, false, {
        attempts: 5,
        baseMs: 10,
      });
      const off = subscribe(() => undefined);
      await tick();
      FakeEventSource.instances[0]!.fail(true);
      off();
      await new Promise((r) => setTimeout(r, 60));
      expect(FakeEventSource.instances).to.have.length(1);
    });

    it('takes the stream URL from eventsUrl (also a function) and withCredentials', async () => {
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        EventSource: Fake,
        eventsUrl: async () => 'https://events.example/stream?token=short-lived',
        withCredentials: true,
      });
      const off = adapter.subscribe!(() => undefined);
      await tick();
      expect(FakeEventSource.instances[0]!.url).to.equal(
        'https://events.example/stream?token=short-lived',
      );
      expect(FakeEventSource.instances[0]!.init).to.deep.equal({ withCredentials: true });
      off();
    });

    it('does not open a stream when the last listener left before it opened', async () => {
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        EventSource: Fake,
        eventsUrl: async () => `${BASE}/events`,
      });
      adapter.subscribe!(() => undefined)();
      await tick();
      expect(FakeEventSource.instances).to.have.length(0);
    });

    it('has no subscribe with eventsUrl: false', () => {
      expect(createHttpAdapter({ baseUrl: BASE, eventsUrl: false }).subscribe).to.equal(undefined);
    });
  });
});
