import type { Money } from '../money/index.js';
import { compare, multiply } from '../money/index.js';

/** A plan, as far as comparing plans goes. */
export interface PricedPlan {
  price: Money;
  /** The billing interval (monthly when left out). */
  interval?: 'month' | 'year';
}

/** What moving from one plan to another is. */
export type PlanChangeKind = 'upgrade' | 'downgrade' | 'same';

/**
 * Whether moving from one plan to another is an upgrade, a downgrade or neither, by price.
 * A monthly and a yearly plan compare by yearly cost (12 × the monthly price).
 *
 * @throws MoneyError when the prices are in different currencies.
 */
export function planChangeKind(current: PricedPlan, target: PricedPlan): PlanChangeKind {
  const yearly = (plan: PricedPlan): Money =>
    (plan.interval ?? 'month') === 'month' ? multiply(plan.price, 12) : plan.price;
  const sameInterval = (current.interval ?? 'month') === (target.interval ?? 'month');
  const order = sameInterval
    ? compare(target.price, current.price)
    : compare(yearly(target), yearly(current));
  return order > 0 ? 'upgrade' : order < 0 ? 'downgrade' : 'same';
}

/**
 * When a cancellation asked for at `at` takes effect: the end of the following calendar month
 * (UTC), i.e. the first instant of the month after it. Asked on 17 November, the plan runs
 * through 31 December and ends at 1 January 00:00 UTC.
 */
export function cancellationEffectiveAt(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 2, 1));
}

/** The last day a cancelled plan is still active, for display (the day before it ends). */
export function lastActiveDay(effectiveAt: Date): Date {
  return new Date(effectiveAt.getTime() - 1);
}
