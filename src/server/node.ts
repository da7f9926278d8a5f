/**
 * `partner-hub-elements/server/node`: the handler on Node's `http` module (and Express,
 * Fastify's raw mode, anything that hands out `IncomingMessage` / `ServerResponse`).
 *
 * ```js
 * import { createServer } from 'node:http';
 * const server = createServer(toNodeListener(handler));
 * hardenNodeServer(server); // header and request timeouts
 * ```
 *
 * The request body streams into the handler with backpressure (the socket pauses while the
 * handler is not reading) and is never destroyed early: a 413 is written and read by the
 * client, not reset. The response body streams out respecting `write()`'s backpressure, so a
 * slow event-stream client fills its own queue (and is dropped) instead of the server's memory.
 * A method no web `Request` can carry (TRACE, TRACK) is answered here: 405 problem+json, with
 * `Allow` when the handler says what the URL takes (`handler.allowedMethods`).
 */

import { methodNotAllowed, problemResponse } from './problem.js';

// The parts of node:http's objects this file uses, spelled out so the published types need no
// @types/node (an IncomingMessage, ServerResponse and Server fit them).
type Listener = (...args: never[]) => void;
interface Emitter {
  on(event: string, listener: Listener): unknown;
  once(event: string, listener: Listener): unknown;
}
/** What this adapter reads of an `http.IncomingMessage`. */
export interface NodeRequestLike extends Emitter {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  readonly complete: boolean;
  socket: { destroy(): unknown } | null;
  pause(): unknown;
  resume(): unknown;
  removeAllListeners(event: string): unknown;
}
/** What this adapter writes of an `http.ServerResponse`. */
export interface NodeResponseLike extends Emitter {
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string): unknown;
  flushHeaders(): void;
  destroy(): unknown;
  readonly headersSent: boolean;
  readonly destroyed: boolean;
  readonly writableFinished: boolean;
}
/** The timeouts of an `http.Server`. */
export interface NodeServerLike {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
}

/** A web-standard handler; `createPartnerHubHandler`'s also says which methods a URL takes. */
export interface FetchHandler {
  (request: Request): Promise<Response>;
  /** The methods served at a URL: the `Allow` of the 405 for a method no `Request` can carry. */
  allowedMethods?: (url: string) => readonly string[];
}

export interface NodeListenerOptions {
  /** The origin requests are seen under (default `http://` + the Host header, or localhost). */
  origin?: string;
  /** Called with errors writing a response (default: ignored; the client went away). */
  onError?: (error: unknown) => void;
  /**
   * How long a client may read nothing of an answer (the socket not draining, or the end not
   * flushed) before the connection is cut and its buffered body freed (default 30 s). Event
   * streams drop a stalled reader sooner, by their own queue and heartbeat.
   */
  writeTimeoutMs?: number;
}

/** How long an unread rest of a request may keep the socket once the answer is sent. */
const LINGER_MS = 5_000;
/** How long a client may read nothing of an answer before it is cut off. */
const WRITE_TIMEOUT_MS = 30_000;

