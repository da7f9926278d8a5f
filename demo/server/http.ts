/// <reference types="node" />
/**
 * The HTTP face of the reference server: `node:http` request handling for every route of
 * `src/adapter/http/routes.ts` under `/api/v1`, with the contract's conventions — zod-validated
 * JSON bodies, `Idempotency-Key` on mutations, errors as `application/problem+json`, live
 * events as Server-Sent Events — plus the OpenAPI document, optional test hooks and optional
 * static files for the demo portal.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import * as z from 'zod/mini';
import type { LiveEvent } from '../../src/adapter/contract.js';
import { AdapterError, type AdapterErrorCode } from '../../src/adapter/errors.js';
import { isAllowed } from '../../src/adapter/permissions.js';
import { ROUTES, matchRoute, type Route } from '../../src/adapter/http/routes.js';
import { fingerprintOf, type Actor, type Outcome, type ServerHub } from './hub.js';
import { buildOpenApiDocument } from './openapi.js';

// zod/mini carries no messages of its own; the server answers in English.
z.config(z.locales.en());

export const API_BASE = '/api/v1';
/** The demo's stand-in for the partner's own session: which user acts (see the README). */
export const DEMO_USER_HEADER = 'x-demo-user';
const MAX_JSON_BYTES = 64 * 1024;
const MAX_BINARY_BYTES = 4 * 1024 * 1024;

export const STATUS_OF: Readonly<Record<AdapterErrorCode, number>> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payment_failed: 402,
  rate_limited: 429,
  unavailable: 503,
  network: 502,
  timeout: 504,
  invalid_response: 500,
  aborted: 499,
  unsupported: 501,
  adapter_failed: 500,
};

export interface HandlerOptions {
  testHooks: boolean;
  staticDir?: string;
  log: boolean;
}

/** An error answered as-is (status, code, message and field errors). */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: AdapterErrorCode,
    message: string,
    readonly errors?: Record<string, string>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const invalid = (errors: Record<string, string>, message?: string, status = 422) =>
  new HttpProblem(
    status,
    'validation',
    message ?? Object.values(errors)[0] ?? 'Invalid request.',
    errors,
  );

// ── responses ─────────────────────────────────────────────────────────────────────────────

