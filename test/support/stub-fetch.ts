// A fetch for the http adapter's tests: it records what it was sent and answers from a queue.
import { createHttpAdapter, type HttpAdapterOptions } from '../../src/adapter/http/http-adapter.js';

/** One request as the adapter sent it. */
export interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  redirect: RequestRedirect | undefined;
  signal: AbortSignal | null | undefined;
}

/** An answer, or a function of the request that makes one. */
export type Reply = Response | ((sent: Sent) => Response | Promise<Response>);

/** A fetch that records what it was sent and answers from `replies` (then `{}` as JSON). */
export function stubFetch(...replies: Reply[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Sent = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      redirect: init.redirect,
      signal: init.signal,
    };
    sent.push(request);
    const reply = replies.shift() ?? json({});
    return typeof reply === 'function' ? reply(request) : reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A problem document (`application/problem+json`), as the REST contract's errors are. */
export function problem(status: number, body: Record<string, unknown>, headers = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** The base URL the stubbed adapters are given. */
export const BASE = 'https://partner.example/api/v1';

/** An http adapter over a stubbed fetch answering `replies`; `sent` is what it sent. */
export function adapterWith(replies: Reply[], options: Partial<HttpAdapterOptions> = {}) {
  const stub = stubFetch(...replies);
  const adapter = createHttpAdapter({
    baseUrl: BASE,
    fetch: stub.fetch,
    eventsUrl: false,
    ...options,
  });
  return { adapter, sent: stub.sent };
}
