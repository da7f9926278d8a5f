/**
 * The HTTP client for 360dialog's Partner API v2: the partner API key in `X-API-Key` (server
 * side only), a time limit on every call, `Retry-After` honoured on 429, and every upstream
 * failure turned into the kit's {@link AdapterError} codes.
 */
import { AdapterError } from '../../adapter/errors.js';
import {
  JsonSyntaxError,
  parseJsonKeepingNumbers,
  plainJson,
  type JsonValue,
} from './decimal-json.js';

export const DEFAULT_BASE_URL = 'https://hub.360dialog.io/api/v2';

export interface UpstreamOptions {
  apiKey: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Milliseconds one upstream call may take before it counts as unavailable (default 15 s). */
  timeoutMs?: number;
  /**
   * The longest `Retry-After` (seconds) a call waits out by itself before retrying; a longer
   * one is passed on as `rate_limited` with its `retryAfter` (default 10).
   */
  maxRetryAfterSeconds?: number;
  /** How many times one call is retried after 429s (default 2). */
  maxRetries?: number;
  /** Waits `ms` (tests may pass a fake clock). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Where the hub's own words about a failure (its `developer_message`) and a refused API key
   * are reported, for the developer (default `console.warn`). They never reach a browser.
   */
  log?: (message: string) => void;
}

export interface UpstreamRequest {
  method?: 'GET' | 'PATCH' | 'POST';
  /** Path below the base URL, e.g. `/partners/examplePA/balance`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Upstream field names → the kit's, for validation errors (`webhook_url` → `webhookUrl`). */
  fields?: Readonly<Record<string, string>>;
}

export interface Upstream {
  /** The answer with every number kept as its source text (for money). */
  requestExact(request: UpstreamRequest): Promise<JsonValue>;
  /** The answer as plain JSON. */
  request(request: UpstreamRequest): Promise<unknown>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The hub's error text (`meta.developer_message`) and field details, when it sent them. */
function describeError(body: unknown): { message?: string; details?: unknown } {
  if (!body || typeof body !== 'object') return {};
  const meta = (body as { meta?: unknown }).meta;
  if (!meta || typeof meta !== 'object') return {};
  const m = meta as { developer_message?: unknown; details?: unknown };
  return {
    ...(typeof m.developer_message === 'string' ? { message: m.developer_message } : {}),
    details: m.details,
  };
}

function fieldErrorsOf(
  details: unknown,
  fields: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  // Own properties only: a field named `constructor` or `__proto__` is a field like any other.
  const out = new Map<string, string>();
  if (!details || typeof details !== 'object' || Array.isArray(details)) return {};
  for (const [name, problem] of Object.entries(details)) {
    const text = Array.isArray(problem)
      ? problem.filter((p) => typeof p === 'string').join(' ')
      : problem;
    const field = fields && Object.hasOwn(fields, name) ? fields[name]! : name;
    if (typeof text === 'string' && text) out.set(field, text);
  }
  return Object.fromEntries(out);
}

/** The kit's error for an upstream answer that is not a success. */
export function upstreamError(
  status: number,
  body: unknown,
  retryAfter: number | undefined,
  fields?: Readonly<Record<string, string>>,
): AdapterError {
  const { details } = describeError(body);
  const retry = retryAfter === undefined ? {} : { retryAfter };
  switch (status) {
    case 400:
    case 422: {
      const fieldErrors = fieldErrorsOf(details, fields);
      return new AdapterError(
        'validation',
        'The 360dialog partner API refused the change.',
        Object.keys(fieldErrors).length ? { fieldErrors } : {},
      );
    }
    case 401:
      // The server's key, not the user's session: a 401 would make the browser sign in again.
      return new AdapterError(
        'unavailable',
        'The 360dialog partner API cannot be used right now. Try again later.',
      );
    case 403:
      return new AdapterError(
        'forbidden',
        'The 360dialog partner API does not allow this partner API key to do this.',
      );
    case 404:
      return new AdapterError('not_found', 'The 360dialog partner API does not know this item.');
    case 409:
      return new AdapterError('conflict', 'The 360dialog partner API reported a conflict.');
    case 429:
      return new AdapterError(
        'rate_limited',
        'The 360dialog partner API is rate limiting this partner. Try again shortly.',
        retry,
      );
    default:
      return status >= 500
        ? new AdapterError(
            'unavailable',
            `The 360dialog partner API is unavailable (HTTP ${status}). Try again later.`,
            retry,
          )
        : new AdapterError(
            'invalid_response',
            `The 360dialog partner API answered with unexpected HTTP ${status}.`,
          );
  }
}

export function createUpstream(options: UpstreamOptions): Upstream {
  if (!options.apiKey) throw new TypeError('create360dialogBackend needs the partner apiKey.');
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 10;
  const maxRetries = options.maxRetries ?? 2;
  const sleep = options.sleep ?? defaultSleep;
  const log = options.log ?? ((message: string) => console.warn(message));

  async function once(
    req: UpstreamRequest,
  ): Promise<{ status: number; text: string; retryAfter?: number }> {
    const url = new URL(base + req.path);
    for (const [name, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      'X-API-Key': options.apiKey,
      Accept: 'application/json',
    };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method: req.method ?? 'GET',
        headers,
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (req.signal?.aborted) {
        throw new AdapterError('aborted', 'The request was aborted.', { cause: error });
      }
      if (timeout.aborted) {
        throw new AdapterError(
          'unavailable',
          `The 360dialog partner API did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          { cause: error },
        );
      }
      throw new AdapterError('unavailable', 'The 360dialog partner API could not be reached.', {
        cause: error,
      });
    }
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    return { status: response.status, text, ...(retryAfter === undefined ? {} : { retryAfter }) };
  }

  async function call(req: UpstreamRequest): Promise<JsonValue> {
    for (let attempt = 0; ; attempt++) {
      const { status, text, retryAfter } = await once(req);
      if (status >= 200 && status < 300) {
        if (status === 204 || text.trim() === '') return null;
        try {
          return parseJsonKeepingNumbers(text);
        } catch (error) {
          throw new AdapterError(
            'invalid_response',
            `The 360dialog partner API answered ${req.path} with something that is not JSON.`,
            { cause: error instanceof JsonSyntaxError ? error : undefined },
          );
        }
      }
      if (status === 429 && attempt < maxRetries && (retryAfter ?? 1) <= maxRetryAfter) {
        await sleep((retryAfter ?? 1) * 1000, req.signal);
        continue;
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const said = describeError(body).message;
      const where = `360dialog partner API: ${req.method ?? 'GET'} ${req.path} answered HTTP ${status}`;
      if (status === 401) {
        log(`${where}: it refused the partner API key. Check the key this backend was given.`);
      } else if (said) {
        log(`${where}: ${said}`);
      }
      throw upstreamError(status, body, retryAfter, req.fields);
    }
  }

  return {
    requestExact: call,
    request: async (req) => plainJson(await call(req)),
  };
}
