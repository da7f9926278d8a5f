/**
 * The http adapter: the whole contract over REST and JSON, built from the route table in
 * `routes.ts` (the same table the reference server dispatches on and the OpenAPI document is
 * generated from).
 *
 * ```ts
 * const adapter = createHttpAdapter({
 *   baseUrl: 'https://portal.example/api/partner-hub/v1',
 *   getHeaders: async ({ refresh }) => ({ Authorization: `Bearer ${await token(refresh)}` }),
 * });
 * ```
 *
 * - Responses are not parsed here: the client parses every response at the seam
 *   (`withValidation`), so a malformed one becomes `invalid_response` naming the field.
 * - Errors are `application/problem+json` and become {@link AdapterError}s by their `code`
 *   member, else by status; field errors come from `errors`, `retryAfter` from `Retry-After`,
 *   `reasonCode` from the body's `reasonCode`, else the `X-Reason-Code` header. A 2xx that
 *   carries a problem document is an error too: by the problem's `status`, else
 *   `invalid_response`.
 *   A network failure is `network`, an abort `aborted` (`timeout` when its signal's reason is a
 *   `TimeoutError`: `AbortSignal.timeout()`, the client's deadline), a 2xx that is not JSON
 *   `invalid_response`. A body never sets `aborted`, `network` or `timeout`: only this side
 *   knows those.
 * - Path ids are encoded; an id that is "", "." or ".." is refused as `validation` before
 *   sending (a URL cannot carry it: "..", even as `%2E%2E`, is a step up the path).
 * - Redirects: a change is sent with `redirect: 'manual'` and a redirect (an auth proxy's 302 to
 *   its sign-in page, a 303 elsewhere) is `invalid_response` saying so: its outcome is unknown,
 *   and nothing is sent on. Reads follow (GET stays GET); one that ends at something other than
 *   JSON says where it ended.
 * - `getHeaders` is called for every request (it may be async, for short-lived tokens). After
 *   a 401 it is called once more with `{ refresh: true }` and the request is sent once more.
 *   When it throws (or returns headers fetch cannot send), nothing is sent: `unauthorized`,
 *   naming getHeaders (an AdapterError it throws is passed on as it is).
 * - Mutations send `Idempotency-Key` (the caller's `idempotencyKey`, reused on retries): 1 to 255
 *   visible ASCII characters, sent as it is; another key is refused as `validation` before
 *   sending. With `namePartnerAccount`, also `X-Partner-Account`: the partner account the last
 *   session read (`getSession`, `switchPartnerAccount`; one sent before the latest switch is not
 *   taken) named when the key was first sent, the same on every retry of that key. After the
 *   user switched away in another tab, the server replays a retry of a change made there and
 *   refuses (409) a new one, so nothing lands on an account it was not meant for.
 * - A response larger than `maxResponseBytes` (default 10 MiB) is refused as `invalid_response`
 *   saying so, before it is read whole: by its `Content-Length`, else while it streams in.
 * - `Retry-After` is read as seconds (or an HTTP date) and held to a day at most; the client
 *   waits no longer than its own longest backoff.
 * - Optional routes may answer 501: that is `unavailable`. A hub that lacks one altogether
 *   should say so with `capabilities: { removeUser: false }`, so the widgets hide it.
 * - Live updates: `GET {baseUrl}/events` (Server-Sent Events). EventSource cannot send custom
 *   headers, so `getHeaders` does not reach the stream: authenticate it with cookies
 *   (`withCredentials: true` across origins) or hand out a short-lived signed URL through
 *   `eventsUrl: async () => …`. Pass `eventsUrl: false` (or `capabilities: { subscribe: false }`)
 *   when the hub has no stream.
 */
import type {
  CollectPaymentMethodInput,
  FullPartnerHubAdapter,
  InviteUserInput,
  InvoiceQuery,
  LiveListener,
  MovementQuery,
  MutationOptions,
  OptionalMethod,
  ReadOptions,
  TopUpInput,
  UsageQuery,
  WhatsAppAccountQuery,
} from '../contract.js';
import { AdapterError } from '../errors.js';
import type {
  AutoRenewalUpdate,
  ApiKeyInput,
  IntegrationSettingsPatch,
  InvoicingDetailsPatch,
  PaymentMethod,
  ProfilePatch,
  Role,
} from '../schemas.js';
import { liveSubscription, type EventSourceConstructor } from './live.js';
import { isJsonType, isProblemType, problemInSuccess, problemToError } from './problem.js';
import {
  fillPath,
  PARTNER_ACCOUNT_HEADER,
  ROUTE_BY_METHOD,
  type Route,
  wellFormed,
} from './routes.js';

