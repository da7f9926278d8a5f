/**
 * PostgreSQL stores for several instances of the server handler behind a load balancer:
 *
 * - idempotency: each key is claimed by inserting its row under a primary key, in the same
 *   transaction the backend's change runs in (the `transaction` of its CallContext is that
 *   transaction's client). A duplicate on another instance waits on the uncommitted row and
 *   then replays the stored answer; if the first run fails, its claim rolls back with it.
 * - live events: `NOTIFY` on one channel, every instance `LISTEN`s on one connection and hands
 *   events to its open streams.
 *
 * Uses the host's `pg` Pool (node-postgres), or anything shaped like it; nothing here imports
 * `pg`, not even its types.
 */
import type { LiveEvent } from '../../adapter/contract.js';
import type {
  Execution,
  IdempotencyOutcome,
  IdempotencyRequest,
  IdempotencyStore,
  LiveFanout,
} from '../types.js';

/** A query's answer, as node-postgres gives it. */
export interface PgResult<R> {
  rows: R[];
  rowCount: number | null;
}

/** The part of a node-postgres `PgClient` these stores use. */
export interface PgClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- node-postgres's own row type
  query<R extends Record<string, any> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<PgResult<R>>;
  release(error?: Error | boolean): void;
  on(
    event: 'notification',
    listener: (message: { channel: string; payload?: string | undefined }) => void,
  ): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EventEmitter's own signature
  removeListener(event: 'notification' | 'error', listener: (...args: any[]) => void): unknown;
}

/** The part of a node-postgres `Pool` these stores use (a `pg.Pool` is one). */
export interface PgPool {
  connect(): Promise<PgClient>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- node-postgres's own row type
  query<R extends Record<string, any> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<PgResult<R>>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function identifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`Not a usable ${what} name: ${name}`);
  return name;
}

/** Rolls back; false when the connection is broken (release it with an error to discard it). */
async function rollback(client: PgClient): Promise<boolean> {
  try {
    await client.query('ROLLBACK');
    return true;
  } catch {
    return false;
  }
}

// ── idempotency ───────────────────────────────────────────────────────────────────────────

export interface PostgresIdempotencyOptions {
  pool: PgPool;
  /** Table name (default `ph_idempotency`); created on first use. */
  table?: string;
  /**
   * How long a duplicate waits for the first run of its key (on any instance) before it is
   * answered `in_progress` (503 `unavailable` with `Retry-After`: check again with the same
   * key). Default 10 s.
   */
  waitMs?: number;
  /** How often expired records are deleted (default every 10 minutes). */
  sweepEveryMs?: number;
  now?: () => number;
}

export interface PostgresIdempotencyStore extends IdempotencyStore {
  /** Creates the table if it is missing (run once at start-up; `run` also does it lazily). */
  migrate(): Promise<void>;
}

/** The SQL state PostgreSQL reports when `lock_timeout` runs out. */
const LOCK_NOT_AVAILABLE = '55P03';

