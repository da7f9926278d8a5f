/**
 * What every conformance check starts from: the host's adapter (raw and wrapped in
 * `withValidation`, as the client sees it), fresh idempotency keys, and the facts a check needs
 * to pick valid input (billing mode, a currency, a card, an amount within the usual bounds).
 */
import type {
  FullPartnerHubAdapter,
  OptionalMethod,
  PartnerHubAdapter,
} from '../adapter/contract.js';
import type { Balance, Invoice, PaymentMethod, Session } from '../adapter/schemas.js';
import { withValidation } from '../adapter/validate.js';
import { currencyExponent, type Money } from '../money/index.js';
import { assert, equal, succeeds } from './assert.js';

/**
 * What the target is, declared by whoever runs the suite: checks that cannot apply are then
 * registered as "not applicable" checks that assert the reason, and the others fail when the
 * target turns out otherwise.
 */
export interface TargetProfile {
  /** The account's billing mode (default `partner_paid`). */
  billingMode?: 'partner_paid' | 'client_paid';
  /** Whether `create()` hands out `asMember` (default true). */
  member?: boolean;
  /** The optional methods the adapter leaves out (default none). */
  without?: readonly OptionalMethod[];
}

export interface ConformanceTarget {
  /** The adapter under test, acting as an owner of a partner-paid account where possible. */
  adapter: PartnerHubAdapter;
  /** The same hub acting as a member of the same partner account (role checks need it). */
  asMember?: () => Promise<PartnerHubAdapter>;
  /** Called after each check, pass or fail. */
  cleanup?: () => Promise<void>;
}

export class CheckContext {
  /**
   * The adapter as the client sees it: every result parsed, every error an AdapterError. The
   * suite checks a complete hub, so it calls every core method.
   */
  readonly adapter: FullPartnerHubAdapter;
  private seq = 0;
  private readonly run = Math.random().toString(36).slice(2, 10);

  constructor(
    readonly target: ConformanceTarget,
    readonly profile: TargetProfile = {},
  ) {
    this.adapter = withValidation(target.adapter as FullPartnerHubAdapter);
  }

  /** The adapter exactly as the host built it, for checks on what it throws. */
  get raw(): FullPartnerHubAdapter {
    return this.target.adapter as FullPartnerHubAdapter;
  }

  /** A new idempotency key, unique across runs. */
  key(): { idempotencyKey: string } {
    return { idempotencyKey: `conformance-${this.run}-${++this.seq}` };
  }

  /** A text unique to this check, for e-mail addresses and names. */
  unique(prefix: string): string {
    return `${prefix}-${this.run}-${++this.seq}`;
  }

  /** The same account acting as a member (the target was declared to have one). */
  async member(): Promise<FullPartnerHubAdapter> {
    assert(
      this.target.asMember,
      'create() gave no asMember, yet the target was not declared without a member (member: false).',
    );
    return withValidation((await this.target.asMember()) as FullPartnerHubAdapter);
  }

  session(): Promise<Session> {
    return succeeds(this.adapter.getSession(), 'getSession()');
  }

  /** Whether the account is partner-paid; fails when the session says otherwise than declared. */
  async isPartnerPaid(): Promise<boolean> {
    const { billingMode } = await this.session();
    const declared = this.profile.billingMode ?? 'partner_paid';
    equal(billingMode, declared, 'getSession().billingMode against the declared billingMode');
    return billingMode === 'partner_paid';
  }

  /** Fails unless the account is partner-paid (what a check that tops up needs). */
  async partnerPaid(): Promise<void> {
    assert(await this.isPartnerPaid(), 'This check needs a partner-paid account.');
  }

  /** The newest invoice; fails when there is none. */
  async invoice(): Promise<Invoice> {
    const page = await succeeds(this.adapter.listInvoices({ limit: 1 }), 'listInvoices()');
    const invoice = page.items[0];
    assert(invoice, 'listInvoices() is empty: the invoice checks need at least one invoice.');
    return invoice;
  }

  /** The first balance (the suite tops up in its currency). */
  async balance(): Promise<Balance> {
    const balances = await succeeds(this.adapter.getBalances(), 'getBalances()');
    assert(balances.length > 0, 'A partner-paid account needs at least one balance to top up.');
    return balances[0]!;
  }

  async balanceIn(currency: string): Promise<number> {
    const balances = await succeeds(this.adapter.getBalances(), 'getBalances()');
    const found = balances.find((b) => b.money.currency === currency);
    assert(found, `getBalances() lost the ${currency} balance.`);
    return found.money.amount;
  }

  /** The default card, else the first: what a top-up pays with. */
  async card(): Promise<PaymentMethod> {
    const cards = await succeeds(this.adapter.listPaymentMethods(), 'listPaymentMethods()');
    const card = cards.find((c) => c.isDefault) ?? cards[0];
    assert(card, 'The owner needs a saved payment method for the top-up checks.');
    return card;
  }

  /** `major` whole units of `currency` in minor units (50 EUR → 5000). */
  amount(major: number, currency: string): Money {
    return { amount: major * 10 ** currencyExponent(currency), currency };
  }
}