/** What `getHeaders` is told: `refresh` is true on the one retry after a 401. */
export interface HeadersContext {
  refresh: boolean;
}

export interface HttpAdapterOptions {
  /** The API's base, e.g. `https://partner.example/api/v1` (no trailing slash needed). */
  baseUrl: string;
  /**
   * Headers for each request, typically `Authorization`. Called before every request; after a
   * 401 called again with `{ refresh: true }` (get a new token) and the request is retried once.
   */
  getHeaders?: (context: HeadersContext) => HeadersInit | Promise<HeadersInit>;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Cookies: `include` to send them to another origin (default: the browser's `same-origin`). */
  credentials?: RequestInit['credentials'];
  /**
   * Leave out optional methods this hub lacks: `{ removeUser: false, subscribe: false }`. The
   * widgets then hide or explain them instead of failing.
   */
  capabilities?: Partial<Record<OptionalMethod, false>>;
  /**
   * The event stream (default `${baseUrl}/events`). A function is called each time the stream
   * opens, so it can mint a short-lived signed URL. `false`: no live updates.
   */
  eventsUrl?: string | (() => string | Promise<string>) | false;
  /** Send cookies with the event stream to another origin (EventSource's `withCredentials`). */
  withCredentials?: boolean;
  /**
   * The largest response body accepted, in bytes (default 10 MiB). A larger one is refused with
   * `invalid_response` instead of filling the page's memory.
   */
  maxResponseBytes?: number;
  /**
   * Say on each change which partner account it was made for (`X-Partner-Account`), so a
   * server can refuse one made before a switch in another tab (the reference server does).
   * Turn it on only when the session's `partner.id` is the id your server's `authenticate`
   * returns as `partnerAccountId`, and, across origins, when its CORS allows the header.
   */
  namePartnerAccount?: boolean;
  /** The EventSource constructor (default: the global one; a polyfill may send headers). */
  EventSource?: EventSourceConstructor;
  /**
   * Collecting a card belongs to the host's payment provider (PCI), not to REST: pass the
   * host's flow here to offer "add a card". Without it the capability is absent.
   */
  collectPaymentMethod?: (
    input: CollectPaymentMethodInput,
    options: MutationOptions,
  ) => Promise<PaymentMethod>;
}

type Method = Route['method'];

/** What `Headers` accepts (`HeadersInit` of the DOM, named without it). */
type HeadersInit = ConstructorParameters<typeof Headers>[0];

interface Call {
  params?: readonly string[];
  query?: object;
  body?: unknown;
  options?: ReadOptions | MutationOptions;
}

/**
 * The error of an aborted request: `timeout` when the signal gave up waiting (its reason a
 * `TimeoutError`, as `AbortSignal.timeout()` and the client's deadline give), else `aborted`.
 */
function aborted(signal: AbortSignal | undefined, cause?: unknown): AdapterError {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new AdapterError(
      'timeout',
      reason.message || 'The Partner Hub took too long to answer.',
      {
        cause: reason,
      },
    );
  }
  return new AdapterError('aborted', 'The request was aborted.', { cause: cause ?? reason });
}

/** Why the hub refused, when a problem body does not say (`reasonCode`). */
const REASON_CODE_HEADER = 'X-Reason-Code';

/** The default cap of a response body: 10 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
    : `${Math.round((bytes / 1024) * 10) / 10} KiB`;
}

function tooLarge(method: string, limit: number, size?: number): AdapterError {
  const got = size === undefined ? 'more' : formatBytes(size);
  return new AdapterError(
    'invalid_response',
    `${method} answered with ${got} than the ${formatBytes(limit)} this page accepts ` +
      `(maxResponseBytes of createHttpAdapter).`,
  );
}

/**
 * The body's bytes, refusing more than `limit`: by `Content-Length` before reading, otherwise by
 * counting as it streams in (and cancelling the rest).
 */
