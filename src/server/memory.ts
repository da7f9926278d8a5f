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
  partnerAccountId: string;
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
  /**
   * Most records kept for one partner account (default a tenth of `maxEntries`, 10,000): past
   * it that account's new keys are refused the same way, so one account making changes as
   * fast as it can never fills the store for the others. Less than `maxEntries`.
   */
  maxEntriesPerAccount?: number;
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
  /** Records per partner account. */
  const counts = new Map<string, number>();
  const maxEntries = options.maxEntries ?? 100_000;
  // A tenth each by default; a store too small to share (under 20) has no cap per account.
  const maxPerAccount =
    options.maxEntriesPerAccount ?? (maxEntries >= 20 ? Math.floor(maxEntries / 10) : maxEntries);
  if (options.maxEntriesPerAccount !== undefined && !(maxPerAccount < maxEntries)) {
    throw new RangeError(
      'maxEntriesPerAccount must be less than maxEntries: one account alone must not fill the store.',
    );
  }
  const now = options.now ?? Date.now;

  function add(id: string, entry: Entry) {
    entries.set(id, entry);
    counts.set(entry.partnerAccountId, (counts.get(entry.partnerAccountId) ?? 0) + 1);
  }

  /** Forgets `id` if it still holds `entry`. */
  function drop(id: string, entry: Entry) {
    if (entries.get(id) !== entry) return;
    entries.delete(id);
    const left = (counts.get(entry.partnerAccountId) ?? 1) - 1;
    if (left > 0) counts.set(entry.partnerAccountId, left);
    else counts.delete(entry.partnerAccountId);
  }

  /** Drops expired records (only those: a live one still guards its key). */
  function sweep(at: number) {
    for (const [id, entry] of entries) {
      if (entry.expiresAt > at) break; // insertion order ≈ age
      if (!entry.running) drop(id, entry);
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
    if (found) drop(id, found); // expired: its key starts over
    if (entries.size >= maxEntries || (counts.get(scope.partnerAccountId) ?? 0) >= maxPerAccount) {
      throw new AdapterError(
        'rate_limited',
        'Too many changes were made recently to keep track of another one. Try again in a minute.',
        { retryAfter: FULL_RETRY_AFTER_S },
      );
    }
    const entry: Entry = {
      partnerAccountId: scope.partnerAccountId,
      fingerprint: request.fingerprint,
      expiresAt: at + request.ttlMs,
    };
    const running = execute();
    entry.running = running;
    add(id, entry);
    try {
      const result = await running;
      if (result.keep) {
        entry.response = result.response;
        entry.expiresAt = now() + request.ttlMs;
      } else {
        drop(id, entry);
      }
      return { kind: 'executed', response: result.response };
    } catch (error) {
      drop(id, entry);
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
