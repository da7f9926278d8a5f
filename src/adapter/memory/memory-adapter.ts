/**
 * The memory adapter: the embedded default behind the demo, Storybook and the tests. A complete
 * Partner Hub in memory with real semantics, not a mock: usage is deducted as simulated time
 * passes, auto-renewal and emergency top-ups fire by the domain rules, top-ups are idempotent,
 * roles are enforced and the last owner is protected.
 *
 * ```ts
 * const adapter = createMemoryAdapter({ scenario: 'low', latency: { min: 200, max: 600 } });
 * adapter.clock.advance(60 * 60 * 1000); // one hour of usage: auto-renewal fires
 * ```
 *
 * Every call takes `{ signal }` (an abort rejects with `AdapterError('aborted')`, also during
 * the simulated latency) and every mutation needs an `idempotencyKey`: the same key with the
 * same input returns the stored result without applying anything again; the same key with
 * another input is a `conflict`. A payment that fails (declined or expired card) does not use
 * up its key: retrying with the same key, for example after choosing another card, pays once.
 */
import type {
  AdapterCapability,
  CollectPaymentMethodInput,
  InviteUserInput,
  LiveEvent,
  LiveListener,
  MovementQuery,
  MutationOptions,
  PartnerHubAdapter,
  ReadOptions,
  ResourceName,
  TopUpInput,
  UsageQuery,
  WhatsAppAccountQuery,
  InvoiceQuery,
} from '../contract.js';
import { AdapterError } from '../errors.js';
import { isAllowed } from '../permissions.js';
import type {
  AutoRenewal,
  AutoRenewalUpdate,
  Balance,
  DailyUsage,
  IntegrationSettings,
  IntegrationSettingsPatch,
  Invoice,
  InvoicePage,
  InvoicingDetails,
  InvoicingDetailsPatch,
  InvoicingField,
  Movement,
  PartnerAccount,
  PayInvoiceResult,
  PaymentMethod,
  Plan,
  PlanChangeQuote,
  Profile,
  ProfilePatch,
  Role,
  Session,
  TopUpQuote,
  TopUpResult,
  User,
  WebhookTestResult,
  WhatsAppAccountPage,
} from '../schemas.js';
import { InvoiceStatusSchema, InvoiceTypeSchema, WhatsAppAccountStatusSchema } from '../schemas.js';
import {
  checkEmail,
  checkRedirectUrl,
  checkSolutionId,
  checkVatId,
  checkWebhookUrl,
  dailyUsageFrom,
  monthlyMovements,
  normalizeVatId,
  planChangeKind,
  prorate,
  recommendAutoRenewal,
} from '../../domain/index.js';
import { add, money, zero, type Money } from '../../money/index.js';
import {
  canChargeAutomatically,
  cardFee,
  cardRefusal,
  copy,
  creditWallet,
  deductUsage,
  newWallet,
} from './billing.js';
import {
  EMAIL_MESSAGES,
  SOLUTION_ID_MESSAGES,
  URL_MESSAGES,
  VAT_ID_MESSAGES,
  assertValid,
  calendarDate,
  fmt,
  invalid,
  moneyProblem,
  onlyKeys,
  period,
} from './checks.js';
import { paginate } from './paging.js';
import { pdfBytes } from './pdf.js';
import { createRandom, type Random } from './random.js';
import { DEFAULT_NOW, seedWorld, type MemoryScenario } from './seed.js';
import type { AccountState, Card, StoredInvoice, Wallet, World } from './state.js';
import { defaultCard, issueInvoice, walletFor } from './state.js';
import { hourCost, HOUR_MS } from './usage-profile.js';

const DAY_MS = 86_400_000;

/** Simulated network latency in ms: fixed, or drawn (deterministically) from a range. */
export type MemoryLatency = number | { min: number; max: number };

/** Every data method of the contract (everything but `subscribe`). */
export type AdapterMethod = Exclude<keyof PartnerHubAdapter, 'subscribe'>;

/** A card the host collected through `collectCard` (the demo's clearly-labelled test form). */
export interface CollectedCard {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName?: string;
}

export interface MemoryAdapterOptions {
  /** Which seeded world to start from (default `positive`). */
  scenario?: MemoryScenario;
  /**
   * Start of the simulated clock (default `2026-11-17T10:00:00Z`, see `DEFAULT_NOW`), so the
   * seeded data is the same on every run. History and card expiry dates follow it.
   */
  now?: Date | string;
  /** Simulated latency per call (default 0; the `slow` scenario uses 1500–3000 ms). */
  latency?: MemoryLatency;
  /** The acting user's role (default `owner`). */
  role?: Role;
  /** Seed of the deterministic generator behind names, numbers and usage noise (default 1). */
  seed?: number;
  /** Switch optional methods off: `{ removeUser: false }` leaves `removeUser` out. */
  capabilities?: Partial<Record<AdapterCapability, boolean>>;
  /**
   * How `collectPaymentMethod` obtains a card: the host's (test) form. Resolve `null` when the
   * user cancels. Without it, each call adds the next of a few Visa and Mastercard test cards.
   */
  collectCard?: (input: CollectPaymentMethodInput, signal?: AbortSignal) => Promise<CollectedCard | null>;
}

/** One call made to the adapter, as made. */
export interface AdapterCall {
  method: AdapterMethod;
  args: unknown[];
}

export interface FailNextOptions {
  /**
   * Perform the call, then throw: a response lost after the hub applied a mutation (a timeout),
   * the case idempotent retries exist for. Default false: throw without doing anything.
   */
  afterApplying?: boolean;
  /** How many of the next calls fail (default 1). */
  times?: number;
}

/** The simulated clock. */
export interface MemoryClock {
  now(): Date;
  /**
   * Moves simulated time forward. Each whole hour crossed deducts that hour's usage (template
   * messages and calls, by the account's usage profile) from every balance, which may fire
   * auto-renewal or an emergency top-up; month ends close the month and start a new plan
   * period; unpaid invoices past due become overdue. Subscribers hear about what changed.
   */
  advance(ms: number): void;
}