async function readCapped(
  response: Response,
  method: string,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(method, limit, declared);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(method, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Whether fetch stopped at a redirect (`redirect: 'manual'`): browsers give an opaque one
 * (status 0, no headers), Node and other runtimes the 3xx itself.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** A URL for a message: at most 200 characters. */
function shorten(url: string): string {
  return url.length > 200 ? `${url.slice(0, 199)}…` : url;
}

/**
 * A change that was redirected. Its outcome is unknown (a proxy may answer before the hub, or
 * the hub after applying it), so the code is `invalid_response`, not a refusal.
 */
function redirected(method: string, response: Response): AdapterError {
  const location = response.headers.get('Location');
  const where =
    response.type === 'opaqueredirect'
      ? 'the browser does not say where to'
      : response.redirected
        ? `and followed to ${shorten(response.url)}`
        : `HTTP ${response.status}${location ? ` to ${shorten(location)}` : ''}`;
  return new AdapterError(
    'invalid_response',
    `${method} was redirected (${where}); the adapter does not follow redirects for changes: ` +
      `point baseUrl at the API itself, or answer 401 when the session has expired.`,
    { cause: { status: response.status, location } },
  );
}

/** The longest `Idempotency-Key` a hub keeps (the reference server's limit). */
const MAX_KEY_LENGTH = 255;

/**
 * What is wrong with an idempotency key, if anything. It goes into a header as it is: visible
 * ASCII only (a header would trim spaces, so " k5 " and "k5" would be one key, and fetch throws
 * on other characters), at most {@link MAX_KEY_LENGTH} characters.
 */
function keyProblem(key: string): string | undefined {
  if (key.length > MAX_KEY_LENGTH) {
    return `is ${key.length} characters long; the hub keeps at most ${MAX_KEY_LENGTH}`;
  }
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return `${JSON.stringify(key.slice(0, 40))} has characters a header cannot carry as they are (only visible ASCII, no spaces)`;
  }
  return undefined;
}

/**
 * Whether an id can be a path segment of its own. "." and ".." cannot: URL parsing (WHATWG, in
 * fetch) reads them as "this folder" and "one up", encoded as `%2E` or not, so
 * `removeUser('..')` would send DELETE to the API's root. An empty id names nothing.
 */
function isPathSegment(value: string): boolean {
  return value !== '' && value !== '.' && value !== '..';
}

function notASegment(method: string, name: string, value: string): AdapterError {
  return new AdapterError(
    'validation',
    `${method} cannot send ${JSON.stringify(value)} as its ${name}: ` +
      `a URL reads "." and ".." (even as %2E) as steps along the path and "" as none, so the ` +
      `request would reach another resource. Nothing was sent.`,
  );
}

/** `partner.id` of a session answer (not parsed yet: the client does that), if it has one. */
function partnerIdOf(session: unknown): string | undefined {
  const id = (session as { partner?: { id?: unknown } } | null)?.partner?.id;
  return typeof id === 'string' ? id : undefined;
}

function queryString(route: Route, query: object | undefined): string {
  if (!route.query || !query) return '';
  const search = new URLSearchParams();
  for (const name of Object.keys(route.query)) {
    const value = (query as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Creates an adapter that talks to a Partner Hub REST API (see `routes.ts` and the OpenAPI
 * document) with `fetch`.
 */
export function createHttpAdapter(options: HttpAdapterOptions): FullPartnerHubAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const off = options.capabilities ?? {};
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  /** The partner account the last session answer named; changes say they are made for it. */
  let partnerAccountId: string | undefined;
  /**
   * Bumped by each switch, as it is sent and as it answers: only session answers to requests
   * sent since the switch answered are taken (and the switch's own).
   */
  let sessionEpoch = 0;
  /** The account each recent idempotency key was first sent for: its retries name the same. */
  const accountOfKey = new Map<string, string>();
  const accountFor = (key: string): string | undefined => {
    if (!accountOfKey.has(key) && partnerAccountId !== undefined) {
      accountOfKey.set(key, partnerAccountId);
      if (accountOfKey.size > 256) accountOfKey.delete(accountOfKey.keys().next().value!);
    }
    return accountOfKey.get(key);
  };

  async function send(
    route: Route,
    url: string,
    body: RequestInit['body'],
    call: Call,
    refresh: boolean,
  ) {
    const signal = call.options?.signal;
    let headers: Headers;
    try {
      headers = new Headers(options.getHeaders ? await options.getHeaders({ refresh }) : {});
    } catch (error) {
      if (signal?.aborted) throw aborted(signal, error);
      if (error instanceof AdapterError) throw error;
      // The host could not say who is asking (its token refresh failed): nothing was sent.
      const why = error instanceof Error ? error.message : String(error);
      throw new AdapterError(
        'unauthorized',
        `getHeaders of createHttpAdapter failed, so ${route.method} was not sent: ${why}`,
        { cause: error },
      );
    }
    if (signal?.aborted) throw aborted(signal);
    headers.set(
      'Accept',
      route.response === 'pdf' ? 'application/pdf, application/json' : 'application/json',
    );
    // The hub may answer in the elements' language (its refusals, plan features, region names).
    const locale = wellFormed(call.options?.locale);
    if (locale) headers.set('Accept-Language', locale);
    if (body !== undefined) {
      const type = route.body === 'binary' ? (call.body as Blob).type : 'application/json';
      headers.set('Content-Type', type || 'application/octet-stream');
    }
    if (route.mutation) {
      const key = (call.options as MutationOptions).idempotencyKey;
      headers.set('Idempotency-Key', key);
      // A switch is how the user leaves the account: it is never refused for naming another.
      const account =
        options.namePartnerAccount && route.method !== 'switchPartnerAccount'
          ? accountFor(key)
          : undefined;
      // Only an id a header carries as it is (visible ASCII), else none: never a wrong one.
      if (account !== undefined && /^[\x21-\x7e]+$/.test(account)) {
        headers.set(PARTNER_ACCOUNT_HEADER, account);
      }
    }
    try {
      return await doFetch(url, {
        method: route.http,
        headers,
        body,
        signal,
        // A change is not followed anywhere: a 302/303 would turn it into a GET elsewhere (with
        // its key and headers), a 307 would send it on to a place it was not meant for.
        redirect: route.mutation ? 'manual' : 'follow',
        ...(options.credentials ? { credentials: options.credentials } : {}),
      });
    } catch (error) {
      if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
        throw aborted(signal, error);
      }
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new AdapterError('timeout', error.message, { cause: error });
      }
      throw new AdapterError('network', 'The Partner Hub could not be reached.', { cause: error });
    }
  }

  /**
   * Reads a body (at most `maxResponseBytes`), turning an abort while reading into `aborted`
   * and a broken stream into `network`.
   */
  async function readBody(
    method: Method,
    call: Call,
    response: Response,
  ): Promise<Uint8Array<ArrayBuffer>> {
    try {
      return await readCapped(response, method, maxBytes);
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      const signal = call.options?.signal;
      if (signal?.aborted) throw aborted(signal, error);
      throw new AdapterError('network', 'The response was cut off.', { cause: error });
    }
  }

  async function readText(method: Method, call: Call, response: Response): Promise<string> {
    return new TextDecoder().decode(await readBody(method, call, response));
  }

  async function request(method: Method, call: Call = {}): Promise<unknown> {
    const route = ROUTE_BY_METHOD.get(method)!;
    const signal = call.options?.signal;
    if (signal?.aborted) throw aborted(signal);
    if (route.mutation) {
      const key = (call.options as MutationOptions | undefined)?.idempotencyKey;
      if (typeof key !== 'string' || key === '') {
        throw new AdapterError(
          'validation',
          'Every change needs an idempotency key, reused when the same change is retried.',
          { fieldErrors: { idempotencyKey: 'Every change needs an idempotency key.' } },
        );
      }
      const wrong = keyProblem(key);
      if (wrong) {
        throw new AdapterError(
          'validation',
          `The idempotency key of ${method} ${wrong}. Use a random one such as crypto.randomUUID(), the same on every retry.`,
          { fieldErrors: { idempotencyKey: `The idempotency key ${wrong}.` } },
        );
      }
    }
    const params = call.params ?? [];
    params.forEach((value, i) => {
      if (!isPathSegment(value)) throw notASegment(method, route.params?.[i] ?? 'id', value);
    });
    const url = `${base}${fillPath(route.path, params)}${queryString(route, call.query)}`;
    let body: RequestInit['body'];
    if (route.body === 'binary') body = call.body as Blob;
    else if (route.body !== undefined) body = JSON.stringify(call.body ?? {});

    // A switch starts a new session epoch: a session read sent before it may answer after it,
    // with the account left behind, and must not name that one on the next change.
    const epoch = method === 'switchPartnerAccount' ? ++sessionEpoch : sessionEpoch;
    let response = await send(route, url, body, call, false);
    if (response.status === 401 && options.getHeaders) {
      // Let the body go before asking again: the token may simply have expired.
      void response.body?.cancel().catch(() => undefined);
      response = await send(route, url, body, call, true);
    }

    // `redirected`: a host's own fetch that followed anyway (its answer is another resource's).
    if (route.mutation && (isRedirect(response) || response.redirected)) {
      void response.body?.cancel().catch(() => undefined);
      throw redirected(method, response);
    }
    const contentType = response.headers.get('Content-Type');
    // Where a followed read ended, for the messages below.
    const landed = response.redirected ? `, redirected to ${shorten(response.url)}` : '';
    if (!response.ok) {
      const text = await readText(method, call, response);
      throw problemToError(
        response.status,
        contentType,
        response.headers.get('Retry-After'),
        text,
        response.headers.get(REASON_CODE_HEADER),
      );
    }
    if (isProblemType(contentType)) {
      const text = await readText(method, call, response);
      throw problemInSuccess(
        method,
        response.status,
        response.headers.get('Retry-After'),
        text,
        response.headers.get(REASON_CODE_HEADER),
      );
    }
    if (route.response === null) {
      void response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    if (route.response === 'pdf') {
      if (isJsonType(contentType)) {
        // A hub may answer with a link instead: `{ "url": "https://…" }`.
        const body = await readText(method, call, response);
        let link: unknown;
        try {
          link = (JSON.parse(body) as { url?: unknown } | null)?.url;
        } catch {
          // Not JSON at all: refused below like JSON without a link.
        }
        if (typeof link === 'string') return link;
        throw new AdapterError('invalid_response', `${method} returned JSON without a "url".`);
      }
      const bytes = await readBody(method, call, response);
      // A PDF by its type, or by its own header where the type says nothing (octet-stream,
      // none): an HTML page (a sign-in page, a proxy's error) is not saved as a PDF.
      const pdf = /^application\/pdf\b/i.test(contentType ?? '');
      const header = String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
      if (!pdf && !(header && /^(application\/octet-stream\b|$)/i.test(contentType ?? ''))) {
        throw new AdapterError(
          'invalid_response',
          `${method} returned ${contentType ?? 'no content type'} instead of a PDF (HTTP ${response.status}${landed}).`,
        );
      }
      return new Blob([bytes], { type: 'application/pdf' });
    }
    if (!isJsonType(contentType)) {
      throw new AdapterError(
        'invalid_response',
        `${method} returned ${contentType ?? 'no content type'} instead of JSON (HTTP ${response.status}${landed}).`,
      );
    }
    const text = await readText(method, call, response);
    try {
      const value = JSON.parse(text) as unknown;
      if (
        (method === 'getSession' || method === 'switchPartnerAccount') &&
        epoch === sessionEpoch
      ) {
        partnerAccountId = partnerIdOf(value);
        // A session read sent while the switch was out may have been read before it: its
        // answer, coming later, is not taken either.
        if (method === 'switchPartnerAccount') sessionEpoch++;
      }
      return value;
    } catch (error) {
      throw new AdapterError('invalid_response', `${method} returned a body that is not JSON.`, {
        cause: error,
      });
    }
  }

  // Each method is typed by the contract; its value is parsed by the client (withValidation).
  const r = request as (method: Method, call?: Call) => Promise<never>;

  const adapter: FullPartnerHubAdapter = {
    getSession: (o?: ReadOptions) => r('getSession', { options: o }),
    getBalances: (o?: ReadOptions) => r('getBalances', { options: o }),
    listDailyUsage: (q: UsageQuery, o?: ReadOptions) =>
      r('listDailyUsage', { query: q, options: o }),
    topUp: (input: TopUpInput, o: MutationOptions) => r('topUp', { body: input, options: o }),
    quoteTopUp: (input: TopUpInput, o?: ReadOptions) =>
      r('quoteTopUp', { body: input, options: o }),
    getAutoRenewal: (o?: ReadOptions) => r('getAutoRenewal', { options: o }),
    updateAutoRenewal: (settings: AutoRenewalUpdate, o: MutationOptions) =>
      r('updateAutoRenewal', { body: settings, options: o }),
    listMovements: (q: MovementQuery, o?: ReadOptions) =>
      r('listMovements', { query: q, options: o }),
    listInvoices: (q: InvoiceQuery, o?: ReadOptions) => r('listInvoices', { query: q, options: o }),
    payInvoice: (id: string, input: { paymentMethodId: string }, o: MutationOptions) =>
      r('payInvoice', { params: [id], body: input, options: o }),
    getInvoicePdf: (id: string, o?: ReadOptions) =>
      r('getInvoicePdf', { params: [id], options: o }),
    getInvoicingDetails: (o?: ReadOptions) => r('getInvoicingDetails', { options: o }),
    updateInvoicingDetails: (patch: InvoicingDetailsPatch, o: MutationOptions) =>
      r('updateInvoicingDetails', { body: patch, options: o }),
    listPaymentMethods: (o?: ReadOptions) => r('listPaymentMethods', { options: o }),
    setDefaultPaymentMethod: (id: string, o: MutationOptions) =>
      r('setDefaultPaymentMethod', { params: [id], options: o }),
    removePaymentMethod: (id: string, o: MutationOptions) =>
      r('removePaymentMethod', { params: [id], options: o }),
    getPlan: (o?: ReadOptions) => r('getPlan', { options: o }),
    quotePlanChange: (planId: string, o?: ReadOptions) =>
      r('quotePlanChange', { query: { planId }, options: o }),
    changePlan: (planId: string, o: MutationOptions) =>
      r('changePlan', { body: { planId }, options: o }),
    cancelPlan: (o: MutationOptions) => r('cancelPlan', { options: o }),
    listUsers: (o?: ReadOptions) => r('listUsers', { options: o }),
    inviteUser: (input: InviteUserInput, o: MutationOptions) =>
      r('inviteUser', { body: input, options: o }),
    updateUserRole: (id: string, role: Role, o: MutationOptions) =>
      r('updateUserRole', { params: [id], body: { role }, options: o }),
    removeUser: (id: string, o: MutationOptions) => r('removeUser', { params: [id], options: o }),
    resendInvitation: (id: string, o: MutationOptions) =>
      r('resendInvitation', { params: [id], options: o }),
    revokeInvitation: (id: string, o: MutationOptions) =>
      r('revokeInvitation', { params: [id], options: o }),
    getIntegrationSettings: (o?: ReadOptions) => r('getIntegrationSettings', { options: o }),
    updateIntegrationSettings: (patch: IntegrationSettingsPatch, o: MutationOptions) =>
      r('updateIntegrationSettings', { body: patch, options: o }),
    sendTestWebhook: (o: MutationOptions) => r('sendTestWebhook', { options: o }),
    listApiKeys: (o?: ReadOptions) => r('listApiKeys', { options: o }),
    createApiKey: (input: ApiKeyInput, o: MutationOptions) =>
      r('createApiKey', { body: input, options: o }),
    revokeApiKey: (id: string, o: MutationOptions) =>
      r('revokeApiKey', { params: [id], options: o }),
    getProfile: (o?: ReadOptions) => r('getProfile', { options: o }),
    updateProfile: (patch: ProfilePatch, o: MutationOptions) =>
      r('updateProfile', { body: patch, options: o }),
    uploadLogo: (file: Blob, o: MutationOptions) => {
      if (!(file instanceof Blob)) {
        return Promise.reject(
          new AdapterError('validation', 'Choose an image file.', {
            fieldErrors: { logo: 'Choose an image file.' },
          }),
        );
      }
      return r('uploadLogo', { body: file, options: o });
    },
    listWhatsAppAccounts: (q: WhatsAppAccountQuery, o?: ReadOptions) =>
      r('listWhatsAppAccounts', { query: q, options: o }),
    listPartnerAccounts: (o?: ReadOptions) => r('listPartnerAccounts', { options: o }),
    switchPartnerAccount: (id: string, o: MutationOptions) =>
      r('switchPartnerAccount', { params: [id], options: o }),
  };

  if (options.collectPaymentMethod) adapter.collectPaymentMethod = options.collectPaymentMethod;

  const EventSourceImpl =
    options.EventSource ??
    (typeof EventSource === 'function' ? (EventSource as EventSourceConstructor) : undefined);
  const events = options.eventsUrl ?? `${base}/events`;
  if (events !== false && EventSourceImpl) {
    const url = typeof events === 'function' ? events : () => events;
    const subscribe = liveSubscription(url, EventSourceImpl, options.withCredentials ?? false);
    adapter.subscribe = (listener: LiveListener) => subscribe(listener);
  }

  for (const [name, value] of Object.entries(off)) {
    if (value === false) delete (adapter as unknown as Record<string, unknown>)[name];
  }
  return adapter;
}
