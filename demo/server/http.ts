/// <reference types="node" />
/**
 * The reference server's HTTP face: the toolkit's handler (`src/server/`, the same one a
 * partner mounts) for the whole REST contract under `/api/v1`, with this demo's SQLite backend
 * and its demo-only identity; plus, outside the contract, the demo's user list, optional test
 * hooks and the demo portal's static files.
 *
 * Identity: the demo stands in for the partner's own session with the `X-Demo-User` header
 * (or `?demoUser=` on `/events`, since EventSource cannot send headers). A request that names
 * nobody is 401: a stripped header never promotes anyone.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import * as z from 'zod/mini';
import { createPartnerHubHandler } from '../../src/server/handler.js';
import { createMemoryLiveFanout } from '../../src/server/memory.js';
import { invalid, jsonResponse, problemResponse } from '../../src/server/problem.js';
import { fieldErrors, parseJson, readBody } from '../../src/server/request.js';
import type { Authenticate, PartnerHubHandler, ServerLimits } from '../../src/server/types.js';
import { toNodeListener } from '../../src/server/node.js';
import { AdapterError } from '../../src/adapter/errors.js';
import type { ServerHub } from './hub.js';

// zod/mini carries no messages of its own; the server answers in English.
z.config(z.locales.en());

export const API_BASE = '/api/v1';
/** The demo's stand-in for the partner's own session: which user acts (see the README). */
export const DEMO_USER_HEADER = 'x-demo-user';

export interface HandlerOptions {
  testHooks: boolean;
  staticDir?: string;
  log: boolean;
  limits?: Partial<ServerLimits>;
}

/** The demo's `authenticate`: the user the header (or, for /events, the query) names. */
export function demoAuthenticate(hub: ServerHub): Authenticate {
  return (request) => {
    const url = new URL(request.url);
    const named =
      request.headers.get(DEMO_USER_HEADER)?.trim() ||
      (url.pathname.endsWith('/events') ? url.searchParams.get('demoUser')?.trim() : '');
    return named ? hub.identityOf(named) : undefined;
  };
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

// ── the server ────────────────────────────────────────────────────────────────────────────

const AdvanceSchema = z.object({
  ms: z.int().check(z.minimum(0), z.maximum(400 * 24 * 3_600_000)),
});

/** The demo's routes outside the contract: its user list and the test hooks. */
async function demoRoute(hub: ServerHub, request: Request, path: string, testHooks: boolean) {
  if (path === '/__demo/users' && request.method === 'GET') {
    // The demo's sign-in page, in one call: whom the portal may act as.
    return jsonResponse(200, hub.demoUsers);
  }
  if (path === '/__demo/mailbox' && request.method === 'GET') {
    // The demo's stand-in for the signed-in user's inbox, where one-time codes arrive.
    const user = new URL(request.url).searchParams.get('user') ?? '';
    return jsonResponse(200, hub.mailboxOf(user));
  }
  if (!testHooks || request.method !== 'POST' || !path.startsWith('/__test/')) {
    throw new AdapterError('not_found', 'There is no such resource.');
  }
  const body = parseJson(
    await readBody(request, 1024, 10_000),
    request.headers.get('content-type'),
    4,
  );
  if (path === '/__test/advance') {
    const parsed = z.safeParse(AdvanceSchema, body);
    if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
    await hub.exclusive(() => hub.advanceNow(parsed.data.ms));
    return jsonResponse(200, { now: new Date(hub.now).toISOString() });
  }
  if (path === '/__test/fail-next') {
    if ((body as { what?: unknown } | undefined)?.what !== 'invoice-insert') {
      throw invalid({ what: 'Only "invoice-insert" can be made to fail.' });
    }
    hub.store.faults.failInvoiceInsert = true;
    return jsonResponse(200, { armed: 'invoice-insert' });
  }
  throw new AdapterError('not_found', 'There is no such test hook.');
}

export interface DemoServerHandler {
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  api: PartnerHubHandler;
}

export function createHandler(hub: ServerHub, options: HandlerOptions): DemoServerHandler {
  const live = createMemoryLiveFanout();
  hub.sink = (accountId, event) => void live.publish(accountId, event);
  const api = createPartnerHubHandler({
    authenticate: demoAuthenticate(hub),
    backend: hub.backend,
    stores: { idempotency: hub.idempotency, live },
    basePath: API_BASE,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const apiListener = toNodeListener(api);
  const demoApi = Object.assign(
    (request: Request) =>
      demoRoute(
        hub,
        request,
        new URL(request.url).pathname.slice(API_BASE.length),
        options.testHooks,
      ).catch((error: unknown) => problemResponse(error)),
    {
      allowedMethods: (url: string) => {
        const path = new URL(url, 'http://localhost').pathname.slice(API_BASE.length);
        if (path === '/__demo/users' || path === '/__demo/mailbox') return ['GET'];
        return options.testHooks && path.startsWith('/__test/') ? ['POST'] : [];
      },
    },
  );
  const demoListener = toNodeListener(demoApi);

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (options.log) {
      res.on('close', () =>
        console.log(`${req.method} ${pathname} ${res.statusCode} ${Date.now() - started} ms`),
      );
    }
    if (pathname.startsWith(`${API_BASE}/__`)) {
      demoListener(req, res);
    } else if (pathname === API_BASE || pathname.startsWith(`${API_BASE}/`)) {
      apiListener(req, res);
    } else if (options.staticDir) {
      serveStatic(options.staticDir, pathname, req, res);
    } else {
      notFound(res);
    }
  };
  return { listener, api };
}
