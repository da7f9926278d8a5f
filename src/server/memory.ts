/**
 * In-memory stores for one instance: the defaults of `createPartnerHubHandler`. Several
 * instances behind a load balancer need shared ones (see the README's deployment notes).
 */
import type { LiveEvent } from '../adapter/contract.js';
import { AdapterError } from '../adapter/errors.js';
import type {
  Execution,
  IdempotencyOutcome,
  IdempotencyRequest,
  IdempotencyStore,
  LiveFanout,
} from './types.js';

interface Entry {
  fingerprint: string;
  expiresAt: number;
  /** Settles with the run's answer (or rejects when it threw) while it runs. */
  running?: Promise<Execution>;
  response?: Execution['response'];
}

export interface MemoryIdempotencyOptions {
  /**
   * Most records kept (default 100,000). A record is never dropped before it expires (that
   * would let a retry charge again): when the store is full of live records, a new key is
   * refused with `rate_limited` until some expire, and a retry of a kept key still replays.
   */
  maxEntries?: number;
  /** The clock (tests). */
  now?: () => number;
}

/**
 * How long a refused new key is told to wait when the store is full (records expire in
 * insertion order, so room comes back as the oldest do).
 */
const FULL_RETRY_AFTER_S = 60;

/** Idempotency records in a Map: a concurrent duplicate waits for the first and replays it. */
export function createMemoryIdempotencyStore(
  options: MemoryIdempotencyOptions = {},
): IdempotencyStore {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;

  /** Drops expired records (only those: a live one still guards its key). */
  function sweep(at: number) {
    for (const [id, entry] of entries) {
      if (entry.expiresAt > at) break; // insertion order ≈ age
      if (!entry.running) entries.delete(id);
    }
  }

  async function run(
    request: IdempotencyRequest,
    execute: (transaction?: unknown) => Promise<Execution>,
  ): Promise<IdempotencyOutcome> {
    const { scope } = request;
    const id = JSON.stringify([scope.partnerAccountId, scope.userId, scope.method, scope.key]);
    const at = now();
    sweep(at);
    const found = entries.get(id);
    if (found && (found.running || found.expiresAt > at)) {
      if (found.fingerprint !== request.fingerprint) return { kind: 'conflict' };
      if (found.response) return { kind: 'replayed', response: found.response };
      try {
        const first = await found.running!;
        if (first.keep) return { kind: 'replayed', response: first.response };
      } catch {
        // The first run failed: this one runs again below.
      }
      return run(request, execute);
    }
    if (!found && entries.size >= maxEntries) {
      throw new AdapterError(
        'rate_limited',
        'Too many changes were made recently to keep track of another one. Try again in a minute.',
        { retryAfter: FULL_RETRY_AFTER_S },
      );
    }
    const entry: Entry = { fingerprint: request.fingerprint, expiresAt: at + request.ttlMs };
    const running = execute();
    entry.running = running;
    entries.delete(id);
    entries.set(id, entry);
    try {
      const result = await running;
      if (result.keep) {
        entry.response = result.response;
        entry.expiresAt = now() + request.ttlMs;
      } else if (entries.get(id) === entry) {
        entries.delete(id);
      }
      return { kind: 'executed', response: result.response };
    } catch (error) {
      if (entries.get(id) === entry) entries.delete(id);
      throw error;
    } finally {
      delete entry.running;
    }
  }
  return { run };
}

/** Live events fanned out in this process. */
export function createMemoryLiveFanout(): LiveFanout {
  const listeners = new Map<string, Set<(event: LiveEvent) => void>>();
  return {
    publish(partnerAccountId, event) {
      for (const listener of [...(listeners.get(partnerAccountId) ?? [])]) {
        try {
          listener(event);
        } catch (error) {
          console.error(error);
        }
      }
    },
    subscribe(partnerAccountId, listener) {
      let set = listeners.get(partnerAccountId);
      if (!set) listeners.set(partnerAccountId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(partnerAccountId) === set) {
          listeners.delete(partnerAccountId);
        }
      };
    },
  };
}