export function createPostgresIdempotencyStore(
  options: PostgresIdempotencyOptions,
): PostgresIdempotencyStore {
  const { pool } = options;
  const table = identifier(options.table ?? 'ph_idempotency', 'table');
  const waitMs = Math.max(1, Math.round(options.waitMs ?? 10_000));
  const sweepEveryMs = options.sweepEveryMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  let migrated: Promise<void> | undefined;
  let lastSweep = 0;

  function migrate(): Promise<void> {
    migrated ??= (async () => {
      // Already there (the usual case): no DDL, whose locks would queue behind open writes.
      const found = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [
        `${table}_expiry`,
      ]);
      if (found.rows[0]?.t) return;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Several instances start at once: one creates, the others wait and find it there.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [table]);
        await client.query(`
          CREATE TABLE IF NOT EXISTS ${table} (
            partner_account_id text NOT NULL,
            user_id text NOT NULL,
            method text NOT NULL,
            key text NOT NULL,
            fingerprint text NOT NULL,
            status integer,
            body json,
            expires_at timestamptz NOT NULL,
            PRIMARY KEY (partner_account_id, user_id, method, key)
          )`);
        await client.query(`CREATE INDEX IF NOT EXISTS ${table}_expiry ON ${table} (expires_at)`);
        await client.query('COMMIT');
      } catch (error) {
        await rollback(client);
        migrated = undefined;
        throw error;
      } finally {
        client.release();
      }
    })();
    return migrated;
  }

  async function sweep(): Promise<void> {
    const at = now();
    if (at - lastSweep < sweepEveryMs) return;
    lastSweep = at;
    await pool.query(`DELETE FROM ${table} WHERE expires_at < to_timestamp($1 / 1000.0)`, [at]);
  }

  async function run(
    request: IdempotencyRequest,
    execute: (transaction?: unknown) => Promise<Execution>,
  ): Promise<IdempotencyOutcome> {
    await migrate();
    await sweep().catch(() => undefined);
    const { scope } = request;
    const keyParams = [scope.partnerAccountId, scope.userId, scope.method, scope.key];
    const where = 'partner_account_id = $1 AND user_id = $2 AND method = $3 AND key = $4';
    const client = await pool.connect();
    let healthy = true;
    let outcome: IdempotencyOutcome | 'again';
    try {
      outcome = await attempt(client, request, execute, where, keyParams);
    } catch (error) {
      healthy = await rollback(client);
      throw error;
    } finally {
      client.release(healthy ? undefined : new Error('The connection broke during a rollback.'));
    }
    // The record expired and was deleted between the claim and the read: claim again.
    return outcome === 'again' ? run(request, execute) : outcome;
  }

  async function attempt(
    client: PgClient,
    request: IdempotencyRequest,
    execute: (transaction?: unknown) => Promise<Execution>,
    where: string,
    keyParams: string[],
  ): Promise<IdempotencyOutcome | 'again'> {
    await client.query('BEGIN');
    await client.query(`SET LOCAL lock_timeout = ${waitMs}`);
    // An expired record frees its key.
    await client.query(
      `DELETE FROM ${table} WHERE ${where} AND expires_at < to_timestamp($5 / 1000.0)`,
      [...keyParams, now()],
    );
    let claimed: boolean;
    try {
      // Waits while another transaction (any instance) holds an uncommitted claim of the key.
      const insert = await client.query(
        `INSERT INTO ${table} (partner_account_id, user_id, method, key, fingerprint, expires_at)
         VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1000.0))
         ON CONFLICT DO NOTHING`,
        [...keyParams, request.fingerprint, now() + request.ttlMs],
      );
      claimed = insert.rowCount === 1;
    } catch (error) {
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
      await client.query('ROLLBACK');
      return { kind: 'in_progress' };
    }

    if (!claimed) {
      const found = await client.query<{ fingerprint: string; status: number; body: unknown }>(
        `SELECT fingerprint, status, body FROM ${table} WHERE ${where}`,
        keyParams,
      );
      await client.query('COMMIT');
      const row = found.rows[0];
      if (!row) return 'again';
      if (row.fingerprint !== request.fingerprint) return { kind: 'conflict' };
      return { kind: 'replayed', response: { status: row.status, body: row.body ?? null } };
    }

    // The backend's change runs in this transaction (its CallContext's `transaction`); if it
    // throws, the caller rolls back the change and the claim together.
    const result = await execute(client);
    if (result.keep) {
      await client.query(
        `UPDATE ${table} SET status = $5, body = $6::json, expires_at = to_timestamp($7 / 1000.0) WHERE ${where}`,
        [
          ...keyParams,
          result.response.status,
          JSON.stringify(result.response.body ?? null),
          now() + request.ttlMs,
        ],
      );
    } else {
      // The change stands (say, a declined payment's record), the key stays free.
      await client.query(`DELETE FROM ${table} WHERE ${where}`, keyParams);
    }
    await client.query('COMMIT');
    return { kind: 'executed', response: result.response };
  }

  return { run, migrate };
}

// ── live events ───────────────────────────────────────────────────────────────────────────

export interface PostgresLiveFanoutOptions {
  pool: PgPool;
  /** The NOTIFY channel (default `ph_live`). */
  channel?: string;
  /** Delay before listening again after the listening connection broke (default 1 s). */
  reconnectMs?: number;
  onError?: (error: unknown) => void;
}

