/**
 * `createPartnerHubHandler`: the whole REST contract of `src/adapter/http/routes.ts` as one
 * web-standard `(Request) => Promise<Response>`. The host supplies who is asking
 * (`authenticate`) and a backend that does the work; the handler does everything between:
 *
 * 1. the route (404, 405 `unsupported` with `Allow`, 400 for a malformed percent-escape);
 * 2. the identity (401 without one), only active users (403 for an invited one), owner-only
 *    routes refused for members (403) before anything is read, and a request made for another
 *    partner account than the caller's current one (`X-Partner-Account`) never run there: a
 *    retry of a change kept in that account (the user still one of its users) is replayed,
 *    anything else refused (409);
 * 3. the request parsed with the contract's schemas: bodies within a size cap (413) and a
 *    deadline (408), JSON within a depth cap (400), unknown fields and query parameters
 *    refused by name, every string capped and well-formed (422 naming the field);
 * 4. mutations once per (account, user, method, Idempotency-Key), fingerprinted from the
 *    parsed, canonical request, replayed for 24 hours, 409 for the same key with another request,
 *    503 with `Retry-After` while the key's first run is still being applied elsewhere;
 * 5. the backend call with the actor and a signal, answered 504 past `callTimeoutMs`;
 * 6. errors as problem+json with the adapter's codes and field errors;
 * 7. `GET /events` as Server-Sent Events from the live fan-out, capped per user, dropping
 *    clients that stop reading.
 */
import type { LiveEvent } from '../adapter/contract.js';
import { AdapterError } from '../adapter/errors.js';
import {
  PARTNER_ACCOUNT_HEADER,
  ROUTES,
  matchRoute,
  wellFormed,
  type Route,
} from '../adapter/http/routes.js';
import { isAllowed } from '../adapter/permissions.js';
import { MAX_LENGTH } from '../adapter/schemas.js';
import * as z from 'zod/mini';
import { eventStream } from './events.js';
import { createMemoryIdempotencyStore, createMemoryLiveFanout } from './memory.js';
import { buildOpenApiDocument } from './openapi.js';
import {
  API_HEADERS,
  HttpProblem,
  invalid,
  jsonResponse,
  methodNotAllowed,
  problemResponse,
} from './problem.js';
import {
  FieldErrors,
  fieldErrors,
  fingerprintOf,
  parseJson,
  readBody,
  requireWellFormed,
} from './request.js';
import type {
  BackendMethod,
  CallContext,
  Execution,
  Identity,
  PartnerHubHandler,
  PartnerHubHandlerOptions,
  ServerLimits,
  StoredResponse,
} from './types.js';

export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  jsonBodyBytes: 64 * 1024,
  binaryBodyBytes: 4 * 1024 * 1024,
  jsonDepth: 16,
  bodyTimeoutMs: 10_000,
  callTimeoutMs: 30_000,
  streamsPerUser: 4,
  streamQueue: 64,
  heartbeatMs: 15_000,
});

