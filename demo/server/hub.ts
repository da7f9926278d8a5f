/// <reference types="node" />
/**
 * The reference server's hub: the memory adapter's resource code (the same rules, not a second
 * copy) running over a world that lives in SQLite. One operation at a time: each request takes
 * the lock, runs in one SQLite transaction (the change, its ledger entries and invoices, and the
 * idempotency record together), and either commits all of it or rolls all of it back and
 * reloads the world from the database.
 */
import { createHash } from 'node:crypto';
import type {
  LiveEvent,
  ReadOptions,
  MutationOptions,
  ResourceName,
} from '../../src/adapter/contract.js';
import { AdapterError } from '../../src/adapter/errors.js';
import { isAllowed } from '../../src/adapter/permissions.js';
import { ROUTES, type Route } from '../../src/adapter/http/routes.js';
import {
  WhatsAppAccountSortSchema,
  WhatsAppAccountStatusSchema,
  type WhatsAppAccount,
  type WhatsAppAccountPage,
  type WhatsAppMessagingLimit,
  type WhatsAppQuality,
  type WhatsAppAccountSort,
} from '../../src/adapter/schemas.js';
import type {
  CallContext,
  Identity,
  IdempotencyOutcome,
  IdempotencyStore,
  PartnerHubBackend,
} from '../../src/server/types.js';
import {
  DEFAULT_NOW,
  MemoryHub,
  decodeCursor,
  encodeCursor,
  hubMethods,
  pageLimit,
  refusalIn,
  type AccountState,
  type ActiveChannels,
  type AdapterMethod,
  type World,
} from '../../src/adapter/memory/engine.js';
import { openDatabase, isSeeded, rankWhatsAppAccounts, WorldStore, type Db } from './store.js';

/**
 * The memory hub with its call path replaced: authorization and idempotency live in the
 * toolkit's handler (which keeps a key unless the payment failed, the rule the memory hub's
 * `keep` states too) and in this server's idempotency store.
 */
class SqlBackedHub extends MemoryHub {
  /** Live events raised by the running operation, with the partner account they concern. */
  pending: Array<{ accountId: string; event: LiveEvent }> = [];

  override async read<T>(
    _method: AdapterMethod,
    _options: ReadOptions | undefined,
    body: (account: AccountState) => T | Promise<T>,
  ): Promise<T> {
    return body(this.account);
  }

  override async mutate<T>(
    _method: AdapterMethod,
    _options: MutationOptions | undefined,
    _input: unknown,
    body: (account: AccountState) => T | Promise<T>,
  ): Promise<T> {
    return body(this.account);
  }

  override emit(event: LiveEvent): void {
    this.pending.push({ accountId: this.world.currentId, event });
  }

  /** The WhatsApp accounts live in their own table (not in the loaded world): counted there. */
  db: Db | undefined;

  override activeChannels(account: AccountState, first: number): ActiveChannels {
    if (!this.db) return super.activeChannels(account, first);
    const where = "FROM whatsapp_accounts WHERE account_id = ? AND status <> 'disconnected'";
    const { count } = this.db.prepare(`SELECT COUNT(*) AS count ${where}`).get(account.id) as {
      count: number;
    };
    const rows = this.db
      .prepare(`SELECT id, name ${where} ORDER BY seq LIMIT ?`)
      .all(account.id, first) as Array<{ id: string; name: string }>;
    return { count, items: rows.map((r) => ({ id: r.id, label: r.name })) };
  }
}

export interface HubOptions {
  dataDir: string;
  /** WhatsApp accounts a new database is seeded with (default 2,000, at most 100,000). */
  whatsAppAccounts?: number | undefined;
  /** Simulated seconds per real second (0: the clock only moves through `advance`). */
  usageSpeed: number;
  /** Where a new database's simulated clock starts (default the memory adapter's DEFAULT_NOW). */
  now?: string;
  /** Confirm invitations with a one-time code e-mailed to the inviting owner. */
  inviteCodes?: boolean;
  /** The memory adapter's scenario a new database is seeded with (default `positive`). */
  scenario?: 'positive' | 'licence-unpaid' | undefined;
}

