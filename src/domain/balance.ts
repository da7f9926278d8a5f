import type { Money } from '../money/index.js';
import { compare, isNegative, isZero } from '../money/index.js';

/**
 * The state of a shared credit balance, derived from its amount alone:
 *
 * - `positive`: messaging and calls continue;
 * - `low`: still positive, but at or under the auto-renewal threshold;
 * - `zero`: outbound messaging and calls are paused;
 * - `negative`: paused, and an emergency top-up is likely (even with auto-renewal off).
 */
/**
 * The currency of a partner's first top-up when it has no balance yet and the host names none:
 * the hub bills in EUR (or USD, which a host sets where its partners pay in dollars).
 */
export const FIRST_BALANCE_CURRENCY = 'EUR';

export type BalanceState = 'positive' | 'low' | 'zero' | 'negative';

/** What each balance state means for the partner, without wording: widgets localise. */
export interface BalanceStateInfo {
  /** Whether outbound template messages and calls still go out. */
  readonly messaging: 'active' | 'paused';
  /** Whether the hub is likely to charge an emergency top-up to recover the balance. */
  readonly emergencyTopUpLikely: boolean;
  /** How urgently to draw attention to it (pick icon and colour from this, never colour alone). */
  readonly severity: 'success' | 'warning' | 'danger';
}

/** Every balance state with its meaning, in order from healthy to overdrawn. */
export const BALANCE_STATES: Readonly<Record<BalanceState, BalanceStateInfo>> =
  /* @__PURE__ */ Object.freeze({
    positive: /* @__PURE__ */ Object.freeze({
      messaging: 'active',
      emergencyTopUpLikely: false,
      severity: 'success',
    }),
    low: /* @__PURE__ */ Object.freeze({
      messaging: 'active',
      emergencyTopUpLikely: false,
      severity: 'warning',
    }),
    zero: /* @__PURE__ */ Object.freeze({
      messaging: 'paused',
      emergencyTopUpLikely: false,
      severity: 'danger',
    }),
    negative: /* @__PURE__ */ Object.freeze({
      messaging: 'paused',
      emergencyTopUpLikely: true,
      severity: 'danger',
    }),
  });

/**
 * The state of a balance.
 *
 * @param balance - the balance, in minor units.
 * @param lowThreshold - the auto-renewal threshold when auto-renewal is enabled (pass `null`
 *   or leave it out otherwise): a positive balance at or under it is `low`. It must be in the
 *   balance's currency (a `MoneyError` otherwise).
 */
export function balanceState(balance: Money, lowThreshold?: Money | null): BalanceState {
  if (isNegative(balance)) return 'negative';
  if (isZero(balance)) return 'zero';
  if (lowThreshold && compare(balance, lowThreshold) <= 0) return 'low';
  return 'positive';
}

/** Whether outbound messaging and calls are paused at this balance (zero or below). */
export function isMessagingPaused(balance: Money): boolean {
  return BALANCE_STATES[balanceState(balance)].messaging === 'paused';
}

/** What the block rule reads of an invoice. */
export interface BlockingInvoiceFacts {
  type: string;
  status: string;
  number: string;
  /** ISO 8601: the oldest blocking invoice is the one named. */
  issuedAt: string;
}

/**
 * The invoice that blocks outbound messaging whatever the balance: an unpaid or overdue
 * licence invoice (the hub's newer documentation). The oldest such invoice is named, whatever
 * the order of `invoices`.
 */
export function blockingLicenceInvoice<T extends BlockingInvoiceFacts>(
  invoices: readonly T[],
): T | undefined {
  let oldest: T | undefined;
  for (const invoice of invoices) {
    if (invoice.type !== 'licence_fee') continue;
    if (invoice.status !== 'unpaid' && invoice.status !== 'overdue') continue;
    if (!oldest || Date.parse(invoice.issuedAt) < Date.parse(oldest.issuedAt)) oldest = invoice;
  }
  return oldest;
}
