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
