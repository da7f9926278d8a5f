/**
 * What every conformance check starts from: the host's adapter (raw and wrapped in
 * `withValidation`, as the client sees it), fresh idempotency keys, and the facts a check needs
 * to pick valid input (billing mode, a currency, a card, an amount within the usual bounds).
 */
import type { FullPartnerHubAdapter, PartnerHubAdapter } from '../adapter/contract.js';
import type { Balance, PaymentMethod, Session } from '../adapter/schemas.js';
import { withValidation } from '../adapter/validate.js';
import { currencyExponent, type Money } from '../money/index.js';
import { assert, succeeds } from './assert.js';

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

  constructor(readonly target: ConformanceTarget) {
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

  async member(): Promise<FullPartnerHubAdapter | undefined> {
    if (!this.target.asMember) return undefined;
    return withValidation((await this.target.asMember()) as FullPartnerHubAdapter);
  }

  session(): Promise<Session> {
    return succeeds(this.adapter.getSession(), 'getSession()');
  }

  async partnerPaid(): Promise<boolean> {
    return (await this.session()).billingMode === 'partner_paid';
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
