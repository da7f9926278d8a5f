import type { Money } from '../money/index.js';
import { divideRound, money, zero } from '../money/index.js';
import { dateOfDay, dayNumber } from './dates.js';

/** The usage costs (messaging and calls) deducted on one UTC calendar day. */
export interface DailyUsage {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  usage: Money;
}

/** A span of calendar days, both ends included (`YYYY-MM-DD`). */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * Usage of one currency as a gap-free series of calendar days (internal to the domain).
 * `amounts[i]` is the usage on day `first + i`, in minor units, as a `bigint` so sums, squares
 * and cross-multiplications stay exact.
 */
export interface UsageSeries {
  first: string;
  last: string;
  amounts: bigint[];
}

/**
 * Builds the day-by-day series of one currency's usage.
 *
 * The series runs from `range.from` (default: the earliest entry) to `range.to` (default: the
 * latest entry); entries outside it or in another currency are ignored, entries on the same
 * date add up, and days without an entry count as days without usage. `null` when the range
 * is empty.
 */
export function usageSeries(
  days: readonly DailyUsage[],
  currency: string,
  range: DayRange = {},
): UsageSeries | null {
  const entries = days
    .filter((d) => d.usage.currency === currency)
    .map((d) => ({ day: dayNumber(d.date), amount: BigInt(d.usage.amount) }));
  const first =
    range.from !== undefined ? dayNumber(range.from) : Math.min(...entries.map((e) => e.day));
  const last =
    range.to !== undefined ? dayNumber(range.to) : Math.max(...entries.map((e) => e.day));
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return null;
  const amounts = new Array<bigint>(last - first + 1).fill(0n);
  for (const e of entries) {
    if (e.day >= first && e.day <= last) amounts[e.day - first]! += e.amount;
  }
  return { first: dateOfDay(first), last: dateOfDay(last), amounts };
}

/** The sum of a series' amounts. */
export function seriesTotal(amounts: readonly bigint[]): bigint {
  return amounts.reduce((a, b) => a + b, 0n);
}

/**
 * The average usage per calendar day, rounded half away from zero to a whole minor unit.
 *
 * Averages over every day of the span (see {@link usageSeries}: missing days count as days
 * without usage, entries in other currencies are ignored). Zero when there is nothing to
 * average.
 */
export function averageDailyUsage(
  days: readonly DailyUsage[],
  currency: string,
  range: DayRange = {},
): Money {
  const series = usageSeries(days, currency, range);
  if (!series) return zero(currency);
  return averageOf(series.amounts, currency);
}

/** The rounded average of a non-empty list of daily amounts, as money. */
export function averageOf(amounts: readonly bigint[], currency: string): Money {
  if (amounts.length === 0) return zero(currency);
  return divideRound(money(Number(seriesTotal(amounts)), currency), amounts.length);
}