const API_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function sendJson(res: ServerResponse, status: number, body: unknown, type = 'application/json') {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...API_HEADERS,
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Answers an error as RFC 9457 problem details with the adapter's `code`. */
function sendProblem(res: ServerResponse, error: unknown) {
  let status = 500;
  let code: AdapterErrorCode = 'unavailable';
  let detail = 'The server failed unexpectedly. Try again in a moment.';
  let errors: Record<string, string> | undefined;
  const headers: Record<string, string> = {};
  if (error instanceof HttpProblem) {
    ({ status, code, errors } = error);
    detail = error.message;
    Object.assign(headers, error.headers);
  } else if (error instanceof AdapterError) {
    status = STATUS_OF[error.code] ?? 500;
    code = error.code;
    detail = error.message;
    if (Object.keys(error.fieldErrors).length > 0) errors = { ...error.fieldErrors };
    if (error.retryAfter !== undefined)
      headers['retry-after'] = String(Math.ceil(error.retryAfter));
    if (error.reasonCode) headers['x-reason-code'] = error.reasonCode;
  } else if (!(error instanceof Error && error.name === 'InjectedFault')) {
    console.error(error);
  }
  if ((status === 429 || status === 503) && !headers['retry-after'] && code === 'rate_limited') {
    headers['retry-after'] = '1';
  }
  const body = {
    type: `urn:partner-hub:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
  const text = JSON.stringify(body);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    ...API_HEADERS,
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendOutcome(res: ServerResponse, outcome: Outcome) {
  if (outcome.kind === 'empty') {
    res.writeHead(204, API_HEADERS);
    res.end();
  } else if (outcome.kind === 'json') {
    sendJson(res, outcome.status, outcome.body);
  } else {
    res.writeHead(outcome.status, {
      ...API_HEADERS,
      'content-type': outcome.type,
      'content-length': outcome.bytes.byteLength,
      ...(outcome.filename
        ? {
            'content-disposition': `inline; filename="${outcome.filename.replace(/[^\w.-]/g, '_')}"`,
          }
        : {}),
    });
    res.end(Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
  }
}

// ── requests ──────────────────────────────────────────────────────────────────────────────

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new HttpProblem(413, 'validation', 'The request body is too large.', {
            body: 'Too large.',
          }),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `{ field: message }` from zod issues, keyed by the top-level field (as the widgets expect). */
function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'body';
    errors[field] ??= issue.message;
  }
  return errors;
}

async function jsonBody(req: IncomingMessage, route: Route): Promise<unknown> {
  const raw = await readBody(req, MAX_JSON_BYTES);
  if (raw.length === 0) return undefined;
  const type = String(req.headers['content-type'] ?? 'application/json');
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem(415, 'validation', 'Send the body as application/json.', {
      body: 'Send JSON.',
    });
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw invalid(
      { body: 'The body is not valid JSON.' },
      `The body of ${route.method} is not valid JSON.`,
      400,
    );
  }
}

function queryOf(url: URL, route: Route): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  const errors: Record<string, string> = {};
  for (const [name, type] of Object.entries(route.query ?? {})) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    if (type === 'integer') {
      if (/^-?\d{1,15}$/.test(value)) query[name] = Number(value);
      else errors[name] = 'Use a whole number.';
    } else {
      query[name] = value;
    }
  }
  if (route.method === 'quotePlanChange' && query['planId'] === undefined) {
    errors['planId'] = 'Name the plan to quote.';
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return query;
}

/** The adapter method's arguments for a route (path params first, then body or query). */
function argumentsOf(
  route: Route,
  params: string[],
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

// ── Server-Sent Events ────────────────────────────────────────────────────────────────────

interface LiveClient {
  res: ServerResponse;
  userId: string;
}

export class LiveChannel {
  private readonly clients = new Set<LiveClient>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly hub: ServerHub) {
    hub.sink = (accountId, event) => this.publish(accountId, event);
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.res.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  open(req: IncomingMessage, res: ServerResponse, userId: string) {
    res.writeHead(200, {
      ...API_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const client = { res, userId };
    this.clients.add(client);
    const first = this.hub.balancesFor(userId);
    if (first) this.write(client, first);
    req.on('close', () => this.clients.delete(client));
  }

  private write(client: LiveClient, event: LiveEvent) {
    client.res.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  publish(accountId: string, event: LiveEvent) {
    for (const client of this.clients) {
      if (this.hub.accountIdOf(client.userId) === accountId) this.write(client, event);
    }
  }

  close() {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.res.end();
    this.clients.clear();
  }
}

// ── static files ──────────────────────────────────────────────────────────────────────────

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

function notFound(res: ServerResponse) {
  res.writeHead(404, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });
  res.end('Not found');
}

/** Serves a file under `dir`; never anything outside it (no `..`, no symlink escapes). */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

function serveStatic(dir: string, pathname: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(res);
  }
  if (decoded.includes('\0')) return notFound(res);
  const root = realpathSync(dir);
  let file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound(res);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const real = realpathSync(file);
    if (!real.startsWith(root + sep)) return notFound(res);
    const stat = statSync(real);
    if (!stat.isFile()) return notFound(res);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      // The strict policy the kit promises to work under (DESIGN §3), as a real header.
      ...(extname(real).toLowerCase() === '.html' ? { 'content-security-policy': PAGE_CSP } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(real).pipe(res);
  } catch {
    notFound(res);
  }
}

// ── the handler ───────────────────────────────────────────────────────────────────────────

const AdvanceSchema = z.object({
  ms: z.int().check(z.minimum(0), z.maximum(400 * 24 * 3_600_000)),
});

export function createHandler(hub: ServerHub, live: LiveChannel, options: HandlerOptions) {
  let openapi: string | undefined;

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, path: string) {
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/openapi.json') {
      openapi ??= JSON.stringify(buildOpenApiDocument());
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(openapi);
      return;
    }

    const named = req.headers[DEMO_USER_HEADER];
    const userId =
      (typeof named === 'string' && named.trim()) ||
      (path === '/events' ? url.searchParams.get('demoUser')?.trim() : '') ||
      hub.defaultUserId;
    const actor: Actor = { userId };

    if (path === '/events') {
      if (method !== 'GET')
        throw new HttpProblem(405, 'not_found', 'Use GET for the event stream.');
      if (!hub.accountIdOf(userId))
        throw new AdapterError('unauthorized', 'This demo user does not exist.');
      live.open(req, res, userId);
      return;
    }

    if (path.startsWith('/__test/')) {
      if (!options.testHooks || method !== 'POST')
        throw new AdapterError('not_found', 'There is no such resource.');
      const body = await jsonBody(req, ROUTES[0]!);
      if (path === '/__test/advance') {
        const parsed = z.safeParse(AdvanceSchema, body);
        if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
        await hub.exclusive(() => hub.advanceNow(parsed.data.ms));
        return sendJson(res, 200, { now: new Date(hub.now).toISOString() });
      }
      if (path === '/__test/fail-next') {
        if ((body as { what?: unknown } | undefined)?.what !== 'invoice-insert') {
          throw invalid({ what: 'Only "invoice-insert" can be made to fail.' });
        }
        hub.store.faults.failInvoiceInsert = true;
        return sendJson(res, 200, { armed: 'invoice-insert' });
      }
      throw new AdapterError('not_found', 'There is no such test hook.');
    }

    const match = matchRoute(method, path);
    if (!match) {
      const allowed = ROUTES.filter((r) => matchRoute(r.http, path)?.route === r).map(
        (r) => r.http,
      );
      if (allowed.length > 0) {
        throw new HttpProblem(405, 'not_found', `Use ${allowed.join(' or ')} here.`, undefined, {
          allow: allowed.join(', '),
        });
      }
      throw new AdapterError('not_found', 'There is no such resource.');
    }
    const { route, params } = match;

    // Who acts, and may they? Before looking at the request's content.
    const role = hub.roleOf(actor);
    if (!role)
      throw new AdapterError('unauthorized', 'This demo user has no access. Sign in again.');
    if (!isAllowed(role, route.method)) {
      throw new AdapterError(
        'forbidden',
        'Only owners can do this. Ask an owner of this partner account.',
      );
    }

    const query = queryOf(url, route);
    let body: unknown;
    let bytes: Uint8Array | undefined;
    if (route.body === 'binary') {
      const raw = await readBody(req, MAX_BINARY_BYTES);
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      bytes = raw;
      body = new Blob([new Uint8Array(raw)], { type });
    } else if (route.body !== undefined) {
      body = await jsonBody(req, route);
      const parsed = z.safeParse(route.body, body);
      if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
    } else if (route.mutation) {
      await readBody(req, MAX_JSON_BYTES);
    }

    let idempotency: { key: string; fingerprint: string } | undefined;
    if (route.mutation) {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key.trim() === '') {
        throw invalid(
          { idempotencyKey: 'Every change needs an Idempotency-Key header.' },
          'Every change needs an Idempotency-Key header, reused when the same change is retried.',
        );
      }
      if (key.length > 255)
        throw invalid({ idempotencyKey: 'Use a key of at most 255 characters.' });
      const type = bytes ? String(req.headers['content-type'] ?? '') : undefined;
      idempotency = {
        key,
        fingerprint: fingerprintOf([route.method, params, bytes ? type : body], bytes),
      };
    }

    const args = argumentsOf(route, params, body, query);
    const outcome = await hub.invoke(actor, {
      route,
      args,
      ...(idempotency ? { idempotency } : {}),
    });
    sendOutcome(res, outcome);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    if (options.log) {
      res.on('close', () =>
        console.log(`${req.method} ${pathname} ${res.statusCode} ${Date.now() - started} ms`),
      );
    }
    try {
      if (pathname === API_BASE || pathname.startsWith(`${API_BASE}/`)) {
        await handleApi(req, res, url, pathname.slice(API_BASE.length) || '/');
      } else if (options.staticDir) {
        serveStatic(options.staticDir, pathname, req, res);
      } else {
        notFound(res);
      }
    } catch (error) {
      sendProblem(res, error);
    }
  };
}
