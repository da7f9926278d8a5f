/**
 * How money moves in the memory adapter: usage deductions and the automatic top-ups they fire
 * (through the domain rules, never re-implemented here), manual top-ups, and the ledger entries
 * and invoices each one leaves behind. Used by the seeded history and by the simulated clock.
 */
import {
  applyUsage,
  defaultTopUpLimits,
  feeFor,
  isCardExpired,
  blockingLicenceInvoice,
  isMessagingPaused,
  settleBalance,
  type AutomaticTopUp,
  type AutoRenewalRule,
  type LedgerEntryKind,
} from '../../domain/index.js';
import { add, currencyExponent, money, subtract, type Money } from '../../money/index.js';
import { fmt } from './checks.js';
import type { AccountState, Card, StoredInvoice, Wallet } from './state.js';
import { defaultCard, issueInvoice } from './state.js';
import type { UsageProfile } from './usage-profile.js';

/**
 * The fee every card of the hub carries (DESIGN §1: 4 %), in basis points: the rate its payment
 * method shows, charged on a manual top-up and on an invoice paid with it. Automatic top-ups
 * (auto-renewal, emergency) carry no fee.
 */
export const CARD_FEE_BASIS_POINTS = 400;

/** The fee `card` adds to a manual payment of `amount`: its own rate, rounded half up. */
export function cardFee(card: Card | undefined, amount: Money): Money {
  return feeFor(amount, card?.method.feeBasisPoints);
}

/**
 * A balance at zero with the hub's bounds in its currency (in major units: threshold 10 to
 * 5,000, auto-renewal amount 20 to 10,000, manual top-up 10 to 10,000, emergency top-up at
 * least 50).
 */
export function newWallet(
  currency: string,
  rule: AutoRenewalRule,
  profile: UsageProfile | null,
  at: number,
): Wallet {
  const units = (major: number) => money(major * 10 ** currencyExponent(currency), currency);
  return {
    balance: money(0, currency),
    updatedAt: at,
    rule,
    limits: {
      minThreshold: units(10),
      maxThreshold: units(5_000),
      minAmount: units(20),
      maxAmount: units(10_000),
    },
    topUpLimits: defaultTopUpLimits(currency),
    emergencyMinimum: units(50),
    profile,
  };
}

/** The description of a manual top-up's invoice. */
export function topUpDescription(amount: Money, fee: Money, last4: string | undefined): string {
  const by = last4 ? `card ending ${last4}` : 'the chosen payment method';
  return `Credit top-up of ${fmt(amount)} paid by ${by} (card fee ${fmt(fee)})`;
}

/** Why a card cannot be charged at `now`, or `null` when it can. */
export function cardRefusal(
  card: Card,
  now: number,
): { reasonCode: string; reason: string } | null {
  if (isCardExpired(card.method, new Date(now))) {
    return {
      reasonCode: 'expired_card',
      reason: 'The card has expired. Choose another payment method or update the card.',
    };
  }
  if (card.behaviour === 'decline') {
    return { reasonCode: 'card_declined', reason: 'The card was declined.' };
  }
  return null;
}

/** Whether the hub can charge automatic top-ups to the account's default card. */
export function canChargeAutomatically(account: AccountState, now: number): boolean {
  const card = defaultCard(account);
  return !!card && cardRefusal(card, now) === null;
}

const TOP_UP_DESCRIPTION: Readonly<Record<AutomaticTopUp['kind'], string>> = {
  auto_renewal: 'Auto-renewal top-up of the credit balance',
  emergency: 'Emergency top-up: the credit balance fell below zero',
};

/** Adds funds to a wallet and records the ledger entry and the paid usage_top_up invoice. */
export function creditWallet(
  account: AccountState,
  wallet: Wallet,
  kind: Exclude<LedgerEntryKind, 'usage'>,
  amount: Money,
  at: number,
  invoice: { total: Money; description: string },
): StoredInvoice {
  wallet.balance = add(wallet.balance, amount);
  wallet.updatedAt = at;
  account.ledger.push({ at: new Date(at).toISOString(), kind, amount: copy(amount) });
  return issueInvoice(account, {
    type: 'usage_top_up',
    status: 'paid',
    issuedAt: at,
    dueAt: null,
    total: invoice.total,
    description: invoice.description,
  });
}

/**
 * Deducts a period's usage from a wallet at `at` and settles the balance the way the hub does:
 *
 * - While messaging is paused (balance zero or below, or an unpaid licence invoice blocking
 *   it), nothing goes out, so nothing is deducted; the hub still settles the balance (an
 *   emergency top-up recovers a negative one, auto-renewal tops up one at its threshold).
 * - Otherwise the usage is deducted through the domain's `applyUsage`, which fires auto-renewal
 *   at the threshold and an emergency top-up below zero (even with auto-renewal off).
 * - Without a default card that can be charged, no automatic top-up happens: the usage is
 *   deducted and the balance may stay at or below zero (messaging pauses).
 *
 * Returns the automatic top-ups that fired (each recorded in the ledger and invoiced).
 */
export function deductUsage(
  account: AccountState,
  wallet: Wallet,
  usage: number,
  at: number,
): AutomaticTopUp[] {
  const currency = wallet.balance.currency;
  const cost = money(usage, currency);
  const before = wallet.balance;
  const chargeable = canChargeAutomatically(account, at);
  const paused = isMessagingPaused(before) || !!blockingLicenceInvoice(account.invoices);
  const options = { emergencyMinimum: wallet.emergencyMinimum };

  let deducted: Money;
  let topUps: AutomaticTopUp[];
  if (!chargeable) {
    deducted = paused ? before : subtract(before, cost);
    topUps = [];
  } else if (paused) {
    deducted = before;
    topUps = settleBalance(before, wallet.rule, options);
  } else {
    // The domain's resulting balance is the deducted one plus the top-ups credited below.
    topUps = applyUsage(before, cost, wallet.rule, options).topUps;
    deducted = subtract(before, cost);
  }

  if (deducted !== before) {
    wallet.balance = deducted;
    wallet.updatedAt = at;
    if (usage > 0) {
      account.ledger.push({ at: new Date(at).toISOString(), kind: 'usage', amount: copy(cost) });
    }
  }
  for (const topUp of topUps) {
    creditWallet(account, wallet, topUp.kind, topUp.amount, at, {
      total: topUp.amount,
      description: TOP_UP_DESCRIPTION[topUp.kind],
    });
  }
  return topUps;
}

export function copy(m: Money): Money {
  return { amount: m.amount, currency: m.currency };
}