export type LiveSink = (accountId: string, event: LiveEvent) => void;

type Methods = Record<string, (...args: unknown[]) => Promise<unknown>>;

export class ServerHub {
  readonly db: Db;
  readonly store: WorldStore;
  private readonly hub: SqlBackedHub;
  private readonly methods: Methods;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sessions = new Map<string, string>();
  private realAnchor = Date.now();
  private simAnchor: number;
  private closed = false;
  sink: LiveSink = () => undefined;

  constructor(private readonly options: HubOptions) {
    this.db = openDatabase(options.dataDir);
    this.store = new WorldStore(this.db);
    // The memory hub seeds the same world the memory adapter starts with (seed 1).
    this.hub = new SqlBackedHub({
      now: options.now ?? DEFAULT_NOW,
      seed: 1,
      scenario: options.scenario ?? 'positive',
      role: 'owner',
      whatsAppAccounts: options.whatsAppAccounts,
      inviteCodes: options.inviteCodes ?? true,
    });
    this.hub.db = this.db;
    if (!isSeeded(this.db)) {
      this.db.transaction(() => this.store.seed(this.hub.world))();
    }
    rankWhatsAppAccounts(this.db);
    this.hub.world = this.store.load();
    for (const row of this.db
      .prepare('SELECT user_id, account_id FROM demo_sessions')
      .all() as Array<{
      user_id: string;
      account_id: string;
    }>) {
      this.sessions.set(row.user_id, row.account_id);
    }
    this.simAnchor = this.hub.world.now;
    const hub = this.hub;
    this.methods = {
      ...hubMethods(hub),
      listWhatsAppAccounts: async (query: unknown) => this.listWhatsAppAccounts(query as WaQuery),
      listPartnerAccounts: async () => this.listPartnerAccounts(),
      switchPartnerAccount: async (id: unknown) => this.switchPartnerAccount(String(id)),
    } as unknown as Methods;
  }

  get world(): World {
    return this.hub.world;
  }

  get now(): number {
    return this.hub.world.now;
  }

  /** Runs `task` after every earlier one: operations never interleave. */
  exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(() => task());
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  // ── users and their partner accounts ────────────────────────────────────────────────────

  /** The demo's identities: the first active owner and member of the first account. */
  get demoUsers(): { owner: string | undefined; member: string | undefined } {
    const active = this.world.accounts[0]!.users.filter((u) => u.status === 'active');
    return {
      owner: active.find((u) => u.role === 'owner')?.id,
      member: active.find((u) => u.role === 'member')?.id,
    };
  }

  /** Who `userId` is, in the partner account they are looking at; undefined for a stranger. */
  identityOf(userId: string): Identity | undefined {
    const accountId = this.accountIdOf(userId);
    const user = this.world.accounts
      .find((a) => a.id === accountId)
      ?.users.find((u) => u.id === userId);
    if (!accountId || !user) return undefined;
    return {
      partnerAccountId: accountId,
      user: { id: user.id, role: user.role, status: user.status },
    };
  }

  /** The partner accounts `userId` may open: those they are an active user of. */
  private accountsOf(userId: string): AccountState[] {
    return this.world.accounts.filter((a) =>
      a.users.some((u) => u.id === userId && u.status === 'active'),
    );
  }

  /** The demo's stand-in for a user's mailbox: the e-mails (one-time codes) sent to them. */
  mailboxOf(userId: string): Array<{ subject: string; code: string; sentAt: string }> {
    const email = this.world.accounts
      .flatMap((a) => a.users)
      .find((u) => u.id === userId)
      ?.email.toLowerCase();
    return this.hub.outbox
      .filter((mail) => email !== undefined && mail.to.toLowerCase() === email)
      .map(({ subject, code, sentAt }) => ({ subject, code, sentAt }));
  }