/** The adapter plus the controls the demo and the tests drive it with. */
export interface MemoryAdapter extends PartnerHubAdapter {
  readonly scenario: MemoryScenario;
  readonly clock: MemoryClock;
  /** Every call made so far, oldest first (a snapshot). */
  readonly calls: ReadonlyArray<AdapterCall>;
  clearCalls(): void;
  /** Changes the acting user's role (in every partner account). */
  setRole(role: Role): void;
  setLatency(latency: MemoryLatency): void;
  /**
   * Makes every resource read and mutation reject with `unavailable` (the `failing`
   * scenario starts with it on); the session and the partner accounts keep working.
   */
  setFailing(failing: boolean): void;
  /** Makes the next call(s) of `method` throw `error`. */
  failNext(method: AdapterMethod, error: AdapterError, options?: FailNextOptions): void;
  /** Back to the seeded world of the scenario: clock, data, idempotency keys, call log. */
  reset(): void;
}

/** Reads and switching that keep working in the `failing` scenario. */
const ALWAYS_AVAILABLE: ReadonlySet<AdapterMethod> = new Set<AdapterMethod>([
  'getSession',
  'listPartnerAccounts',
  'switchPartnerAccount',
]);

const ALL_RESOURCES: readonly ResourceName[] = [
  'session',
  'balances',
  'dailyUsage',
  'autoRenewal',
  'movements',
  'invoices',
  'invoicingDetails',
  'paymentMethods',
  'plan',
  'users',
  'integrationSettings',
  'profile',
  'whatsAppAccounts',
  'partnerAccounts',
];

const CLIENT_PAID_MESSAGE =
  'Credit balance is not available: clients pay for messaging on this account.';

const INVOICING_LABELS: Readonly<Record<InvoicingField, string>> = {
  legalName: 'legal name',
  billingEmail: 'billing email',
  addressLine1: 'address',
  addressLine2: 'address',
  city: 'city',
  postalCode: 'postal code',
  country: 'country',
  vatId: 'VAT ID',
};

const CANCEL_CONDITIONS = [
  'Your plan stays active until the end of the current billing period; it ends then.',
  'Fees already invoiced are not refunded, and unpaid invoices stay due.',
  "Your clients' WhatsApp accounts stay connected until the plan ends; after that they need a new partner.",
  'Unused credit balance is refunded within 30 days of the plan ending.',
];

/** Auto-renewal of a new balance: off, with the hub's usual starting values. */
const NO_RULE = (currency: string) => ({
  enabled: false,
  threshold: money(20_000, currency),
  amount: money(100_000, currency),
});

/** Test cards `collectPaymentMethod` adds when the host supplies no form. */
const TEST_CARDS: readonly CollectedCard[] = [
  { brand: 'Visa', last4: '1881', expMonth: 6, expYear: 2030, holderName: 'Test card' },
  { brand: 'Mastercard', last4: '4444', expMonth: 9, expYear: 2029, holderName: 'Test card' },
  { brand: 'Visa', last4: '1112', expMonth: 3, expYear: 2031, holderName: 'Test card' },
];

interface PendingFailure {
  error: AdapterError;
  afterApplying: boolean;
  remaining: number;
}

