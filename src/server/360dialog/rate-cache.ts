/**
 * A read that the hub rate-limits (the balance: 5 requests per 30 s), cached and coalesced:
 * every caller at the same moment shares one upstream request, an answer is reused while it
 * is fresh, and when the window is used up the last answer is served rather than a request
 * that would earn a 429.
 */
import { AdapterError } from '../../adapter/errors.js';

export interface RateLimit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export interface RateCacheOptions {
  limit: RateLimit;
  /** How long an answer is reused without asking again (default windowMs / max). */
  freshMs?: number;
  now?: () => number;
}

export interface RateCache<T> {
  get(signal?: AbortSignal): Promise<T>;
  /** The next `get` asks upstream again (when the window allows). */
  invalidate(): void;
  /** Upstream requests started so far (for tests and metrics). */
  readonly requests: number;
}

/**
 * Resolves with `promise`, or rejects when `signal` aborts first (the shared work goes on):
 * how each caller of a load shared by several waits for it, abortable on its own.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  // Nobody else may wait for the shared work: its failure must not go unhandled.
  promise.catch(() => undefined);
  if (signal.aborted)
    return Promise.reject(new AdapterError('aborted', 'The request was aborted.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AdapterError('aborted', 'The request was aborted.'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function createRateCache<T>(
  load: () => Promise<T>,
  options: RateCacheOptions,
): RateCache<T> {
  const { max, windowMs } = options.limit;
  const freshMs = options.freshMs ?? Math.ceil(windowMs / max);
  const now = options.now ?? Date.now;
  const started: number[] = [];
  let cached: { value: T; at: number; stale: boolean } | undefined;
  let inflight: Promise<T> | undefined;
  let requests = 0;

  function start(): Promise<T> {
    started.push(now());
    requests++;
    inflight = load().then(
      (value) => {
        cached = { value, at: now(), stale: false };
        inflight = undefined;
        return value;
      },
      (error: unknown) => {
        inflight = undefined;
        // Rate limited after all (another client of the same key): the last answer will do.
        if (cached && error instanceof AdapterError && error.code === 'rate_limited') {
          return cached.value;
        }
        throw error;
      },
    );
    return inflight;
  }

  return {
    get(signal) {
      if (inflight) return abortable(inflight, signal);
      const t = now();
      if (cached && !cached.stale && t - cached.at < freshMs) return Promise.resolve(cached.value);
      while (started.length && t - started[0]! >= windowMs) started.shift();
      if (started.length >= max) {
        if (cached) return Promise.resolve(cached.value);
        const wait = Math.max(1, Math.ceil((started[0]! + windowMs - t) / 1000));
        return Promise.reject(
          new AdapterError(
            'rate_limited',
            'The 360dialog partner API allows only a few balance requests per 30 seconds. Try again shortly.',
            { retryAfter: wait },
          ),
        );
      }
      return abortable(start(), signal);
    },
    invalidate() {
      if (cached) cached.stale = true;
    },
    get requests() {
      return requests;
    },
  };
}