  /** The partner account `userId` is looking at, or undefined for a user nobody knows. */
  accountIdOf(userId: string): string | undefined {
    const stored = this.sessions.get(userId);
    const active = this.accountsOf(userId);
    if (stored && active.some((a) => a.id === stored)) return stored;
    // An invited user still has an account to be refused in (403: accept the invitation).
    return (active[0] ?? this.world.accounts.find((a) => a.users.some((u) => u.id === userId)))?.id;
  }

  /**
   * Points the memory hub at the account the request was resolved in (`actor`, where its
   * idempotency record is kept), never at the one the user's session names by now: a switch
   * committed since then must not move the change. Refuses a user no longer active there.
   */
  private enter(actor: Identity): { account: AccountState; role: Identity['user']['role'] } {
    const account = this.world.accounts.find((a) => a.id === actor.partnerAccountId);
    const user = account?.users.find((u) => u.id === actor.user.id);
    if (!account || !user || user.status !== 'active') {
      throw new AdapterError('forbidden', 'You no longer have access to this partner account.');
    }
    this.world.currentId = account.id;
    for (const each of this.world.accounts) each.currentUserId = user.id;
    return { account, role: user.role };
  }

  private listPartnerAccounts() {
    const me = this.hub.account.currentUserId;
    return this.accountsOf(me).map((a) => ({
      id: a.id,
      name: a.name,
      billingMode: a.billingMode,
      current: a.id === this.world.currentId,
    }));
  }

  private switchPartnerAccount(id: string) {
    const me = this.hub.account.currentUserId;
    const target = this.accountsOf(me).find((a) => a.id === id);
    if (!target) throw new AdapterError('not_found', 'You have no access to this partner account.');
    this.db
      .prepare(
        `INSERT INTO demo_sessions (user_id, account_id) VALUES (?, ?)
         ON CONFLICT (user_id) DO UPDATE SET account_id = excluded.account_id`,
      )
      .run(me, id);
    this.sessions.set(me, id);
    this.world.currentId = id;
    return (this.methods['getSession'] as (o?: ReadOptions) => Promise<unknown>)();
  }

  // ── WhatsApp accounts, searched and paged in SQL ────────────────────────────────────────

