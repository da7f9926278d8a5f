import type { Money } from '../money/index.js';
import { isNegative, ratio, subtract, zero } from '../money/index.js';
import { DAY_MS, instant } from './dates.js';

export interface ProrationInput {
  /** The price of the current plan for one billing period. */
  currentPrice: Money;
  /** The price of the new plan for one billing period. */
  newPrice: Money;
  /** ISO date-times of the billing period: start included, end excluded. */
  periodStart: string;
  periodEnd: string;
  /** When the change takes effect (upgrades are immediate). */
  at: string;
}

export interface Proration {
  /** What is invoiced now for the rest of the period. */
  amount: Money;
  /** Days of the period still to run, the current (started) day counting as a whole one. */
  remainingDays: number;
  /** Whole days in the billing period. */
  totalDays: number;
}

/**
 * The prorated difference in plan cost for the remainder of the billing period, invoiced when
 * a partner upgrades: `(newPrice − currentPrice) × remainingDays ÷ totalDays`, rounded half up
 * to a minor unit, exactly (no floats).
 *
 * Days are whole UTC days: `totalDays` is the period's length rounded to whole days;
 * `remainingDays` counts from `at` to the end, a started day counting as a whole day (the
 * partner has the new plan that day). A change at or after the end invoices nothing; one before
 * the start invoices the whole difference.
 *
 * @throws RangeError for a downgrade (downgrades go through support, nothing is refunded here),
 *   for unparsable date-times, or for a period that ends before it starts.
 * @throws MoneyError when the prices are in different currencies.
 */
export function prorate(input: ProrationInput): Proration {
  const difference = subtract(input.newPrice, input.currentPrice);
  if (isNegative(difference)) {
    throw new RangeError('A plan change to a cheaper plan is a downgrade, not prorated here.');
  }
  const start = instant(input.periodStart);
  const end = instant(input.periodEnd);
  const at = instant(input.at);
  const totalDays = Math.round((end - start) / DAY_MS);
  if (totalDays < 1) throw new RangeError('The billing period must last at least one day.');
  const remainingDays = Math.min(totalDays, Math.max(0, Math.ceil((end - at) / DAY_MS)));
  const amount =
    remainingDays === 0 ? zero(difference.currency) : ratio(difference, remainingDays, totalDays);
  return { amount, remainingDays, totalDays };
}