export interface PostgresLiveFanout extends LiveFanout {
  /**
   * Publishes inside a transaction: PostgreSQL delivers it when (and only if) the transaction
   * commits. Pass the CallContext's `transaction`.
   */
  publishIn(transaction: unknown, partnerAccountId: string, event: LiveEvent): Promise<void>;
  /** Stops listening and releases the connection. */
  close(): Promise<void>;
}

/** NOTIFY payloads must stay under 8000 bytes: a larger event goes without its data. */
const MAX_PAYLOAD_BYTES = 7900;

function payloadOf(partnerAccountId: string, event: LiveEvent): string {
  const full = JSON.stringify({ a: partnerAccountId, e: event });
  if (new TextEncoder().encode(full).length <= MAX_PAYLOAD_BYTES) return full;
  // Without data the elements re-read the resource.
  return JSON.stringify({ a: partnerAccountId, e: { resource: event.resource } });
}

export function createPostgresLiveFanout(options: PostgresLiveFanoutOptions): PostgresLiveFanout {
  const { pool } = options;
  const channel = identifier(options.channel ?? 'ph_live', 'channel');
  const reconnectMs = options.reconnectMs ?? 1000;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const listeners = new Map<string, Set<(event: LiveEvent) => void>>();
  let listening: Promise<PgClient> | undefined;
  /** Stops listening on the current connection and gives it back. */
  let detachListener: ((error?: Error) => void) | undefined;
  let closed = false;

  function deliver(partnerAccountId: string, event: LiveEvent) {
    for (const listener of [...(listeners.get(partnerAccountId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        onError(error);
      }
    }
  }

  function listen(): Promise<PgClient> {
    listening ??= (async () => {
      let client: PgClient;
      try {
        client = await pool.connect();
      } catch (error) {
        listening = undefined; // the next subscriber tries again
        throw error;
      }
      let released = false;
      const detach = (error?: Error) => {
        if (released) return;
        released = true;
        client.removeListener('notification', onNotification);
        client.removeListener('error', broke);
        client.release(error);
      };
      const broke = (error: unknown) => {
        if (released) return;
        detach(error instanceof Error ? error : new Error(String(error)));
        listening = undefined;
        if (closed) return;
        onError(error);
        // Events may have been missed while away: every stream re-reads what it shows.
        setTimeout(() => {
          if (closed || listeners.size === 0) return;
          listen().then(() => {
            for (const id of listeners.keys()) deliver(id, { resource: 'balances' });
          }, onError);
        }, reconnectMs);
      };
      const onNotification = (message: { channel: string; payload?: string }) => {
        if (message.channel !== channel || !message.payload) return;
        try {
          const { a, e } = JSON.parse(message.payload) as { a: string; e: LiveEvent };
          deliver(a, e);
        } catch (error) {
          onError(error);
        }
      };
      detachListener = detach;
      client.on('notification', onNotification);
      client.on('error', broke);
      try {
        await client.query(`LISTEN ${channel}`);
      } catch (error) {
        broke(error);
        throw error;
      }
      return client;
    })();
    return listening;
  }

  return {
    async publish(partnerAccountId, event) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payloadOf(partnerAccountId, event)]);
    },
    async publishIn(transaction, partnerAccountId, event) {
      await (transaction as PgClient).query('SELECT pg_notify($1, $2)', [
        channel,
        payloadOf(partnerAccountId, event),
      ]);
    },
    async subscribe(partnerAccountId, listener) {
      let set = listeners.get(partnerAccountId);
      if (!set) listeners.set(partnerAccountId, (set = new Set()));
      set.add(listener);
      const unsubscribe = () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(partnerAccountId) === set) {
          listeners.delete(partnerAccountId);
        }
      };
      // Resolves once LISTEN is active, so nothing published afterwards is missed. When it
      // fails the caller gets no unsubscribe: the listener must not stay behind.
      try {
        await listen();
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
    async close() {
      closed = true;
      listeners.clear();
      const pending = listening;
      listening = undefined;
      if (!pending) return;
      const client = await pending.catch(() => undefined);
      if (!client) return;
      try {
        await client.query(`UNLISTEN ${channel}`);
        detachListener?.();
      } catch (error) {
        detachListener?.(error as Error);
      }
    },
  };
}