/** Copies a value so no internal object leaks out (Blobs are immutable and kept). */
function clone<T>(value: T): T {
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

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function toMs(value: Date | string | undefined): number {
  const ms = value === undefined ? Date.parse(DEFAULT_NOW) : new Date(value).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date for the simulated clock: ${String(value)}`);
  return ms;
}

function checkLatency(latency: MemoryLatency): MemoryLatency {
  const ok = (n: number) => Number.isFinite(n) && n >= 0;
  if (typeof latency === 'number' ? ok(latency) : ok(latency.min) && ok(latency.max) && latency.min <= latency.max) {
    return latency;
  }
  throw new RangeError('Latency is a number of ms, or { min, max } with 0 ≤ min ≤ max.');
}

function abortError(signal: AbortSignal): AdapterError {
  return new AdapterError('aborted', 'The request was aborted.', { cause: signal.reason });
}

/** The in-memory hub behind one adapter. */
class MemoryHub {
  world: World;
  latency: MemoryLatency;
  failing: boolean;
  readonly log: AdapterCall[] = [];
  readonly listeners = new Set<LiveListener>();
  private readonly failures = new Map<AdapterMethod, PendingFailure[]>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly delays: Random;
  private testCardIndex = 0;

  constructor(private readonly options: MemoryAdapterOptions) {
    this.world = this.seed();
    this.latency = checkLatency(
      options.latency ?? (this.scenario === 'slow' ? { min: 1500, max: 3000 } : 0),
    );
    this.failing = this.scenario === 'failing';
    this.delays = createRandom(((options.seed ?? 1) ^ 0x5bd1e995) >>> 0);
  }

  get scenario(): MemoryScenario {
    return this.options.scenario ?? 'positive';
  }

  private seed(): World {
    return seedWorld(this.scenario, this.options.seed ?? 1, toMs(this.options.now), this.options.role ?? 'owner');
  }

  get account(): AccountState {
    return this.world.accounts.find((a) => a.id === this.world.currentId)!;
  }

  // ── controls ────────────────────────────────────────────────────────────────────────────

  reset(): void {
    this.world = this.seed();
    this.failing = this.scenario === 'failing';
    this.failures.clear();
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

  private emitBalances(): void {
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
          const topUps = deductUsage(account, wallet, hourCost(wallet.profile, hour), hour + HOUR_MS - 1000);
          if (wallet.balance.amount !== before || topUps.length > 0) {
            changes.add('balances').add('movements').add('dailyUsage');
          }
          if (topUps.length > 0) changes.add('invoices');
        }
        if (account === current) for (const c of changes) touched.add(c);
      }
      world.settledUntil = hour + HOUR_MS;
    }
    world.now = target;
    for (const resource of touched) {
      if (resource === 'balances') this.emitBalances();
      else this.emit({ resource } as LiveEvent);
    }
  }

  /** What happens on the hub at the start of an hour: due dates pass, periods roll over. */
  private startOfHour(account: AccountState, hour: number, changes: Set<ResourceName>): void {
    for (const invoice of account.invoices) {
      if (invoice.status === 'unpaid' && invoice.dueAt !== null && Date.parse(invoice.dueAt) <= hour) {
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
      if (invoice.type === 'monthly_closing' && invoice.status === 'pending') invoice.status = 'paid';
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
        description: `Monthly closing, ${monthLabel(start)}: messaging and calls settled from the credit balance`,
      });
    }
    const plan = account.plan;
    if (plan.status === 'cancelling') {
      plan.status = 'cancelled';
      return;
    }
    const next = new Date(end);
    plan.periodStart = end;
    plan.periodEnd = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
    const option = plan.options.find((o) => o.id === plan.planId)!;
    const paid = canChargeAutomatically(account, end);
    issueInvoice(account, {
      type: 'plan_fee',
      status: paid ? 'paid' : 'unpaid',
      issuedAt: end + 6 * HOUR_MS,
      dueAt: end + 6 * HOUR_MS + 14 * DAY_MS,
      total: option.price,
      description: `Partner plan ${option.name}, ${monthLabel(end)}`,
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
  private me(account: AccountState): User {
    const me = account.users.find((u) => u.id === account.currentUserId);
    if (!me) throw new AdapterError('unauthorized', 'You no longer have access to this partner account.');
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
      throw new AdapterError('unavailable', 'The Partner Hub is not responding. Try again in a moment.', {
        retryAfter: 5,
      });
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
      result = clone(stored.result as T);
    } else {
      const running = Promise.resolve().then(() => body(account));
      this.inflight.set(inflightKey, running);
      try {
        result = await running;
      } finally {
        this.inflight.delete(inflightKey);
      }
      if (keep(result)) account.idempotency.set(slot, { fingerprint: print, result: clone(result) });
    }
    if (failure) throw failure.error;
    return clone(result);
  }

  // ── shared helpers ──────────────────────────────────────────────────────────────────────

  private partnerPaid(account: AccountState): void {
    if (account.billingMode === 'client_paid') {
      throw new AdapterError('unavailable', CLIENT_PAID_MESSAGE);
    }
  }

  balancesOf(account: AccountState): Balance[] {
    return account.wallets.map((w) => ({ money: copy(w.balance), updatedAt: iso(w.updatedAt) }));
  }

  private today(): string {
    return iso(this.world.now).slice(0, 10);
  }

  private autoRenewalOf(account: AccountState, wallet: Wallet): AutoRenewal {
    const currency = wallet.balance.currency;
    const now = new Date(this.world.now);
    const from = iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).slice(0, 10);
    const to = iso(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).slice(0, 10);
    const previousMonth = dailyUsageFrom(account.ledger, from, to, currency);
    const recommendation = recommendAutoRenewal(previousMonth, currency, { limits: wallet.limits });
    const settings: AutoRenewal = {
      currency,
      enabled: wallet.rule.enabled,
      threshold: copy(wallet.rule.threshold),
      amount: copy(wallet.rule.amount),
      limits: {
        minThreshold: copy(wallet.limits.minThreshold),
        maxThreshold: copy(wallet.limits.maxThreshold),
        minAmount: copy(wallet.limits.minAmount),
        maxAmount: copy(wallet.limits.maxAmount),
      },
      paymentMethodId: defaultCard(account)?.method.id ?? null,
    };
    if (recommendation) {
      settings.recommendation = {
        threshold: copy(recommendation.threshold),
        amount: copy(recommendation.amount),
        basis: recommendation.basis,
      };
    }
    return settings;
  }

  private card(account: AccountState, id: unknown): Card {
    const card = account.cards.find((c) => c.method.id === id);
    if (!card) invalid({ paymentMethodId: 'Choose one of your payment methods.' });
    return card;
  }

  private invoice(account: AccountState, id: string): StoredInvoice {
    const invoice = account.invoices.find((i) => i.id === id);
    if (!invoice) throw new AdapterError('not_found', `There is no invoice ${id}.`);
    return invoice;
  }

  private user(account: AccountState, id: string): User {
    const user = account.users.find((u) => u.id === id);
    if (!user) throw new AdapterError('not_found', 'This user is not part of the partner account.');
    return user;
  }

  private methods(account: AccountState): PaymentMethod[] {
    return account.cards.map((c) => ({ ...c.method }));
  }

  /**
   * Checks a top-up: an amount in a currency the account holds a balance in (or, for a first
   * top-up, its home currency), within the top-up bounds, and one of the account's cards.
   */
  private topUpTarget(account: AccountState, input: TopUpInput): { wallet: Wallet | undefined; amount: Money; card: Card } {
    const given = (input as Partial<TopUpInput> | undefined)?.amount as Partial<Money> | undefined;
    const currency = typeof given?.currency === 'string' ? given.currency : account.currency;
    const wallet = walletFor(account, currency);
    if (!wallet && currency !== account.currency) {
      invalid({ amount: `There is no ${currency} balance on this partner account.` });
    }
    const limits = (wallet ?? newWallet(currency, NO_RULE(currency), null, 0)).topUpLimits;
    const problem = moneyProblem(given, currency, limits.min, limits.max, 'an amount');
    if (problem) invalid({ amount: problem });
    const card = this.card(account, input.paymentMethodId);
    return { wallet, amount: money(input.amount.amount, currency), card };
  }

  private plan(account: AccountState): Plan {
    const p = account.plan;
    return {
      current: {
        planId: p.planId,
        periodStart: iso(p.periodStart),
        periodEnd: iso(p.periodEnd),
        status: p.status,
      },
      available: p.options.map((o) => clone(o)),
      downgrade: 'support',
      cancel: {
        allowed: p.status === 'active',
        conditions: [...CANCEL_CONDITIONS],
        effectiveAt: p.status === 'cancelled' ? null : iso(p.periodEnd),
      },
      supportUrl: account.invoicing.supportUrl,
    };
  }

  private planOption(account: AccountState, planId: string) {
    const option = account.plan.options.find((o) => o.id === planId);
    if (!option) throw new AdapterError('not_found', `There is no plan ${String(planId)}.`);
    return option;
  }

  private planChange(account: AccountState, planId: string): PlanChangeQuote {
    const target = this.planOption(account, planId);
    const current = this.planOption(account, account.plan.planId);
    const kind = planChangeKind(current, target);
    if (kind === 'same') invalid({ planId: 'This is your current plan.' });
    if (kind === 'downgrade') {
      return {
        planId,
        kind,
        prorated: zero(target.price.currency),
        effectiveAt: iso(account.plan.periodEnd),
      };
    }
    const { amount } = prorate({
      currentPrice: current.price,
      newPrice: target.price,
      periodStart: iso(account.plan.periodStart),
      periodEnd: iso(account.plan.periodEnd),
      at: iso(this.world.now),
    });
    return { planId, kind, prorated: copy(amount), effectiveAt: iso(this.world.now) };
  }

  private lastOwnerGuard(account: AccountState, user: User, action: string): void {
    const owners = account.users.filter((u) => u.role === 'owner' && u.status === 'active');
    if (user.role === 'owner' && user.status === 'active' && owners.length <= 1) {
      throw new AdapterError(
        'conflict',
        `${user.name} is the last owner of this partner account and cannot be ${action}. Make another user an owner first.`,
      );
    }
  }

  // ── the contract ────────────────────────────────────────────────────────────────────────

  getSession(options?: ReadOptions): Promise<Session> {
    return this.read('getSession', options, (account) => this.session(account));
  }

  private session(account: AccountState): Session {
    const me = this.me(account);
    return {
      user: { id: me.id, email: me.email, name: me.name, role: me.role },
      partner: { id: account.id, name: account.name },
      billingMode: account.billingMode,
      locale: account.locale,
    };
  }

  getBalances(options?: ReadOptions): Promise<Balance[]> {
    return this.read('getBalances', options, (account) => {
      this.partnerPaid(account);
      return this.balancesOf(account);
    });
  }

  listDailyUsage(query: UsageQuery, options?: ReadOptions): Promise<DailyUsage[]> {
    return this.read('listDailyUsage', options, (account) => {
      this.partnerPaid(account);
      const { from, to } = this.usageRange(query ?? {});
      return account.wallets.flatMap((w) => dailyUsageFrom(account.ledger, from, to, w.balance.currency));
    });
  }

  private usageRange(query: UsageQuery): { from: string; to: string } {
    const days = query.days ?? 30;
    if (!Number.isInteger(days) || days < 1 || days > 800) {
      invalid({ days: 'Ask for 1 to 800 days.' });
    }
    const to = query.to === undefined ? this.today() : calendarDate(query.to, 'to');
    const from =
      query.from === undefined
        ? iso(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).slice(0, 10)
        : calendarDate(query.from, 'from');
    if (from > to) invalid({ from: 'The range ends before it starts.' });
    if (Date.parse(to) - Date.parse(from) > 800 * DAY_MS) invalid({ from: 'Ask for at most 800 days.' });
    return { from, to };
  }

  topUp(input: TopUpInput, options: MutationOptions): Promise<TopUpResult> {
    return this.mutate(
      'topUp',
      options,
      input,
      (account) => {
        this.partnerPaid(account);
        const { wallet: existing, amount, card } = this.topUpTarget(account, input);
        const now = this.world.now;
        account.topUpSeq += 1;
        const id = `tu_${account.id}_${String(account.topUpSeq).padStart(5, '0')}`;
        const refusal = cardRefusal(card, now);
        if (refusal) {
          const balance = existing
            ? { money: copy(existing.balance), updatedAt: iso(existing.updatedAt) }
            : { money: zero(amount.currency), updatedAt: iso(now) };
          return { id, status: 'failed', amount: copy(amount), balance, ...refusal } satisfies TopUpResult;
        }
        const wallet = existing ?? this.openWallet(account, amount.currency);
        const fee = cardFee(amount);
        creditWallet(account, wallet, 'top_up', amount, now, {
          total: add(amount, fee),
          description: `Credit top-up of ${fmt(amount)} paid by card ending ${card.method.last4} (card fee ${fmt(fee)})`,
        });
        this.emitBalances();
        this.emit({ resource: 'movements' });
        this.emit({ resource: 'invoices' });
        if (!existing) this.emit({ resource: 'autoRenewal' });
        return {
          id,
          status: 'succeeded',
          amount: copy(amount),
          balance: { money: copy(wallet.balance), updatedAt: iso(wallet.updatedAt) },
        } satisfies TopUpResult;
      },
      (result) => result.status !== 'failed',
    );
  }

  /** A first top-up opens the account's balance, with auto-renewal off. */
  private openWallet(account: AccountState, currency: string): Wallet {
    const wallet = newWallet(currency, NO_RULE(currency), null, this.world.now);
    account.wallets.push(wallet);
    return wallet;
  }

  quoteTopUp(input: TopUpInput, options?: ReadOptions): Promise<TopUpQuote> {
    return this.read('quoteTopUp', options, (account) => {
      this.partnerPaid(account);
      const { amount } = this.topUpTarget(account, input);
      const fee = cardFee(amount);
      return { amount: copy(amount), fee: copy(fee), total: add(amount, fee) };
    });
  }

  getAutoRenewal(options?: ReadOptions): Promise<AutoRenewal[]> {
    return this.read('getAutoRenewal', options, (account) => {
      this.partnerPaid(account);
      return account.wallets.map((w) => this.autoRenewalOf(account, w));
    });
  }

  updateAutoRenewal(settings: AutoRenewalUpdate, options: MutationOptions): Promise<AutoRenewal> {
    return this.mutate('updateAutoRenewal', options, settings, (account) => {
      this.partnerPaid(account);
      const currency = settings?.currency;
      const wallet = typeof currency === 'string' ? walletFor(account, currency) : undefined;
      if (!wallet) {
        invalid({ currency: `There is no ${String(currency)} balance on this partner account.` });
      }
      const errors: Record<string, string> = {};
      const l = wallet.limits;
      const threshold = moneyProblem(settings.threshold, currency!, l.minThreshold, l.maxThreshold, 'a threshold');
      const amount = moneyProblem(settings.amount, currency!, l.minAmount, l.maxAmount, 'a top-up amount');
      if (threshold) errors['threshold'] = threshold;
      if (amount) errors['amount'] = amount;
      if (typeof settings.enabled !== 'boolean') errors['enabled'] = 'Choose whether auto-renewal is on.';
      else if (settings.enabled && !canChargeAutomatically(account, this.world.now)) {
        errors['enabled'] = 'Add a valid default payment method before turning auto-renewal on.';
      }
      assertValid(errors);
      // A top-up amount not above the threshold is allowed: the widget warns, the hub obeys.
      wallet.rule = {
        enabled: settings.enabled,
        threshold: money(settings.threshold.amount, currency!),
        amount: money(settings.amount.amount, currency!),
      };
      return this.autoRenewalOf(account, wallet);
    });
  }

  listMovements(query: MovementQuery, options?: ReadOptions): Promise<Movement[]> {
    return this.read('listMovements', options, (account) => {
      this.partnerPaid(account);
      const q = query ?? {};
      const to = q.to === undefined ? this.today().slice(0, 7) : period(q.to, 'to');
      const from = q.from === undefined ? undefined : period(q.from, 'from');
      if (from !== undefined && from > to) invalid({ from: 'The range ends before it starts.' });
      const rows = account.wallets.flatMap((w) => {
        const currency = w.balance.currency;
        const first =
          from ??
          account.ledger.find((e) => e.amount.currency === currency)?.at.slice(0, 7) ??
          to;
        return first > to ? [] : monthlyMovements(account.ledger, { from: first, to, currency });
      });
      // Oldest month first; currencies in balance order within a month (a stable sort).
      return rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    });
  }

  listInvoices(query: InvoiceQuery, options?: ReadOptions): Promise<InvoicePage> {
    return this.read('listInvoices', options, (account) => {
      const q = query ?? {};
      if (q.status !== undefined && !InvoiceStatusSchema.options.includes(q.status)) {
        invalid({ status: 'Not an invoice status.' });
      }
      if (q.type !== undefined && !InvoiceTypeSchema.options.includes(q.type)) {
        invalid({ type: 'Not an invoice type.' });
      }
      const rows = account.invoices
        .filter((i) => (q.status === undefined || i.status === q.status) && (q.type === undefined || i.type === q.type))
        .sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || b.seq - a.seq);
      const page = paginate('invoices', rows, (i) => [Date.parse(i.issuedAt), i.seq], 'desc', q);
      return { items: page.items.map(publicInvoice), nextCursor: page.nextCursor, total: page.total };
    });
  }

  payInvoice(id: string, input: { paymentMethodId: string }, options: MutationOptions): Promise<PayInvoiceResult> {
    return this.mutate(
      'payInvoice',
      options,
      [id, input],
      (account) => {
        const invoice = this.invoice(account, id);
        if (invoice.status === 'paid') return { invoice: publicInvoice(invoice), status: 'succeeded' } satisfies PayInvoiceResult;
        if (invoice.status === 'void') {
          throw new AdapterError('conflict', `Invoice ${invoice.number} was voided and cannot be paid.`);
        }
        if (invoice.status === 'pending') {
          throw new AdapterError('conflict', `Invoice ${invoice.number} is already being paid.`);
        }
        const card = this.card(account, input?.paymentMethodId);
        const refusal = cardRefusal(card, this.world.now);
        if (refusal) return { invoice: publicInvoice(invoice), status: 'failed', ...refusal } satisfies PayInvoiceResult;
        invoice.status = 'paid';
        this.emit({ resource: 'invoices' });
        return { invoice: publicInvoice(invoice), status: 'succeeded' } satisfies PayInvoiceResult;
      },
      (result) => result.status !== 'failed',
    );
  }

  getInvoicePdf(id: string, options?: ReadOptions): Promise<Blob> {
    return this.read('getInvoicePdf', options, (account) => {
      const invoice = this.invoice(account, id);
      const v = account.invoicing.values;
      const date = (s: string) => s.slice(0, 10);
      const bytes = pdfBytes(`Invoice ${invoice.number}`, [
        { text: v.legalName || account.name, size: 16, bold: true },
        { text: [v.addressLine1, v.addressLine2].filter(Boolean).join(', ') },
        { text: [v.postalCode, v.city, v.country].filter(Boolean).join(' ') },
        { text: v.vatId ? `VAT ID ${v.vatId}` : '' },
        { text: `Invoice ${invoice.number}`, size: 20, bold: true, gap: 24 },
        { text: `Issued ${date(invoice.issuedAt)}${invoice.dueAt ? `, due ${date(invoice.dueAt)}` : ''}` },
        { text: `Status: ${invoice.status}` },
        { text: invoice.description, gap: 18 },
        { text: `Total ${fmt(invoice.total)}`, size: 14, bold: true, gap: 12 },
        { text: 'Generated by the Partner Hub memory adapter (demo data).', size: 8, gap: 40 },
      ]);
      return new Blob([bytes], { type: 'application/pdf' });
    });
  }

  getInvoicingDetails(options?: ReadOptions): Promise<InvoicingDetails> {
    return this.read('getInvoicingDetails', options, (account) => account.invoicing);
  }

  updateInvoicingDetails(patch: InvoicingDetailsPatch, options: MutationOptions): Promise<InvoicingDetails> {
    return this.mutate('updateInvoicingDetails', options, patch, (account) => {
      const fields = Object.keys(INVOICING_LABELS);
      const changes = onlyKeys(patch, fields, 'invoicing details');
      const details = account.invoicing;
      const locked = Object.keys(changes).filter(
        (k) => !details.editable.includes(k as InvoicingField) && changes[k] !== details.values[k as InvoicingField],
      );
      if (locked.length > 0) {
        const names = [...new Set(locked.map((k) => INVOICING_LABELS[k as InvoicingField]))];
        invalid(
          Object.fromEntries(locked.map((k) => [k, 'Contact support to change this field.'])),
          `The ${names.join(', ')} can only be changed through support.`,
        );
      }
      const errors: Record<string, string> = {};
      const next = { ...details.values };
      for (const [key, value] of Object.entries(changes)) {
        if (typeof value !== 'string') errors[key] = 'Enter text.';
        else next[key as InvoicingField] = value.trim();
      }
      if ('billingEmail' in changes && !errors['billingEmail']) {
        const problem = checkEmail(next.billingEmail);
        if (problem) errors['billingEmail'] = EMAIL_MESSAGES[problem];
      }
      if ('vatId' in changes && !errors['vatId']) {
        next.vatId = normalizeVatId(next.vatId);
        const problem = checkVatId(next.vatId, next.country);
        if (problem) errors['vatId'] = VAT_ID_MESSAGES[problem];
      }
      assertValid(errors);
      details.values = next;
      return details;
    });
  }

  listPaymentMethods(options?: ReadOptions): Promise<PaymentMethod[]> {
    return this.read('listPaymentMethods', options, (account) => this.methods(account));
  }

  setDefaultPaymentMethod(id: string, options: MutationOptions): Promise<PaymentMethod[]> {
    return this.mutate('setDefaultPaymentMethod', options, [id], (account) => {
      const card = account.cards.find((c) => c.method.id === id);
      if (!card) throw new AdapterError('not_found', 'This payment method no longer exists.');
      const refusal = cardRefusal(card, this.world.now);
      if (refusal?.reasonCode === 'expired_card') {
        invalid({ paymentMethodId: 'An expired card cannot be the default. Update it or choose another.' });
      }
      for (const c of account.cards) c.method.isDefault = c === card;
      this.emit({ resource: 'autoRenewal' });
      return this.methods(account);
    });
  }

  removePaymentMethod(id: string, options: MutationOptions): Promise<PaymentMethod[]> {
    return this.mutate('removePaymentMethod', options, [id], (account) => {
      const card = account.cards.find((c) => c.method.id === id);
      if (!card) throw new AdapterError('not_found', 'This payment method no longer exists.');
      if (card.method.isDefault && account.cards.length > 1) {
        throw new AdapterError('conflict', 'This is the default card. Make another card the default first.');
      }
      if (card.method.isDefault && account.wallets.some((w) => w.rule.enabled)) {
        throw new AdapterError('conflict', 'Auto-renewal charges this card. Turn auto-renewal off first.');
      }
      account.cards = account.cards.filter((c) => c !== card);
      return this.methods(account);
    });
  }

  collectPaymentMethod(input: CollectPaymentMethodInput, options: MutationOptions): Promise<PaymentMethod> {
    return this.mutate(
      'collectPaymentMethod',
      options,
      { makeDefault: input?.makeDefault ?? false },
      async (account) => {
        const collected = this.options.collectCard
          ? await this.options.collectCard(input ?? {}, options?.signal)
          : TEST_CARDS[this.testCardIndex++ % TEST_CARDS.length]!;
        if (!collected) throw new AdapterError('aborted', 'Adding the card was cancelled.');
        const errors: Record<string, string> = {};
        if (!/^\d{4}$/.test(collected.last4)) errors['last4'] = 'A card number ends in four digits.';
        if (!Number.isInteger(collected.expMonth) || collected.expMonth < 1 || collected.expMonth > 12) {
          errors['expMonth'] = 'Enter the expiry month, 1 to 12.';
        }
        if (!Number.isInteger(collected.expYear) || collected.expYear < 2000 || collected.expYear > 2200) {
          errors['expYear'] = 'Enter the expiry year.';
        }
        assertValid(errors);
        account.cardSeq += 1;
        const makeDefault = (input?.makeDefault ?? false) || account.cards.length === 0;
        const card: Card = {
          method: {
            id: `pm_${collected.brand.toLowerCase().replace(/[^a-z]+/g, '')}_${collected.last4}_${account.cardSeq}`,
            brand: collected.brand,
            last4: collected.last4,
            expMonth: collected.expMonth,
            expYear: collected.expYear,
            ...(collected.holderName ? { holderName: collected.holderName } : {}),
            isDefault: makeDefault,
          },
          behaviour: collected.last4 === '0002' ? 'decline' : 'normal',
        };
        if (cardRefusal(card, this.world.now)?.reasonCode === 'expired_card') {
          invalid({ expYear: 'This card has already expired.' });
        }
        if (makeDefault) for (const c of account.cards) c.method.isDefault = false;
        account.cards.push(card);
        this.emit({ resource: 'paymentMethods' });
        return { ...card.method };
      },
    );
  }

  getPlan(options?: ReadOptions): Promise<Plan> {
    return this.read('getPlan', options, (account) => this.plan(account));
  }

  quotePlanChange(planId: string, options?: ReadOptions): Promise<PlanChangeQuote> {
    return this.read('quotePlanChange', options, (account) => this.planChange(account, planId));
  }

  changePlan(planId: string, options: MutationOptions): Promise<Plan> {
    return this.mutate('changePlan', options, [planId], (account) => {
      if (account.plan.status !== 'active') {
        throw new AdapterError(
          'conflict',
          account.plan.status === 'cancelling'
            ? 'Your plan is being cancelled. Contact support to keep it or to change it.'
            : 'Your plan has ended. Contact support to start a new one.',
        );
      }
      const quote = this.planChange(account, planId);
      if (quote.kind === 'downgrade') {
        throw new AdapterError('conflict', 'Downgrades go through support: start a chat with our support team.');
      }
      const option = this.planOption(account, planId);
      account.plan.planId = planId;
      const paid = canChargeAutomatically(account, this.world.now);
      issueInvoice(account, {
        type: 'prorated_upgrade',
        status: paid ? 'paid' : 'unpaid',
        issuedAt: this.world.now,
        dueAt: this.world.now + 14 * DAY_MS,
        total: quote.prorated,
        description: `Prorated upgrade to ${option.name} for the rest of the billing period`,
      });
      this.emit({ resource: 'invoices' });
      return this.plan(account);
    });
  }

  cancelPlan(options: MutationOptions): Promise<Plan> {
    return this.mutate('cancelPlan', options, [], (account) => {
      if (account.plan.status === 'cancelled') {
        throw new AdapterError('conflict', 'Your plan has already ended.');
      }
      account.plan.status = 'cancelling';
      return this.plan(account);
    });
  }

  listUsers(options?: ReadOptions): Promise<User[]> {
    return this.read('listUsers', options, (account) => account.users);
  }

  inviteUser(input: InviteUserInput, options: MutationOptions): Promise<User> {
    return this.mutate('inviteUser', options, input, (account) => {
      const errors: Record<string, string> = {};
      const email = typeof input?.email === 'string' ? input.email.trim() : '';
      const emailProblem = checkEmail(email);
      if (emailProblem) errors['email'] = EMAIL_MESSAGES[emailProblem];
      if (input?.role !== 'owner' && input?.role !== 'member') errors['role'] = 'Choose Owner or Member.';
      if (input?.name !== undefined && typeof input.name !== 'string') errors['name'] = 'Enter a name.';
      assertValid(errors);
      if (account.users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
        throw new AdapterError('conflict', `${email} already belongs to this partner account.`, {
          fieldErrors: { email: 'This person is already a user of this partner account.' },
        });
      }
      account.userSeq += 1;
      const user: User = {
        id: `usr_${account.userSeq}_${email.split('@')[0]!.replace(/[^a-z0-9]+/gi, '').toLowerCase()}`,
        email,
        name: input.name?.trim() || nameFromEmail(email),
        role: input.role,
        status: 'invited',
      };
      account.users.push(user);
      return user;
    });
  }

  updateUserRole(id: string, role: Role, options: MutationOptions): Promise<User> {
    return this.mutate('updateUserRole', options, [id, role], (account) => {
      if (role !== 'owner' && role !== 'member') invalid({ role: 'Choose Owner or Member.' });
      const user = this.user(account, id);
      if (user.role === role) return user;
      if (role === 'member') this.lastOwnerGuard(account, user, 'made a member');
      user.role = role;
      if (user.id === account.currentUserId) this.emit({ resource: 'session' });
      return user;
    });
  }

  removeUser(id: string, options: MutationOptions): Promise<void> {
    return this.mutate('removeUser', options, [id], (account) => {
      const user = this.user(account, id);
      if (user.id === account.currentUserId) {
        throw new AdapterError('conflict', 'You cannot remove yourself. Ask another owner to remove you.');
      }
      this.lastOwnerGuard(account, user, 'removed');
      account.users = account.users.filter((u) => u !== user);
      return undefined;
    });
  }

  getIntegrationSettings(options?: ReadOptions): Promise<IntegrationSettings> {
    return this.read('getIntegrationSettings', options, (account) => account.integration);
  }

  updateIntegrationSettings(patch: IntegrationSettingsPatch, options: MutationOptions): Promise<IntegrationSettings> {
    return this.mutate('updateIntegrationSettings', options, patch, (account) => {
      if (patch && typeof patch === 'object' && 'partnerId' in patch) {
        invalid({ partnerId: 'The partner ID cannot be changed.' });
      }
      const changes = onlyKeys(patch, ['solutionId', 'webhookUrl', 'redirectUrl', 'dataRegion'], 'integration settings');
      const next = { ...account.integration };
      const errors: Record<string, string> = {};
      const text = (key: 'solutionId' | 'webhookUrl' | 'redirectUrl', check: (v: string) => string | null) => {
        if (!(key in changes)) return;
        const value = changes[key];
        if (value === null) {
          next[key] = null;
        } else if (typeof value !== 'string') {
          errors[key] = 'Enter text, or clear the field.';
        } else {
          const problem = check(value);
          if (problem) errors[key] = problem;
          else next[key] = value.trim();
        }
      };
      text('solutionId', (v) => {
        const p = checkSolutionId(v);
        return p && SOLUTION_ID_MESSAGES[p];
      });
      text('webhookUrl', (v) => {
        const p = checkWebhookUrl(v);
        return p && URL_MESSAGES[p];
      });
      text('redirectUrl', (v) => {
        const p = checkRedirectUrl(v);
        return p && URL_MESSAGES[p];
      });
      if ('dataRegion' in changes) {
        const region = changes['dataRegion'];
        if (!next.availableRegions.some((r) => r.id === region)) errors['dataRegion'] = 'Choose one of the regions.';
        else next.dataRegion = region as string;
      }
      assertValid(errors);
      account.integration = next;
      return next;
    });
  }

  sendTestWebhook(options: MutationOptions): Promise<WebhookTestResult> {
    return this.mutate('sendTestWebhook', options, [], (account): WebhookTestResult => {
      const url = account.integration.webhookUrl;
      if (!url) return { delivered: false, message: 'Set a webhook URL first, then send a test event.' };
      const host = new URL(url).hostname;
      if (/\.(invalid|test)$/i.test(host)) {
        return { delivered: false, message: `Could not reach ${host}: the host name does not resolve.` };
      }
      if (checkWebhookUrl(url) !== null) return { delivered: false, message: 'The webhook URL must use https.' };
      return { delivered: true, status: 200, message: `A test event was delivered to ${host} (HTTP 200).` };
    });
  }

  getProfile(options?: ReadOptions): Promise<Profile> {
    return this.read('getProfile', options, (account) => account.profile);
  }

  updateProfile(patch: ProfilePatch, options: MutationOptions): Promise<Profile> {
    return this.mutate('updateProfile', options, patch, (account) => {
      const changes = onlyKeys(patch, ['brandName'], 'profile');
      if ('brandName' in changes) {
        const name = typeof changes['brandName'] === 'string' ? changes['brandName'].trim() : '';
        if (!name) invalid({ brandName: 'Enter the brand name clients see.' });
        if (name.length > 80) invalid({ brandName: 'Use at most 80 characters.' });
        account.profile.brandName = name;
      }
      return account.profile;
    });
  }

  uploadLogo(file: Blob, options: MutationOptions): Promise<Profile> {
    return this.mutate('uploadLogo', options, file, async (account) => {
      const rules = account.profile.logoRules;
      if (!(file instanceof Blob)) invalid({ logo: 'Choose an image file.' });
      if (!rules.types.includes(file.type)) {
        invalid({ logo: 'Use a PNG, JPEG, SVG or WebP image.' });
      }
      if (file.size === 0) invalid({ logo: 'The file is empty.' });
      if (file.size > rules.maxBytes) {
        invalid({ logo: `The logo must be at most ${Math.round(rules.maxBytes / 1024)} KB.` });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!looksLike(file.type, bytes)) {
        invalid({ logo: 'The file is not the image it claims to be.' });
      }
      account.profile.logoUrl = `data:${file.type};base64,${base64(bytes)}`;
      return account.profile;
    });
  }

  listWhatsAppAccounts(query: WhatsAppAccountQuery, options?: ReadOptions): Promise<WhatsAppAccountPage> {
    return this.read('listWhatsAppAccounts', options, (account) => {
      const q = query ?? {};
      if (q.status !== undefined && !WhatsAppAccountStatusSchema.options.includes(q.status)) {
        invalid({ status: 'Not an account status.' });
      }
      const text = (q.query ?? '').trim().toLowerCase();
      const digits = text.replace(/[\s()+\-.]/g, '');
      const byDigits = /^\d{3,}$/.test(digits);
      const rows = account.whatsAppAccounts.filter(
        (r) =>
          (q.status === undefined || r.account.status === q.status) &&
          (text === '' || r.haystack.includes(text) || (byDigits && r.digits.includes(digits))),
      );
      const page = paginate('whatsAppAccounts', rows, (r) => [r.createdMs, r.seq], 'desc', q);
      return { items: page.items.map((r) => r.account), nextCursor: page.nextCursor, total: page.total };
    });
  }

  listPartnerAccounts(options?: ReadOptions): Promise<PartnerAccount[]> {
    return this.read('listPartnerAccounts', options, () =>
      this.world.accounts.map((a) => ({
        id: a.id,
        name: a.name,
        billingMode: a.billingMode,
        current: a.id === this.world.currentId,
      })),
    );
  }

  switchPartnerAccount(id: string, options: MutationOptions): Promise<Session> {
    return this.mutate('switchPartnerAccount', options, [id], () => {
      const target = this.world.accounts.find((a) => a.id === id);
      if (!target) throw new AdapterError('not_found', 'You have no access to this partner account.');
      this.world.currentId = id;
      return this.session(target);
    });
  }
}

function publicInvoice(invoice: StoredInvoice): Invoice {
  const { seq: _seq, ...rest } = invoice;
  return { ...rest, total: copy(rest.total) };
}

function monthLabel(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function nameFromEmail(email: string): string {
  return email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

/** Whether the bytes start the way a file of `type` does. */
function looksLike(type: string, bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (type) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/webp':
      return starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
    case 'image/svg+xml':
      return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
    default:
      return false;
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The data methods, in contract order. */
const METHODS: readonly AdapterMethod[] = [
  'getSession',
  'getBalances',
  'listDailyUsage',
  'topUp',
  'quoteTopUp',
  'getAutoRenewal',
  'updateAutoRenewal',
  'listMovements',
  'listInvoices',
  'payInvoice',
  'getInvoicePdf',
  'getInvoicingDetails',
  'updateInvoicingDetails',
  'listPaymentMethods',
  'setDefaultPaymentMethod',
  'removePaymentMethod',
  'collectPaymentMethod',
  'getPlan',
  'quotePlanChange',
  'changePlan',
  'cancelPlan',
  'listUsers',
  'inviteUser',
  'updateUserRole',
  'removeUser',
  'getIntegrationSettings',
  'updateIntegrationSettings',
  'sendTestWebhook',
  'getProfile',
  'updateProfile',
  'uploadLogo',
  'listWhatsAppAccounts',
  'listPartnerAccounts',
  'switchPartnerAccount',
];

/**
 * Creates a memory adapter. See {@link MemoryAdapterOptions} for the scenarios and
 * {@link MemoryAdapter} for the controls.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const hub = new MemoryHub({ ...options });
  const enabled = (name: string) => options.capabilities?.[name as AdapterCapability] !== false;
  const adapter: Record<string, unknown> = {
    scenario: hub.scenario,
    clock: Object.freeze({
      now: () => new Date(hub.world.now),
      advance: (ms: number) => hub.advance(ms),
    }),
    clearCalls: () => void (hub.log.length = 0),
    setRole: (role: Role) => hub.setRole(role),
    setLatency: (latency: MemoryLatency) => void (hub.latency = checkLatency(latency)),
    setFailing: (failing: boolean) => hub.setFailing(failing),
    failNext: (method: AdapterMethod, error: AdapterError, opts?: FailNextOptions) =>
      hub.failNext(method, error, opts),
    reset: () => hub.reset(),
  };
  Object.defineProperty(adapter, 'calls', {
    enumerable: true,
    get: () => hub.log.map((c) => ({ method: c.method, args: [...c.args] })),
  });
  for (const method of METHODS) {
    if (!enabled(method)) continue;
    const fn = (hub as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!;
    adapter[method] = (...args: unknown[]) => {
      hub.log.push({ method, args });
      return fn.apply(hub, args);
    };
  }
  if (enabled('subscribe')) adapter['subscribe'] = (listener: LiveListener) => hub.subscribe(listener);
  return adapter as unknown as MemoryAdapter;
}