/** A web `Request` for a Node request; `signal` aborts when the client goes away. */
export function toRequest(req: NodeRequestLike, signal: AbortSignal, origin?: string): Request {
  const named = req.headers['host'];
  const host = typeof named === 'string' && /^[\w.-]+(:\d+)?$/.test(named) ? named : 'localhost';
  const target = req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`;
  const url = `${origin ?? `http://${host}`}${target}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    init.body = bodyStream(req);
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** The request body as a web stream; cancelling it discards the rest instead of resetting. */
function bodyStream(req: NodeRequestLike): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Uint8Array) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.on('end', () => {
          try {
            controller.close();
          } catch {
            // Cancelled before the end.
          }
        });
        req.on('error', (error: unknown) => {
          try {
            controller.error(error);
          } catch {
            // Cancelled.
          }
        });
        req.pause();
      },
      pull() {
        req.resume();
      },
      cancel() {
        // Discard what is still coming; the answer goes out and the client reads it.
        req.removeAllListeners('data');
        req.resume();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/**
 * Writes a web `Response` to a Node response, respecting backpressure. A client that reads
 * nothing for `writeTimeoutMs` (no drain, or the end not flushed) is cut off.
 */
export async function writeResponse(
  res: NodeResponseLike,
  response: Response,
  extraHeaders: Record<string, string> = {},
  writeTimeoutMs = WRITE_TIMEOUT_MS,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  Object.assign(headers, extraHeaders);
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  const closed = new Promise<void>((resolve) => res.once('close', resolve));
  // Rejects when the body fails, also while waiting for 'drain' (a stalled client never drains).
  const failed = reader.closed.then(() => new Promise<never>(() => undefined));
  failed.catch(() => undefined);
  /** Waits for `event` (or the close); false when the client read nothing for the deadline. */
  const progress = async (event: 'drain' | 'finish', alsoOn?: Promise<never>) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), writeTimeoutMs);
    });
    try {
      const moved = new Promise<true>((resolve) => res.once(event, () => resolve(true)));
      return await Promise.race([
        moved,
        closed.then(() => true),
        stalled,
        ...(alsoOn ? [alsoOn] : []),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), closed.then(() => undefined)]);
      if (!next || next.done) break;
      if (!res.write(next.value) && !(await progress('drain', failed))) res.destroy();
      if (res.destroyed) break;
    }
    if (res.destroyed) {
      void reader.cancel().catch(() => undefined);
      return;
    }
    res.end();
    if (!res.writableFinished && !(await progress('finish'))) res.destroy();
  } catch {
    // The body failed (an event stream dropping a stalled client): cut the connection.
    void reader.cancel().catch(() => undefined);
    res.destroy();
  }
}

/** A `(req, res)` listener for `http.createServer`, Express (`app.use`) and the like. */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}) {
  return (req: NodeRequestLike, res: NodeResponseLike): void => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('Client gone', 'AbortError'));
    });
    void (async () => {
      let request: Request | undefined;
      try {
        request = toRequest(req, controller.signal, options.origin);
      } catch (error) {
        if (isCarried(req.method ?? 'GET')) throw error;
      }
      // TRACE, TRACK (and CONNECT, should one get here) cannot be a web Request: a 405.
      const response = request
        ? await handler(request)
        : problemResponse(methodNotAllowed(handler.allowedMethods?.(req.url ?? '/')));
      // Answered before the body finished (413, 408, a refusal): the connection is not reused,
      // and the rest of the body is discarded for a moment, so the client reads the answer.
      const extra: Record<string, string> = req.complete ? {} : { connection: 'close' };
      await writeResponse(res, response, extra, options.writeTimeoutMs);
      if (!req.complete) {
        const timer = setTimeout(() => req.socket?.destroy(), LINGER_MS);
        (timer as { unref?: () => void }).unref?.();
        req.once('end', () => clearTimeout(timer));
      }
    })().catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
    });
  };
}

/** Whether the runtime's `Request` takes `method` (undici refuses CONNECT, TRACE and TRACK). */
function isCarried(method: string): boolean {
  try {
    new Request('http://localhost/', { method });
    return true;
  } catch {
    return false;
  }
}

/**
 * Timeouts for a Node server running the handler: headers within 10 s, the whole request
 * within 30 s (uploads included), idle keep-alive sockets closed after 5 s; Node answers 408
 * past them. Event streams are not affected (their request is complete once the headers are
 * in). Node checks these every `connectionsCheckingInterval` (default 30 s): create the server
 * with `createServer({ connectionsCheckingInterval: 1_000 }, listener)` for prompt answers.
 */
export function hardenNodeServer<S extends NodeServerLike>(
  server: S,
  timeouts: { headersMs?: number; requestMs?: number; keepAliveMs?: number } = {},
): S {
  server.headersTimeout = timeouts.headersMs ?? 10_000;
  server.requestTimeout = timeouts.requestMs ?? 30_000;
  server.keepAliveTimeout = timeouts.keepAliveMs ?? 5_000;
  return server;
}