  private listWhatsAppAccounts(query: WaQuery): WhatsAppAccountPage {
    const q = query ?? {};
    if (
      q.status !== undefined &&
      !WhatsAppAccountStatusSchema.options.includes(q.status as never)
    ) {
      throw new AdapterError('validation', 'Not an account status.', {
        fieldErrors: { status: 'Not an account status.' },
      });
    }
    const limit = pageLimit(q.limit);
    const accountId = this.world.currentId;
    const text = (q.query ?? '').trim().toLowerCase();
    const digits = text.replace(/[\s()+\-.]/g, '');
    const byDigits = /^\d{3,}$/.test(digits) ? 1 : 0;
    // LIKE with an escape character, so % and _ typed by a user match themselves.
    const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const where = `account_id = ?
      AND (? IS NULL OR status = ?)
      AND (? = '' OR haystack LIKE ? ESCAPE '\\' OR (? = 1 AND digits LIKE ? ESCAPE '\\'))`;
    const params = [
      accountId,
      q.status ?? null,
      q.status ?? null,
      text,
      like(text),
      byDigits,
      like(digits),
    ];
    const total = (
      this.db
        .prepare(`SELECT COUNT(*) AS n FROM whatsapp_accounts WHERE ${where}`)
        .get(...params) as { n: number }
    ).n;
    if (q.sort !== undefined && !WhatsAppAccountSortSchema.options.includes(q.sort as never)) {
      throw new AdapterError('validation', 'Not a sort order of WhatsApp accounts.', {
        fieldErrors: { sort: 'Not a sort order of WhatsApp accounts.' },
      });
    }
    const sort = (q.sort ?? '-createdAt') as WhatsAppAccountSort;
    const order = SQL_ORDERS[sort];
    // The default order keeps the cursors it always issued; others name their order (as the
    // memory adapter's do, so a cursor never crosses orders).
    const list = sort === '-createdAt' ? 'whatsAppAccounts' : `whatsAppAccounts:${sort}`;
    const start: readonly [number, number] = order.desc
      ? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
      : [Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const after = q.cursor ? decodeCursor(list, q.cursor).after : start;
    const cmp = order.desc ? '<' : '>';
    const rows = this.db
      .prepare(
        `SELECT id, seq, waba_id, name, client_name, phone_number, status, created_at,
                quality, messaging_limit, ${order.key[0]} AS k0, ${order.key[1]} AS k1
         FROM whatsapp_accounts
         WHERE ${where} AND (${order.key[0]} ${cmp} ? OR (${order.key[0]} = ? AND ${order.key[1]} ${cmp} ?))
         ORDER BY ${order.key[0]} ${order.desc ? 'DESC' : 'ASC'}, ${order.key[1]} ${order.desc ? 'DESC' : 'ASC'}
         LIMIT ?`,
      )
      .all(...params, after[0], after[0], after[1], limit + 1) as Array<
      Record<string, string | number>
    >;
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: String(r['id']),
        wabaId: String(r['waba_id']),
        name: String(r['name']),
        clientName: String(r['client_name']),
        phoneNumber: String(r['phone_number']),
        status: String(r['status']) as WhatsAppAccount['status'],
        createdAt: String(r['created_at']),
        // Left out when unknown (NULL), as the contract's optional fields are.
        ...(r['quality'] ? { quality: String(r['quality']) as WhatsAppQuality } : {}),
        ...(r['messaging_limit']
          ? { messagingLimit: String(r['messaging_limit']) as WhatsAppMessagingLimit }
          : {}),
      })),
      nextCursor:
        more && last ? encodeCursor(list, [Number(last['k0']), Number(last['k1'])]) : null,
      total,
      sort,
    };
  }

  // ── the simulated clock ─────────────────────────────────────────────────────────────────

  /** Brings the simulated clock up to real time × usageSpeed (call inside `exclusive`). */
  tick(): void {
    if (this.closed || this.options.usageSpeed <= 0) return;
    const target =
      this.simAnchor + Math.floor((Date.now() - this.realAnchor) * this.options.usageSpeed);
    if (target > this.world.now) this.advanceNow(target - this.world.now);
  }

  /** Moves simulated time forward by `ms` (call inside `exclusive`). */
  advanceNow(ms: number): void {
    const before = this.world.accounts.map(fingerprintAccount);
    this.transaction(() => {
      this.world.currentId = this.world.accounts[0]!.id;
      this.hub.advance(ms);
      this.store.save(this.world);
    });
    this.hub.pending = [];
    this.realAnchor = Date.now();
    this.simAnchor = this.world.now;
    this.world.accounts.forEach((account, i) => {
      const was = before[i]!;
      const is = fingerprintAccount(account);
      const changed: ResourceName[] = [];
      if (was.balances !== is.balances) changed.push('balances', 'movements', 'dailyUsage');
      if (was.invoices !== is.invoices) changed.push('invoices');
      if (was.plan !== is.plan) changed.push('plan', 'autoRenewal');
      for (const resource of changed) {
        this.sink(
          account.id,
          resource === 'balances'
            ? { resource, data: this.hub.balancesOf(account) }
            : ({ resource } as LiveEvent),
        );
      }
    });
  }

  /** Runs `body` in one SQLite transaction; on failure rolls back and reloads the world. */
  private transaction<T>(body: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = body();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.hub.world = this.store.load();
      throw error;
    }
  }

  private async transactionAsync<T>(body: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await body();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.hub.world = this.store.load();
      throw error;
    }
  }

  // ── operations: the backend and the idempotency store of the toolkit's handler ─────────

  /**
   * The handle this hub's idempotency store passes to the backend: a call that carries it runs
   * inside the store's operation (the lock taken, the SQLite transaction open), so the change
   * and its idempotency record commit together.
   */
  private readonly inside = Symbol('inside an operation');

  /** The contract's methods for the toolkit's handler, each acting as `ctx.actor`. */
  readonly backend: PartnerHubBackend = Object.fromEntries(
    ROUTES.map((route) => [
      route.method,
      (...args: unknown[]) => {
        const ctx = args.pop() as CallContext;
        return this.call(route, args, ctx);
      },
    ]),
  ) as PartnerHubBackend;

  /** Idempotency records in SQLite, in the same transaction as the change they answer for. */
  readonly idempotency: IdempotencyStore = {
    run: (request, execute) =>
      this.exclusive(async () => {
        this.tick();
        const { scope } = request;
        const outcome = await this.transactionAsync(async (): Promise<IdempotencyOutcome> => {
          const cutoff = Date.now() - request.ttlMs;
          this.db.prepare('DELETE FROM idempotency WHERE created_at_ms < ?').run(cutoff);
          this.db.prepare('DELETE FROM idempotency_blobs WHERE last_used_ms < ?').run(cutoff);
          const stored = this.db
            .prepare(
              `SELECT fingerprint, status, body, blobs FROM idempotency
               WHERE partner_id = ? AND user_id = ? AND method = ? AND key = ?`,
            )
            .get(scope.partnerAccountId, scope.userId, scope.method, scope.key) as
            | { fingerprint: string; status: number; body: string | null; blobs: string | null }
            | undefined;
          if (stored) {
            if (stored.fingerprint !== request.fingerprint) return { kind: 'conflict' };
            return {
              kind: 'replayed',
              response: { status: stored.status, body: this.storedBody(stored) },
            };
          }
          const { response, keep } = await execute(this.inside);
          if (keep) {
            const at = Date.now();
            const { body, blobs } =
              response.status === 204
                ? { body: null, blobs: null }
                : this.storableBody(response.body, at);
            this.db
              .prepare(
                `INSERT INTO idempotency
                   (partner_id, user_id, method, key, fingerprint, status, body, blobs, created_at_ms)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              )
              .run(
                scope.partnerAccountId,
                scope.userId,
                scope.method,
                scope.key,
                request.fingerprint,
                response.status,
                body,
                blobs,
                at,
              );
          }
          return { kind: 'executed', response };
        });
        this.flushEvents();
        return outcome;
      }),
  };

  /**
   * An answer as a record keeps it: JSON with each long string (a logo's data URL) left out,
   * kept once per content in `idempotency_blobs` (used at `at`, as the record is made), and
   * where each goes. Within a call inside the store's transaction.
   */
  private storableBody(answer: unknown, at: number): { body: string; blobs: string | null } {
    const parts: Array<[JsonPath, string]> = [];
    const body = JSON.stringify(withoutLongTexts(answer, [], parts));
    if (parts.length === 0) return { body, blobs: null };
    const keep = this.db.prepare(
      `INSERT INTO idempotency_blobs (sha256, text, last_used_ms) VALUES (?, ?, ?)
       ON CONFLICT (sha256) DO UPDATE SET last_used_ms = MAX(last_used_ms, excluded.last_used_ms)`,
    );
    const refs = parts.map(([path, text]) => {
      const sha = createHash('sha256').update(text).digest('hex');
      keep.run(sha, text, at);
      return [path, sha] as const;
    });
    return { body, blobs: JSON.stringify(refs) };
  }

  /** A record's answer, its long strings put back. */
  private storedBody(stored: { body: string | null; blobs: string | null }): unknown {
    let body = JSON.parse(stored.body ?? 'null') as unknown;
    if (!stored.blobs) return body;
    const text = this.db.prepare('SELECT text FROM idempotency_blobs WHERE sha256 = ?');
    for (const [path, sha] of JSON.parse(stored.blobs) as Array<[JsonPath, string]>) {
      const row = text.get(sha) as { text: string } | undefined;
      // A text outlives every record that uses it (see storableBody): this is never missing.
      if (!row) throw new Error(`A stored answer's text ${sha} is missing.`);
      body = withTextAt(body, path, row.text);
    }
    return body;
  }

  /**
   * Runs one method as one user in the account the request was resolved in: entered under the
   * lock, the user's membership and role checked again (either may have changed since the
   * request was authenticated). Inside the idempotency store's operation it
   * runs and saves directly; otherwise it takes the lock (and, for a change, a transaction).
   */
  private async call(route: Route, args: unknown[], ctx: CallContext): Promise<unknown> {
    const run = async () => {
      const { role } = this.enter(ctx.actor);
      if (!isAllowed(role, route.method)) {
        throw new AdapterError(
          'forbidden',
          'Only owners can do this. Ask an owner of this partner account.',
        );
      }
      const fn = this.methods[route.method];
      if (!fn) throw new AdapterError('not_found', 'This operation is not offered.');
      this.hub.pending = [];
      const options = {
        ...(route.mutation ? { idempotencyKey: ctx.idempotencyKey ?? '' } : {}),
        // The hub answers in the elements' language where it can (plan features, regions).
        ...(ctx.locale ? { locale: ctx.locale } : {}),
      };
      let result: unknown;
      try {
        result = await fn(...args, options);
      } catch (error) {
        throw refusalIn(error, ctx.locale); // in the elements' language where the hub has it
      }
      if (route.mutation) this.store.save(this.world);
      return result;
    };
    if (ctx.transaction === this.inside) return run();
    return this.exclusive(async () => {
      // A read whose client has gone (or whose deadline passed) while it queued is not run: it
      // would only hold up the others. A change always runs to its end (its key replays it).
      if (!route.mutation) ctx.signal.throwIfAborted();
      this.tick();
      const result = route.mutation ? await this.transactionAsync(run) : await run();
      this.flushEvents();
      return result;
    });
  }

  /** Sends the events the last operation raised (after its commit). */
  private flushEvents(): void {
    const events = this.hub.pending;
    this.hub.pending = [];
    for (const { accountId, event } of events) this.sink(accountId, event);
  }

  /** The balances of the account a user is looking at (for the first SSE message). */
  balancesFor(userId: string): LiveEvent | undefined {
    const account = this.world.accounts.find((a) => a.id === this.accountIdOf(userId));
    if (!account || account.billingMode !== 'partner_paid') return undefined;
    return { resource: 'balances', data: this.hub.balancesOf(account) };
  }
}

/** Strings of a stored answer at least this long are kept once per content (a logo). */
const LONG_TEXT_CHARS = 4096;

type JsonPath = Array<string | number>;

/** `value` with each long string as null, collected with where it was into `parts`. */
function withoutLongTexts(
  value: unknown,
  path: JsonPath,
  parts: Array<[JsonPath, string]>,
): unknown {
  if (typeof value === 'string' && value.length >= LONG_TEXT_CHARS) {
    parts.push([path, value]);
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => withoutLongTexts(v, [...path, i], parts));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutLongTexts(v, [...path, k], parts)]),
    );
  }
  return value;
}

