import type { Money } from '../money/index.js';
import {
  add,
  compare,
  currencyExponent,
  isNegative,
  max,
  min,
  money,
  multiply,
  subtract,
  zero,
} from '../money/index.js';
import { applyUsage, type AutoRenewalRule, type SettleOptions } from './renewal.js';
import { averageOf, seriesTotal, usageSeries, type DailyUsage, type DayRange } from './usage.js';

/** What the recommended settings are based on. */
export type RecommendationBasis = 'monthly_average' | 'last_15_days';

/** Recommended auto-renewal settings, derived from the previous month's usage. */
export interface AutoRenewalRecommendation {
  threshold: Money;
  amount: Money;
  basis: RecommendationBasis;
  /** The daily average the values come from (of the whole month or of its last 15 days). */
  dailyAverage: Money;
  /** Whether the month's usage counted as fluctuating (see {@link isFluctuatingUsage}). */
  fluctuating: boolean;
}

/** Bounds the hub puts on auto-renewal settings. */
export interface AutoRenewalLimits {
  minThreshold: Money;
  maxThreshold: Money;
  minAmount: Money;
  maxAmount: Money;
}

export interface RecommendationOptions extends DayRange {
  /** Days of usage the threshold should cover; 3 by default. */
  thresholdDays?: number;
  /** Days of usage each top-up should buy; 10 by default. */
  amountDays?: number;
  /** The hub's bounds: the recommendation is clamped into them. */
  limits?: AutoRenewalLimits;
}

/** How many trailing days the fluctuating-usage basis looks at. */
export const RECENT_DAYS = 15;

/**
 * Whether daily usage fluctuates, given the whole period day by day (oldest first). It does
 * when either:
 *
 * - the coefficient of variation (population standard deviation ÷ mean) of the daily usage is
 *   above 0.5; or
 * - the average of the last 15 days differs from the whole period's by more than 25 %.
 *
 * Both are decided exactly in integers: `4·(n·Σx² − S²) > S²` and `4·|s·n − S·k| > S·k`, with
 * `S` the total over `n` days and `s` the total over the last `k` days. No usage at all is
 * not fluctuating.
 */
export function isFluctuatingUsage(amounts: readonly bigint[]): boolean {
  const n = BigInt(amounts.length);
  const total = seriesTotal(amounts);
  if (total <= 0n) return false;
  const squares = amounts.reduce((acc, x) => acc + x * x, 0n);
  if (4n * (n * squares - total * total) > total * total) return true;
  const recent = amounts.slice(-RECENT_DAYS);
  const k = BigInt(recent.length);
  const recentTotal = seriesTotal(recent);
  const gap = recentTotal * n - total * k;
  return 4n * (gap < 0n ? -gap : gap) > total * k;
}

/**
 * The "nice" step an amount rounds to, in whole major units: 10 up to 100, then 50 up to 500,
 * 100 up to 1 000, 500 up to 5 000, 1 000 up to 10 000, and so on (half the power of ten, then
 * the power of ten). Uses the currency's ISO 4217 exponent, so 10 JPY is `10` and 10 EUR is
 * `1000` minor units.
 */
export function niceStep(amount: Money): Money {
  const unit = 10 ** currencyExponent(amount.currency);
  const x = amount.amount;
  if (x <= 100 * unit) return money(10 * unit, amount.currency);
  for (let power = 100 * unit; ; power *= 10) {
    if (x <= 5 * power) return money(power / 2, amount.currency);
    if (x <= 10 * power) return money(power, amount.currency);
  }
}

/** Rounds an amount up to its {@link niceStep}. Zero stays zero; negative amounts throw. */
export function roundUpToNiceStep(amount: Money): Money {
  if (isNegative(amount)) throw new RangeError('Only a non-negative amount rounds to a nice step.');
  const step = niceStep(amount).amount;
  return money(Math.ceil(amount.amount / step) * step, amount.currency);
}

/** `value` within `[low, high]` (the lower bound wins when the bounds cross). */
function clamp(value: Money, low: Money, high?: Money): Money {
  return max(low, high ? min(value, high) : value);
}

/**
 * Recommends auto-renewal settings from the previous month's daily usage (entries of other
 * currencies are ignored; days without an entry count as days without usage).
 *
 * - Stable usage: based on the whole month's daily average (`monthly_average`).
 * - Fluctuating usage ({@link isFluctuatingUsage}): based on the last 15 days' average
 *   (`last_15_days`), which follows the current trend; if those 15 days had no usage at all,
 *   the monthly average is used instead.
 * - Threshold: `thresholdDays` (3) days of that average; top-up amount: `amountDays` (10)
 *   days; both rounded up to a {@link niceStep}. The amount is always above the threshold
 *   (raised by a step when rounding made them meet), so continuous usage does not trigger
 *   repeated charges; with `limits` both are clamped into the hub's bounds, keeping the amount
 *   above the threshold whenever the bounds allow it.
 *
 * @returns `null` when the month had no usage.
 */
