import type { Money } from '../money/index.js';
import { isNegative, isPositive, isZero, subtract } from '../money/index.js';
import { addDays, isoDate } from './dates.js';
import type { AutoRenewalRule } from './renewal.js';
import { averageOf, seriesTotal, usageSeries, type DailyUsage } from './usage.js';

export interface RunwayOptions {
  /** The auto-renewal settings, to tell whether a top-up comes before the balance runs out. */
  rule?: AutoRenewalRule | null;
  /** How many complete days before today to average over; 30 by default. */
  windowDays?: number;
}

/** How long the balance lasts at the recent rate of usage. */
export type RunwayForecast =
  /** No usage in the window: nothing to forecast. */
  | { kind: 'no_usage' }
  /** The balance is zero or below: messaging is already paused. */
  | { kind: 'paused' }
  | {
      kind: 'days';
      /** Whole days of usage the balance covers at the average daily rate (rounded down). */
      days: number;
      /** The UTC date the balance runs out, `YYYY-MM-DD` (today plus `days`). */
      until: string;
      /** Whether auto-renewal would top up before the balance runs out (it is enabled and its
       *  threshold is zero or above, so the balance reaches it first). */
      renewsFirst: boolean;
      /** When `renewsFirst`: whole days until the balance reaches the threshold (0 if it
       *  already has). */
      renewsInDays?: number;
      /** The average daily usage the forecast is based on. */
      dailyAverage: Money;
    };

/**
 * Forecasts the runway of a balance from recent daily usage.
 *
 * The rate is the average over complete UTC days: from the earliest entry (at most
 * `windowDays` back) through yesterday; today's partial usage is left out and days without an
 * entry count as days without usage. Days are computed exactly with integer arithmetic:
 * `floor(balance × days in window / usage in window)`.
 *
 * @param now - the current instant (never read from the clock here).
 */
export function runwayForecast(
  balance: Money,
  recent: readonly DailyUsage[],
  now: Date,
  options: RunwayOptions = {},
): RunwayForecast {
  if (!isPositive(balance)) return { kind: 'paused' };
  const today = isoDate(now);
  const windowDays = options.windowDays ?? 30;
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError('The forecast window must be a whole number of days, at least 1.');
  }
  const windowStart = addDays(today, -windowDays);
  const dated = recent.filter(
    (d) => d.usage.currency === balance.currency && d.date >= windowStart && d.date < today,
  );
  const earliest = dated.reduce((a, d) => (d.date < a ? d.date : a), today);
  const series = usageSeries(dated, balance.currency, { from: earliest, to: addDays(today, -1) });
  const total = series ? seriesTotal(series.amounts) : 0n;
  if (!series || total <= 0n) return { kind: 'no_usage' };

  const span = BigInt(series.amounts.length);
  const daysCovering = (amount: Money): number => Number((BigInt(amount.amount) * span) / total);
  const days = daysCovering(balance);
  const rule = options.rule;
  const renewsFirst =
    !!rule && rule.enabled && isPositive(rule.amount) && !isNegative(rule.threshold);
  const result: RunwayForecast = {
    kind: 'days',
    days,
    until: addDays(today, days),
    renewsFirst,
    dailyAverage: averageOf(series.amounts, balance.currency),
  };
  if (renewsFirst && rule) {
    const headroom = subtract(balance, rule.threshold);
    result.renewsInDays = isNegative(headroom) || isZero(headroom) ? 0 : daysCovering(headroom);
  }
  return result;
}