/** `value` with `text` at `path` (the top itself for an empty path). */
function withTextAt(value: unknown, path: JsonPath, text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  const node = value as Record<string | number, unknown>;
  node[head!] = withTextAt(node[head!], rest, text);
  return value;
}

interface WaQuery {
  cursor?: string | null;
  limit?: number;
  query?: string;
  status?: string;
  sort?: string;
}

/**
 * Each sort order as SQL: a unique key of two columns (constants of this file, never request
 * text) and its direction. Name and status orders use the ranks `rankWhatsAppAccounts` stored.
 */
const SQL_ORDERS: Readonly<
  Record<WhatsAppAccountSort, { key: readonly [string, string]; desc: boolean }>
> = {
  '-createdAt': { key: ['created_ms', 'seq'], desc: true },
  createdAt: { key: ['created_ms', 'seq'], desc: false },
  name: { key: ['name_rank', 'seq'], desc: false },
  '-name': { key: ['name_rank', 'seq'], desc: true },
  status: { key: ['status_rank', 'seq'], desc: false },
  '-status': { key: ['status_rank', 'seq'], desc: true },
};

function fingerprintAccount(account: AccountState) {
  return {
    balances: account.wallets.map((w) => `${w.balance.amount} ${w.balance.currency}`).join(','),
    invoices: account.invoices.map((i) => i.status).join(','),
    plan: `${account.plan.planId} ${account.plan.periodStart} ${account.plan.status}`,
  };
}
