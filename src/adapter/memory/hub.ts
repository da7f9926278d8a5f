/**
 * The core of the memory adapter: the world it holds, the path every call takes (latency,
 * abort, injected failures, the failing switch, roles, idempotency keys), the simulated clock
 * and live events. The resource methods in `resources/` run inside it.
 */
import type {
  LiveEvent,
  LiveListener,
  MutationOptions,
  ReadOptions,
  ResourceName,
} from '../contract.js';
import { RESOURCE_NAMES } from '../contract.js';
import { AdapterError } from '../errors.js';
import { isAllowed } from '../permissions.js';
import type { Balance, Role, User } from '../schemas.js';
import { blockingLicenceInvoice, monthlyMovements } from '../../domain/index.js';
import { canChargeAutomatically, copy, deductUsage } from './billing.js';
import { DAY_MS, iso, monthName, monthStart } from './calendar.js';
import { invalid } from './checks.js';
import { createRandom, type Random } from './random.js';
import { DEFAULT_NOW, seedWorld, type MemoryScenario } from './seed.js';
import type { AccountState, Card, World } from './state.js';
import { issueInvoice } from './state.js';
import type {
  AdapterCall,
  AdapterMethod,
  FailNextOptions,
  MemoryAdapterOptions,
  MemoryLatency,
} from './types.js';
import { hourCost, HOUR_MS } from './usage-profile.js';

/** Reads and switching that keep working in the `failing` scenario. */
const ALWAYS_AVAILABLE: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>([
  'getSession',
  'listPartnerAccounts',
  'switchPartnerAccount',
]);

const ALL_RESOURCES: readonly ResourceName[] = RESOURCE_NAMES;

export const CLIENT_PAID_MESSAGE =
  'Credit balance is not available: clients pay for messaging on this account.';

/** An e-mail the hub sent (the demo's and the tests' stand-in for a mailbox). */
export interface SentMail {
  to: string;
  subject: string;
  /** The one-time code it carries. */
  code: string;
  /** Simulated time it was sent, ISO 8601. */
  sentAt: string;
}

/** A one-time code waiting to confirm one invitation by one owner. */
export interface PendingInviteCode {
  code: string;
  expiresAt: number;
  attempts: number;
}

interface PendingFailure {
  error: AdapterError;
  afterApplying: boolean;
  remaining: number;
}

/** Copies a value so no internal object leaks out (Blobs are immutable and kept). */
export function clone<T>(value: T): T {
  if (value === undefined || value === null || value instanceof Blob) return value;
  return structuredClone(value);
}

/** A stable text form of mutation input, for "same key, same request?" (Blobs by type and size). */
function fingerprint(value: unknown): string {
  if (value instanceof Blob) return `blob:${value.type}:${value.size}`;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function' && !(v instanceof EventTarget))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(',')}}`;
}

