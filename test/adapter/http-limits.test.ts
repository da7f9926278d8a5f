import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/errors.js';
import {
  createHttpAdapter,
  DEFAULT_MAX_RESPONSE_BYTES,
} from '../../src/adapter/http/http-adapter.js';
import { MAX_RETRY_AFTER, parseRetryAfter } from '../../src/adapter/http/problem.js';
import { PartnerHubClient } from '../../src/client/client.js';
// The client reads balances here, as the balance card does: their result schema is registered.
import '../../src/client/results/balances.js';

const BASE = 'https://partner.example/api/v1';

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

/** A JSON body streamed in `chunks` pieces, with no Content-Length. */
function streamed(text: string, chunks = 8): Response {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunks);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled * size >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(pulled * size, (pulled + 1) * size));
      pulled++;
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}

function adapterAnswering(reply: () => Response, maxResponseBytes?: number) {
  return createHttpAdapter({
    baseUrl: BASE,
    eventsUrl: false,
    fetch: (() => Promise.resolve(reply())) as typeof fetch,
    ...(maxResponseBytes === undefined ? {} : { maxResponseBytes }),
  });
}

describe('http adapter limits', () => {
  describe('response size', () => {
    it('caps responses at 10 MiB by default', () => {
      expect(DEFAULT_MAX_RESPONSE_BYTES).to.equal(10 * 1024 * 1024);
    });

    it('refuses a body whose Content-Length is over the cap, naming the method and the limit', async () => {
      const adapter = adapterAnswering(
        () =>
          new Response('[]', {
            headers: { 'Content-Type': 'application/json', 'Content-Length': '5000000' },
          }),
        1024 * 1024,
      );
      const error = await rejection(adapter.getBalances!());
      expect(error).to.be.instanceOf(AdapterError);
      expect(error.code).to.equal('invalid_response');
      expect(error.message).to.contain('getBalances');
      expect(error.message).to.contain('1 MiB');
      expect(error.message).to.contain('maxResponseBytes');
    });

    it('stops reading a streamed body once it passes the cap', async () => {
      const big = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: `u${i}` })));
      const adapter = adapterAnswering(() => streamed(big, 20), 4096);
      const error = await rejection(adapter.listUsers!());
      expect(error.code).to.equal('invalid_response');
      expect(error.message).to.match(/more than the 4 KiB/);
    });

    it('caps error bodies and PDFs too', async () => {
      const huge = 'x'.repeat(10_000);
      const problem = adapterAnswering(
        () => new Response(huge, { status: 500, headers: { 'Content-Type': 'text/html' } }),
        1000,
      );
      expect((await rejection(problem.getSession!())).message).to.contain('1000 bytes');
      const pdf = adapterAnswering(
        () => new Response(huge, { headers: { 'Content-Type': 'application/pdf' } }),
        1000,
      );
      expect((await rejection(pdf.getInvoicePdf!('inv_1'))).code).to.equal('invalid_response');
    });

    it('reads a body under the cap whole', async () => {
      const balances = [
        { money: { amount: 10045, currency: 'EUR' }, updatedAt: '2026-11-01T00:00:00.000Z' },
      ];
      const adapter = adapterAnswering(() => streamed(JSON.stringify(balances), 5), 4096);
      expect(await adapter.getBalances!()).to.deep.equal(balances);
      const pdf = adapterAnswering(
        () => new Response('%PDF-1.4 …', { headers: { 'Content-Type': 'application/pdf' } }),
      );
      const blob = (await pdf.getInvoicePdf!('inv_1')) as Blob;
      expect(blob.type).to.equal('application/pdf');
      expect(await blob.text()).to.equal('%PDF-1.4 …');
    });
  });

  describe('Retry-After', () => {
    it('holds huge values to a day, so no timer overflows', () => {
      expect(MAX_RETRY_AFTER).to.equal(86_400);
      expect(parseRetryAfter('3600')).to.equal(3600);
      expect(parseRetryAfter('99999999999999999999')).to.equal(86_400);
      expect(parseRetryAfter(new Date(Date.now() + 90 * 86_400_000).toUTCString())).to.equal(
        86_400,
      );
    });

    it('does not make a read wait an hour', async () => {
      let calls = 0;
      const adapter = createHttpAdapter({
        baseUrl: BASE,
        eventsUrl: false,
        fetch: (() => {
          calls++;
          return Promise.resolve(
            calls === 1
              ? new Response(JSON.stringify({ code: 'rate_limited', status: 429 }), {
                  status: 429,
                  headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' },
                })
              : new Response('[]', { headers: { 'Content-Type': 'application/json' } }),
          );
        }) as typeof fetch,
      });
      const client = new PartnerHubClient(adapter, { retry: { maxDelay: 50 } });
      const started = performance.now();
      expect(await client.read('balances')).to.deep.equal([]);
      expect(calls).to.equal(2);
      expect(performance.now() - started).to.be.lessThan(1000);
    });
  });
});
