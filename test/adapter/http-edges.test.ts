/**
 * The http adapter at the edges of HTTP an audit found: redirects, codes only the client makes,
 * problem documents in a 2xx, Retry-After, dot-segment ids, idempotency keys and headers, and a
 * late session answer.
 */
import { expect } from '@open-wc/testing';
import { parseRetryAfter } from '../../src/adapter/http/problem.js';
import { classifyFailure } from '../../src/base/mutation-controller.js';
import { PartnerHubClient } from '../../src/client/client.js';
import type { AdapterFailure } from '../../src/client/diagnostics.js';
// The client reads balances here, as the balance card does: their result schema is registered.
import '../../src/client/results/balances.js';
import { rejection } from './memory-support.js';
import { BASE, adapterWith, json, problem } from '../support/stub-fetch.js';
import type { Sent } from '../support/stub-fetch.js';

const topUpInput = { amount: { amount: 5000, currency: 'EUR' }, paymentMethodId: 'pm_1' };

/** A sign-in page, as an auth proxy answers once it has redirected there. */
function signInPage(): Response {
  return new Response('<!doctype html><title>Sign in</title>', {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** `response` as fetch gives it after following redirects to `url`. */
function followedTo(url: string, response: Response): Response {
  Object.defineProperties(response, { redirected: { value: true }, url: { value: url } });
  return response;
}

/**
 * What the browser's fetch gives for a redirect with `redirect: 'manual'`: an opaque redirect
 * (type `opaqueredirect`, status 0, no headers, so no Location). The test server has no route
 * that redirects, and a Response of that type cannot be constructed, so it is shaped here.
 */
function opaqueRedirect(url: string): Response {
  const response = new Response(null);
  Object.defineProperties(response, {
    type: { value: 'opaqueredirect' },
    status: { value: 0 },
    ok: { value: false },
    statusText: { value: '' },
    url: { value: url },
  });
  return response;
}

/** A server that redirects to `to`: fetch follows, or not, as the request asks. */
function redirecting(
  to: string,
  landing: () => Response,
  manual: (sent: Sent) => Response = (sent) => opaqueRedirect(sent.url),
) {
  return (sent: Sent) => (sent.redirect === 'manual' ? manual(sent) : followedTo(to, landing()));
}

describe('http adapter: redirects', () => {
  it('does not follow a redirect of a change: the outcome is unknown, and the message says why (browser)', async () => {
    const { adapter, sent } = adapterWith([
      redirecting('https://partner.example/login?next=%2Fapi', signInPage),
    ]);
    const error = await rejection(adapter.topUp(topUpInput, { idempotencyKey: 'k1' }));
    expect(sent).to.have.length(1);
    expect(sent[0]!.redirect).to.equal('manual');
    expect(error.code).to.equal('invalid_response');
    expect(classifyFailure(error).kind).to.equal('unknown');
    expect(error.message).to.contain('topUp was redirected');
    expect(error.message).to.contain('does not follow redirects for changes');
    expect(error.message).to.contain('point baseUrl at the API itself');
    expect(error.message).to.contain('answer 401');
  });

  it('names the status and the target when fetch shows them (Node: 302 to a sign-in page, 303 to another resource)', async () => {
    const { adapter } = adapterWith([
      redirecting(
        'https://partner.example/login',
        signInPage,
        () => new Response(null, { status: 302, headers: { Location: '/login?next=%2Fapi' } }),
      ),
      redirecting(
        `${BASE}/balances`,
        () => json([]),
        () => new Response(null, { status: 303, headers: { Location: `${BASE}/balances` } }),
      ),
    ]);
    const login = await rejection(adapter.topUp(topUpInput, { idempotencyKey: 'k1' }));
    expect(login.code).to.equal('invalid_response');
    expect(login.message).to.contain('(HTTP 302 to /login?next=%2Fapi)');
    // A 303 used to resolve the top-up with the balances' body.
    const other = await rejection(
      adapter.payInvoice('inv_1', { paymentMethodId: 'pm_1' }, { idempotencyKey: 'k2' }),
    );
    expect(other.message).to.contain(`payInvoice was redirected (HTTP 303 to ${BASE}/balances)`);
    expect(classifyFailure(other).kind).to.equal('unknown');
  });

  it('refuses the answer of a change that a host’s own fetch followed anyway', async () => {
    const { adapter } = adapterWith([followedTo(`${BASE}/balances`, json([]))]);
    const error = await rejection(adapter.topUp(topUpInput, { idempotencyKey: 'k1' }));
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain(`topUp was redirected (and followed to ${BASE}/balances)`);
  });

  it('lets a read follow a redirect, and says where it ended when that answer is not JSON', async () => {
    const balances = [{ money: { amount: 1, currency: 'EUR' }, updatedAt: '2026-11-01T00:00:00Z' }];
    const { adapter, sent } = adapterWith([
      redirecting(`${BASE}/v2/balances`, () => json(balances)),
      redirecting('https://partner.example/login', signInPage),
      redirecting('https://partner.example/login', signInPage),
    ]);
    expect(await adapter.getBalances()).to.deep.equal(balances);
    expect(sent[0]!.redirect).to.not.equal('manual');
    const read = await rejection(adapter.getBalances());
    expect(read.code).to.equal('invalid_response');
    expect(read.message).to.contain('text/html');
    expect(read.message).to.contain('redirected to https://partner.example/login');
    const pdf = await rejection(adapter.getInvoicePdf('inv_1'));
    expect(pdf.message).to.contain('redirected to https://partner.example/login');
  });
});

/** A fetch that never answers, and rejects with the signal's reason when aborted (as fetch does). */
function hanging(sent: Sent): Promise<Response> {
  return new Promise((_, reject) => {
    sent.signal?.addEventListener('abort', () => reject(sent.signal!.reason as Error));
  });
}

describe('http adapter: codes only this side can know', () => {
  it('takes no aborted, network or timeout from a server’s body: its status says what happened', async () => {
    const { adapter } = adapterWith([
      problem(502, { code: 'aborted', detail: 'Upstream call cancelled' }),
      problem(502, { code: 'network', detail: 'Upstream unreachable' }),
      problem(409, { code: 'timeout' }),
    ]);
    const pay = () =>
      adapter.payInvoice('inv_1', { paymentMethodId: 'pm_1' }, { idempotencyKey: 'k1' });
    const cancelled = await rejection(pay());
    expect(cancelled.code).to.equal('unavailable');
    expect(cancelled.message).to.equal('Upstream call cancelled');
    // Not "aborted": the controller would go idle as if the user had cancelled it.
    expect(classifyFailure(cancelled).kind).to.equal('unknown');
    expect((await rejection(pay())).code).to.equal('unavailable');
    expect((await rejection(pay())).code).to.equal('conflict');
  });

  it('says timeout when its signal gave up waiting (AbortSignal.timeout), aborted when it was cancelled', async () => {
    const { adapter } = adapterWith([hanging, hanging]);
    const late = await rejection(adapter.getBalances({ signal: AbortSignal.timeout(20) }));
    expect(late.code).to.equal('timeout');
    const controller = new AbortController();
    const pending = rejection(adapter.getBalances({ signal: controller.signal }));
    controller.abort();
    expect((await pending).code).to.equal('aborted');
  });

  it('leaves the client’s own deadline to the client: one timeout failure, in its words', async () => {
    const { adapter } = adapterWith([hanging]);
    const client = new PartnerHubClient(adapter, { timeout: { read: 100 } });
    const failures: AdapterFailure[] = [];
    client.addEventListener('failure', (event) => failures.push(event.detail));
    const error = await rejection(client.read('balances'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(error.code).to.equal('timeout');
    expect(error.message).to.equal('getBalances did not answer within 0.1 s.');
    expect(failures.map((f) => f.code)).to.deep.equal(['timeout']);
  });
});

describe('http adapter: reason codes', () => {
  it('reads reasonCode from the problem, else from the X-Reason-Code header', async () => {
    const { adapter } = adapterWith([
      problem(
        402,
        { code: 'payment_failed', detail: 'Declined.' },
        { 'X-Reason-Code': 'insufficient_funds' },
      ),
      problem(
        402,
        { code: 'payment_failed', reasonCode: 'expired_card' },
        { 'X-Reason-Code': 'other' },
      ),
      problem(402, { code: 'payment_failed' }),
    ]);
    const pay = () =>
      adapter.payInvoice('inv_1', { paymentMethodId: 'pm_1' }, { idempotencyKey: 'k1' });
    expect((await rejection(pay())).reasonCode).to.equal('insufficient_funds');
    expect((await rejection(pay())).reasonCode).to.equal('expired_card');
    expect((await rejection(pay())).reasonCode).to.equal(undefined);
  });
});

/** A problem document answered with HTTP 200, as a misconfigured gateway does. */
function okProblem(body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

describe('http adapter: a problem document in a 2xx', () => {
  it('is an error by the problem’s own status', async () => {
    const { adapter } = adapterWith([
      okProblem(
        { status: 503, code: 'unavailable', detail: 'The billing backend is down.' },
        { 'Retry-After': '30' },
      ),
      okProblem({ status: 402, code: 'payment_failed', detail: 'Card declined.' }),
    ]);
    const down = await rejection(adapter.getBalances());
    expect(down.code).to.equal('unavailable');
    expect(down.message).to.equal('The billing backend is down.');
    expect(down.retryAfter).to.equal(30);
    const declined = await rejection(adapter.topUp(topUpInput, { idempotencyKey: 'k1' }));
    expect(declined.code).to.equal('payment_failed');
    expect(declined.message).to.equal('Card declined.');
  });

  it('is invalid_response saying so when its status is no error, also where no body is expected', async () => {
    const { adapter } = adapterWith([
      okProblem({ status: 200, detail: 'Backend down' }),
      okProblem({ detail: 'Nothing removed' }),
    ]);
    const read = await rejection(adapter.getBalances());
    expect(read.code).to.equal('invalid_response');
    expect(read.message).to.contain('answered HTTP 200 with a problem document: Backend down');
    const removed = await rejection(adapter.removeUser!('usr_1', { idempotencyKey: 'k1' }));
    expect(removed.message).to.contain('with a problem document: Nothing removed');
  });
});

describe('http adapter: Retry-After', () => {
  it('takes only whole seconds or an HTTP date; anything else is no answer, not “now”', async () => {
    for (const value of [
      '1.5',
      '0.5',
      '-1',
      '1 2',
      '1e3',
      '+5',
      '5s',
      '10 seconds',
      '2026-12-01',
      'soon',
      '',
    ]) {
      expect(parseRetryAfter(value), JSON.stringify(value)).to.equal(undefined);
    }
    expect(parseRetryAfter('0')).to.equal(0);
    expect(parseRetryAfter('120')).to.equal(120);
    expect(parseRetryAfter(' 7 ')).to.equal(7);
    const { adapter } = adapterWith([problem(429, {}, { 'Retry-After': '1.5' })]);
    const error = await rejection(adapter.getBalances());
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(undefined);
  });

  it('reads the three HTTP date forms (IMF-fixdate, RFC 850, asctime), and no other date', () => {
    const now = Date.UTC(1994, 10, 6, 8, 49, 0);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', now)).to.equal(37);
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now)).to.equal(37);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', now)).to.equal(37);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:48:00 GMT', now)).to.equal(0);
    for (const value of [
      'Sun, 06 Nov 1994 08:49:37',
      '06 Nov 1994 08:49:37 GMT',
      'Sun, 31 Feb 1994 08:49:37 GMT',
      'Sun, 06 Nov 1994 25:49:37 GMT',
      'November 6, 1994',
      '1994-11-06T08:49:37Z',
    ]) {
      expect(parseRetryAfter(value, now), value).to.equal(undefined);
    }
  });
});

describe('http adapter: ids that are dot segments', () => {
  it('refuses "." and ".." (and an empty id) as validation before sending: no URL can carry them', async () => {
    // %2E is a dot segment too (WHATWG URL), so encoding cannot keep the request on the item.
    expect(new URL(`${BASE}/users/%2E%2E`).pathname).to.equal('/api/v1/');
    const { adapter, sent } = adapterWith([]);
    const removed = await rejection(adapter.removeUser!('..', { idempotencyKey: 'k1' }));
    expect(removed.code).to.equal('validation');
    expect(removed.message).to.contain('removeUser');
    expect(removed.message).to.contain('".."');
    expect(
      (
        await rejection(
          adapter.payInvoice('.', { paymentMethodId: 'pm_1' }, { idempotencyKey: 'k2' }),
        )
      ).code,
    ).to.equal('validation');
    expect((await rejection(adapter.getInvoicePdf(''))).code).to.equal('validation');
    expect(sent).to.have.length(0);
    await adapter.removeUser!('...', { idempotencyKey: 'k3' });
    expect(new URL(sent[0]!.url).pathname).to.equal('/api/v1/users/...');
  });
});

describe('http adapter: idempotency keys and getHeaders', () => {
  it('refuses a key a header cannot carry as it is, or longer than 255, before sending', async () => {
    const { adapter, sent } = adapterWith([]);
    for (const idempotencyKey of ['ключ', ' k5 ', 'k 5', 'k\t5', 'x'.repeat(256)]) {
      const error = await rejection(adapter.topUp(topUpInput, { idempotencyKey }));
      expect(error.code, idempotencyKey).to.equal('validation');
      expect(error.message, idempotencyKey).to.contain('idempotency key');
    }
    expect(sent).to.have.length(0);
    const long = await rejection(adapter.topUp(topUpInput, { idempotencyKey: 'x'.repeat(256) }));
    expect(long.message).to.contain('255');
    await adapter.topUp(topUpInput, { idempotencyKey: 'x'.repeat(255) });
    await adapter.topUp(topUpInput, { idempotencyKey: 'k5' });
    expect(sent.map((s) => s.headers.get('Idempotency-Key'))).to.deep.equal([
      'x'.repeat(255),
      'k5',
    ]);
  });

  it('turns a getHeaders that throws, or returns headers fetch cannot send, into unauthorized naming it', async () => {
    const failing = adapterWith([], {
      getHeaders: () => Promise.reject(new Error('token service down')),
    });
    const error = await rejection(failing.adapter.getBalances());
    expect(error.code).to.equal('unauthorized');
    expect(error.message).to.contain('getHeaders');
    expect(error.message).to.contain('token service down');
    expect(failing.sent).to.have.length(0);
    const unsendable = adapterWith([], { getHeaders: () => ({ Authorization: 'Bearer ключ' }) });
    const bad = await rejection(unsendable.adapter.topUp(topUpInput, { idempotencyKey: 'k1' }));
    expect(bad.code).to.equal('unauthorized');
    expect(bad.message).to.contain('getHeaders');
    expect(classifyFailure(bad).kind).to.equal('other');
  });
});

describe('http adapter: the partner account a change names', () => {
  const session = (id: string) =>
    json({
      user: { id: 'usr_1', email: 'a@example.com', name: 'A', role: 'owner' },
      partner: { id, name: id },
      billingMode: 'partner_paid',
    });

  it('keeps the switched-to account when a session read from before the switch answers after it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { adapter, sent } = adapterWith(
      [
        session('acc_A'),
        async () => {
          await held;
          return session('acc_A');
        },
        session('acc_B'),
        json({}),
      ],
      { namePartnerAccount: true },
    );
    await adapter.getSession();
    const refresh = adapter.getSession();
    await adapter.switchPartnerAccount!('acc_B', { idempotencyKey: 's1' });
    release();
    await refresh;
    await adapter.topUp(topUpInput, { idempotencyKey: 't1' });
    expect(sent[3]!.headers.get('X-Partner-Account')).to.equal('acc_B');
  });

  it('keeps it too when a session read sent while the switch was out is answered after it', async () => {
    // The server read the session before it switched (HTTP/2, requests side by side): the read
    // names the account left behind, and its answer comes last.
    let answerSwitch!: () => void;
    const switchHeld = new Promise<void>((resolve) => (answerSwitch = resolve));
    let answerRead!: () => void;
    const readHeld = new Promise<void>((resolve) => (answerRead = resolve));
    const { adapter, sent } = adapterWith(
      [
        session('acc_A'),
        async () => {
          await switchHeld;
          return session('acc_B');
        },
        async () => {
          await readHeld;
          return session('acc_A');
        },
        json({}),
      ],
      { namePartnerAccount: true },
    );
    await adapter.getSession();
    const switching = adapter.switchPartnerAccount!('acc_B', { idempotencyKey: 's1' });
    const reading = adapter.getSession();
    answerSwitch();
    await switching;
    answerRead();
    await reading;
    await adapter.topUp(topUpInput, { idempotencyKey: 't1' });
    expect(sent[3]!.headers.get('X-Partner-Account')).to.equal('acc_B');
  });
});
