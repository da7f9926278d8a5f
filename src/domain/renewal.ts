import type { Money } from '../money/index.js';
import {
  add,
  compare,
  isNegative,
  isPositive,
  max,
  negate,
  subtract,
  sum,
  zero,
} from '../money/index.js';

/** Auto-renewal (auto-recharge) settings for one balance currency. */
export interface AutoRenewalRule {
  /** ON ("Yes, I want automatic recharge") or OFF ("No, I want to manually add funds"). */
  enabled: boolean;
  /** The low-balance trigger: a balance at or under it is topped up. */
  threshold: Money;
  /** The amount added (and charged to the saved payment method) on each top-up. */
  amount: Money;
}

/** The kinds of automatic top-up the hub charges on its own. */
export type AutomaticTopUpKind = 'auto_renewal' | 'emergency';

/** One automatic top-up that fired. */
export interface AutomaticTopUp {
  kind: AutomaticTopUpKind;
  amount: Money;
}

export interface SettleOptions {
  /**
   * The smallest emergency top-up the hub charges. Defaults to zero in the balance's currency:
   * an emergency top-up then brings the balance back to exactly zero.
   */
  emergencyMinimum?: Money;
}

/** The outcome of a usage deduction: the settled balance and the top-ups that fired, in order. */
export interface UsageResult {
  balance: Money;
  topUps: AutomaticTopUp[];
}

/**
 * Whether auto-renewal tops up this balance: the rule is enabled, its amount is positive and
 * the balance is at or under the threshold (reaching the threshold is enough).
 */
export function shouldAutoRenew(balance: Money, rule: AutoRenewalRule | null | undefined): boolean {
  return !!rule && rule.enabled && isPositive(rule.amount) && compare(balance, rule.threshold) <= 0;
}

/**
 * Whether an emergency top-up fires for this balance: it is below zero and auto-renewal does
 * not cover it, because auto-renewal is off (emergency top-ups apply even then), does not fire,
 * or its amount is too small to bring the balance back to zero.
 */
export function shouldEmergencyTopUp(
  balance: Money,
  rule: AutoRenewalRule | null | undefined,
): boolean {
  return isNegative(shouldAutoRenew(balance, rule) && rule ? add(balance, rule.amount) : balance);
}

/**
 * The emergency top-up for a balance: enough to bring it back to at least zero, and never less
 * than `minimum`. Throws a `RangeError` for a negative minimum.
 */
export function emergencyTopUpAmount(balance: Money, minimum: Money): Money {
  if (isNegative(minimum)) throw new RangeError('The emergency top-up minimum cannot be negative.');
  const deficit = isNegative(balance) ? negate(balance) : zero(balance.currency);
  return max(minimum, deficit);
}

/**
 * What fires after a deduction, in order: auto-renewal first (once, when the balance is at or
 * under its threshold); then, if the balance is still below zero, an emergency top-up.
 * An empty list when nothing fires.
 */
export function settleBalance(
  balance: Money,
  rule: AutoRenewalRule | null | undefined,
  options: SettleOptions = {},
): AutomaticTopUp[] {
  const topUps: AutomaticTopUp[] = [];
  let current = balance;
  if (rule && shouldAutoRenew(current, rule)) {
    topUps.push({ kind: 'auto_renewal', amount: rule.amount });
    current = add(current, rule.amount);
  }
  if (isNegative(current)) {
    const minimum = options.emergencyMinimum ?? zero(balance.currency);
    topUps.push({ kind: 'emergency', amount: emergencyTopUpAmount(current, minimum) });
  }
  return topUps;
}

/**
 * Deducts a usage cost (a template message, a call) from a balance and settles it: the one
 * implementation the memory adapter, the reference server and the simulation share.
 * Throws a `RangeError` for a negative usage cost (credits are top-ups, not usage).
 */
export function applyUsage(
  balance: Money,
  usage: Money,
  rule: AutoRenewalRule | null | undefined,
  options: SettleOptions = {},
): UsageResult {
  if (isNegative(usage)) throw new RangeError('A usage cost cannot be negative.');
  const deducted = subtract(balance, usage);
  const topUps = settleBalance(deducted, rule, options);
  const added = sum(
    topUps.map((t) => t.amount),
    balance.currency,
  );
  return { balance: add(deducted, added), topUps };
}