function toMs(value: Date | string | undefined): number {
  const ms = value === undefined ? Date.parse(DEFAULT_NOW) : new Date(value).getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not a date for the simulated clock: ${String(value)}`);
  }
  return ms;
}

export function checkLatency(latency: MemoryLatency): MemoryLatency {
  const ok = (n: number) => Number.isFinite(n) && n >= 0;
  if (
    typeof latency === 'number'
      ? ok(latency)
      : ok(latency.min) && ok(latency.max) && latency.min <= latency.max
  ) {
    return latency;
  }
  throw new RangeError('Latency is a number of ms, or { min, max } with 0 ≤ min ≤ max.');
}

function abortError(signal: AbortSignal): AdapterError {
  return new AdapterError('aborted', 'The request was aborted.', { cause: signal.reason });
}

/** Channels still subscribed: how many, and the first few by name. */
export interface ActiveChannels {
  count: number;
  items: Array<{ id: string; label: string }>;
}

/** The in-memory hub behind one adapter: its world, the call pipeline, the clock and the controls. */
export class MemoryHub {
  world: World;
  latency: MemoryLatency;
  failing: boolean;
  /** Test cards handed out by `collectPaymentMethod` without a host form. */
  testCardIndex = 0;
  readonly log: AdapterCall[] = [];
  readonly listeners = new Set<LiveListener>();
  /** One-time codes awaiting confirmation, by account, inviting owner, e-mail and role. */
  readonly inviteCodes = new Map<string, PendingInviteCode>();
  /** Every e-mail the hub sent, oldest first. */
  readonly outbox: SentMail[] = [];
  /** Draws the one-time codes (deterministic per seed). */
  readonly codes: Random;
  private readonly failures = new Map<AdapterMethod, PendingFailure[]>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly delays: Random;

  constructor(readonly options: MemoryAdapterOptions) {
    this.world = this.seed();
    this.latency = checkLatency(
      options.latency ?? (this.scenario === 'slow' ? { min: 1500, max: 3000 } : 0),
    );
    this.failing = this.scenario === 'failing';
    this.delays = createRandom(((options.seed ?? 1) ^ 0x5bd1e995) >>> 0);
    this.codes = createRandom(((options.seed ?? 1) ^ 0x27d4eb2f) >>> 0);
  }

  get scenario(): MemoryScenario {
    return this.options.scenario ?? 'positive';
  }

  private seed(): World {
    return seedWorld(
      this.scenario,
      this.options.seed ?? 1,
      toMs(this.options.now),
      this.options.role ?? 'owner',
      { whatsAppAccounts: this.options.whatsAppAccounts },
    );
  }

  get account(): AccountState {
    return this.world.accounts.find((a) => a.id === this.world.currentId)!;
  }

  /**
   * The account's channels (WhatsApp accounts) whose subscription is still running (all but the
   * disconnected ones): how many, and the first `first` by name. A cancellation waits for none.
   */
  activeChannels(account: AccountState, first: number): ActiveChannels {
    const active = account.whatsAppAccounts.filter((r) => r.account.status !== 'disconnected');
    return {
      count: active.length,
      items: active.slice(0, first).map((r) => ({ id: r.account.id, label: r.account.name })),
    };
  }

  // ── controls ────────────────────────────────────────────────────────────────────────────

  reset(): void {
    this.world = this.seed();
    this.failing = this.scenario === 'failing';
    this.failures.clear();
    this.inviteCodes.clear();
    this.outbox.length = 0;
    this.log.length = 0;
    this.testCardIndex = 0;
    this.emitAll();
  }

  setRole(role: Role): void {
    for (const account of this.world.accounts) {
      const me = account.users.find((u) => u.id === account.currentUserId);
      if (me) me.role = role;
    }
    this.emit({ resource: 'session' });
    this.emit({ resource: 'users' });
  }

  setFailing(failing: boolean): void {
    if (this.failing === failing) return;
    this.failing = failing;
    this.emitAll();
  }

  failNext(method: AdapterMethod, error: AdapterError, options: FailNextOptions = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError('times is a whole number ≥ 1.');
    const queue = this.failures.get(method) ?? [];
    queue.push({ error, afterApplying: options.afterApplying ?? false, remaining: times });
    this.failures.set(method, queue);
  }

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(clone(event));
      } catch (error) {
        // One broken listener must not silence the others; report it without throwing here.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  private emitAll(): void {
    for (const resource of ALL_RESOURCES) this.emit({ resource } as LiveEvent);
  }

  emitBalances(): void {
    this.emit({ resource: 'balances', data: this.balancesOf(this.account) });
  }

  // ── the simulated clock ─────────────────────────────────────────────────────────────────

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.');
    const world = this.world;
    const target = world.now + ms;
    const touched = new Set<ResourceName>();
    const current = this.account;
    for (let hour = world.settledUntil; hour + HOUR_MS <= target; hour += HOUR_MS) {
      for (const account of world.accounts) {
        const changes = new Set<ResourceName>();
        this.startOfHour(account, hour, changes);
        for (const wallet of account.wallets) {
          if (!wallet.profile) continue;
          const before = wallet.balance.amount;
          const topUps = deductUsage(
            account,
            wallet,
            hourCost(wallet.profile, hour),
            hour + HOUR_MS - 1000,
          );
          if (wallet.balance.amount !== before || topUps.length > 0) {
            changes.add('balances').add('movements').add('dailyUsage');
          }
          if (topUps.length > 0) changes.add('invoices');
        }
        if (account === current) for (const c of changes) touched.add(c);
      }
      world.settledUntil = hour + HOUR_MS;
    }
    // A new day on the hub's clock: what depends on the day (a card's expiry) is read again.
    if (Math.floor(target / DAY_MS) !== Math.floor(world.now / DAY_MS)) touched.add('session');
    world.now = target;
    for (const resource of touched) {
      if (resource === 'balances') this.emitBalances();
      else this.emit({ resource } as LiveEvent);
    }
  }

  /** What happens on the hub at the start of an hour: due dates pass, periods roll over. */
  private startOfHour(account: AccountState, hour: number, changes: Set<ResourceName>): void {
    for (const invoice of account.invoices) {
      if (
        invoice.status === 'unpaid' &&
        invoice.dueAt !== null &&
        Date.parse(invoice.dueAt) <= hour
      ) {
        invoice.status = 'overdue';
        changes.add('invoices');
      }
    }
    const plan = account.plan;
    while (plan.status !== 'cancelled' && hour >= plan.periodEnd) {
      this.closePeriod(account, plan.periodStart, plan.periodEnd);
      changes.add('invoices').add('plan').add('autoRenewal');
    }
  }

  /** Closes a billing period: monthly closing invoices, then the next plan fee (or the end). */
  private closePeriod(account: AccountState, start: number, end: number): void {
    const month = iso(start).slice(0, 7);
    for (const invoice of account.invoices) {
      if (invoice.type === 'monthly_closing' && invoice.status === 'pending') {
        invoice.status = 'paid';
      }
    }
    for (const wallet of account.wallets) {
      const currency = wallet.balance.currency;
      const [movement] = monthlyMovements(account.ledger, { from: month, to: month, currency });
      issueInvoice(account, {
        type: 'monthly_closing',
        status: 'pending',
        issuedAt: end + 2 * HOUR_MS,
        dueAt: null,
        total: movement!.usage,
        description: `Monthly closing, ${monthName(start)}: messaging and calls settled from the credit balance`,
      });
    }
    const plan = account.plan;
    if (plan.status === 'cancelling' && end >= (plan.cancelAt ?? end)) {
      plan.status = 'cancelled';
      plan.cancelAt = null;
      return;
    }
    // Billing periods are calendar months.
    plan.periodStart = end;
    plan.periodEnd = monthStart(end, 1);
    const option = plan.options.find((o) => o.id === plan.planId)!;
    const paid = canChargeAutomatically(account, end);
    issueInvoice(account, {
      type: 'plan_fee',
      status: paid ? 'paid' : 'unpaid',
      issuedAt: end + 6 * HOUR_MS,
      dueAt: end + 6 * HOUR_MS + 14 * DAY_MS,
      total: option.price,
      description: `Partner plan ${option.name}, ${monthName(end)}`,
    });
  }

  // ── the call pipeline ───────────────────────────────────────────────────────────────────

  /** The simulated network: abortable latency. */
  private async arrive(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw abortError(signal);
    const l = this.latency;
    const ms = typeof l === 'number' ? l : l.min + Math.floor(this.delays() * (l.max - l.min + 1));
    if (ms <= 0) {
      await Promise.resolve();
    } else {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          clearTimeout(timer);
          reject(abortError(signal!));
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    if (signal?.aborted) throw abortError(signal);
  }

  private takeFailure(method: AdapterMethod): PendingFailure | undefined {
    const queue = this.failures.get(method);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head;
  }

  /** The acting user, or `unauthorized` once they no longer belong to the account. */
  me(account: AccountState): User {
    const me = account.users.find((u) => u.id === account.currentUserId);
    if (!me) {
      throw new AdapterError('unauthorized', 'You no longer have access to this partner account.');
    }
    return me;
  }

  private authorize(method: AdapterMethod): void {
    if (!isAllowed(this.me(this.account).role, method)) {
      throw new AdapterError(
        'forbidden',
        'Only owners can do this. Ask an owner of this partner account.',
      );
    }
  }

  private async enter(method: AdapterMethod, signal: AbortSignal | undefined) {
    await this.arrive(signal);
    const failure = this.takeFailure(method);
    if (failure && !failure.afterApplying) throw failure.error;
    if (this.failing && !ALWAYS_AVAILABLE.has(method)) {
      throw new AdapterError(
        'unavailable',
        'The Partner Hub is not responding. Try again in a moment.',
      );
    }
    this.authorize(method);
    return failure;
  }

  async read<T>(
    method: AdapterMethod,
    options: ReadOptions | undefined,
    body: (account: AccountState) => T | Promise<T>,
  ): Promise<T> {
    const failure = await this.enter(method, options?.signal);
    const result = await body(this.account);
    if (failure) throw failure.error;
    return clone(result);
  }

  /**
   * Runs a mutation at most once per idempotency key. `input` is what makes two requests "the
   * same"; `keep` says whether a result uses up its key (a failed payment does not).
   */
  async mutate<T>(
    method: AdapterMethod,
    options: MutationOptions | undefined,
    input: unknown,
    body: (account: AccountState) => T | Promise<T>,
    keep: (result: T) => boolean = () => true,
    /** What a replay answers (a new API key's secret is answered once, never kept). */
    replay: (result: T) => T = (result) => result,
  ): Promise<T> {
    const failure = await this.enter(method, options?.signal);
    const key = options?.idempotencyKey;
    if (typeof key !== 'string' || key.trim() === '') {
      invalid(
        { idempotencyKey: 'Every change needs an idempotency key.' },
        'Every change needs an idempotency key, reused when the same change is retried.',
      );
    }
    const account = this.account;
    const slot = `${method}:${key}`;
    const print = fingerprint(input);
    const inflightKey = `${account.id}:${slot}`;
    while (this.inflight.has(inflightKey)) {
      await this.inflight.get(inflightKey)!.catch(() => undefined);
    }
    let result: T;
    const stored = account.idempotency.get(slot);
    if (stored) {
      if (stored.fingerprint !== print) {
        throw new AdapterError(
          'conflict',
          'This idempotency key was already used for a different request. Use a new key for a new change.',
        );
      }
      result = stored.result as T;
    } else {
      const running = Promise.resolve().then(() => body(account));
      this.inflight.set(inflightKey, running);
      try {
        result = await running;
      } finally {
        this.inflight.delete(inflightKey);
      }
      if (keep(result)) {
        account.idempotency.set(slot, { fingerprint: print, result: clone(replay(result)) });
      }
    }
    if (failure) throw failure.error;
    return clone(result);
  }

  // ── shared helpers ──────────────────────────────────────────────────────────────────────

  partnerPaid(account: AccountState): void {
    if (account.billingMode === 'client_paid') {
      throw new AdapterError('unavailable', CLIENT_PAID_MESSAGE);
    }
  }

  balancesOf(account: AccountState): Balance[] {
    const blocking = blockingLicenceInvoice(account.invoices);
    return account.wallets.map((w) => ({
      money: copy(w.balance),
      updatedAt: iso(w.updatedAt),
      topUpLimits: { min: copy(w.topUpLimits.min), max: copy(w.topUpLimits.max) },
      ...(blocking
        ? {
            messagingBlock: {
              reason: 'unpaid_licence_invoice',
              invoiceNumber: blocking.number,
            },
          }
        : {}),
    }));
  }

  today(): string {
    return iso(this.world.now).slice(0, 10);
  }

  findCard(account: AccountState, id: unknown): Card {
    const card = account.cards.find((c) => c.method.id === id);
    if (!card) invalid({ paymentMethodId: 'Choose one of your payment methods.' });
    return card;
  }
}