/** How long a kept idempotent answer is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;
const MAX_QUERY_LENGTH = 500;

type BackendFn = (...args: unknown[]) => Promise<unknown>;

/** Creates the handler. See the module comment for what it does, and the README for wiring. */
export function createPartnerHubHandler(options: PartnerHubHandlerOptions): PartnerHubHandler {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const basePath = (options.basePath ?? '/api/v1').replace(/\/+$/, '');
  const idempotency = options.stores?.idempotency ?? createMemoryIdempotencyStore();
  const live = options.stores?.live ?? createMemoryLiveFanout();
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const backend = options.backend as Partial<Record<BackendMethod, BackendFn>>;
  const streams = new Map<string, number>();
  const closing = new AbortController();
  let openapi: string | undefined;

  async function identify(request: Request): Promise<Identity> {
    const identity = await withinDeadline(
      Promise.resolve(options.authenticate(request)),
      limits.callTimeoutMs,
    );
    if (!identity) throw new AdapterError('unauthorized', 'Sign in to continue.');
    if (!isIdentity(identity)) {
      throw new TypeError(
        'authenticate() returned something that is not an Identity: { partnerAccountId, user: { id, role: "owner" | "member", status: "active" | "invited" } }.',
      );
    }
    if (identity.user.status !== 'active') {
      throw new AdapterError(
        'forbidden',
        'Accept your invitation to this partner account before using it.',
      );
    }
    return identity;
  }

  /**
   * Refuses (409, as any change for another account) unless `partnerAccountId` is one of the
   * accounts the user may open now, as the backend's `listPartnerAccounts` answers for them:
   * a user removed from it since learns nothing more of it. Without that method nobody can say,
   * and the change is refused too.
   */
  async function requireMembership(
    partnerAccountId: string,
    request: Request,
    actor: Identity,
    signal: AbortSignal,
  ): Promise<void> {
    const list = backend.listPartnerAccounts;
    if (!list) throw notMadeHere();
    const accounts = (await list(context(request, actor, signal))) as unknown;
    const member =
      Array.isArray(accounts) &&
      accounts.some((a) => (a as { id?: unknown } | null)?.id === partnerAccountId);
    if (!member) throw notMadeHere();
  }

  async function handleEvents(request: Request): Promise<Response> {
    if (request.method !== 'GET') {
      throw methodNotAllowed(['GET']);
    }
    const actor = await identify(request);
    const slot = `${actor.partnerAccountId}\u0000${actor.user.id}`;
    const open = streams.get(slot) ?? 0;
    if (open >= limits.streamsPerUser) {
      throw new HttpProblem(
        429,
        'rate_limited',
        `At most ${limits.streamsPerUser} event streams per user; close one first.`,
        undefined,
        { 'retry-after': '5' },
      );
    }
    streams.set(slot, open + 1);
    let first: LiveEvent | undefined;
    try {
      const getBalances = backend.getBalances;
      if (getBalances) {
        const signal = anySignal([request.signal, AbortSignal.timeout(limits.callTimeoutMs)]);
        const data = (await withinDeadline(
          getBalances(context(request, actor, signal)),
          limits.callTimeoutMs,
        )) as never;
        first = { resource: 'balances', data };
      }
    } catch {
      // No balances for this account (client-paid, or the backend failed): start without.
    }
    const signal = anySignal([request.signal, closing.signal]);
    const body = eventStream({
      live,
      partnerAccountId: actor.partnerAccountId,
      limits,
      signal,
      ...(first ? { first } : {}),
      // A user removed (or signed out) while the stream is open stops receiving at once.
      stillAllowed: async () => {
        const now = await identify(request);
        return now.partnerAccountId === actor.partnerAccountId && now.user.id === actor.user.id;
      },
      onClose: () => {
        const n = (streams.get(slot) ?? 1) - 1;
        if (n > 0) streams.set(slot, n);
        else streams.delete(slot);
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        ...API_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'x-accel-buffering': 'no',
      },
    });
  }

  async function handleRoute(request: Request, url: URL, path: string): Promise<Response> {
    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(request.method, path);
    } catch {
      throw invalid(
        { path: 'The path has a malformed percent-escape.' },
        'The path has a malformed percent-escape.',
        400,
      );
    }
    if (!match) {
      const allowed = allowedAt(path);
      if (allowed.length > 0) throw methodNotAllowed(allowed);
      throw new AdapterError('not_found', 'There is no such resource.');
    }
    const { route, params } = match;

    // Who acts, and may they? Before reading anything the request carries.
    const actor = await identify(request);
    // A change made for another account than the caller's current one (switched since, in
    // another tab) never runs: it can only replay the answer kept there, below. The role
    // checked here is the one in the current account, which says nothing of that one; a replay
    // applies nothing and gives this user only the answer to a change they made there, which
    // their role then allowed (the record is theirs: account, user, method, key).
    const elsewhere = accountNamedElsewhere(request, actor);
    if (elsewhere !== undefined && !route.mutation) throw notMadeHere();
    if (elsewhere === undefined && !isAllowed(actor.user.role, route.method)) {
      throw new AdapterError(
        'forbidden',
        'Only owners can do this. Ask an owner of this partner account.',
      );
    }
    const method = route.method as BackendMethod;
    const fn = backend[method];
    if (!fn) {
      throw new HttpProblem(501, 'unavailable', 'This server does not offer this operation.');
    }

    const paramErrors: Record<string, string> = {};
    (route.params ?? []).forEach((name, i) => {
      const value = params[i] ?? '';
      if (value.length > MAX_LENGTH.id)
        paramErrors[name] = `Use at most ${MAX_LENGTH.id} characters.`;
    });
    if (Object.keys(paramErrors).length > 0) throw invalid(paramErrors);
    requireWellFormed(Object.fromEntries((route.params ?? []).map((n, i) => [n, params[i]])));
    const query = queryOf(url, route);

    let body: unknown;
    let bytes: Uint8Array | undefined;
    if (route.body === 'binary') {
      bytes = await readBody(request, limits.binaryBodyBytes, limits.bodyTimeoutMs);
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      body = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
    } else {
      const raw = await readBody(request, limits.jsonBodyBytes, limits.bodyTimeoutMs);
      const parsed = parseJson(raw, request.headers.get('content-type'), limits.jsonDepth);
      if (parsed !== undefined) requireWellFormed(parsed);
      if (route.body !== undefined) {
        const result = z.safeParse(route.body, parsed, { reportInput: true });
        if (!result.success) throw invalid(fieldErrors(result.error.issues));
        body = result.data;
      } else if (parsed !== undefined) {
        const keys =
          parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? Object.keys(parsed)
            : ['body'];
        if (keys.length > 0) {
          throw invalid(
            Object.fromEntries(keys.map((k) => [k, 'This request takes no body; remove it.'])),
          );
        }
      }
    }

    const args = argumentsOf(route, params, body, query);
    const deadline = new AbortController();
    const timer = setTimeout(
      () =>
        deadline.abort(
          new AdapterError('timeout', 'The hub took too long to answer. Try again in a moment.'),
        ),
      limits.callTimeoutMs,
    );
    const signal = anySignal([request.signal, deadline.signal]);
    try {
      if (!route.mutation) {
        const result = await beforeDeadline(
          fn(...args, context(request, actor, signal)),
          deadline.signal,
        );
        return answer(route, params, result);
      }
      const key = idempotencyKeyOf(request);
      const fingerprint = await fingerprintOf(
        [route.method, params, bytes ? (body as Blob).type : (body ?? null)],
        bytes,
      );
      if (elsewhere !== undefined) {
        await beforeDeadline(requireMembership(elsewhere, request, actor, signal), deadline.signal);
      }
      // A one-time secret (a new API key's) goes to this answer only, never into the records.
      let fresh: StoredResponse | undefined;
      const run = idempotency.run(
        {
          scope: {
            partnerAccountId: elsewhere ?? actor.partnerAccountId,
            userId: actor.user.id,
            method,
            key,
          },
          fingerprint,
          ttlMs: IDEMPOTENCY_TTL_MS,
        },
        async (transaction): Promise<Execution> => {
          // Elsewhere, only a kept answer is replayed: with none, nothing runs and nothing is
          // kept (a run that throws leaves no record), and the change is refused.
          if (elsewhere !== undefined) throw notMadeHere();
          const ctx = context(request, actor, signal, key, transaction);
          const result = await fn(...args, ctx);
          const response: StoredResponse =
            route.response === null ? { status: 204, body: null } : { status: 200, body: result };
          if (route.oneTimeSecret && result && typeof result === 'object') {
            fresh = response;
            const kept = { ...(result as Record<string, unknown>), [route.oneTimeSecret]: null };
            return { response: { status: 200, body: kept }, keep: true };
          }
          return { response, keep: !isFailedPayment(result) };
        },
      );
      // The run goes on to its end even when the answer is a 504: a retry with the same key then
      // waits for it (or replays it) instead of charging again.
      const outcome = await beforeDeadline(run, deadline.signal);
      if (outcome.kind === 'conflict') {
        throw new AdapterError(
          'conflict',
          'This idempotency key was already used for a different request. Use a new key for a new change.',
        );
      }
      if (outcome.kind === 'in_progress') {
        // Not a refusal: the change may yet be applied, so the client checks again with the
        // same key (a `conflict` would read as "not applied", and a new key could pay twice).
        throw new HttpProblem(
          503,
          'unavailable',
          'This change is still being applied. Retry with the same key in a moment.',
          undefined,
          { 'retry-after': '1' },
        );
      }
      const { status, body: stored } =
        outcome.kind === 'executed' && fresh ? fresh : outcome.response;
      const replayed = outcome.kind === 'replayed' ? { 'idempotent-replayed': 'true' } : undefined;
      return status === 204
        ? new Response(null, { status, headers: { ...API_HEADERS, ...replayed } })
        : jsonResponse(status, stored, replayed);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The path under `basePath`, or undefined for one outside it. */
  function pathOf(pathname: string): string | undefined {
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
    return pathname.slice(basePath.length) || '/';
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = pathOf(url.pathname);
    if (path === undefined) throw new AdapterError('not_found', 'There is no such resource.');
    if (path === '/openapi.json') {
      if (request.method !== 'GET') throw methodNotAllowed(['GET']);
      openapi ??= JSON.stringify(buildOpenApiDocument());
      return new Response(openapi, {
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
      });
    }
    if (path === '/events') return handleEvents(request);
    return handleRoute(request, url, path);
  }

  const handler = (async (request: Request) => {
    try {
      return await route(request);
    } catch (error) {
      return problemResponse(asAborted(error, request.signal), (e) => onError(e, request));
    }
  }) as PartnerHubHandler;
  handler.publish = async (partnerAccountId, event) => {
    await live.publish(partnerAccountId, event);
  };
  handler.close = () => closing.abort();
  handler.allowedMethods = (url) => {
    const path = pathOf(new URL(url, 'http://localhost').pathname);
    return path === undefined ? [] : allowedAt(path);
  };
  Object.defineProperty(handler, 'limits', { value: Object.freeze({ ...limits }) });
  return handler;
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────

/** The methods the contract serves at `path` (under the base path); none for an unknown path. */
function allowedAt(path: string): string[] {
  if (path === '/events' || path === '/openapi.json') return ['GET'];
  return ROUTES.filter((r) => {
    try {
      return matchRoute(r.http, path)?.route === r;
    } catch {
      return false;
    }
  }).map((r) => r.http);
}

/**
 * A failure that is the client going away (a backend that stopped at the request's signal, or
 * skipped a call still queued), as the `aborted` it is: nothing unexpected happened.
 */
function asAborted(error: unknown, signal: AbortSignal): unknown {
  if (!signal.aborted || error instanceof AdapterError || error instanceof HttpProblem)
    return error;
  const isAbort =
    error === signal.reason || (error instanceof DOMException && error.name === 'AbortError');
  return isAbort
    ? new AdapterError('aborted', 'The request was aborted.', { cause: error })
    : error;
}

function isIdentity(value: Identity): boolean {
  const user = value.user as Partial<Identity['user']> | undefined;
  return (
    typeof value.partnerAccountId === 'string' &&
    value.partnerAccountId !== '' &&
    typeof user?.id === 'string' &&
    user.id !== '' &&
    (user.role === 'owner' || user.role === 'member') &&
    (user.status === 'active' || user.status === 'invited')
  );
}

function context(
  request: Request,
  actor: Identity,
  signal: AbortSignal,
  idempotencyKey?: string,
  transaction?: unknown,
): CallContext {
  // The first tag of Accept-Language, if it is one (else none: the backend's own language).
  const locale = wellFormed(request.headers.get('accept-language')?.split(/[,;]/)[0]?.trim());
  return {
    actor,
    signal,
    request,
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    ...(transaction !== undefined ? { transaction } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * The partner account a request names (`X-Partner-Account`, which the http adapter sends with a
 * change: the account its last session answer named when the key was first sent) when it is
 * not the caller's current one: the user switched since, in another tab. Undefined without the
 * header, or when it names the current account.
 */
function accountNamedElsewhere(request: Request, actor: Identity): string | undefined {
  const named = request.headers.get(PARTNER_ACCOUNT_HEADER);
  return named === null || named === actor.partnerAccountId ? undefined : named;
}

/**
 * The refusal of a change for another account than the current one, when there is no answer
 * of it to replay there: it must not land on the account the user works in now, nor on one
 * they left.
 */
function notMadeHere(): AdapterError {
  return new AdapterError(
    'conflict',
    'This change was made for another partner account than the one you are working in now (it was switched, perhaps in another tab), so it was not made here. Reload to see which account you are in.',
  );
}

function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get('idempotency-key');
  if (key === null || key.trim() === '') {
    throw invalid(
      { idempotencyKey: 'Every change needs an Idempotency-Key header.' },
      'Every change needs an Idempotency-Key header, reused when the same change is retried.',
    );
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw invalid({ idempotencyKey: `Use a key of at most ${MAX_KEY_LENGTH} characters.` });
  }
  return key;
}

/** A payment that failed does not use up its key: the retry (another card) may pay. */
function isFailedPayment(result: unknown): boolean {
  return (
    result !== null &&
    typeof result === 'object' &&
    (result as { status?: unknown }).status === 'failed'
  );
}

/** The route's query: known parameters only, integers checked, every value capped. */
function queryOf(url: URL, route: Route): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  const errors = new FieldErrors();
  const known = route.query ?? {};
  for (const name of new Set(url.searchParams.keys())) {
    if (!Object.hasOwn(known, name)) {
      errors.add(name, 'This query parameter is not part of the request; remove it.');
    }
  }
  for (const [name, type] of Object.entries(known)) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    if (value.length > MAX_QUERY_LENGTH) {
      errors.add(name, `Use at most ${MAX_QUERY_LENGTH} characters.`);
    } else if (type === 'integer') {
      if (/^-?\d{1,15}$/.test(value)) query[name] = Number(value);
      else errors.add(name, 'Use a whole number.');
    } else {
      query[name] = value;
    }
  }
  if (route.method === 'quotePlanChange' && query['planId'] === undefined) {
    errors.add('planId', 'Name the plan to quote.');
  }
  if (errors.size > 0) throw invalid(errors.toRecord());
  return query;
}

/** The adapter method's arguments for a route (path params first, then body or query). */
function argumentsOf(
  route: Route,
  params: readonly string[],
  body: unknown,
  query: Record<string, unknown>,
): unknown[] {
  switch (route.method) {
    case 'changePlan':
      return [(body as { planId: string }).planId];
    case 'updateUserRole':
      return [params[0], (body as { role: string }).role];
    case 'quotePlanChange':
      return [query['planId']];
    default:
      if (route.body !== undefined) return [...params, body];
      if (route.query !== undefined) return [...params, query];
      return [...params];
  }
}

/**
 * The answer of a read: JSON, 204, or the PDF: its bytes, or `{ "url": … }` where the backend
 * gives a link (a redirect would make the browser fetch a cross-origin file it may not read).
 */
async function answer(route: Route, params: readonly string[], result: unknown): Promise<Response> {
  if (route.response === null) return new Response(null, { status: 204, headers: API_HEADERS });
  if (route.response !== 'pdf') return jsonResponse(200, result);
  if (typeof result === 'string') return jsonResponse(200, { url: result });
  const blob = result as Blob;
  const name = `${params[0] ?? 'invoice'}.pdf`.replace(/[^\w.-]/g, '_');
  return new Response(await blob.arrayBuffer(), {
    status: 200,
    headers: {
      ...API_HEADERS,
      'content-type': blob.type || 'application/pdf',
      'content-disposition': `inline; filename="${name}"`,
    },
  });
}

/** `promise`, or the signal's reason once it aborts first (a later rejection is swallowed). */
function beforeDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** `promise`, or a 504 `timeout` once `ms` pass first (for calls that take no signal). */
async function withinDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new AdapterError('timeout', 'The server took too long to answer. Try again in a moment.'),
      ),
    ms,
  );
  try {
    return await beforeDeadline(promise, deadline.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** A signal that aborts when any of `signals` does (AbortSignal.any, where it is missing too). */
function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const any = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any.call(AbortSignal, [...signals]);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