export function recommendAutoRenewal(
  previousMonth: readonly DailyUsage[],
  currency: string,
  options: RecommendationOptions = {},
): AutoRenewalRecommendation | null {
  const series = usageSeries(previousMonth, currency, options);
  if (!series || seriesTotal(series.amounts) <= 0n) return null;

  const fluctuating = isFluctuatingUsage(series.amounts);
  const recent = series.amounts.slice(-RECENT_DAYS);
  const useRecent = fluctuating && seriesTotal(recent) > 0n;
  const basis: RecommendationBasis = useRecent ? 'last_15_days' : 'monthly_average';
  const dailyAverage = averageOf(useRecent ? recent : series.amounts, currency);

  let threshold = roundUpToNiceStep(multiply(dailyAverage, options.thresholdDays ?? 3));
  let amount = roundUpToNiceStep(multiply(dailyAverage, options.amountDays ?? 10));
  if (compare(amount, threshold) <= 0) amount = add(threshold, niceStep(threshold));

  const limits = options.limits;
  if (limits) {
    threshold = clamp(threshold, limits.minThreshold, limits.maxThreshold);
    amount = clamp(amount, limits.minAmount, limits.maxAmount);
    if (compare(amount, threshold) <= 0) {
      amount = clamp(add(threshold, niceStep(threshold)), limits.minAmount, limits.maxAmount);
    }
    if (compare(amount, threshold) <= 0) {
      threshold = clamp(subtract(amount, niceStep(amount)), limits.minThreshold);
    }
  }
  return { threshold, amount, basis, dailyAverage, fluctuating };
}

/** What a set of auto-renewal settings would have done over a stretch of past usage. */
export interface AutoRenewalSimulation {
  /** How many auto-renewal top-ups fired. */
  topUps: number;
  /** How many emergency top-ups fired. */
  emergencyTopUps: number;
  /** Everything charged to the payment method: auto-renewals and emergency top-ups. */
  charged: Money;
  /** The lowest the balance went, before top-ups recovered it. */
  lowestBalance: Money;
  /** The balance after the last day. */
  endBalance: Money;
}

/**
 * Replays past usage, as in "with these settings last month: 3 top-ups, €600.00 charged".
 * Days are taken oldest first; entries in another currency than `startBalance`'s are ignored.
 *
 * While auto-renewal is on (a positive amount, a threshold of zero or more), a day's usage is
 * drained continuously, as the hub watches the balance: each time it reaches the threshold a
 * top-up fires, so a day that uses more than the top-up amount fires several (the repeated
 * charges the form warns of), and the balance never falls below the threshold. Otherwise each
 * day goes through {@link applyUsage}: deducted whole, an emergency top-up when it ends below
 * zero.
 */
export function simulateAutoRenewal(
  startBalance: Money,
  days: readonly DailyUsage[],
  rule: AutoRenewalRule | null | undefined,
  options: SettleOptions = {},
): AutoRenewalSimulation {
  const currency = startBalance.currency;
  const ordered = days
    .filter((d) => d.usage.currency === currency)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result: AutoRenewalSimulation = {
    topUps: 0,
    emergencyTopUps: 0,
    charged: zero(currency),
    lowestBalance: startBalance,
    endBalance: startBalance,
  };
  const lowest = (value: Money) => {
    if (compare(value, result.lowestBalance) < 0) result.lowestBalance = value;
  };
  const continuous =
    rule?.enabled &&
    rule.threshold.currency === currency &&
    rule.amount.currency === currency &&
    rule.amount.amount > 0 &&
    rule.threshold.amount >= 0;
  for (const day of ordered) {
    if (continuous) {
      const threshold = rule.threshold.amount;
      const amount = rule.amount.amount;
      let balance = result.endBalance.amount;
      let used = day.usage.amount;
      let renewals = 0;
      if (balance <= threshold) {
        // Already at or under the threshold: topped up until it is above.
        const first = Math.floor((threshold - balance) / amount) + 1;
        renewals += first;
        balance += first * amount;
      }
      if (used < balance - threshold) {
        balance -= used;
      } else {
        // Down to the threshold, a top-up; each further top-up amount used, another.
        used -= balance - threshold;
        const more = 1 + Math.floor(used / amount);
        renewals += more;
        balance = threshold + amount - (used % amount);
        lowest(money(threshold, currency));
      }
      lowest(money(balance, currency));
      result.topUps += renewals;
      result.charged = add(result.charged, money(renewals * amount, currency));
      result.endBalance = money(balance, currency);
      continue;
    }
    const afterUsage = subtract(result.endBalance, day.usage);
    lowest(afterUsage);
    const step = applyUsage(result.endBalance, day.usage, rule, options);
    for (const topUp of step.topUps) {
      if (topUp.kind === 'auto_renewal') result.topUps += 1;
      else result.emergencyTopUps += 1;
      result.charged = add(result.charged, topUp.amount);
    }
    result.endBalance = step.balance;
  }
  return result;
}
